/**
 * Reading the report summary (totals.server.ts keeps it): a standard period's figures for a unit
 * or every unit, each found through an index.
 */
import { sqlite } from '#app/db.server.ts'
import { byPeople, NATIONAL, type Ranking, SMALL_GROUP } from '../types.ts'
import { type TotalsRow } from './tally.server.ts'

const TOTALS_COLUMNS = `group_key as groupKey, people, completions,
  evaluation_pairs as evaluationPairs, rating_before as ratingBefore, rating_after as ratingAfter,
  checks_attempted as checksAttempted, checks_passed_first_time as checksPassedFirstTime`
// each unit's rows are found through the key (vru_id <> 0 would read the whole table)
const EVERY_UNIT = 'vru_id in (select id from vrus)'
type Dimensioned = TotalsRow & { dimension: string }
const totalsOf = sqlite.prepare<{ vruId: number; period: string }, Dimensioned>(`
  select dimension, ${TOTALS_COLUMNS} from report_totals
  where vru_id = :vruId and period = :period and dimension <> 'organisation'`)
const unitGroupsOf = sqlite.prepare<{ period: string }, Dimensioned>(`
  select dimension, ${TOTALS_COLUMNS} from report_totals
  where ${EVERY_UNIT} and period = :period and dimension in ('local_authority', 'area')`)

/**
 * Every figure of a standard period for a unit (or NATIONAL), by dimension, but the
 * organisations: there are thousands, so organisationTotals() reads them apart.
 */
export function totalsFor(vruId: number, period: string) {
  const rows = totalsOf.all({ vruId, period })
  if (vruId === NATIONAL) rows.push(...unitGroupsOf.all({ period }))
  const byDimension = new Map<string, TotalsRow[]>()
  for (const { dimension, ...row } of rows) {
    const list = byDimension.get(dimension) ?? []
    list.push(row)
    byDimension.set(dimension, list)
  }
  return byDimension
}

// read from the index report_totals_ranking alone (db/schema.ts), never the table
const organisationRowsIn = (where: string) => `
  select group_key as groupKey, people, completions from report_totals
  where period = :period and dimension = 'organisation' and ${where} and completions > 0`
const LARGEST_FIRST = 'order by people desc, completions desc, groupKey'
// the reverse, as byPeople (types.ts) sorts: group keys compare as SQLite compares text
const SMALLEST_FIRST = 'order by people, completions, groupKey desc'
const NAMED = `people >= ${SMALL_GROUP}`
const withNames = (rows: string, order = '') =>
  `select t.*, o.name from (${rows}) t left join organisations o on o.id = t.groupKey ${order}`
type OrganisationTotals = {
  groupKey: string
  people: number
  completions: number
  name: string | null
}
type Scoped = { vruId?: number; period: string }
const organisationStatementsWhere = (where: string) => ({
  // every one, sorted in JS: a third of the time SQLite's sorter takes over 30,000
  all: sqlite.prepare<Scoped, OrganisationTotals>(withNames(organisationRowsIn(where))),
  largest: sqlite.prepare<Scoped & { limit: number }, OrganisationTotals>(
    withNames(
      `${organisationRowsIn(`${where} and ${NAMED}`)} ${LARGEST_FIRST} limit :limit`,
      LARGEST_FIRST,
    ),
  ),
  smallest: sqlite.prepare<Scoped & { offset: number }, OrganisationTotals>(
    withNames(
      `${organisationRowsIn(`${where} and ${NAMED}`)} ${SMALLEST_FIRST} limit 1 offset :offset`,
    ),
  ),
  counted: sqlite.prepare<
    Scoped,
    { named: number; namedPeople: number; foldedPeople: number; foldedCompletions: number }
  >(`select coalesce(sum(${NAMED}), 0) as named,
       coalesce(sum(case when ${NAMED} then people end), 0) as namedPeople,
       coalesce(sum(case when ${NAMED} then 0 else people end), 0) as foldedPeople,
       coalesce(sum(case when ${NAMED} then 0 else completions end), 0) as foldedCompletions
     from (${organisationRowsIn(where)})`),
})
const organisationStatements = {
  unit: organisationStatementsWhere('vru_id = :vruId'),
  units: organisationStatementsWhere('vru_id > 0'),
}
const organisationScope = (vruId: number, period: string) => ({
  statements: organisationStatements[vruId === NATIONAL ? 'units' : 'unit'],
  params: vruId === NATIONAL ? { period } : { vruId, period },
})

/** Every organisation's figures in a standard period, the most people upskilled first. */
export function organisationTotals(vruId: number, period: string) {
  const { statements, params } = organisationScope(vruId, period)
  const rows = statements.all.all(params).sort(byPeople)
  return { rows, total: rows.length }
}

/**
 * A standard period's organisations as a ranking (disclosure.server.ts discloseRanking): the
 * `limit` largest that may be named, how many may be and their people, the sums of the rest,
 * and the smallest named on request; a page needs no more of 30,000 organisations nationally.
 */
export function organisationRanking(
  vruId: number,
  period: string,
  limit: number,
): Ranking<OrganisationTotals> {
  const { statements, params } = organisationScope(vruId, period)
  const counted = statements.counted.get(params)!
  return {
    largest: statements.largest.all({ ...params, limit }),
    named: { count: counted.named, people: counted.namedPeople },
    folded: { people: counted.foldedPeople, completions: counted.foldedCompletions },
    smallest: (offset) => statements.smallest.get({ ...params, offset })!,
  }
}

const unitsTotals = sqlite.prepare<
  { periods: string },
  { vruId: number; period: string; people: number; completions: number }
>(`
  select vru_id as vruId, period, people, completions from report_totals
  where dimension = 'all' and vru_id in (select id from vrus)
    and period in (select value from json_each(:periods))`)

/** Professionals upskilled and completions of every unit, for a list of standard periods. */
export function unitTotalsFor(periods: string[]) {
  return unitsTotals.all({ periods: JSON.stringify(periods) })
}

const monthTotals = sqlite.prepare<
  { vruId: number; periods: string },
  { period: string; people: number; completions: number }
>(`select period, people, completions from report_totals
   where vru_id = :vruId and dimension = 'all' and period in (select value from json_each(:periods))`)

/** A unit's (or NATIONAL's) people and completions in each of a list of months. */
export function monthTotalsFor(vruId: number, months: string[]) {
  return monthTotals.all({ vruId, periods: JSON.stringify(months) })
}
