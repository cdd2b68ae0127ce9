/**
 * The training report of a unit (or of every unit) for a period: headline figures, breakdowns,
 * evaluation, and the same tables as CSV. Never names a person. The route decides which unit
 * the asker may see and passes it in; nothing here widens it.
 */
import { z } from 'zod'
import { and, countDistinct, eq, gte, lt, notExists, sql } from 'drizzle-orm'
import {
  assignments,
  completions,
  db,
  ORGANISATION_TYPES,
  organisations,
  PRACTICE_LEVELS,
  SECTORS,
  sqlite,
  users,
} from '#app/db.server.ts'
import { scopeFor } from '#app/auth/permissions.server.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import { moduleTitlesOf } from '#app/learning/catalogue.server.ts'
import { assignmentCoversPerson } from '#app/learning/dashboard.server.ts'
import { getVru } from '#app/organisations/vrus.server.ts'
import { PRACTICE_LEVEL_LABELS } from '#app/learning/labels.ts'
import { ORGANISATION_TYPE_LABELS, SECTOR_LABELS } from '#app/organisations/labels.ts'
import { toCsv } from '#app/utils/csv.ts'
import { buildReportOffThread, warmReportWorker } from './custom-dates.server.ts'
import { type FieldErrors } from '#app/utils/forms.ts'
import {
  currentFinancialYear,
  monthName,
  monthRanges,
  monthsIn,
  periodKey,
  periodLabel,
  periodRange,
  type Period,
} from './periods.ts'
import { customTotals, type CustomFigures } from './completion-facts.server.ts'
import {
  organisationTotals,
  NATIONAL,
  type GroupFigures,
  totalsFor,
  unitTotalsFor,
} from './totals.server.ts'
import {
  discloseGroups,
  discloseHeadline,
  discloseMonths,
  evaluationByBatches,
  FEWER_THAN_5,
  type Headline,
  type ModuleEvaluation,
  OTHER_GROUPS,
} from './disclosure.server.ts'

export { FEWER_THAN_5 } from './disclosure.server.ts'

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/
/** The longest custom range: longer ones are refused (a board asks for years, not decades). */
export const MOST_MONTHS = 36
const monthsFromTo = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
  Number(to.slice(5)) -
  Number(from.slice(5)) +
  1

const PeriodSchema = z.discriminatedUnion('period', [
  z.object({
    period: z.literal('year'),
    year: z.coerce
      .number({ error: 'Enter the year the financial year starts in, like 2026' })
      .int({ error: 'Enter the year the financial year starts in, like 2026' })
      .min(2000, 'Enter a year from 2000')
      .max(2100, 'Enter a year before 2100'),
  }),
  z.object({
    period: z.literal('quarter'),
    year: z.coerce
      .number({ error: 'Enter the year the financial year starts in, like 2026' })
      .int({ error: 'Enter the year the financial year starts in, like 2026' })
      .min(2000, 'Enter a year from 2000')
      .max(2100, 'Enter a year before 2100'),
    quarter: z.coerce.number().int().min(1).max(4, 'Choose a quarter'),
  }),
  z.object({
    period: z.literal('month'),
    month: z.string({ error: 'Choose a month' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
      error: 'Enter the month like 2026-04',
    }),
  }),
  z
    .object({
      period: z.literal('custom'),
      // whole months only, never days: a one-day range would single people out (decision 010)
      from: z.string({ error: 'Enter the first month' }).regex(MONTH, {
        error: 'Enter the first month like 2026-04: custom ranges are whole months',
      }),
      to: z.string({ error: 'Enter the last month' }).regex(MONTH, {
        error: 'Enter the last month like 2027-03: custom ranges are whole months',
      }),
    })
    .refine((v) => v.from <= v.to, {
      error: 'The last month must be the first month or after it',
      path: ['to'],
    })
    .refine((v) => monthsFromTo(v.from, v.to) <= MOST_MONTHS, {
      error: `Choose at most ${MOST_MONTHS} months`,
      path: ['to'],
    }),
])

