/**
 * Statistical disclosure control (docs/decisions/010-disclosure-control.md): the one place that
 * decides what of the exact figures a report may release. buildReport() passes every figure
 * through here before any page, CSV, board summary or PDF is made from it, so no output can
 * skip it. The exact counting (summary/, custom-range/) stays underneath
 * and is not changed; these rules apply to what it returns.
 *
 * - A figure describing 1 to 4 people is withheld (null, shown "fewer than 5"); 0 is shown.
 * - A breakdown names only groups of 5 or more; the rest go into one unnamed row, which itself
 *   describes 0 or at least 5 people (the smallest named groups join it until it does).
 * - Evaluation is released only as sums over closed batches of five completions, formed in the
 *   order people complete (per unit, module and financial year) and never changed, so no two
 *   releases differ by one person's answers.
 */
import { sqlite } from '#app/db.server.ts'
import { financialYearOf, ukDate } from '#app/utils/uk-dates.ts'
import { scopesOf } from './summary/tally.server.ts'
import {
  byPeople,
  type GroupFigures,
  type Ranking,
  type ReleasedHeadline,
  SMALL_GROUP,
} from './types.ts'
import { DISCLOSURE_LABELS } from './labels.ts'

export { SMALL_GROUP }
export const FEWER_THAN_5 = DISCLOSURE_LABELS.fewerThan5
export const OTHER_GROUPS = DISCLOSURE_LABELS.otherGroups

/** 1 to 4 people: too few to release. */
export const tooFew = (people: number) => people > 0 && people < SMALL_GROUP

/** A count of people, or null when it would describe 1 to 4 of them. */
export function releasedCount(people: number) {
  return tooFew(people) ? null : people
}

export type Headline = {
  upskilled: number
  completions: number
  inProgress: number
  overdue: number
}

/** Headline figures as released; completions follow the people they describe. */
export function discloseHeadline(h: Headline): Omit<ReleasedHeadline, 'staffInDate'> {
  const upskilled = releasedCount(h.upskilled)
  return {
    upskilled,
    completions: upskilled === null ? null : h.completions,
    inProgress: releasedCount(h.inProgress),
    overdue: releasedCount(h.overdue),
  }
}

/**
 * A breakdown as released: the groups that may be named (largest first) and the unnamed rest.
 * `partition`: the headline's people when each person is in exactly one group (sector, area,
 * organisation...), so that the headline minus the named groups leaves 0 or at least 5.
 * `other` sums the folded groups' figures (a person in two of them counts twice); its people are
 * null when the whole table describes fewer than 5, and `other` is null when nothing is folded.
 */
export function discloseGroups<T extends GroupFigures>(rows: T[], partition?: number) {
  const named = rows.filter((r) => r.people >= SMALL_GROUP).sort(byPeople)
  const folded = rows.filter((r) => r.people < SMALL_GROUP)
  let people = folded.reduce((sum, r) => sum + r.people, 0)
  let completions = folded.reduce((sum, r) => sum + r.completions, 0)
  const rest = () =>
    partition === undefined ? 0 : partition - named.reduce((sum, r) => sum + r.people, 0)
  // secondary suppression: the smallest named groups join the rest until it gives nobody away
  while (named.length > 0 && (tooFew(people) || tooFew(rest()))) {
    const smallest = named.pop()!
    people += smallest.people
    completions += smallest.completions
  }
  return { named, namedCount: named.length, other: unnamedRow(people, completions) }
}

/**
 * discloseGroups() over a ranking: the same groups named and the same unnamed row, reading only
 * the smallest named groups the secondary suppression folds (tests/unit/disclosure.test.ts holds
 * the two equal). `named` is the largest of them, `namedCount` how many there are in all.
 */
export function discloseRanking<T extends GroupFigures>(ranking: Ranking<T>, partition?: number) {
  let { people, completions } = ranking.folded
  let count = ranking.named.count
  let namedPeople = ranking.named.people
  const rest = () => (partition === undefined ? 0 : partition - namedPeople)
  while (count > 0 && (tooFew(people) || tooFew(rest()))) {
    const smallest = ranking.smallest(ranking.named.count - count)
    people += smallest.people
    completions += smallest.completions
    namedPeople -= smallest.people
    count--
  }
  return {
    named: ranking.largest.slice(0, count),
    namedCount: count,
    other: unnamedRow(people, completions),
  }
}

/** The row of groups not named: none when nothing is folded, no figures when it is too small. */
const unnamedRow = (people: number, completions: number) =>
  people === 0 && completions === 0
    ? null
    : tooFew(people)
      ? { people: null, completions: null }
      : { people, completions }

