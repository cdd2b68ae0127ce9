/**
 * The reach section of a report as tables (the page, one CSV each, the board summary), from the
 * figures reach.server.ts counts. Not through disclosure control: see reach.server.ts.
 */
import { moduleTitlesOf } from '#app/learning/catalogue.server.ts'
import { ORGANISATION_TYPES } from '#app/db.server.ts'
import { ORGANISATION_TYPE_LABELS } from '#app/organisations/labels.ts'
import { MONTH_NAMES } from '#app/utils/uk-dates.ts'
import { monthName, periodLabel, type Period } from './periods.ts'
import {
  packIdsOf,
  countReach,
  packShares,
  schoolsNotYetUsing,
  shareYearOf,
  type ReachFigures,
  type ReachGroup,
} from './reach.server.ts'
import { areaNames, labelIn, names, shareOf } from './report-tables.server.ts'
import { NATIONAL, type ReachReport, type ReportScope, type ReportTable } from './types.ts'

/** Always said with the figure: no one counted the pupils but their teachers. */
export const PUPILS = 'Pupils reached (as reported by teachers)'
const FIGURE_COLUMNS = ['Schools reached', 'Sessions delivered', PUPILS]
const EMPTY = 'No classroom pack was taught in this period.'
const typeLabel = labelIn(ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS)

export const REACH_TABLES = [
  'reach-headline',
  'reach-by-pack',
  'reach-by-area',
  'reach-by-organisation-type',
  'reach-by-year-group',
  'reach-by-quarter',
  'reach-by-month',
  'reach-share',
  'reach-not-yet-used',
] as const

const cells = (f: ReachFigures) => [f.schools, f.sessions, f.pupils]

function reachTable(
  id: string,
  title: string,
  heading: string,
  groups: ReachGroup[],
  label: (key: string) => string,
): ReportTable {
  return {
    id,
    title,
    columns: [heading, ...FIGURE_COLUMNS],
    rows: groups.map((g) => ({ label: label(g.key), cells: cells(g) })),
    chart: 0,
    empty: EMPTY,
  }
}

/** A financial-year quarter by its months, short enough for a chart's label: "April to June 2026". */
function quarterLabel(key: string) {
  const [year, quarter] = key.split('-').map(Number)
  const first = 4 + (quarter! - 1) * 3
  const name = (m: number) => MONTH_NAMES[(m - 1) % 12]
  const last = year! + (first + 2 > 12 ? 1 : 0)
  return `${name(first)} to ${name(first + 2)} ${last}`
}

/**
 * The reach section for a scope and period. `only`: the one table a CSV needs; `limit`: how many
 * schools the page lists under each pack not yet used (the CSV lists all).
 */