/** The period asked for in the address; the current financial year when none or when wrong. */
export function periodFrom(params: URLSearchParams, now = Date.now()) {
  const input = Object.fromEntries([...params].filter(([, v]) => v.trim() !== ''))
  const values = Object.fromEntries(params)
  if (!input.period) return { period: currentFinancialYear(now), errors: {} as FieldErrors, values }
  const parsed = PeriodSchema.safeParse(input)
  if (!parsed.success) {
    const errors: FieldErrors = {}
    for (const issue of parsed.error.issues) {
      errors[String(issue.path[0] ?? 'period')] ??=
        issue.path[0] === 'period' ? 'Choose a kind of period' : issue.message
    }
    return { period: currentFinancialYear(now), errors, values }
  }
  const data = parsed.data
  const period: Period =
    data.period === 'year'
      ? { kind: 'year', year: data.year }
      : data.period === 'quarter'
        ? { kind: 'quarter', year: data.year, quarter: data.quarter as 1 | 2 | 3 | 4 }
        : data.period === 'month'
          ? {
              kind: 'month',
              year: Number(data.month.slice(0, 4)),
              month: Number(data.month.slice(5)),
            }
          : { kind: 'custom', from: data.from, to: data.to }
  return { period, errors: {} as FieldErrors, values }
}

/** A cell: a number, text, or null for a group too small to show. */
export type Cell = number | string | null
export type ReportTable = {
  id: string
  title: string
  columns: string[]
  rows: { label: string; href?: string; cells: Cell[] }[]
  /** the cell charted beside the table */
  chart?: number
  /** how many rows the full table has when the page shows only the largest */
  total?: number
}

/** A group key's label, when the key is one of a known list; otherwise the fallback or the key. */
const labelIn =
  <K extends string>(keys: readonly K[], labels: Record<K, string>, fallback?: string) =>
  (key: string) =>
    keys.includes(key as K) ? labels[key as K] : (fallback ?? key)

const oneDecimal = (n: number) => Math.round(n * 10) / 10

const namesOf = (sql: string) => sqlite.prepare<{ ids: string }, { id: number; name: string }>(sql)
const organisationNames = namesOf(
  `select id, name from organisations where id in (select value from json_each(:ids))`,
)
const areaNames = namesOf(
  `select id, name from areas where id in (select value from json_each(:ids))`,
)

function names(statement: typeof organisationNames, rows: GroupFigures[]) {
  const ids = JSON.stringify(rows.map((r) => Number(r.groupKey)))
  return new Map(statement.all({ ids }).map((r) => [String(r.id), r.name]))
}

/**
 * The people columns of a breakdown as released (disclosure.server.ts): groups of 5 or more
 * named, the largest first (`limit`: only that many, for a page), then one unnamed row for the
 * rest. `partition`: the headline's people, when each person is in one group only.
 */
function breakdown(
  id: string,
  title: string,
  heading: string,
  groups: GroupFigures[],
  label: (named: GroupFigures[]) => (key: string) => string,
  options: {
    order?: readonly string[]
    href?: (key: string) => string
    partition?: number
    limit?: number
    other?: string
  } = {},
): ReportTable {
  const { named, other } = discloseGroups(groups, options.partition)
  const shown = options.limit ? named.slice(0, options.limit) : named
  if (options.order) {
    const order = options.order
    shown.sort((a, b) => order.indexOf(a.groupKey) - order.indexOf(b.groupKey))
  }
  const labelOf = label(shown)
  const rows: ReportTable['rows'] = shown.map((r) => ({
    label: labelOf(r.groupKey),
    href: options.href?.(r.groupKey),
    cells: [r.people, r.completions],
  }))
  if (other)
    rows.push({ label: options.other ?? OTHER_GROUPS, cells: [other.people, other.completions] })
  return {
    id,
    title,
    columns: [heading, 'Professionals upskilled', 'Completions'],
    total: named.length + (other ? 1 : 0),
    rows,
    chart: 0,
  }
}

