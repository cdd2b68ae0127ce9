/**
 * How a custom-dates figure is counted: each is one query over the copy (store.server.ts), by
 * the rules the summary keeps for standard periods (README, "Reports and how people are
 * counted"; tests/unit/custom-range-differential.test.ts checks them against plain SQL on the
 * database):
 * - a completion counts in the range that holds its completion time, for the unit, organisation
 *   and sector stored with it; a unit's report counts its completions, the national one all;
 * - a person counts once in each group they completed in, and once in all, at the highest
 *   practice level they reached;
 * - the unit's own groups (local authority, area, organisation, and the units side by side)
 *   count only completions with a unit, a group within each unit: two units' authorities of the
 *   same name are two rows;
 * - people in progress: people with an enrolment open that started in the range, for the unit
 *   they were in when they started;
 * - attendance at a live course is a completion like a module's (its level the course's when it
 *   covers no module), counted also by how people were trained (delivery) and by course; its
 *   ratings count under its module, or under the course when it covers none.
 * What is counted here is exact; buildReport() passes it through disclosure.server.ts before
 * anyone sees it.
 */
import { type DuckDBConnection } from '@duckdb/node-api'
import { type TotalsRow } from '../summary/tally.server.ts'
import { NATIONAL } from '../types.ts'
import { CustomRangeCopy } from './store.server.ts'

export type CustomFigures = {
  /** by dimension, as totalsFor() gives a standard period's */
  totals: Map<string, TotalsRow[]>
  /** each month's part of the range: people upskilled in it, and completions */
  months: { people: number; completions: number }[]
  /** professionals upskilled and completions of each unit (for the national view) */
  units: { vruId: number; people: number; completions: number }[]
  inProgress: number
}

/** A whole number written into SQL (times and ids: never text from a person). */
function literal(n: number) {
  if (!Number.isSafeInteger(n)) throw new Error(`Not a whole number: ${n}`)
  return String(n)
}

const PEOPLE = 'count(distinct person)::integer as people, count(*)::integer as completions'
const NO_RESULTS = {
  evaluationPairs: 0,
  ratingBefore: 0,
  ratingAfter: 0,
  checksAttempted: 0,
  checksPassedFirstTime: 0,
}

type Group = { groupKey: string; people: number; completions: number }