/**
 * Months as released, in order: a month of 1 to 4 people is withheld, and while the withheld
 * months together describe 1 to 4 people or completions, the next smallest month is too.
 */
export function discloseMonths(months: { people: number; completions: number }[]) {
  const withheld = months.map((m) => tooFew(m.people))
  const sum = (key: 'people' | 'completions') =>
    months.reduce((total, m, i) => total + (withheld[i] ? m[key] : 0), 0)
  while (tooFew(sum('people')) || tooFew(sum('completions'))) {
    let smallest = -1
    months.forEach((m, i) => {
      if (withheld[i] || m.people === 0) return
      const s = months[smallest]
      if (!s || m.people < s.people || (m.people === s.people && m.completions < s.completions))
        smallest = i
    })
    if (smallest < 0) break
    withheld[smallest] = true
  }
  return months.map((m, i) => (withheld[i] ? null : m))
}

/** A group of staff with training that expires, and how many of them are in date. */
export type InDateFigures = { groupKey: string; staff: number; inDate: number }

/** Staff, those in date and those not: each 0 or at least 5, or the group gives someone away. */
const safeInDate = (f: { staff: number; inDate: number }) =>
  !tooFew(f.staff) && !tooFew(f.inDate) && !tooFew(f.staff - f.inDate)

/**
 * Staff in date as released: a group is named only when its staff, those in date and those not
 * in date are each 0 or at least 5; the rest go into one unnamed row, and the smallest named
 * groups join it until it gives nobody away too. Each person is in one group, so the total is
 * the sum and the total minus the named groups is that row.
 */
export function discloseInDate(groups: InDateFigures[]) {
  const named = groups
    .filter(safeInDate)
    .filter((g) => g.staff > 0)
    .sort(
      (a, b) => b.staff - a.staff || b.inDate - a.inDate || a.groupKey.localeCompare(b.groupKey),
    )
  const rest = { staff: 0, inDate: 0 }
  for (const g of groups.filter((g) => !named.includes(g))) {
    rest.staff += g.staff
    rest.inDate += g.inDate
  }
  while (named.length > 0 && !safeInDate(rest)) {
    const smallest = named.pop()!
    rest.staff += smallest.staff
    rest.inDate += smallest.inDate
  }
  const total = groups.reduce(
    (sum, g) => ({ staff: sum.staff + g.staff, inDate: sum.inDate + g.inDate }),
    { staff: 0, inDate: 0 },
  )
  return { named, other: rest.staff === 0 ? null : released(rest), total: released(total) }
}

/** Staff (null under 5) and in date (null when it or those not in date would be 1 to 4). */
function released(f: { staff: number; inDate: number }) {
  return {
    staff: releasedCount(f.staff),
    inDate: safeInDate(f) ? f.inDate : null,
  }
}

// --- Evaluation in batches of five -------------------------------------------------------

type Series = 'checks' | 'ratings'
type Member = {
  id: number
  vruId: number | null
  /** null for attendance at a live course that covers no module: it joins no batch */
  moduleId: number | null
  /** null for attendance at a live course: it has no knowledge checks to batch */
  enrolmentId: number | null
  at: number
  checksAttempted: number
  checksPassedFirstTime: number
  ratingBefore: number | null
  ratingAfter: number | null
  checkBatchId: number | null
  ratingBatchId: number | null
}
const memberById = sqlite.prepare<[number], Member>(`
  select id, vru_id as vruId, module_id as moduleId, enrolment_id as enrolmentId,
    completed_at as at,
    checks_attempted as checksAttempted, checks_passed_first_time as checksPassedFirstTime,
    rating_before as ratingBefore, rating_after as ratingAfter,
    check_batch_id as checkBatchId, rating_batch_id as ratingBatchId
  from completions where id = ?`)
type SeriesKey = { vruId: number; moduleId: number; series: Series; year: number }
const openBatch = sqlite.prepare<SeriesKey, { id: number }>(`
  select id from evaluation_batches
  where vru_id = :vruId and module_id = :moduleId and series = :series and year = :year
    and members < ${SMALL_GROUP}
  order by id limit 1`)
const newBatch = sqlite.prepare<SeriesKey & { at: number }>(
  `insert into evaluation_batches (vru_id, module_id, series, year, first_at, last_at)
   values (:vruId, :moduleId, :series, :year, :at, :at)`,
)
const addToBatch = sqlite.prepare<{
  id: number
  at: number
  before: number
  after: number
  attempted: number
  passed: number
}>(`update evaluation_batches set members = members + 1,
      first_at = min(first_at, :at), last_at = max(last_at, :at),
      rating_before = rating_before + :before, rating_after = rating_after + :after,
      checks_attempted = checks_attempted + :attempted,
      checks_passed_first_time = checks_passed_first_time + :passed
    where id = :id`)
