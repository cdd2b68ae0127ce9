/**
 * A report as files: one table as CSV, and the one-page board summary (drawn as a PDF by
 * report-pdf.server.ts). Both carry the report as released; nothing here counts.
 */
import { type SessionUser } from '#app/auth/session.server.ts'
import { type I18n, type Language } from '#app/i18n/i18n.ts'
import { i18nFor } from '#app/i18n/language.server.ts'
import { getVru } from '#app/organisations/vrus.server.ts'
import { toCsv } from '#app/utils/csv.ts'
import { FEWER_THAN_5 } from './disclosure.server.ts'
import { DISCLOSURE_LABELS, SUMMARY_LABELS } from './labels.ts'
import { periodLabel } from './periods.ts'
import { reportFor } from './report-dispatch.server.ts'
import {
  type Cell,
  NATIONAL,
  type ReleasedHeadline,
  type Report,
  type ReportScope,
  type ReportTable,
} from './types.ts'

/** Every table of a report, by its id (the units table among them for the national view). */
export function reportTables(report: Report) {
  return [
    ...(report.units ? [report.units] : []),
    ...report.tables,
    ...(report.reach?.tables ?? []),
  ]
}

/** The headline's figures with their names, as the page, the CSV and the summary show them. */
export function headlineFigures(
  h: ReleasedHeadline,
  { t }: I18n = i18nFor('en'),
): { key: string; label: string; value: Cell }[] {
  return [
    { key: 'upskilled', label: t('Professionals upskilled'), value: h.upskilled },
    { key: 'completions', label: t('Completions'), value: h.completions },
    { key: 'in-progress', label: t('People in progress'), value: h.inProgress },
    { key: 'overdue', label: t('Assigned but overdue'), value: h.overdue },
    {
      key: 'staff-in-date',
      label: t('Staff in date on required training today'),
      value: h.staffInDate,
    },
  ]
}

/** The headline as a table too, so it can be exported like the others. */
export function headlineTable(report: Report, i18n: I18n = i18nFor('en')): ReportTable {
  const { t } = i18n
  return {
    id: 'headline',
    title: t('Headline figures'),
    columns: [t('Measure'), t('Number')],
    rows: headlineFigures(report.headline, i18n).map(({ label, value }) => ({
      label,
      cells: [value],
    })),
  }
}

function csvOf(table: ReportTable, withheld: string) {
  // rows made as they are written: 30,000 organisations need no array of them all first
  function* rows() {
    yield table.columns
    for (const r of table.rows) yield [r.label, ...r.cells.map((c) => c ?? withheld)]
  }
  return toCsv(rows())
}

/** A table as CSV: a header row, then one row per group; small groups say "fewer than 5". */
export function tableCsv(table: ReportTable) {
  return csvOf(table, FEWER_THAN_5)
}

/**
 * One table of the report as CSV (null when there is no such table), with what it covers, its
 * words in the reader's language. `periodLabel`: in English, for the audit log.
 */
export async function reportCsv(
  user: SessionUser,
  params: URLSearchParams,
  tableId: string,
  language: Language,
) {
  const { report, period, scope } = await reportFor(user, params, { only: tableId, language })
  const i18n = i18nFor(language)
  const table = [headlineTable(report, i18n), ...reportTables(report)].find((t) => t.id === tableId)
  if (!table) return null
  return {
    table,
    csv: csvOf(table, i18n.t(DISCLOSURE_LABELS.fewerThan5)),
    period,
    periodLabel: periodLabel(period),
    scopeName: scope.name,
    vruId: scope.vruId,
    slug: scopeSlug(scope),
  }
}

/** Groups per table in the board summary: what fits on one page. */
export const SUMMARY_ROWS = 5

/** What fits on one page for a board: the headline and the largest groups of a few tables. */
export function boardSummary(report: Report, i18n: I18n = i18nFor('en')) {
  const pick = [
    'by-sector',
    'by-organisation-type',
    'by-module',
    'by-delivery',
    'by-practice-level',
    'evaluation',
    'in-date-by-organisation-type',
  ]
  const tables = [report.units, ...report.tables]
    .filter((t): t is ReportTable => t !== null && (t.id === 'units' || pick.includes(t.id)))
    .map((t) => ({
      ...t,
      rows: t.rows.slice(0, SUMMARY_ROWS),
      columns: t.id === 'evaluation' ? t.columns.slice(0, 5) : t.columns,
    }))
    .map((t) =>
      t.id === 'evaluation'
        ? { ...t, rows: t.rows.map((r) => ({ ...r, cells: r.cells.slice(0, 4) })) }
        : t,
    )
  // reach: its three figures and the packs, the largest first
  const reach = (report.reach?.tables ?? [])
    .filter((t) => t.id === 'reach-headline' || t.id === 'reach-by-pack')
    .map((t) => ({ ...t, rows: t.rows.slice(0, SUMMARY_ROWS) }))
  return { headline: headlineFigures(report.headline, i18n), tables: [...tables, ...reach] }
}

/** Under the board summary, on the page and in the PDF. */
export const SUMMARY_NOTE = SUMMARY_LABELS.note

/** The unit as it goes into a file name. */
export function scopeSlug(scope: ReportScope) {
  return scope.vruId === NATIONAL ? 'all-units' : (getVru(scope.vruId)?.slug ?? 'unit')
}