function evaluationTable(
  evaluation: ModuleEvaluation[],
  titles: (ids: number[]) => Map<string, string>,
): ReportTable {
  const named = titles(evaluation.map((m) => m.moduleId))
  return {
    id: 'evaluation',
    title: 'Evaluation by module',
    columns: [
      'Module',
      'Matched before and after ratings',
      'Mean rating before (1 to 5)',
      'Mean rating after (1 to 5)',
      'Mean change',
      'Knowledge checks passed at the first attempt',
    ],
    rows: evaluation
      .sort((a, b) => b.pairs - a.pairs || b.checked - a.checked || a.moduleId - b.moduleId)
      .map((m) => {
        const rated = m.pairs > 0 && m.meanBefore !== null && m.meanAfter !== null
        return {
          label: named.get(String(m.moduleId)) ?? `Module ${m.moduleId}`,
          cells: [
            rated ? m.pairs : null,
            rated ? oneDecimal(m.meanBefore!) : null,
            rated ? oneDecimal(m.meanAfter!) : null,
            rated ? oneDecimal(m.meanAfter! - m.meanBefore!) : null,
            m.checked === 0
              ? null
              : m.checksAttempted > 0
                ? `${Math.round((100 * m.checksPassedFirstTime) / m.checksAttempted)}%`
                : 'no checks',
          ],
        }
      }),
  }
}

const monthTotals = sqlite.prepare<
  { vruId: number; periods: string },
  { period: string; people: number; completions: number }
>(`select period, people, completions from report_totals
   where vru_id = :vruId and dimension = 'all' and period in (select value from json_each(:periods))`)
/** `counted`: custom dates' months, counted with the rest (the summary holds whole months). */
function monthsTable(
  vruId: number,
  period: Period,
  counted?: CustomFigures['months'],
): ReportTable {
  const months = monthsIn(period)
  let figures: { people: number; completions: number }[]
  if (counted) {
    figures = counted
  } else {
    const keys = months.map((m) => periodKey({ kind: 'month', ...m })!)
    const found = new Map(
      monthTotals.all({ vruId, periods: JSON.stringify(keys) }).map((r) => [r.period, r]),
    )
    figures = keys.map((k) => found.get(k) ?? { people: 0, completions: 0 })
  }
  const released = discloseMonths(figures)
  return {
    id: 'by-month',
    title: 'Completions by month',
    columns: ['Month', 'Completions', 'Professionals upskilled that month'],
    rows: months.map((m, i) => {
      const f = released[i]
      return {
        label: monthName(m.year, m.month),
        cells: f ? [f.completions, f.people] : [null, null],
      }
    }),
    chart: 0,
  }
}

/** People assigned a module due in the period (up to now) who have not completed it. */
function overdueCount(vruId: number, start: number, end: number) {
  const row = db
    .select({ n: countDistinct(users.id) })
    .from(assignments)
    // the unit's assignments first (through their organisation), then the people they cover
    .innerJoin(organisations, eq(organisations.id, assignments.organisationId))
    .innerJoin(users, assignmentCoversPerson())
    .where(
      and(
        gte(assignments.dueAt, new Date(start)),
        lt(assignments.dueAt, new Date(end)),
        vruId === NATIONAL ? undefined : eq(organisations.vruId, vruId),
        notExists(
          db
            .select({ one: sql`1` })
            .from(completions)
            .where(
              and(eq(completions.userId, users.id), eq(completions.moduleId, assignments.moduleId)),
            ),
        ),
      ),
    )
    .get()
  return row?.n ?? 0
}

export type ReportScope = { vruId: number; name: string }

/** The exact figures a report is made from, before disclosure control. */
function countedFigures(scope: ReportScope, period: Period, now: number) {
  const range = periodRange(period)
  const key = periodKey(period)
  const custom = key ? null : customTotals(scope.vruId, range.start, range.end, monthRanges(period))
  const totals = custom?.totals ?? totalsFor(scope.vruId, key!)
  const all = totals.get('all')?.find((r) => r.completions > 0)
  const upTo = { start: range.start, end: Math.min(range.end, now) }
  const headline: Headline = {
    upskilled: all?.people ?? 0,
    completions: all?.completions ?? 0,
    inProgress: custom?.inProgress ?? totals.get('in_progress')?.[0]?.people ?? 0,
    overdue: upTo.end <= upTo.start ? 0 : overdueCount(scope.vruId, upTo.start, upTo.end),
  }
  return { range, key, custom, totals, headline }
}

/**
 * The headline as counted, before disclosure control: for tests of the counting rules. No
 * page, file or summary may show it; they show buildReport()'s.
 */
