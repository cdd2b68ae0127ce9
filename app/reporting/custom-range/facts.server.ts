/**
 * Figures over custom dates. Distinct people do not add up across months, so the summary
 * (summary/totals.server.ts) cannot answer an arbitrary range of days, and reading a range's
 * rows back from SQLite took 1 s for a large unit and 9 s nationally: better-sqlite3 makes a JS
 * value of every cell. So every completion and open enrolment is held here in typed arrays, one per
 * column, in each unit's time order, and a report is one pass over a range of them (tens of
 * milliseconds nationally; tests/bench/reports.ts).
 *
 * The columns are read once per process (15 to 20 s for a national workforce, on the report
 * worker's thread) and brought up to date before each count by reading only what changed, each
 * found through an index: completions and enrolments newer than those held (a completion also
 * ends its enrolment), evaluations newer than those held (an after-rating changes its
 * completion's results), and the organisations when one was added or edited. Some 55 bytes a
 * completion with room to grow, and 32 a person for each counting thread: 240 MB and 2 × 40 MB
 * for the national benchmark's 4 million completions and 1 million people.
 *
 * People are numbered by their users rowid, which only VACUUM renumbers: restart after one.
 * Counting rules as summary/totals.server.ts: a person counts once per group, at the highest practice
 * level they reached; the unit's groups (local authority, area, organisation, the units side by
 * side) count against the unit stored with the completion.
 */
import path from 'node:path'
import { isMainThread, type Worker } from 'node:worker_threads'
import { PRACTICE_LEVELS, sqlite } from '#app/db.server.ts'
import { typescriptWorker } from '#app/utils/workers.server.ts'
import {
  Columns,
  completionColumns,
  Count,
  firstAtOrAfter,
  fitPeople,
  noResults,
  peopleStarted,
  type Completions,
  type CountRequest,
  type Groups,
} from './count.ts'
import { Interner, type TotalsRow } from '../summary/tally.server.ts'
import { NATIONAL } from '../types.ts'

/** Names as small numbers for the arrays, 0 kept for "none". */
const names = () => new Interner([''])

type CompletionRow = [
  vruId: number | null,
  at: number,
  person: number,
  organisationId: number | null,
  sector: string | null,
  moduleId: number,
  level: string,
  checksAttempted: number,
  checksPassed: number,
  ratingBefore: number | null,
  ratingAfter: number | null,
  id: number,
  enrolmentId: number,
]
const COMPLETION_FIELDS = `select c.vru_id, c.completed_at, u.rowid, c.organisation_id, c.sector,
  c.module_id, mv.practice_level, c.checks_attempted, c.checks_passed_first_time,
  c.rating_before, c.rating_after, c.id, c.enrolment_id`
const COMPLETION_JOINS = `join users u on u.id = c.user_id
  join module_versions mv on mv.id = c.module_version_id`
type EnrolmentRow = [id: number, startedAt: number, person: number, vruId: number | null]
const enrolmentsFrom = (index: string) => `select e.id, e.started_at, u.rowid, e.vru_id
  from enrolments e ${index} join users u on u.id = e.user_id`
type ResultsRow = [
  vruId: number | null,
  at: number,
  checksAttempted: number,
  checksPassed: number,
  ratingBefore: number | null,
  ratingAfter: number | null,
  id: number,
]