const markMember = {
  checks: sqlite.prepare<[number, number]>(
    'update completions set check_batch_id = ? where id = ?',
  ),
  ratings: sqlite.prepare<[number, number]>(
    'update completions set rating_batch_id = ? where id = ?',
  ),
}

function join(member: Member & { moduleId: number }, series: Series) {
  const { year, month } = ukDate(member.at)
  const key = {
    vruId: member.vruId ?? 0,
    moduleId: member.moduleId,
    series,
    year: financialYearOf(year, month),
  }
  const id =
    openBatch.get(key)?.id ?? Number(newBatch.run({ ...key, at: member.at }).lastInsertRowid)
  const ratings = series === 'ratings'
  addToBatch.run({
    id,
    at: member.at,
    before: ratings ? member.ratingBefore! : 0,
    after: ratings ? member.ratingAfter! : 0,
    attempted: ratings ? 0 : member.checksAttempted,
    passed: ratings ? 0 : member.checksPassedFirstTime,
  })
  markMember[series].run(id, member.id)
  const closed = closedBatch.get(id)
  if (closed) addSpan(spanTotals(closed))
}

// --- The batches by the months they span (db/schema.ts evaluationSpans) ---------------------

type ClosedBatch = {
  vruId: number
  moduleId: number
  series: Series
  firstAt: number
  lastAt: number
  members: number
  ratingBefore: number
  ratingAfter: number
  checksAttempted: number
  checksPassedFirstTime: number
}
const CLOSED_BATCH_COLUMNS = `vru_id as vruId, module_id as moduleId, series,
  first_at as firstAt, last_at as lastAt, members, rating_before as ratingBefore,
  rating_after as ratingAfter, checks_attempted as checksAttempted,
  checks_passed_first_time as checksPassedFirstTime`
const closedBatch = sqlite.prepare<[number], ClosedBatch>(
  `select ${CLOSED_BATCH_COLUMNS} from evaluation_batches
   where id = ? and members = ${SMALL_GROUP}`,
)
type SpanTotals = Omit<ClosedBatch, 'firstAt' | 'lastAt'> & {
  firstMonth: number
  lastMonth: number
}
const upsertSpan = sqlite.prepare<SpanTotals>(`
  insert into evaluation_spans (vru_id, first_month, last_month, module_id, series, members,
    rating_before, rating_after, checks_attempted, checks_passed_first_time)
  values (:vruId, :firstMonth, :lastMonth, :moduleId, :series, :members,
    :ratingBefore, :ratingAfter, :checksAttempted, :checksPassedFirstTime)
  on conflict do update set
    members = members + excluded.members,
    rating_before = rating_before + excluded.rating_before,
    rating_after = rating_after + excluded.rating_after,
    checks_attempted = checks_attempted + excluded.checks_attempted,
    checks_passed_first_time = checks_passed_first_time + excluded.checks_passed_first_time`)

/** A UK month as one number, so whole-month ranges compare as numbers. */
function monthNumber(at: number) {
  const { year, month } = ukDate(at)
  return year * 12 + month - 1
}

function spanTotals({ firstAt, lastAt, ...batch }: ClosedBatch): SpanTotals {
  return { ...batch, firstMonth: monthNumber(firstAt), lastMonth: monthNumber(lastAt) }
}

/** A closed batch counts for its unit and nationally (0), as a batch of no unit does. */
function addSpan(span: SpanTotals) {
  for (const vruId of scopesOf(span.vruId)) upsertSpan.run({ ...span, vruId })
}

/**
 * Fills evaluation_spans from the closed batches where it is empty but batches have closed (a
 * database from before it existed); returns how many batches were added.
 */
export function fillEvaluationSpans() {
  const empty = sqlite
    .prepare<[], { empty: number }>(
      `select not exists (select 1 from evaluation_spans)
         and exists (select 1 from evaluation_batches where members = ${SMALL_GROUP}) as empty`,
    )
    .get()!.empty
  if (!empty) return 0
  // summed in memory first, not through upsertSpan: a national database has close to a million
  // batches, and two upserts each took 150 s where this takes a few
  const spans = new Map<string, SpanTotals>()
  let batches = 0
  const all = sqlite
    .prepare<[], ClosedBatch>(
      `select ${CLOSED_BATCH_COLUMNS} from evaluation_batches where members = ${SMALL_GROUP}`,
    )
    .iterate()
  for (const batch of all) {
    batches++
    const span = spanTotals(batch)
    for (const vruId of scopesOf(span.vruId)) {
      const key = `${vruId} ${span.firstMonth} ${span.lastMonth} ${span.moduleId} ${span.series}`
      const found = spans.get(key)
      if (!found) {
        spans.set(key, { ...span, vruId })
        continue
      }
      found.members += span.members
      found.ratingBefore += span.ratingBefore
      found.ratingAfter += span.ratingAfter
      found.checksAttempted += span.checksAttempted
      found.checksPassedFirstTime += span.checksPassedFirstTime
    }
  }
  sqlite.transaction(() => {
    for (const span of spans.values()) upsertSpan.run(span)
  })()
  return batches
}