/** The figures of a unit (or NATIONAL) over [start, end), cut into `months` (in order). */
async function count(
  c: DuckDBConnection,
  vruId: number,
  start: number,
  end: number,
  months: { start: number; end: number }[],
): Promise<CustomFigures> {
  const national = vruId === NATIONAL
  const inRange = `c.completed_at >= ${literal(start)} and c.completed_at < ${literal(end)}
    ${national ? '' : `and c.unit = ${literal(vruId)}`}`
  // with the organisation's groups as the organisation is now (only where a figure needs them)
  const withGroups = `(select c.*, o.type, o.local_authority, o.area from completions c
    join organisations o on o.id = c.organisation where ${inRange})`
  const rows = async <T>(sql: string) =>
    (await c.runAndReadAll(sql)).getRowObjectsJS() as unknown as T[]
  // made afresh in one shape: sorting 30,000 of the reader's own objects took 350 ms, these 60
  const groups = async (key: string, from = `completions c where ${inRange}`, within = '') =>
    (
      await rows<Group>(
        // largest first, as disclosure sorts them: a sorted list sorts again at once
        `select ${key}::varchar as groupKey, ${PEOPLE} from ${from} group by ${within} ${key}
         order by people desc, completions desc, groupKey`,
      )
    ).map((g) => ({
      groupKey: g.groupKey,
      people: g.people,
      completions: g.completions,
      ...NO_RESULTS,
    }))
  // the unit's own groups are a group within each unit, even when named alike
  const withUnit = `${withGroups} where unit is not null`

  // a group with the results that belong to it: `own`, which of its completions those are
  const withResults = (key: 'module' | 'course', own: string) =>
    rows<TotalsRow>(
      `select ${key}::varchar as groupKey, ${PEOPLE},
         count(*) filter (rated)::integer as evaluationPairs,
         coalesce(sum(rating_before) filter (rated), 0) as ratingBefore,
         coalesce(sum(rating_after) filter (rated), 0) as ratingAfter,
         coalesce(sum(checks_attempted) filter (${own}), 0)::integer as checksAttempted,
         coalesce(sum(checks_passed) filter (${own}), 0)::integer as checksPassedFirstTime
       from (select *, ${own} and rating_before is not null and rating_after is not null as rated
         from completions c where ${inRange} and ${key} is not null) group by ${key}`,
    )
  const modules = await withResults('module', 'true')
  // live courses; the results of those that cover a module count under the module
  const courses = await withResults('course', 'module is null')
  // each person once, at the highest level they reached (the enum is in rising order)
  const levels = (
    await rows<Group>(
      `select practice_level::varchar as groupKey, coalesce(reached.people, 0)::integer as people,
         completions::integer as completions
       from (select practice_level, count(*) as completions from completions c
         where ${inRange} group by all)
       left join (select highest, count(*) as people
         from (select max(practice_level) as highest from completions c
           where ${inRange} group by person)
         group by highest
       ) reached on reached.highest = practice_level`,
    )
  ).map((g) => ({ ...g, ...NO_RESULTS }))
  // everyone counted is at exactly one highest level
  const all = levels.reduce(
    (sum, g) => ({
      ...sum,
      people: sum.people + g.people,
      completions: sum.completions + g.completions,
    }),
    { groupKey: '', people: 0, completions: 0, ...NO_RESULTS },
  )
  // the month a completion falls in, by the months' ends
  const month = `case ${months.map((m, i) => `when completed_at < ${literal(m.end)} then ${i}`).join(' ')} end`
  const byMonth = await rows<Group>(
    `select ${month} as groupKey, ${PEOPLE} from completions c where ${inRange} group by 1`,
  )
  // a unit's report has its own row alone: its headline
  const units = national
    ? await groups('unit', `completions c where ${inRange} and unit is not null`)
    : all.completions > 0
      ? [{ ...all, groupKey: String(vruId) }]
      : []
  const [started] = await rows<{ inProgress: number }>(
    `select count(distinct person)::integer as inProgress from open_enrolments
     where started_at >= ${literal(start)} and started_at < ${literal(end)}
     ${national ? '' : `and unit = ${literal(vruId)}`}`,
  )
  return {
    totals: new Map([
      ['all', all.completions > 0 ? [all] : []],
      ['sector', await groups("coalesce(sector::varchar, 'none')")],
      ['organisation_type', await groups('type', withGroups)],
      ['local_authority', await groups('local_authority', withUnit, 'unit,')],
      ['area', await groups('area', `${withUnit} and area is not null`, 'unit,')],
      [
        'organisation',
        await groups(
          'organisation',
          `completions c where ${inRange} and unit is not null and organisation is not null`,
          'unit,',
        ),
      ],
      ['module', modules],
      ['level', levels],
      ['delivery', await groups('delivery')],
      ['course', courses],
    ]),
    months: months.map((_, i) => {
      const m = byMonth.find((g) => Number(g.groupKey) === i)
      return { people: m?.people ?? 0, completions: m?.completions ?? 0 }
    }),
    units: units
      .sort((a, b) => Number(a.groupKey) - Number(b.groupKey))
      .map((g) => ({
        vruId: Number(g.groupKey),
        people: g.people,
        completions: g.completions,
      })),
    inProgress: started?.inProgress ?? 0,
  }
}

let copy: Promise<CustomRangeCopy> | undefined

/**
 * Figures counted since the copy last changed, by range: the page, its CSVs, the board summary
 * and its PDF ask for the same range one after another, and a national count takes a second or
 * two. Any change read into the copy starts afresh, so what is remembered is what would be
 * counted.
 */
let counted = { version: '', figures: new Map<string, CustomFigures>() }
const REMEMBERED = 20

/** The copy, made on first use (the report worker calls it as it starts, to read it in early). */
export function customRangeCopy() {
  if (!copy) {
    copy = CustomRangeCopy.create()
    // a copy that could not be made is tried again at the next count
    copy.catch(() => (copy = undefined))
  }
  return copy
}

/**
 * The figures of a unit (or NATIONAL) over [start, end), counted on the copy once it has what
 * changed since it was last used. `months`: the range cut at each UK month's start, in order,
 * together covering all of it.
 */
export async function customTotals(
  vruId: number,
  start: number,
  end: number,
  months: { start: number; end: number }[],
) {
  return (await customRangeCopy()).current(async (c, version) => {
    if (version !== counted.version) counted = { version, figures: new Map() }
    const key = JSON.stringify([vruId, start, end, months])
    let figures = counted.figures.get(key)
    if (!figures) {
      figures = await count(c, vruId, start, end, months)
      if (counted.figures.size >= REMEMBERED) counted.figures.clear()
      counted.figures.set(key, figures)
    }
    return figures
  })
}