export function exactHeadline(scope: ReportScope, period: Period, now = Date.now()) {
  return countedFigures(scope, period, now).headline
}

/**
 * The whole report for a unit (vruId) or every unit (NATIONAL), as released: every figure has
 * been through disclosure.server.ts. `limit`: list only the largest named groups of each
 * breakdown (a page; the CSV lists all). `only`: the one table a CSV needs (with the headline);
 * the others are not built.
 */
export function buildReport(
  scope: ReportScope,
  period: Period,
  { now = Date.now(), limit, only }: { now?: number; limit?: number; only?: string } = {},
) {
  const { range, key, custom, totals, headline } = countedFigures(scope, period, now)
  const wanted = (id: string) => only === undefined || only === id
  // the disclosure rules need every group, even where a page lists only the largest
  const organisationRows =
    key && wanted('by-organisation') ? organisationTotals(scope.vruId, key) : undefined
  const rows = (dimension: string): GroupFigures[] =>
    dimension === 'organisation' && organisationRows
      ? organisationRows.rows
      : (totals.get(dimension) ?? []).filter((r) => r.completions > 0)
  const national = scope.vruId === NATIONAL
  const partition = headline.upskilled
  const moduleTitles = (ids: number[]) =>
    new Map([...moduleTitlesOf(ids)].map(([id, title]) => [String(id), title]))

  const builders: [string, () => ReportTable][] = [
    [
      'by-sector',
      () =>
        breakdown(
          'by-sector',
          'By sector',
          'Sector',
          rows('sector'),
          () => labelIn(SECTORS, SECTOR_LABELS, 'Not recorded'),
          { partition, limit },
        ),
    ],
    [
      'by-organisation-type',
      () =>
        breakdown(
          'by-organisation-type',
          'By organisation type',
          'Organisation type',
          rows('organisation_type'),
          () => labelIn(ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS),
          { partition, limit },
        ),
    ],
    [
      'by-local-authority',
      () =>
        breakdown(
          'by-local-authority',
          'By local authority area',
          'Local authority area',
          rows('local_authority'),
          () => (k) => k,
          { partition, limit },
        ),
    ],
  ]
  if (rows('area').length > 0) {
    builders.push([
      'by-area',
      () =>
        breakdown(
          'by-area',
          'By hub-and-spoke area',
          'Area',
          rows('area'),
          (named) => {
            const areas = names(areaNames, named)
            return (k) => areas.get(k) ?? k
          },
          { partition, limit },
        ),
    ])
  }
  builders.push(
    [
      'by-organisation',
      () =>
        breakdown(
          'by-organisation',
          'By organisation',
          'Organisation',
          rows('organisation'),
          (named) => {
            // a standard period's rows come named; custom dates look the names up
            const organisations = organisationRows
              ? new Map(organisationRows.rows.map((r) => [r.groupKey, r.name]))
              : names(organisationNames, named)
            return (k) => organisations.get(k) ?? `Organisation ${k}`
          },
          // a unit's own organisations open to its lead; the national view links to none
          { href: national ? undefined : (k) => `/organisations/${k}`, partition, limit },
        ),
    ],
    [
      'by-module',
      () =>
        breakdown(
          'by-module',
          'By module',
          'Module',
          rows('module'),
          (named) => {
            const modules = moduleTitles(named.map((r) => Number(r.groupKey)))
            return (k) => modules.get(k) ?? k
          },
          // a person counts in each module they completed: not a partition of the headline
          { limit },
        ),
    ],
    [
      'by-practice-level',
      () => ({
        ...breakdown(
          'by-practice-level',
          'By highest practice level reached',
          'Practice level',
          // each person counts at one level, the highest they reached
          rows('level').filter((r) => r.people > 0),
          () => labelIn(PRACTICE_LEVELS, PRACTICE_LEVEL_LABELS),
          { order: PRACTICE_LEVELS, partition, limit },
        ),
        columns: ['Practice level', 'Professionals upskilled', 'Completions at this level'],
      }),
    ],
    ['by-month', () => monthsTable(scope.vruId, period, custom?.months)],
    [
      'evaluation',
      () => evaluationTable(evaluationByBatches(scope.vruId, range.start, range.end), moduleTitles),
    ],
  )
  return {
    scopeName: scope.name,
    periodLabel: periodLabel(period),
    headline: discloseHeadline(headline),
    tables: builders.filter(([id]) => wanted(id)).map(([, build]) => build()),
    units: national && wanted('units') ? unitsTable(period, partition, custom?.units) : null,
  }
}

