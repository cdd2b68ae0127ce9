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
  DELIVERIES,
  sqlite,
  ORGANISATION_TYPES,
  organisations,
  PRACTICE_LEVELS,
  SECTORS,
  users,
} from '#app/db.server.ts'
import { type I18n, type Language } from '#app/i18n/i18n.ts'
import { i18nFor } from '#app/i18n/language.server.ts'
import { assignmentCoversPerson } from '#app/learning/assignments.server.ts'
import { moduleTitlesIn } from '#app/learning/catalogue.server.ts'
import { DELIVERY_LABELS, PRACTICE_LEVEL_LABELS } from '#app/learning/labels.ts'
import { ORGANISATION_TYPE_LABELS, SECTOR_LABELS } from '#app/organisations/labels.ts'
import { londonDay } from '#app/utils/uk-dates.ts'
import { customTotals } from './custom-range/figures.server.ts'
import {
  discloseHeadline,
  discloseInDate,
  discloseRanking,
  evaluationByBatches,
  type Headline,
} from './disclosure.server.ts'
import { staffInDateCounted, type InDateGroup } from './in-date-figures.server.ts'
import { monthRanges, periodKey, periodLabel, periodRange, type Period } from './periods.ts'
import { SCOPE_LABELS } from './labels.ts'
import { buildReach } from './reach-tables.server.ts'
import {
  areaNames,
  breakdown,
  courseNames,
  evaluationTable,
  inDateTable,
  labelIn,
  shareOf,
  monthsTable,
  names,
  organisationNames,
  unitsTable,
} from './report-tables.server.ts'
import {
  organisationRanking as rankOrganisations,
  organisationTotals,
  totalsFor,
} from './summary/read.server.ts'
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
 * Staff in date on required training today, by organisation type and by area: a figure as at
 * a day, whatever the period (decision 015).
 */
function inDateFigures(vruId: number, today: string, i18n: I18n) {
  const { t } = i18n
  let counted: InDateGroup[] | undefined
  const groups = (key: (g: InDateGroup) => string) => {
    counted ??= staffInDateCounted(vruId, today)
    const summed = new Map<string, { groupKey: string; staff: number; inDate: number }>()
    for (const g of counted) {
      const found = summed.get(key(g)) ?? { groupKey: key(g), staff: 0, inDate: 0 }
      found.staff += g.staff
      found.inDate += g.inDate
      summed.set(found.groupKey, found)
    }
    return [...summed.values()]
  }
  const tables: [string, () => ReportTable][] = [
    [
      'in-date-by-organisation-type',
      () =>
        inDateTable(
          'in-date-by-organisation-type',
          t('Staff in date on required training, by organisation type'),
          t('Organisation type'),
          groups((g) => g.type),
          (k) => t(typeLabel(k)),
          i18n,
        ),
    ],
    [
      'in-date-by-area',
      () => {
        const byArea = groups((g) => String(g.areaId ?? ''))
        const areas = names(
          areaNames,
          byArea.filter((g) => g.groupKey !== ''),
        )
        return inDateTable(
          'in-date-by-area',
          t('Staff in date on required training, by hub-and-spoke area'),
          t('Area'),
          byArea,
          (k) => (k === '' ? t('No area') : (areas.get(k) ?? t('Area {{id}}', { id: k }))),
          i18n,
        )
      },
    ],
  ]
  /** every group together, as released: the headline's share */
  const share = () => {
    const { total } = discloseInDate(groups((g) => g.type))
    return total.staff === 0 ? t('none required') : shareOf(total.inDate, total.staff)
  }
  // a unit without hub-and-spoke areas has no area table, as for completions
  return { tables: unitHasAreas.get({ vru: vruId }) ? tables : tables.slice(0, 1), share }
}
const typeLabel = labelIn(ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS)

const unitHasAreas = sqlite.prepare<{ vru: number }, { one: number }>(
  'select 1 as one from areas where :vru = 0 or vru_id = :vru limit 1',
)

/**
 * The whole report for a unit (vruId) or every unit (NATIONAL), as released: every figure has
 * been through disclosure.server.ts (ReportOptions: how much of it to build).
 */
