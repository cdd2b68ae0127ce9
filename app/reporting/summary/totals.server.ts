/**
 * The report summary (db/schema.ts `reportTotals`): how completions turn into figures. The same
 * counting runs for each new completion (inside its transaction) and for a full rebuild, so the
 * two always agree. Custom dates, which the summary cannot answer, are counted by the same rules
 * in custom-range/facts.server.ts; tests/unit/reporting.test.ts holds them to the same figures.
 *
 * Counting rules (README, "How people are counted"): a completion counts in the UK period of its
 * completion time, against the unit and organisation stored with it then; a person counts once
 * per group and period however many modules they complete; deactivated people still count.
 */
import { PRACTICE_LEVELS, sqlite, type PracticeLevel } from '#app/db.server.ts'
import { batchUnbatched } from '../disclosure.server.ts'
import { periodKeysAt } from '../periods.ts'
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
] as const
export type Dimension = (typeof DIMENSIONS)[number]
/** Groups that belong to one unit need no national row: the units' rows add up exactly. */
const NATIONAL_DIMENSIONS: readonly Dimension[] = [
  'all',
  'sector',
  'organisation_type',
  'module',
  'level',
]
/** Where a figure counts: its unit, if any, and the nation. */
const scopesOf = (vruId: number | null) => (vruId ? [vruId, NATIONAL] : [NATIONAL])

type Fact = {
  id: number
  enrolmentId: number
  userId: string
  at: number
  vruId: number | null
  organisationId: number | null
  sector: string | null
  organisationType: string | null
  localAuthority: string | null
  areaId: number | null
  moduleId: number
  level: PracticeLevel
  checksAttempted: number
  checksPassedFirstTime: number
  ratingBefore: number | null
  ratingAfter: number | null
}

// Everything but the organisation's and the version's details comes from the completion row
// (from the index completions_vru_facts, for a unit's dates); those two tables are small.
const FACTS_SQL = `
  select c.id, c.enrolment_id as enrolmentId, c.user_id as userId, c.completed_at as at,
    c.vru_id as vruId, c.organisation_id as organisationId, c.sector, o.type as organisationType,
    o.local_authority as localAuthority, o.area_id as areaId, c.module_id as moduleId,
    mv.practice_level as level, c.checks_attempted as checksAttempted,
    c.checks_passed_first_time as checksPassedFirstTime, c.rating_before as ratingBefore,
    c.rating_after as ratingAfter
  from completions c
  left join organisations o on o.id = c.organisation_id
  join module_versions mv on mv.id = c.module_version_id`

/**
 * Fills in what a completion's learner did in its knowledge checks (each check's first attempt)
 * and their mean self-ratings before and after (null while not given, or skipped).
 */
const RESULTS_SQL = `
  update completions as c set
    checks_attempted = (
      select count(*) from check_attempts a where a.enrolment_id = c.enrolment_id and a.id = (
        select min(b.id) from check_attempts b
        where b.enrolment_id = a.enrolment_id and b.lesson_id = a.lesson_id)),
    checks_passed_first_time = (
      select coalesce(sum(a.passed), 0) from check_attempts a
      where a.enrolment_id = c.enrolment_id and a.id = (
        select min(b.id) from check_attempts b
        where b.enrolment_id = a.enrolment_id and b.lesson_id = a.lesson_id)),
    rating_before = (
      select avg(r.value) from evaluations e, json_each(e.ratings) r
      where e.enrolment_id = c.enrolment_id and e.stage = 'pre'),
    rating_after = (
      select avg(r.value) from evaluations e, json_each(e.ratings) r
      where e.enrolment_id = c.enrolment_id and e.stage = 'post')`
const fillResultsOfEnrolment = sqlite.prepare<[number]>(`${RESULTS_SQL} where c.enrolment_id = ?`)
const fillResultsOfCompletion = sqlite.prepare<[number]>(`${RESULTS_SQL} where c.id = ?`)

function groupOf(fact: Fact, dimension: Dimension): string | null {
  switch (dimension) {
    case 'all':
      return ''
    case 'sector':
      return fact.sector ?? 'none'
    case 'organisation_type':
      return fact.organisationType
    case 'local_authority':
      return fact.localAuthority
    case 'area':
      return fact.areaId === null ? null : String(fact.areaId)
    case 'organisation':
      return fact.organisationId === null ? null : String(fact.organisationId)
    case 'module':
      return String(fact.moduleId)
    case 'level':
      return fact.level
  }
}