// prepared on first use: the worker thread opens its own connection
const statements = () => ({
  // each unit's completions in time order, straight from the covering index
  everyCompletion: sqlite
    .prepare<[], CompletionRow>(
      `${COMPLETION_FIELDS} from completions c indexed by completions_vru_facts ${COMPLETION_JOINS}
       order by c.vru_id, c.completed_at`,
    )
    .raw(),
  completionsAfter: sqlite
    .prepare<[number], CompletionRow>(
      `${COMPLETION_FIELDS} from completions c ${COMPLETION_JOINS} where c.id > ? order by c.id`,
    )
    .raw(),
  openEnrolments: sqlite
    .prepare<[], EnrolmentRow>(
      `${enrolmentsFrom('indexed by enrolments_open_started')} where e.completed_at is null
       order by e.id`,
    )
    .raw(),
  openEnrolmentsAfter: sqlite
    .prepare<[number], EnrolmentRow>(
      `${enrolmentsFrom('')} where e.id > ? and e.completed_at is null order by e.id`,
    )
    .raw(),
  resultsRatedAfter: sqlite
    .prepare<[number], ResultsRow>(
      `select c.vru_id, c.completed_at, c.checks_attempted, c.checks_passed_first_time,
         c.rating_before, c.rating_after, c.id
       from evaluations e join completions c on c.enrolment_id = e.enrolment_id where e.id > ?`,
    )
    .raw(),
  newest: sqlite.prepare<
    [],
    { completion: number; enrolment: number; evaluation: number; organisations: string }
  >(`select
       coalesce((select max(id) from completions), 0) as completion,
       coalesce((select max(id) from enrolments), 0) as enrolment,
       coalesce((select max(id) from evaluations), 0) as evaluation,
       coalesce((select max(id) from organisations), 0) || ' ' ||
         coalesce((select max(updated_at) from organisations), 0) as organisations`),
  organisations: sqlite
    .prepare<
      [],
      [id: number, vruId: number, type: string, localAuthority: string, areaId: number | null]
    >('select id, vru_id, type, local_authority, area_id from organisations')
    .raw(),
})

function setResults(
  segment: Completions,
  i: number,
  checksAttempted: number,
  checksPassed: number,
  ratingBefore: number | null,
  ratingAfter: number | null,
) {
  const c = segment.columns
  c.checksAttempted[i] = checksAttempted
  c.checksPassed[i] = checksPassed
  c.ratingBefore[i] = ratingBefore ?? NaN
  c.ratingAfter[i] = ratingAfter ?? NaN
}

const LEVEL_RANK = new Map<string, number>(PRACTICE_LEVELS.map((level, rank) => [level, rank]))

/** Everything held, and how far it is read. */
class Facts {
  private sql = statements()
  /** by unit id (0: no unit), each in time order */
  segments = new Map<number, Completions>()
  open = new Columns({
    id: Int32Array,
    startedAt: Float64Array,
    person: Int32Array,
    vru: Uint16Array,
    open: Uint8Array,
  })
  closed = 0
  read = { completion: 0, enrolment: 0, evaluation: 0, organisations: '' }
  sectors = names()
  types = names()
  /** a local authority in a unit: the same name in two units is two groups, as in the summary */
  localAuthorities = names()
  localAuthorityName: string[] = ['']
  moduleIds: number[] = []
  moduleIndex = new Map<number, number>()
  organisationType = new Uint8Array(0)
  organisationAuthority = new Uint16Array(0)
  organisationArea = new Int32Array(0)
  /** one more than the highest area id */
  areas = 1
  people = 1

  constructor() {
    sqlite.transaction(() => {
      const newest = this.sql.newest.get()!
      this.readOrganisations(newest.organisations)
      for (const row of this.sql.everyCompletion.iterate()) this.addCompletion(row, true)
      for (const row of this.sql.openEnrolments.iterate()) this.addEnrolment(row)
      this.read = { ...newest }
    })()
    for (const columns of [...this.segments.values(), this.open]) columns.resize()
  }

  private readOrganisations(version: string) {
    const rows = this.sql.organisations.all()
    const size = rows.reduce((max, [id]) => Math.max(max, id), 0) + 1
    this.organisationType = new Uint8Array(size)
    this.organisationAuthority = new Uint16Array(size)
    this.organisationArea = new Int32Array(size)
    for (const [id, vruId, type, localAuthority, areaId] of rows) {
      this.organisationType[id] = this.types.id(type)
      const authority = this.localAuthorities.id(`${vruId} ${localAuthority}`)
      this.localAuthorityName[authority] = localAuthority
      this.organisationAuthority[id] = authority
      this.organisationArea[id] = areaId ?? 0
      this.areas = Math.max(this.areas, (areaId ?? 0) + 1)
    }
    this.read.organisations = version
  }

