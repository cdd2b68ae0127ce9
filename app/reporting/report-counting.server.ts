/**
 * What a report counts: for a unit (or every unit) and a period, the headline figures and the
 * tables, from the summary for a standard period or from the custom-range copy of the
 * completions for custom dates. Never names a person; the scope is decided by the policy module
 * (reportScopeFor in app/auth/permissions.server.ts) and nothing here widens it.
 */
import { and, countDistinct, eq, gte, lt, notExists, sql } from 'drizzle-orm'
import {
  assignments,
  completions,
  db,
  ORGANISATION_TYPES,
  organisations,
  PRACTICE_LEVELS,
  SECTORS,
  users,
} from '#app/db.server.ts'
import { assignmentCoversPerson } from '#app/learning/assignments.server.ts'
import { moduleTitlesOf } from '#app/learning/catalogue.server.ts'
import { PRACTICE_LEVEL_LABELS } from '#app/learning/labels.ts'
import { ORGANISATION_TYPE_LABELS, SECTOR_LABELS } from '#app/organisations/labels.ts'
import { customTotals } from './custom-range/figures.server.ts'
import { discloseHeadline, evaluationByBatches, type Headline } from './disclosure.server.ts'
import { monthRanges, periodKey, periodLabel, periodRange, type Period } from './periods.ts'
import {
  areaNames,
  breakdown,
  evaluationTable,
  labelIn,
  monthsTable,
  names,
  organisationNames,
  unitsTable,
} from './report-tables.server.ts'
import { organisationTotals, totalsFor } from './summary/read.server.ts'
import {
  type GroupFigures,
  NATIONAL,
  type Report,
  type ReportOptions,
  type ReportScope,
  type ReportTable,
} from './types.ts'

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

/** The exact figures a report is made from, before disclosure control. */
async function countedFigures(scope: ReportScope, period: Period, now: number) {
  const range = periodRange(period)
  const key = periodKey(period)
  const custom = key
    ? null
    : await customTotals(scope.vruId, range.start, range.end, monthRanges(period))
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
export async function exactHeadline(scope: ReportScope, period: Period, now = Date.now()) {
  return (await countedFigures(scope, period, now)).headline
}

/**
 * The whole report for a unit (vruId) or every unit (NATIONAL), as released: every figure has
 * been through disclosure.server.ts (ReportOptions: how much of it to build).
 */
export async function buildReport(
  scope: ReportScope,
  period: Period,
  { now = Date.now(), limit, only }: ReportOptions = {},
): Promise<Report> {
  const { range, key, custom, totals, headline } = await countedFigures(scope, period, now)
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
