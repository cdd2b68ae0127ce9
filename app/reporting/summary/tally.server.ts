/**
 * The report summary's figures as they are added up in memory before they are saved: keyed by
 * unit, period, dimension and group, with strings numbered (Interner) so a key is one number.
 */
import { sqlite } from '#app/db.server.ts'
import { NATIONAL } from '../types.ts'

export const DIMENSIONS = [
  'all',
  'sector',
  'organisation_type',
  'local_authority',
  'area',
  'organisation',
  'module',
  'level',
  'delivery',
  'course',
] as const
export type Dimension = (typeof DIMENSIONS)[number]
/** Groups that belong to one unit need no national row: the units' rows add up exactly. */
export const NATIONAL_DIMENSIONS: readonly Dimension[] = [
  'all',
  'sector',
  'organisation_type',
  'module',
  'level',
  'delivery',
  'course',
]
/** Where a figure counts: its unit, if any, and the nation. */
export const scopesOf = (vruId: number | null) => (vruId ? [vruId, NATIONAL] : [NATIONAL])

/**
 * Strings (periods, groups) as small numbers, so a tally key is one number: the rebuild adds
 * some 200 million figures, and string keys made it ten times slower. `names`: ones to number
 * first, from 0.
 */
export class Interner {
  ids: Map<string, number>
  constructor(public names: string[] = []) {
    this.ids = new Map(names.map((name, id) => [name, id]))
  }
  id(name: string) {
    let id = this.ids.get(name)
    if (id === undefined) {
      id = this.names.push(name) - 1
      this.ids.set(name, id)
    }
    return id
  }
}
export const periodIds = new Interner()
export const groupIds = new Interner()
export const DIMENSION_INDEX = new Map(DIMENSIONS.map((d, i) => [d, i]))

export type Extra = {
  evaluationPairs: number
  ratingBefore: number
  ratingAfter: number
  checksAttempted: number
  checksPassedFirstTime: number
}
export type Totals = { people: number; completions: number } & Extra
export const emptyTotals = (): Totals => ({
  people: 0,
  completions: 0,
  evaluationPairs: 0,
  ratingBefore: 0,
  ratingAfter: 0,
  checksAttempted: 0,
  checksPassedFirstTime: 0,
})

export const upsert = sqlite.prepare(`
  insert into report_totals (vru_id, period, dimension, group_key, people, completions,
    evaluation_pairs, rating_before, rating_after, checks_attempted, checks_passed_first_time)
  values (:vruId, :period, :dimension, :groupKey, :people, :completions,
    :evaluationPairs, :ratingBefore, :ratingAfter, :checksAttempted, :checksPassedFirstTime)
  on conflict do update set
    people = people + excluded.people,
    completions = completions + excluded.completions,
    evaluation_pairs = evaluation_pairs + excluded.evaluation_pairs,
    rating_before = rating_before + excluded.rating_before,
    rating_after = rating_after + excluded.rating_after,
    checks_attempted = checks_attempted + excluded.checks_attempted,
    checks_passed_first_time = checks_passed_first_time + excluded.checks_passed_first_time
`)

const GROUPS = 2 ** 22
const UNITS = 1024
/** room for the dimensions in a key (a power of two above their number) */
const DIMENSION_ROOM = 16
/**
 * Periods a key can hold and stay an exact number (below 2^53): 2^53 / (1024 * 16 * 2^22) =
 * 131,072, where a century of months, quarters and years is some 1,700.
 */
const PERIODS = Number.MAX_SAFE_INTEGER / (UNITS * DIMENSION_ROOM * GROUPS)
if (DIMENSIONS.length > DIMENSION_ROOM) throw new Error('Too many report dimensions for a key')

/** Collects figures in memory, keyed by unit, period, dimension and group (as one number). */
export class Tally {
  rows = new Map<number, Totals>()
  get(vruId: number, period: number, dimension: number, group: number) {
    if (period >= PERIODS) throw new Error('Too many report periods for a key')
    const key = ((period * UNITS + vruId) * DIMENSION_ROOM + dimension) * GROUPS + group
    let row = this.rows.get(key)
    if (!row) this.rows.set(key, (row = emptyTotals()))
    return row
  }
  add(
    vruId: number,
    period: number,
    dimension: number,
    group: number,
    people: number,
    completions: number,
  ) {
    const row = this.get(vruId, period, dimension, group)
    row.people += people
    row.completions += completions
  }
  /**
   * `periods`: ids, as a Counted completion holds them; `on`: the group the results belong to,
   * a module (or, for a live course that covers none, the course)
   */
  addExtra(
    vruIds: number[],
    periods: number[],
    on: { dimension: 'module' | 'course'; id: number },
    extra: Partial<Extra>,
  ) {
    const dimension = DIMENSION_INDEX.get(on.dimension)!
    const group = groupIds.id(String(on.id))
    for (const vruId of vruIds) {
      for (const period of periods) {
        const row = this.get(vruId, period, dimension, group)
        for (const [k, v] of Object.entries(extra) as [keyof Extra, number][]) row[k] += v
      }
    }
  }
  *entries() {
    for (const [key, totals] of this.rows) {
      const group = key % GROUPS
      const rest = Math.floor(key / GROUPS)
      const dimension = rest % DIMENSION_ROOM
      const vruId = Math.floor(rest / DIMENSION_ROOM) % UNITS
      const period = Math.floor(rest / DIMENSION_ROOM / UNITS)
      yield {
        vruId,
        period: periodIds.names[period]!,
        dimension: DIMENSIONS[dimension]!,
        groupKey: groupIds.names[group]!,
        ...totals,
      }
    }
  }
  save() {
    for (const row of this.entries()) upsert.run(row)
  }
}

export type TotalsRow = { groupKey: string } & Totals