  private addCompletion(row: CompletionRow, inOrder: boolean) {
    const [vruId, at, person, organisationId, sector, moduleId, level] = row
    const unit = vruId ?? 0
    let segment = this.segments.get(unit)
    if (!segment) this.segments.set(unit, (segment = completionColumns()))
    // a completion read later is almost always the unit's newest
    const last = segment.length - 1
    const { at: times } = segment.columns
    const i = segment.insert(
      inOrder || last < 0 || times[last]! <= at ? last + 1 : firstAtOrAfter(times, last + 1, at),
    )
    // after insert(), which may have moved the columns to larger arrays
    const c = segment.columns
    let module = this.moduleIndex.get(moduleId)
    if (module === undefined) {
      module = this.moduleIds.push(moduleId) - 1
      this.moduleIndex.set(moduleId, module)
    }
    c.at[i] = at
    c.id[i] = row[11]
    c.person[i] = person
    c.organisation[i] = organisationId ?? 0
    c.sector[i] = this.sectors.id(sector ?? 'none')
    c.module[i] = module
    c.level[i] = LEVEL_RANK.get(level) ?? 0
    this.people = Math.max(this.people, person + 1)
    setResults(segment, i, row[7], row[8], row[9], row[10])
  }

  private addEnrolment([id, startedAt, person, vruId]: EnrolmentRow) {
    const i = this.open.insert()
    const e = this.open.columns
    e.id[i] = id
    e.startedAt[i] = startedAt
    e.person[i] = person
    e.vru[i] = vruId ?? 0
    e.open[i] = 1
    this.people = Math.max(this.people, person + 1)
  }

  private endEnrolment(id: number) {
    const e = this.open.columns
    const i = firstAtOrAfter(e.id, this.open.length, id)
    if (i < this.open.length && e.id[i] === id && e.open[i]) {
      e.open[i] = 0
      this.closed++
    }
  }

  /**
   * Reads what changed since the last read, in one snapshot. False when rows are gone (another
   * database file put in place): then only reading everything again will do.
   */
  update() {
    return sqlite.transaction(() => {
      const newest = this.sql.newest.get()!
      if (newest.completion < this.read.completion || newest.enrolment < this.read.enrolment) {
        return false
      }
      if (newest.organisations !== this.read.organisations) {
        this.readOrganisations(newest.organisations)
      }
      if (newest.completion > this.read.completion) {
        for (const row of this.sql.completionsAfter.iterate(this.read.completion)) {
          this.addCompletion(row, false)
          this.endEnrolment(row[12])
        }
      }
      if (newest.enrolment > this.read.enrolment) {
        for (const row of this.sql.openEnrolmentsAfter.iterate(this.read.enrolment)) {
          this.addEnrolment(row)
        }
      }
      if (newest.evaluation > this.read.evaluation) {
        for (const row of this.sql.resultsRatedAfter.iterate(this.read.evaluation)) {
          this.updateResults(row)
        }
      }
      this.read = { ...newest }
      if (this.closed > this.open.length / 2) {
        const open = this.open.columns.open
        this.open.filter((i) => open[i] === 1)
        this.closed = 0
      }
      return true
    })()
  }

  private updateResults(row: ResultsRow) {
    const [vruId, at, , , , , id] = row
    const segment = this.segments.get(vruId ?? 0)
    if (!segment) return
    const c = segment.columns
    for (
      let i = firstAtOrAfter(c.at, segment.length, at);
      i < segment.length && c.at[i] === at;
      i++
    ) {
      if (c.id[i] === id) setResults(segment, i, row[2], row[3], row[4], row[5])
    }
  }
}

export type CustomFigures = {
  /** by dimension, as totalsFor() gives a standard period's */
  totals: Map<string, TotalsRow[]>
  /** each month's part of the range: people upskilled in it, and completions */
  months: { people: number; completions: number }[]
  /** professionals upskilled and completions of each unit (for the national view) */
  units: { vruId: number; people: number; completions: number }[]
  inProgress: number
}

let facts: Facts | undefined

/** Reads the completions in now rather than at the first report (the worker calls it). */
export function loadCompletionFacts() {
  facts ??= new Facts()
}

