/**
 * A report as files: one table as CSV, and the one-page board summary (drawn as a PDF by
 * report-pdf.server.ts). Both carry the report as released; nothing here counts.
 */
import { type SessionUser } from '#app/auth/session.server.ts'
import { getVru } from '#app/organisations/vrus.server.ts'
import { toCsv } from '#app/utils/csv.ts'
import { FEWER_THAN_5 } from './disclosure.server.ts'
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
): { key: string; label: string; value: Cell }[] {
  return [
    { key: 'upskilled', label: 'Professionals upskilled', value: h.upskilled },
    { key: 'completions', label: 'Completions', value: h.completions },
    { key: 'in-progress', label: 'People in progress', value: h.inProgress },
    { key: 'overdue', label: 'Assigned but overdue', value: h.overdue },
    {
      key: 'staff-in-date',
      label: 'Staff in date on required training today',
      value: h.staffInDate,
    },
  ]
}

/** The headline as a table too, so it can be exported like the others. */
export function headlineTable(report: Report): ReportTable {
  return {
    id: 'headline',
    title: 'Headline figures',
    columns: ['Measure', 'Number'],
    rows: headlineFigures(report.headline).map(({ label, value }) => ({ label, cells: [value] })),
  }
}

/** A table as CSV: a header row, then one row per group; small groups say "fewer than 5". */
export function tableCsv(table: ReportTable) {
  // rows made as they are written: 30,000 organisations need no array of them all first
  function* rows() {
    yield table.columns
    for (const r of table.rows) yield [r.label, ...r.cells.map((c) => c ?? FEWER_THAN_5)]
  }
  return toCsv(rows())
}

/** One table of the report as CSV (null when there is no such table), with what it covers. */
export async function reportCsv(user: SessionUser, params: URLSearchParams, tableId: string) {
  const { report, period, scope } = await reportFor(user, params, { only: tableId })
  const table = [headlineTable(report), ...reportTables(report)].find((t) => t.id === tableId)
  if (!table) return null
  return {
    table,
    csv: tableCsv(table),
    period,
    periodLabel: report.periodLabel,
    scopeName: scope.name,
    vruId: scope.vruId,
    slug: scopeSlug(scope),
  }
}

/** Groups per table in the board summary: what fits on one page. */
export const SUMMARY_ROWS = 5

/** What fits on one page for a board: the headline and the largest groups of a few tables. */
export function boardSummary(report: Report) {
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
  return { headline: headlineFigures(report.headline), tables: [...tables, ...reach] }
}

/** Under the board summary, on the page and in the PDF. */
export const SUMMARY_NOTE =
  'Professionals upskilled: different people with at least one completion in the period. Each person counts once in a period, so the quarters can add up to more than the year. Figures about 1 to 4 people are withheld, and groups that small are not named. Reach of classroom packs counts schools and the class sizes teachers reported, not people, so none of it is withheld.'

/** The unit as it goes into a file name. */
export function scopeSlug(scope: ReportScope) {
  return scope.vruId === NATIONAL ? 'all-units' : (getVru(scope.vruId)?.slug ?? 'unit')
}