const rank = (level: PracticeLevel) => PRACTICE_LEVELS.indexOf(level)

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
const periodIds = new Interner()
const groupIds = new Interner()
const DIMENSION_INDEX = new Map(DIMENSIONS.map((d, i) => [d, i]))
const LEVEL = DIMENSION_INDEX.get('level')!
const NATIONAL_INDEXES = NATIONAL_DIMENSIONS.map((d) => DIMENSION_INDEX.get(d)!)
const ALL_INDEXES = DIMENSIONS.map((_, i) => i)

/** A completion with its periods and groups worked out once. */
type Counted = { vruId: number | null; periods: number[]; groups: number[]; rank: number }

function prepare(fact: Fact): Counted {
  return {
    vruId: fact.vruId,
    periods: periodKeysAt(fact.at).map((p) => periodIds.id(p)),
    groups: DIMENSIONS.map((d) => {
      const group = groupOf(fact, d)
      return group === null ? -1 : groupIds.id(group)
    }),
    rank: rank(fact.level),
  }
}

/**
 * Adds one completion given the person's earlier ones. The practice level counts each person at
 * the highest level they reached in the period, so reaching a higher one moves them up.
 */
function countFact(fact: Counted, earlier: Counted[], tally: Tally) {
  for (const scope of scopesOf(fact.vruId)) {
    const dimensions = scope === NATIONAL ? NATIONAL_INDEXES : ALL_INDEXES
    for (let k = 0; k < fact.periods.length; k++) {
      const period = fact.periods[k]!
      const before = earlier.filter(
        (e) => e.periods[k] === period && (scope === NATIONAL || e.vruId === scope),
      )
      for (const d of dimensions) {
        const group = fact.groups[d]!
        if (group < 0) continue
        if (d === LEVEL) {
          const best = before.reduce((max, e) => Math.max(max, e.rank), -1)
          tally.add(scope, period, d, group, fact.rank > best ? 1 : 0, 1)
          if (best >= 0 && fact.rank > best) {
            tally.add(scope, period, d, groupIds.id(PRACTICE_LEVELS[best]!), -1, 0)
          }
        } else {
          const counted = before.some((e) => e.groups[d] === group)
          tally.add(scope, period, d, group, counted ? 0 : 1, 1)
        }
      }
    }
  }
}

type Extra = {
  evaluationPairs: number
  ratingBefore: number
  ratingAfter: number
  checksAttempted: number
  checksPassedFirstTime: number
}
type Totals = { people: number; completions: number } & Extra
const emptyTotals = (): Totals => ({
  people: 0,
  completions: 0,
  evaluationPairs: 0,
  ratingBefore: 0,
  ratingAfter: 0,
  checksAttempted: 0,
  checksPassedFirstTime: 0,
})