export async function buildReport(
  scope: ReportScope,
  period: Period,
  { now = Date.now(), limit, only, language }: ReportOptions = {},
): Promise<Report> {
  const { range, key, custom, totals, headline } = await countedFigures(scope, period, now)
  // the tables are written in the reader's language; the figures are the same in any
  const i18n = i18nFor(language)
  const { t } = i18n
  const wanted = (id: string) => only === undefined || only === id
  // the disclosure rules need every group, even where a page lists only the largest: a page
  // reads them as a ranking, a file reads them all
  const organisationRanking =
    key && limit && wanted('by-organisation')
      ? discloseRanking(rankOrganisations(scope.vruId, key, limit), headline.upskilled)
      : undefined
  const organisationRows =
    key && !limit && wanted('by-organisation') ? organisationTotals(scope.vruId, key) : undefined
  const organisationNamesOf = new Map(
    [...(organisationRanking?.named ?? []), ...(organisationRows?.rows ?? [])].map((r) => [
      r.groupKey,
      r.name,
    ]),
  )
  const rows = (dimension: string): GroupFigures[] =>
    dimension === 'organisation' && organisationRows
      ? organisationRows.rows
      : (totals.get(dimension) ?? []).filter((r) => r.completions > 0)
  const national = scope.vruId === NATIONAL
  const partition = headline.upskilled
  const inDate = inDateFigures(scope.vruId, londonDay(now), i18n)
  const moduleTitles = (ids: number[]) =>
    new Map([...moduleTitlesIn(ids, i18n.language)].map(([id, title]) => [String(id), title]))
  const titlesByModule = new Map<string, Language>()

  const builders: [string, () => ReportTable][] = [
    [
      'by-sector',
      () =>
        breakdown(
          'by-sector',
          t('By sector'),
          t('Sector'),
          rows('sector'),
          () => (k) => t(labelIn(SECTORS, SECTOR_LABELS, t('Not recorded'))(k)),
          { partition, limit },
          i18n,
        ),
    ],
    [
      'by-organisation-type',
      () =>
        breakdown(
          'by-organisation-type',
          t('By organisation type'),
          t('Organisation type'),
          rows('organisation_type'),
          () => (k) => t(typeLabel(k)),
          { partition, limit },
          i18n,
        ),
    ],
    [
      'by-local-authority',
      () =>
        breakdown(
          'by-local-authority',
          t('By local authority area'),
          t('Local authority area'),
          rows('local_authority'),
          () => (k) => k,
          { partition, limit },
          i18n,
        ),
    ],
  ]
  if (rows('area').length > 0) {
    builders.push([
      'by-area',
      () =>
        breakdown(
          'by-area',
          t('By hub-and-spoke area'),
          t('Area'),
          rows('area'),
          (named) => {
            const areas = names(areaNames, named)
            return (k) => areas.get(k) ?? k
          },
          { partition, limit },
          i18n,
        ),
    ])
  }
  builders.push(
    [
      'by-organisation',
      () =>
        breakdown(
          'by-organisation',
          t('By organisation'),
          t('Organisation'),
          organisationRanking ?? rows('organisation'),
          (named) => {
            // a standard period's rows come named; custom dates look the names up
            const organisations = key ? organisationNamesOf : names(organisationNames, named)
            return (k) => organisations.get(k) ?? t('Organisation {{id}}', { id: k })
          },
          // a unit's own organisations open to its lead; the national view links to none
          { href: national ? undefined : (k) => `/organisations/${k}`, partition, limit },
          i18n,
        ),
    ],
    [
      'by-module',
      () =>
        breakdown(
          'by-module',
          t('By module'),
          t('Module'),
          rows('module'),
          (named) => {
            const modules = moduleTitles(named.map((r) => Number(r.groupKey)))
            for (const [k, title] of modules) titlesByModule.set(k, title.language)
            return (k) => modules.get(k)?.text ?? k
          },
          // a person counts in each module they completed: not a partition of the headline
          { limit, langOf: (k) => titlesByModule.get(k) },
          i18n,
        ),
    ],
    [
      'by-delivery',
      () =>
        breakdown(
          'by-delivery',
          t('By how people were trained'),
          t('How people were trained'),
          rows('delivery'),
          () => (k) => t(labelIn(DELIVERIES, DELIVERY_LABELS)(k)),
          // a person who did a module online and went to a workshop counts in both
          { order: DELIVERIES, limit },
          i18n,
        ),
    ],
    [
      'by-course',
      () => ({
        ...breakdown(
          'by-course',
          t('By live course'),
          t('Course'),
          rows('course'),
          (named) => {
            const courses = names(courseNames, named)
            return (k) => courses.get(k) ?? t('Course {{id}}', { id: k })
          },
          // a person counts in each course they attended, as in each module
          { limit },
          i18n,
        ),
        columns: [t('Course'), t('Professionals upskilled'), t('Attendances')],
        empty: t('No one attended a live course in this period.'),
      }),
    ],
    [
      'by-practice-level',
      () => ({
        ...breakdown(
          'by-practice-level',
          t('By highest practice level reached'),
          t('Practice level'),
          // each person counts at one level, the highest they reached
          rows('level').filter((r) => r.people > 0),
          () => (k) => t(labelIn(PRACTICE_LEVELS, PRACTICE_LEVEL_LABELS)(k)),
          { order: PRACTICE_LEVELS, partition, limit },
          i18n,
        ),
        columns: [
          t('Practice level'),
          t('Professionals upskilled'),
          t('Completions at this level'),
        ],
      }),
    ],
    ['by-month', () => monthsTable(scope.vruId, period, custom?.months, i18n)],
    ...inDate.tables,
    [
      'evaluation',
      () =>
        evaluationTable(
          evaluationByBatches(scope.vruId, range.start, range.end),
          moduleTitles,
          i18n,
        ),
    ],
  )
  return {
    scopeName: national ? t(SCOPE_LABELS.national) : scope.name,
    periodLabel: periodLabel(period, i18n),
    headline: { ...discloseHeadline(headline), staffInDate: inDate.share() },
    tables: builders.filter(([id]) => wanted(id)).map(([, build]) => build()),
    units: national && wanted('units') ? unitsTable(period, partition, custom?.units, i18n) : null,
    reach:
      only === undefined || only.startsWith('reach-')
        ? buildReach(scope, period, { only, limit: limit && limit * 5 }, i18n)
        : null,
  }
}