const unitNames = sqlite.prepare<[], { id: number; name: string; slug: string }>(
  'select id, name, slug from vrus order by name',
)

/**
 * Every unit side by side, for administrators (`counted`: over custom dates), under the same
 * rules as any breakdown: a unit of 1 to 4 people is not named.
 */
function unitsTable(
  period: Period,
  partition: number,
  counted?: CustomFigures['units'],
): ReportTable {
  const figures = counted ?? unitTotalsFor([periodKey(period)!])
  const units = new Map(unitNames.all().map((u) => [String(u.id), u.name]))
  const table = breakdown(
    'units',
    'Units side by side',
    'Violence Reduction Unit',
    figures
      .filter((f) => f.completions > 0)
      .map((f) => ({ groupKey: String(f.vruId), people: f.people, completions: f.completions })),
    () => (k) => units.get(k) ?? `Unit ${k}`,
    {
      href: (k) => `/reports?unit=${k}`,
      partition,
      other: 'Other units (not named)',
    },
  )
  return { ...table, total: undefined }
}

export type Report = ReturnType<typeof buildReport>

/** Every table of a report, by its id (the units table among them for the national view). */
export function reportTables(report: Report) {
  return report.units ? [report.units, ...report.tables] : report.tables
}

/** The headline as a table too, so it can be exported like the others. */
export function headlineTable(report: Report): ReportTable {
  const h = report.headline
  return {
    id: 'headline',
    title: 'Headline figures',
    columns: ['Measure', 'Number'],
    rows: [
      { label: 'Professionals upskilled', cells: [h.upskilled] },
      { label: 'Completions', cells: [h.completions] },
      { label: 'People in progress', cells: [h.inProgress] },
      { label: 'Assigned but overdue', cells: [h.overdue] },
    ],
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

/**
 * Which unit's figures the asker sees: a VRU lead their own (whatever the address says), an
 * administrator every unit together or the one they pick.
 */
export function reportScopeFor(user: SessionUser, unitParam: string | null): ReportScope {
  const scope = scopeFor(user)
  if (scope.kind === 'vru') {
    return { vruId: scope.vruId, name: getVru(scope.vruId)?.name ?? '' }
  }
  if (scope.kind === 'all') {
    const id = Number(unitParam)
    const unit = Number.isInteger(id) && id > 0 ? getVru(id) : undefined
    return unit
      ? { vruId: unit.id, name: unit.name }
      : { vruId: NATIONAL, name: 'All Violence Reduction Units' }
  }
  throw new Response('You do not have access to this page.', { status: 403 })
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
  const h = report.headline
  const pick = ['by-sector', 'by-organisation-type', 'by-module', 'by-practice-level', 'evaluation']
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
  return {
    headline: [
      ['Professionals upskilled', h.upskilled],
      ['Completions', h.completions],
      ['People in progress', h.inProgress],
      ['Assigned but overdue', h.overdue],
    ] as [string, Cell][],
    tables,
  }
}

/** The report a request asks for: its period from the address, its unit from who asks. */
export async function reportFor(
  user: SessionUser,
  params: URLSearchParams,
  options: { limit?: number; only?: string } = {},
) {
  const { period, errors, values } = periodFrom(params)
  const scope = reportScopeFor(user, params.get('unit'))
  // custom dates are counted, not read: off the server's thread, where a copy is kept ready
  if (period.kind !== 'custom') warmReportWorker()
  const report =
    period.kind === 'custom'
      ? await buildReportOffThread(scope, period, options)
      : buildReport(scope, period, options)
  return { report, period, scope, errors, values }
}

/** The unit as it goes into a file name. */
export function scopeSlug(scope: ReportScope) {
  return scope.vruId === NATIONAL ? 'all-units' : (getVru(scope.vruId)?.slug ?? 'unit')
}