function groupsOf(f: Facts): Groups {
  const units = Math.max(0, ...f.segments.keys()) + 1
  // a unit's id is packed into 12 bits of a person's state (count.ts)
  if (units > 4096) throw new Error('Custom dates count units numbered below 4096 only')
  return {
    organisationType: f.organisationType,
    organisationAuthority: f.organisationAuthority,
    organisationArea: f.organisationArea,
    sectors: f.sectors.names.length,
    types: f.types.names.length,
    authorities: f.localAuthorities.names.length,
    areas: f.areas,
    modules: f.moduleIds.length,
    levels: PRACTICE_LEVELS.length,
    units,
  }
}

/**
 * The figures of a unit (or NATIONAL) over [start, end), counted from what is held.
 * `months`: the range cut at each UK month's start, in order, together covering all of it.
 */
export function customTotals(
  vruId: number,
  start: number,
  end: number,
  months: { start: number; end: number }[],
): CustomFigures {
  if (!facts?.update()) facts = new Facts()
  const f = facts
  fitPeople(f.people)
  const request: CountRequest = {
    segments: [...f.segments]
      .filter(([unit]) => vruId === NATIONAL || unit === vruId)
      .map(([unit, segment]) => ({ unit, columns: segment.columns, length: segment.length })),
    groups: groupsOf(f),
    months,
  }
  const count = countInHalves(request, f.people)
  count.finish()
  const inProgress = peopleStarted(f.open.columns, f.open.length, { start, end, vruId })

  const moduleRows = count.modules.rows((m) => String(f.moduleIds[m]))
  for (const row of moduleRows) {
    const m = f.moduleIndex.get(Number(row.groupKey))!
    for (const k of Object.keys(noResults) as (keyof typeof noResults)[]) {
      row[k] = count.results[k][m]!
    }
  }
  const { people, completions } = count
  return {
    totals: new Map([
      ['all', completions ? [{ ...noResults, groupKey: '', people, completions }] : []],
      ['sector', count.sectors.rows((g) => f.sectors.names[g]!)],
      ['organisation_type', count.types.rows((g) => f.types.names[g]!)],
      ['local_authority', count.authorities.rows((g) => f.localAuthorityName[g]!)],
      ['area', count.areas.rows(String)],
      ['organisation', count.organisations.rows(String)],
      ['module', moduleRows],
      ['level', count.levels.rows((g) => PRACTICE_LEVELS[g]!)],
    ]),
    months: months.map((_, m) => ({
      people: count.months.people[m]!,
      completions: count.months.completions[m]!,
    })),
    units: count.units
      .rows(String)
      .map((r) => ({ vruId: Number(r.groupKey), people: r.people, completions: r.completions })),
    inProgress,
  }
}

/** Waits no longer than this for the helper's half before counting it here instead. */
const HELPER_WAIT_MS = 30_000
let helper: Worker | null | undefined

/**
 * Counts on two threads, on a report worker (the server's own thread never waits here): the
 * people whose number is even here, the odd ones on a helper thread, each with its own record of
 * who it met, into figures in shared memory that add up. Alone when there is no helper.
 */
function countInHalves(request: CountRequest, people: number) {
  if (!isMainThread && helper === undefined) {
    helper = typescriptWorker(path.resolve('app/reporting/custom-range/count-helper.server.ts'))
    helper.unref()
    helper.on('error', () => (helper = null))
    helper.on('exit', () => (helper = null))
  }
  if (!helper) return new Count(request.groups, request.months.length).countAll(request)
  const theirs = Count.sharedArrays(request.groups, request.months.length)
  const done = new Int32Array(new SharedArrayBuffer(4))
  helper.postMessage({ request, arrays: theirs, done, people })
  const count = new Count(request.groups, request.months.length, 0).countAll(request)
  const answered = Atomics.wait(done, 0, 0, HELPER_WAIT_MS) !== 'timed-out' && done[0] === 1
  if (answered) count.merge(theirs)
  else count.merge(new Count(request.groups, request.months.length, 1).countAll(request).arrays)
  return count
}
