/**
 * The report summary (db/schema.ts `reportTotals`): how completions turn into figures. The same
 * counting runs for each new completion (inside its transaction) and for a full rebuild, so the
 * two always agree. Custom dates, which the summary cannot answer, are counted by the same rules
 * in custom-range/figures.server.ts; tests/unit/reporting.test.ts holds them to the same figures.
 *
 * Counting rules (README, "How people are counted"): a completion counts in the UK period of its
 * completion time, against the unit and organisation stored with it then; a person counts once
 * per group and period however many modules they complete; deactivated people still count.
 * Attendance at a live course is a completion too (decision 016): it counts in every figure as a
 * module's does, and by how people were trained (`delivery`) and by course; a person who did a
 * module and a workshop counts once.
 */
import { type Delivery, PRACTICE_LEVELS, sqlite, type PracticeLevel } from '#app/db.server.ts'
import { batchUnbatched } from '../disclosure.server.ts'
import { periodKeysAt } from '../periods.ts'
import { NATIONAL } from '../types.ts'
import { changeInProgress, inProgressRows } from './in-progress.server.ts'
import {
  DIMENSION_INDEX,
  DIMENSIONS,
  type Dimension,
  groupIds,
  NATIONAL_DIMENSIONS,
  periodIds,
  scopesOf,
  emptyTotals,
  Tally,
  upsert,
} from './tally.server.ts'

type Fact = {
  id: number
  /** null for attendance at a live course */
  enrolmentId: number | null
  userId: string
  at: number
  vruId: number | null
  organisationId: number | null
  sector: string | null
  organisationType: string | null
  localAuthority: string | null
  areaId: number | null
  /** null for a live course that covers no module */
  moduleId: number | null
  courseId: number | null
  delivery: Delivery
  level: PracticeLevel
  checksAttempted: number
  checksPassedFirstTime: number
  ratingBefore: number | null
  ratingAfter: number | null
}

// Everything but the organisation's, the version's and the course's details comes from the
// completion row (from the index completions_vru_facts, for a unit's dates); those tables are
// small. A live course's attendance has a version only when the course covers a module: its
// level is otherwise the course's.
const FACTS_SQL = `
  select c.id, c.enrolment_id as enrolmentId, c.user_id as userId, c.completed_at as at,
    c.vru_id as vruId, c.organisation_id as organisationId, c.sector, o.type as organisationType,
    o.local_authority as localAuthority, o.area_id as areaId, c.module_id as moduleId,
    c.course_id as courseId, c.delivery,
    coalesce(mv.practice_level, co.practice_level) as level, c.checks_attempted as checksAttempted,
    c.checks_passed_first_time as checksPassedFirstTime, c.rating_before as ratingBefore,
    c.rating_after as ratingAfter
  from completions c
  left join organisations o on o.id = c.organisation_id
  left join module_versions mv on mv.id = c.module_version_id
  left join courses co on co.id = c.course_id`

/**
 * Fills in what a completion's learner did in its knowledge checks (each check's first attempt)
 * and their mean self-ratings before and after (null while not given, or skipped). Only for a
 * module done online (ONLINE_ONLY): attendance at a live course has no enrolment, and its
 * self-ratings are written on the row by the register.
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
const ONLINE_ONLY = 'c.enrolment_id is not null'
const fillResultsOfEnrolment = sqlite.prepare<[number]>(`${RESULTS_SQL} where c.enrolment_id = ?`)
const fillResultsOfCompletion = sqlite.prepare<[number]>(
  `${RESULTS_SQL} where c.id = ? and ${ONLINE_ONLY}`,
)

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
      return fact.moduleId === null ? null : String(fact.moduleId)
    case 'level':
      return fact.level
    case 'delivery':
      return fact.delivery
    case 'course':
      // live courses only: a module done online has no course
      return fact.courseId === null ? null : String(fact.courseId)
  }
}

const rank = (level: PracticeLevel) => PRACTICE_LEVELS.indexOf(level)

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

/**
 * What a completion's results count under: its module, or the live course when that covers no
 * module (so a course's evaluation can be shown); null when neither.
 */
function resultsOf(fact: Fact) {
  if (fact.moduleId !== null) return { dimension: 'module' as const, id: fact.moduleId }
  if (fact.courseId !== null) return { dimension: 'course' as const, id: fact.courseId }
  return null
}

/** Adds a completion's check results and, once both are given, its matched self-ratings. */
function addResults(tally: Tally, fact: Fact, periods: number[]) {
  const on = resultsOf(fact)
  if (on && fact.checksAttempted > 0) {
    tally.addExtra(scopesOf(fact.vruId), periods, on, {
      checksAttempted: fact.checksAttempted,
      checksPassedFirstTime: fact.checksPassedFirstTime,
    })
  }
  addRatings(tally, fact, periods)
}

function addRatings(tally: Tally, fact: Fact, periods: number[]) {
  const on = resultsOf(fact)
  if (on && fact.ratingBefore !== null && fact.ratingAfter !== null) {
    tally.addExtra(scopesOf(fact.vruId), periods, on, {
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
  // a module done online was in progress until now; attendance at a live course never was
  if (fact.enrolmentId !== null) changeInProgress(fact.enrolmentId, -1)
  return true
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
 * Adds the self-rating of a live attendance, written on its completion afterwards (it has no
 * enrolment, so no `evaluations` row).
 */
export function countAttendanceRating(completionId: number) {
  const fact = factById.get(completionId)
  if (!fact) return false
  const tally = new Tally()
  addRatings(tally, fact, prepare(fact).periods)
  tally.save()
  return true
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
  sqlite.prepare(`${RESULTS_SQL} where ${ONLINE_ONLY}`).run()
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

const factsOfPersonBetween = sqlite.prepare<[string, number, number], Fact>(
  `${FACTS_SQL} where c.user_id = ? and c.completed_at between ? and ? order by c.completed_at, c.id`,
)

/**
 * Takes a completion out of the summary before it is deleted (a register corrected): the
 * person's completions around it are counted with it and without it, and the difference taken
 * away, so the person still counts once where their other completions count. Call inside the
 * transaction that deletes it.
 */
export function uncountCompletion(completionId: number) {
  const fact = factById.get(completionId)
  if (!fact) return
  // a financial year each side holds every period the completion counted in, and every
  // completion counted before it there
  const window = 400 * 24 * 3_600_000
  const theirs = factsOfPersonBetween.all(fact.userId, fact.at - window, fact.at + window)
  const withIt = new Tally()
  countAll(theirs, withIt)
  const without = new Tally()
  countAll(
    theirs.filter((f) => f.id !== fact.id),
    without,
  )
  // what the completion added: taken away from the summary
  for (const [key, totals] of without.rows) {
    const row = withIt.rows.get(key) ?? emptyTotals()
    withIt.rows.set(key, row)
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) row[k] -= totals[k]
  }
  for (const row of withIt.rows.values()) {
    for (const k of Object.keys(row) as (keyof typeof row)[]) row[k] = -row[k]
  }
  withIt.save()
}