const upsert = sqlite.prepare(`
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

/** Collects figures in memory, keyed by unit, period, dimension and group (as one number). */
class Tally {
  rows = new Map<number, Totals>()
  get(vruId: number, period: number, dimension: number, group: number) {
    const key = ((period * UNITS + vruId) * 8 + dimension) * GROUPS + group
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
  /** `periods`: ids, as a Counted completion holds them */
  addExtra(vruIds: number[], periods: number[], moduleId: number, extra: Partial<Extra>) {
    const module = DIMENSION_INDEX.get('module')!
    const group = groupIds.id(String(moduleId))
    for (const vruId of vruIds) {
      for (const period of periods) {
        const row = this.get(vruId, period, module, group)
        for (const [k, v] of Object.entries(extra) as [keyof Extra, number][]) row[k] += v
      }
    }
  }
  *entries() {
    for (const [key, totals] of this.rows) {
      const group = key % GROUPS
      const rest = Math.floor(key / GROUPS)
      const dimension = rest % 8
      const vruId = Math.floor(rest / 8) % UNITS
      const period = Math.floor(rest / 8 / UNITS)
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

/** Adds a completion's check results and, once both are given, its matched self-ratings. */
function addResults(tally: Tally, fact: Fact, periods: number[]) {
  if (fact.checksAttempted > 0) {
    tally.addExtra(scopesOf(fact.vruId), periods, fact.moduleId, {
      checksAttempted: fact.checksAttempted,
      checksPassedFirstTime: fact.checksPassedFirstTime,
    })
  }
  addRatings(tally, fact, periods)
}

function addRatings(tally: Tally, fact: Fact, periods: number[]) {
  if (fact.ratingBefore !== null && fact.ratingAfter !== null) {
    tally.addExtra(scopesOf(fact.vruId), periods, fact.moduleId, {
      evaluationPairs: 1,
      ratingBefore: fact.ratingBefore,
      ratingAfter: fact.ratingAfter,
    })
  }
}

const factById = sqlite.prepare<[number], Fact>(`${FACTS_SQL} where c.id = ?`)
const earlierFactsOf = sqlite.prepare<[string, number, number], Fact>(
  `${FACTS_SQL} where c.user_id = ? and c.completed_at >= ? and c.id <> ? order by c.completed_at, c.id`,
)
const factOfEnrolment = sqlite.prepare<[number], Fact>(`${FACTS_SQL} where c.enrolment_id = ?`)

/**
 * Adds a new completion to the summary. Call inside the transaction that writes the completion,
 * so a report never shows one without the other. Earlier completions are read from the start of
 * the financial year before (enough for every period the new one falls in). A person's
 * completions come in time order (each is made "now"): one dated before another already counted
 * would count the person twice until a rebuild, so seeded ones must come in order too. Returns
 * whether the completion was found.
 */
export function countCompletion(completionId: number) {
  fillResultsOfCompletion.run(completionId)
  const fact = factById.get(completionId)
  if (!fact) return false
  const since = fact.at - 400 * 24 * 3_600_000
  const earlier = earlierFactsOf
    .all(fact.userId, since, fact.id)
    .filter((e) => e.at < fact.at || (e.at === fact.at && e.id < fact.id))
  const tally = new Tally()
  const counted = prepare(fact)
  countFact(counted, earlier.map(prepare), tally)
  addResults(tally, fact, counted.periods)
  tally.save()
  changeInProgress(fact.enrolmentId, -1)
  return true
}

/**
 * People in progress: people who started a module in the period and have not finished it yet.
 * Kept in the summary as dimension 'in_progress' (group ''), people only, each person once per
 * unit and period however many modules they have open. A start time never changes, so a start
 * adds and a completion takes away, and no heartbeat has to touch the summary.
 */
const IN_PROGRESS = 'in_progress'
const enrolmentById = sqlite.prepare<
  [number],
  { userId: string; vruId: number | null; startedAt: number }
>('select user_id as userId, vru_id as vruId, started_at as startedAt from enrolments where id = ?')
const otherOpenEnrolmentsOf = sqlite.prepare<
  [string, number],
  { vruId: number | null; startedAt: number }
>(`select vru_id as vruId, started_at as startedAt from enrolments
   where user_id = ? and completed_at is null and id <> ?`)

/** A person counts in a unit's period while any module they started in it is unfinished. */
function changeInProgress(enrolmentId: number, change: 1 | -1) {
  const enrolment = enrolmentById.get(enrolmentId)
  if (!enrolment) return
  const others = otherOpenEnrolmentsOf
    .all(enrolment.userId, enrolmentId)
    .map((e) => ({ vruId: e.vruId, periods: periodKeysAt(e.startedAt) }))
  const periods = periodKeysAt(enrolment.startedAt)
  for (const scope of scopesOf(enrolment.vruId)) {
    periods.forEach((period, k) => {
      const counted = others.some(
        (e) => e.periods[k] === period && (scope === NATIONAL || e.vruId === scope),
      )
      if (counted) return
      upsert.run({ ...inProgressRow(scope, period), people: change })
    })
  }
}

const inProgressRow = (vruId: number, period: string) => ({
  ...emptyTotals(),
  vruId,
  period,
  dimension: IN_PROGRESS,
  groupKey: '',
})

/** Counts a new enrolment as in progress. Call inside the transaction that writes it. */
export function countStart(enrolmentId: number) {
  changeInProgress(enrolmentId, 1)
}

/** Every unit's and the nation's people in progress per period, from the open enrolments. */
function inProgressRows() {
  const people = new Map<string, number>()
  const open = sqlite
    .prepare<[], { userId: string; vruId: number | null; startedAt: number }>(
      `select user_id as userId, vru_id as vruId, started_at as startedAt from enrolments
       where completed_at is null order by user_id`,
    )
    .iterate()
  let person: string | null = null
  let counted = new Set<string>()
  for (const e of open) {
    if (e.userId !== person) {
      person = e.userId
      counted = new Set()
    }
    for (const period of periodKeysAt(e.startedAt)) {
      for (const scope of scopesOf(e.vruId)) {
        const key = `${scope} ${period}`
        if (counted.has(key)) continue
        counted.add(key)
        people.set(key, (people.get(key) ?? 0) + 1)
      }
    }
  }
  return [...people].map(([key, n]) => {
    const [scope, period] = key.split(' ') as [string, string]
    return { ...inProgressRow(Number(scope), period), people: n }
  })
}

/**
 * Adds a matched pre/post self-rating once the after-rating is saved (it follows completion);
 * returns the completion it belongs to.
 */
export function countEvaluation(enrolmentId: number) {
  fillResultsOfEnrolment.run(enrolmentId)
  const fact = factOfEnrolment.get(enrolmentId)
  if (!fact) return
  const tally = new Tally()
  addRatings(tally, fact, prepare(fact).periods)
  tally.save()
  return fact.id
}

/**
 * Counts completions into a tally, read person by person (each person's are forgotten once
 * passed). A person counts at the first of their completions in a group, and at the highest
 * level they reached.
 */
function countAll(facts: Iterable<Fact>, tally: Tally) {
  let person: string | null = null
  let earlier: Counted[] = []
  for (const fact of facts) {
    if (fact.userId !== person) {
      person = fact.userId
      earlier = []
    }
    const counted = prepare(fact)
    countFact(counted, earlier, tally)
    addResults(tally, fact, counted.periods)
    earlier.push(counted)
  }
}

/** Learners have begun but the summary is empty: a database from before the summary existed. */
export function reportTotalsMissing() {
  return Boolean(
    sqlite
      .prepare<[], { missing: number }>(
        `select exists (select 1 from enrolments) and not exists (select 1 from report_totals)
         as missing`,
      )
      .get()?.missing,
  )
}

/** Reports a bulk pass's progress: which step, and how far through it (0 to 1). */
type Progress = (step: string, share: number) => void

/** Recomputes the whole summary from the completions (after a bulk load, or to check it). */
export function rebuildReportTotals(onProgress?: Progress) {
  // a bulk pass reads across millions of rows: a large page cache for its duration
  const cacheSize = sqlite.pragma('cache_size', { simple: true }) as number
  sqlite.pragma('cache_size = -1000000')
  try {
    rebuildWith(onProgress)
    // completions loaded in bulk join their evaluation batches; existing batches stay as formed
    batchUnbatched()
  } finally {
    sqlite.pragma(`cache_size = ${cacheSize}`)
  }
}

function rebuildWith(onProgress?: Progress) {
  onProgress?.('check and rating results', 0)
  sqlite.prepare(RESULTS_SQL).run()
  onProgress?.('check and rating results', 1)
  const tally = new Tally()
  let done = 0
  const total = sqlite.prepare<[], { n: number }>('select count(*) as n from completions').get()!.n
  const facts = sqlite
    .prepare<[], Fact>(`${FACTS_SQL} order by c.user_id, c.completed_at, c.id`)
    .iterate()
  function* counted() {
    for (const fact of facts) {
      yield fact
      if (++done % 100_000 === 0) onProgress?.('completions counted', done / total)
    }
  }
  countAll(counted(), tally)
  onProgress?.('completions counted', 1)
  sqlite.transaction(() => {
    sqlite.prepare('delete from report_totals').run()
    let saved = 0
    for (const row of tally.entries()) {
      upsert.run(row)
      if (++saved % 50_000 === 0) onProgress?.('summary saved', saved / tally.rows.size)
    }
    onProgress?.('summary saved', 1)
    for (const row of inProgressRows()) upsert.run(row)
  })()
}

export type TotalsRow = { groupKey: string } & Totals