export function buildReach(
  scope: ReportScope,
  period: Period,
  { only, limit }: { only?: string; limit?: number } = {},
): ReachReport {
  const wanted = (id: string) => only === undefined || only === id
  const national = scope.vruId === NATIONAL
  const counted =
    only === undefined || !['reach-share', 'reach-not-yet-used'].includes(only)
      ? countReach(scope, period)
      : null
  const shareYear = shareYearOf(period)
  const shares = wanted('reach-share') ? packShares(scope, shareYear) : null
  const notYet = wanted('reach-not-yet-used') ? schoolsNotYetUsing(scope) : null
  const titles = new Map(
    [
      ...moduleTitlesOf(
        [
          ...(counted?.byPack ?? []).map((g) => g.key),
          ...(shares ? packIdsOf(scope.vruId) : []),
          ...(shares ?? []).flatMap((s) => [...s.used.keys()]),
          ...(notYet ?? []).map((n) => n.moduleId),
        ].map(Number),
      ),
    ].map(([id, title]) => [String(id), title]),
  )
  const packTitle = (k: string) => titles.get(k) ?? `Pack ${k}`
  const tables: ReportTable[] = []
  if (counted) {
    const total = counted.total
    tables.push({
      id: 'reach-headline',
      title: 'Reach of classroom packs',
      columns: ['Measure', 'Number'],
      rows: [
        { label: 'Schools reached', cells: [total.schools] },
        { label: 'Sessions delivered', cells: [total.sessions] },
        { label: PUPILS, cells: [total.pupils] },
      ],
    })
    tables.push(reachTable('reach-by-pack', 'Reach by pack', 'Pack', counted.byPack, packTitle))
    const areas = names(
      areaNames,
      counted.byArea.filter((g) => g.key !== '').map((g) => ({ groupKey: g.key })),
    )
    // a unit without hub-and-spoke areas has no area table
    if (counted.byArea.some((g) => g.key !== ''))
      tables.push(
        reachTable('reach-by-area', 'Reach by hub-and-spoke area', 'Area', counted.byArea, (k) =>
          k === '' ? 'No area' : (areas.get(k) ?? `Area ${k}`),
        ),
      )
    tables.push(
      reachTable(
        'reach-by-organisation-type',
        'Reach by organisation type',
        'Organisation type',
        counted.byType,
        typeLabel,
      ),
      reachTable(
        'reach-by-year-group',
        'Reach by year group',
        'Year group',
        counted.byYearGroup,
        (k) => `Year ${k}`,
      ),
      reachTable(
        'reach-by-quarter',
        'Reach by quarter',
        'Quarter',
        counted.byQuarter,
        quarterLabel,
      ),
      reachTable('reach-by-month', 'Reach by month', 'Month', counted.byMonth, (k) =>
        monthName(Number(k.slice(0, 4)), Number(k.slice(5, 7))),
      ),
    )
  }
  if (shares) {
    // every pack the unit may teach, used or not, and any other it taught
    const packs = [
      ...new Set([...packIdsOf(scope.vruId), ...shares.flatMap((s) => [...s.used.keys()])]),
    ].sort((a, b) => packTitle(a).localeCompare(packTitle(b)))
    tables.push({
      id: 'reach-share',
      title: `Share of schools that used each pack in the ${periodLabel(shareYear).toLowerCase()}`,
      columns: [
        'Organisation type',
        national ? 'Active schools now, every unit' : 'Active schools in the unit now',
        ...packs.flatMap((p) => [
          `${packTitle(p)}: schools that used it`,
          `${packTitle(p)}: share`,
        ]),
      ],
      rows: packs.length
        ? shares.map((s) => ({
            label: typeLabel(s.type),
            cells: [
              s.schools,
              ...packs.flatMap((p) => {
                const used = s.used.get(p) ?? 0
                return [used, s.schools ? shareOf(used, s.schools) : 'no schools']
              }),
            ],
          }))
        : [],
      empty: 'No school used a classroom pack in this financial year.',
    })
  }
  if (notYet) {
    const packs = notYet.map((n) => ({ ...n, title: packTitle(n.moduleId) }))
    packs.sort((a, b) => a.title.localeCompare(b.title))
    tables.push(
      national
        ? {
            id: 'reach-not-yet-used',
            title: 'Schools that have not used a pack yet',
            columns: ['Pack', 'Active schools that have never taught it'],
            rows: packs.map((p) => ({ label: p.title, cells: [p.count] })),
            empty: 'There are no classroom packs yet.',
          }
        : {
            id: 'reach-not-yet-used',
            title: 'Schools that have not used a pack yet',
            columns: ['School', 'Pack', 'Organisation type', 'Area'],
            rows: packs.flatMap((p) =>
              p.schools!.map((s) => ({
                label: s.name,
                cells: [p.title, typeLabel(s.type), s.area ?? 'No area'],
              })),
            ),
            empty: 'Every school has used every pack.',
          },
    )
  }
  return {
    tables: tables.filter((t) => wanted(t.id)),
    notYetUsed: (notYet ?? []).map((n) => ({
      moduleId: n.moduleId,
      title: packTitle(n.moduleId),
      count: n.count,
      schools:
        n.schools
          ?.slice(0, limit ?? n.schools.length)
          .map((s) => ({ ...s, type: typeLabel(s.type), area: s.area ?? 'No area' })) ?? null,
    })),
  }
}
