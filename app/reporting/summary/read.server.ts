/**
 * Reading the report summary (totals.server.ts keeps it): a standard period's figures for a unit
 * or every unit, each found through an index.
 */
import { sqlite } from '#app/db.server.ts'
import { byPeople, NATIONAL } from '../types.ts'
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
// with names; for a page, looked up for the largest only (the inner query keeps those); all of
// them are sorted in JS, in a third of the time SQLite's sorter takes over 30,000
const organisationsIn = (where: string, largest: boolean) =>
  sqlite.prepare<{ vruId?: number; period: string; limit?: number }, OrganisationTotals>(`
    select t.*, o.name from (
      ${organisationRowsIn(where)} ${largest ? `${LARGEST_FIRST} limit :limit` : ''}
    ) t left join organisations o on o.id = t.groupKey
    ${largest ? LARGEST_FIRST : ''}`)
const organisationsCounted = (where: string) =>
  sqlite.prepare<{ vruId?: number; period: string }, { n: number }>(
    `select count(*) as n from (${organisationRowsIn(where)})`,
  )
const organisationStatementsWhere = (where: string) => ({
  all: organisationsIn(where, false),
  largest: organisationsIn(where, true),
  count: organisationsCounted(where),
})
const organisationStatements = {
  unit: organisationStatementsWhere('vru_id = :vruId'),
  units: organisationStatementsWhere('vru_id > 0'),
}
type OrganisationTotals = {
  groupKey: string
  people: number
  completions: number
  name: string | null
}

/** A standard period's organisations, the most people upskilled first (`limit`: only those). */
export function organisationTotals(vruId: number, period: string, limit?: number) {
  const statements = organisationStatements[vruId === NATIONAL ? 'units' : 'unit']
  const params = vruId === NATIONAL ? { period } : { vruId, period }
  if (limit === undefined) {
    const rows = statements.all.all(params).sort(byPeople)
    return { rows, total: rows.length }
  }
  return {
    rows: statements.largest.all({ ...params, limit }),
    total: statements.count.get(params)!.n,
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