/**
 * Puts a completion into its unit's and module's open batches: its first-attempt results at
 * once, its ratings once both are given. Call inside the transaction that writes the completion
 * or the after-rating, once its results are filled in; a completion joins each series once.
 */
export function batchCompletion(completionId: number) {
  const member = memberById.get(completionId)
  // evaluation is released by module: attendance at a course that covers none is not batched
  if (!member || !withModule(member)) return
  if (member.checkBatchId === null && member.enrolmentId !== null) join(member, 'checks')
  if (member.ratingBatchId === null && member.ratingBefore !== null && member.ratingAfter !== null)
    join(member, 'ratings')
}

const withModule = (member: Member): member is Member & { moduleId: number } =>
  member.moduleId !== null

/**
 * Batches completions that are in none yet (a database from before batches, or a bulk load), in
 * the order they would have joined: completion time for results, the after-rating's for ratings.
 * Existing batches are only ever added to, never re-formed.
 */
export function batchUnbatched() {
  const unchecked = sqlite
    .prepare<[], { id: number }>(
      `select id from completions
       where check_batch_id is null and enrolment_id is not null and module_id is not null
       order by completed_at, id`,
    )
    .all()
  const unrated = sqlite
    .prepare<[], { id: number }>(
      // attendance at a live course has its ratings on the row, from the register
      `select c.id from completions c
       left join evaluations e on e.enrolment_id = c.enrolment_id and e.stage = 'post'
       where c.rating_batch_id is null and c.rating_before is not null
         and c.rating_after is not null and c.module_id is not null
         and (e.id is not null or c.enrolment_id is null)
       order by coalesce(e.created_at, c.completed_at), c.completed_at, c.id`,
    )
    .all()
  sqlite.transaction(() => {
    for (const { id } of unchecked)
      join(memberById.get(id) as Member & { moduleId: number }, 'checks')
    for (const { id } of unrated)
      join(memberById.get(id) as Member & { moduleId: number }, 'ratings')
  })()
  return unchecked.length + unrated.length
}

export type ModuleEvaluation = {
  moduleId: number
  /** matched pairs counted: a multiple of 5 (0 when no batch of pairs closed in the period) */
  pairs: number
  meanBefore: number | null
  meanAfter: number | null
  /** completions counted for the first-attempt rate: a multiple of 5 */
  checked: number
  checksAttempted: number
  checksPassedFirstTime: number
}

const EVALUATION_COLUMNS = `module_id as moduleId, series, sum(members) as members,
  sum(rating_before) as before, sum(rating_after) as after,
  sum(checks_attempted) as attempted, sum(checks_passed_first_time) as passed`
type BatchSums = {
  moduleId: number
  series: Series
  members: number
  before: number
  after: number
  attempted: number
  passed: number
}
// the batches whose first and last members completed within the months: those the range holds
const spansWithin = sqlite.prepare<{ vruId: number; from: number; to: number }, BatchSums>(
  `select ${EVALUATION_COLUMNS} from evaluation_spans
   where vru_id = :vruId and first_month between :from and :to and last_month <= :to
   group by module_id, series`,
)

/**
 * Each module's evaluation over the whole UK months [start, end) from the closed batches all of
 * whose members completed in it: a unit's (vruId), or every unit's summed (national: 0).
 * Modules with no such batch are left out.
 */
export function evaluationByBatches(vruId: number, start: number, end: number) {
  const sums = spansWithin.all({ vruId, from: monthNumber(start), to: monthNumber(end - 1) })
  const modules = new Map<number, ModuleEvaluation>()
  for (const s of sums) {
    const m = modules.get(s.moduleId) ?? {
      moduleId: s.moduleId,
      pairs: 0,
      meanBefore: null,
      meanAfter: null,
      checked: 0,
      checksAttempted: 0,
      checksPassedFirstTime: 0,
    }
    if (s.series === 'ratings') {
      m.pairs = s.members
      m.meanBefore = s.before / s.members
      m.meanAfter = s.after / s.members
    } else {
      m.checked = s.members
      m.checksAttempted = s.attempted
      m.checksPassedFirstTime = s.passed
    }
    modules.set(s.moduleId, m)
  }
  return [...modules.values()]
}
