/**
 * The copy that custom dates are counted from: every completion (attendance at live courses
 * among them, with its course and how it was delivered), every open enrolment and the
 * organisations, in an in-memory DuckDB database (docs/decisions/014-custom-dates-on-duckdb.md).
 * The summary (../summary/) answers standard periods; it cannot answer any range of months,
 * because distinct people do not add up across months. SQLite can, but a national range means
 * reading a million rows through better-sqlite3, which took seconds; DuckDB counts them by
 * column, in tens of milliseconds.
 *
 * The copy is read in once per process as CSV that SQLite writes and DuckDB reads (DuckDB's
 * SQLite scanner is an extension, downloaded at run time; its appender takes one value per call
 * from JavaScript, a minute for a national workforce). It is then brought up to date before each
 * count through the appender, reading in one SQLite snapshot:
 * - completions and enrolments with a higher id than those held (a completion also closes its
 *   enrolment), and completions whose learner rated them since (evaluations with a higher id);
 * - completions rated or taken away since (completion_changes: a live attendance's rating, a
 *   register corrected), kept by triggers in the change's own transaction;
 * - the organisations again when change_counts says one was added, edited or removed: a count
 *   bumped by a trigger in the edit's own transaction (db/migrations/0010), so no edit is missed.
 *
 * People are numbered by their users rowid, which only VACUUM renumbers: restart after one.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api'
import { DELIVERIES, ORGANISATION_TYPES, PRACTICE_LEVELS, SECTORS, sqlite } from '#app/db.server.ts'

/** DuckDB's memory, beyond which it refuses a query rather than starving the server. */
const MEMORY_LIMIT = process.env.REPORT_COPY_MEMORY_LIMIT ?? '1GB'

/** People read from SQLite at a time, into the one file of people (a string each read). */
const PEOPLE_PER_READ = 250_000

const values = (list: readonly string[]) => list.map((v) => `'${v}'`).join(', ')
// Completions in each unit's time order, so a unit's months are a few row groups (DuckDB skips
// the others by their min and max). Small sets of names are enums: a byte each.
const SCHEMA = `
  create type practice_level as enum (${values(PRACTICE_LEVELS)});
  create type sector as enum (${values(SECTORS)});
  create type organisation_type as enum (${values(ORGANISATION_TYPES)});
  create type delivery as enum (${values(DELIVERIES)});
  create table organisations (
    id integer primary key, unit usmallint not null, type organisation_type not null,
    local_authority varchar not null, area integer);
  create table completions (
    id integer not null, completed_at bigint not null, person integer not null,
    unit usmallint, organisation integer, sector sector, module integer,
    practice_level practice_level not null, checks_attempted usmallint not null,
    checks_passed usmallint not null, rating_before double, rating_after double,
    course integer, delivery delivery not null);
  create table open_enrolments (
    id integer not null, started_at bigint not null, person integer not null, unit usmallint);`

type CompletionRow = [
  id: number,
  at: number,
  person: number,
  vruId: number | null,
  organisationId: number | null,
  sector: string | null,
  moduleId: number | null,
  level: string,
  checksAttempted: number,
  checksPassed: number,
  ratingBefore: number | null,
  ratingAfter: number | null,
  courseId: number | null,
  delivery: string,
  enrolmentId: number | null,
]
// a live course's attendance has a module version only when the course covers a module: its
// practice level is otherwise the course's
const LEVEL = 'coalesce(mv.practice_level, co.practice_level)'
const COMPLETION_FIELDS = `select c.id, c.completed_at, u.rowid, c.vru_id, c.organisation_id,
  c.sector, c.module_id, ${LEVEL}, c.checks_attempted, c.checks_passed_first_time,
  c.rating_before, c.rating_after, c.course_id, c.delivery, c.enrolment_id`
const VERSION_AND_COURSE = `left join module_versions mv on mv.id = c.module_version_id
  left join courses co on co.id = c.course_id`
// `cross join`: SQLite then starts from the rows after the id given, as meant, not from users
const COMPLETION_JOINS = `cross join users u on u.id = c.user_id ${VERSION_AND_COURSE}`
type EnrolmentRow = [id: number, startedAt: number, person: number, vruId: number | null]
const ENROLMENT_FIELDS = 'select e.id, e.started_at, u.rowid, e.vru_id'
type OrganisationRow = [
  id: number,
  vruId: number,
  type: string,
  localAuthority: string,
  areaId: number | null,
]
type Results = [
  id: number,
  checksAttempted: number,
  checksPassed: number,
  ratingBefore: number | null,
  ratingAfter: number | null,
]
type Newest = {
  completion: number
  enrolment: number
  evaluation: number
  organisations: number
  /** completion_changes: live attendance rated, or a completion taken away */
  change: number
}

// prepared on first use, on the connection of the thread that counts
const statements = () => ({
  // for reading in: CSV lines, a batch of rows in one string (one value from SQLite, not twelve
  // a row); `user_id` is turned into the person's number by DuckDB, joining the people's file
  everyPerson: sqlite
    .prepare<[number, number], string | null>(
      `select group_concat(rowid || ',' || id, char(10)) from users where rowid > ? and rowid <= ?`,
    )
    .pluck(),
  completionLines: sqlite
    .prepare<[number | null, number], string | null>(
      `select group_concat(concat_ws(',', c.id, c.completed_at, c.user_id, ifnull(c.vru_id, ''),
         ifnull(c.organisation_id, ''), ifnull(c.sector, ''), ifnull(c.module_id, ''), ${LEVEL},
         c.checks_attempted, c.checks_passed_first_time, ifnull(c.rating_before, ''),
         ifnull(c.rating_after, ''), ifnull(c.course_id, ''), c.delivery), char(10))
       from completions c indexed by completions_vru_facts
       ${VERSION_AND_COURSE}
       where c.vru_id is ? and c.id <= ?`,
    )
    .pluck(),
  units: sqlite.prepare<[], number>('select id from vrus order by id').pluck(),
  openEnrolmentLines: sqlite
    .prepare<[number], string | null>(
      `select group_concat(concat_ws(',', id, started_at, user_id, ifnull(vru_id, '')), char(10))
       from enrolments indexed by enrolments_open_started where completed_at is null and id <= ?`,
    )
    .pluck(),
  highestPerson: sqlite.prepare<[], number | null>('select max(rowid) from users').pluck(),
  completionsAfter: sqlite
    .prepare<[number], CompletionRow>(
      `${COMPLETION_FIELDS} from completions c ${COMPLETION_JOINS} where c.id > ? order by c.id`,
    )
    .raw(),
  openEnrolments: sqlite
    .prepare<[], EnrolmentRow>(
      `${ENROLMENT_FIELDS} from enrolments e indexed by enrolments_open_started
       join users u on u.id = e.user_id where e.completed_at is null`,
    )
    .raw(),
  openEnrolmentsAfter: sqlite
    .prepare<[number], EnrolmentRow>(
      `${ENROLMENT_FIELDS} from enrolments e cross join users u on u.id = e.user_id
       where e.id > ? and e.completed_at is null`,
    )
    .raw(),
  ratedAfter: sqlite
    .prepare<[number], Results>(
      `select c.id, c.checks_attempted, c.checks_passed_first_time, c.rating_before,
         c.rating_after
       from evaluations e cross join completions c on c.enrolment_id = e.enrolment_id where e.id > ?`,
    )
    .raw(),
  changedAfter: sqlite.prepare<[number, number], { completionId: number; kind: string }>(
    `select completion_id as completionId, kind from completion_changes
     where id > ? and id <= ? order by id`,
  ),
  resultsOf: sqlite
    .prepare<[number], Results>(
      `select id, checks_attempted, checks_passed_first_time, rating_before, rating_after
       from completions where id = ?`,
    )
    .raw(),
  organisations: sqlite
    .prepare<[], OrganisationRow>(
      'select id, vru_id, type, local_authority, area_id from organisations',
    )
    .raw(),
  newest: sqlite.prepare<[], Newest>(`select
      coalesce((select max(id) from completions), 0) as completion,
      coalesce((select max(id) from enrolments), 0) as enrolment,
      coalesce((select max(id) from evaluations), 0) as evaluation,
      (select count from change_counts where name = 'organisations') as organisations,
      coalesce((select max(id) from completion_changes), 0) as change`),
})

/** One row of values, in the table's column order, onto an appender. */
function appendRow(appender: DuckDBAppender, row: readonly (number | string | null)[]) {
  for (const value of row) {
    if (value === null) appender.appendNull()
    else if (typeof value === 'string') appender.appendVarchar(value)
    // DuckDB casts to the column's type: a double holds every id and millisecond time exactly
    else appender.appendDouble(value)
  }
  appender.endRow()
}

/** A completion as the copy holds it: without its enrolment, which it only closes. */
const held = (row: CompletionRow) => row.slice(0, -1)

export class CustomRangeCopy {
  private sql = statements()
  private read: Newest | null = null
  /** one update or count at a time: each waits for the one before */
  private queue: Promise<unknown> = Promise.resolve()

  private constructor(
    private instance: DuckDBInstance,
    private connection: DuckDBConnection,
  ) {}

  /** A copy of everything (seconds for a national workforce: the thread is busy meanwhile). */
  static async create() {
    // never written to disk: DuckDB would otherwise spill into .tmp/ under the working folder
    const instance = await DuckDBInstance.create(':memory:', {
      memory_limit: MEMORY_LIMIT,
      temp_directory: '',
    })
    const connection = await instance.connect()
    // compressed in memory: a national copy in tens of MB, not hundreds
    await connection.run(`attach ':memory:' as copy (compress); use copy; ${SCHEMA}`)
    const copy = new CustomRangeCopy(instance, connection)
    await copy.readAll()
    return copy
  }

  private appenders() {
    const c = this.connection
    return Promise.all([
      c.createAppender('completions', null, 'copy'),
      c.createAppender('open_enrolments', null, 'copy'),
    ])
  }

  /** The organisations again, all of them (some tens of thousands: milliseconds). */
  private async replaceOrganisations(rows: OrganisationRow[]) {
    await this.connection.run('delete from organisations')
    const appender = await this.connection.createAppender('organisations', null, 'copy')
    for (const row of rows) appendRow(appender, row)
    appender.closeSync()
  }

  /**
   * Empties the copy and reads everything in. The newest ids are read first and only rows up to
   * them are read in, so the next update takes up exactly what came after, wherever a row
   * changed meanwhile: a completion after them closes its enrolment then, a rating after them is
   * applied again, an organisation edit moves the change count.
   */
  private async readAll() {
    const c = this.connection
    const newest = this.sql.newest.get()!
    await c.run('delete from completions; delete from open_enrolments; delete from organisations')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-copy-'))
    const csv = (name: string, columns: string) =>
      `read_csv('${path.join(dir, name)}', header = false, auto_detect = false,
         columns = {${columns}})`
    try {
      const people = path.join(dir, 'people.csv')
      const highest = this.sql.highestPerson.get() ?? 0
      for (let from = 0; from < highest; from += PEOPLE_PER_READ) {
        fs.appendFileSync(
          people,
          `${this.sql.everyPerson.get(from, from + PEOPLE_PER_READ) ?? ''}\n`,
        )
      }
      await c.run(`create temp table people as
        select * from ${csv('people.csv', "'person': 'integer', 'user_id': 'varchar'")}`)
      // a file per unit, in time order (see SCHEMA); DuckDB reads each on its own threads
      // while SQLite writes the next
      let reading: Promise<unknown> = Promise.resolve()
      for (const unit of [...this.sql.units.all(), null]) {
        const name = `completions-${unit ?? 'none'}.csv`
        fs.writeFileSync(
          path.join(dir, name),
          this.sql.completionLines.get(unit, newest.completion) ?? '',
        )
        await reading
        reading = c.run(`insert into completions select c.id, c.completed_at, p.person, c.unit,
            c.organisation, c.sector, c.module, c.practice_level, c.checks_attempted,
            c.checks_passed, c.rating_before, c.rating_after, c.course, c.delivery
          from ${csv(
            name,
            `'id': 'integer', 'completed_at': 'bigint', 'user_id': 'varchar',
             'unit': 'usmallint', 'organisation': 'integer', 'sector': 'sector',
             'module': 'integer', 'practice_level': 'practice_level',
             'checks_attempted': 'usmallint', 'checks_passed': 'usmallint',
             'rating_before': 'double', 'rating_after': 'double', 'course': 'integer',
             'delivery': 'delivery'`,
          )} c join people p using (user_id)`)
      }
      fs.writeFileSync(
        path.join(dir, 'enrolments.csv'),
        this.sql.openEnrolmentLines.get(newest.enrolment) ?? '',
      )
      await reading
      await c.run(`insert into open_enrolments select e.id, e.started_at, p.person, e.unit
        from ${csv(
          'enrolments.csv',
          "'id': 'integer', 'started_at': 'bigint', 'user_id': 'varchar', 'unit': 'usmallint'",
        )} e join people p using (user_id)`)
      await this.replaceOrganisations(this.sql.organisations.all())
      this.read = newest
    } finally {
      await c.run('drop table if exists people')
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }

  /** Reads what changed since the last read, in one snapshot, into the copy. */
  private async update() {
    const read = this.read
    if (!read) return this.readAll()
    const [completions, enrolments] = await this.appenders()
    const changes = sqlite.transaction(() => {
      const newest = this.sql.newest.get()!
      // fewer rows than held: another database file was put in place
      if (newest.completion < read.completion || newest.enrolment < read.enrolment) return null
      const closed: number[] = []
      for (const row of this.sql.completionsAfter.iterate(read.completion)) {
        appendRow(completions, held(row))
        // a module's completion closes its enrolment; attendance at a live course has none
        const enrolment = row.at(-1)
        if (typeof enrolment === 'number') closed.push(enrolment)
      }
      for (const row of this.sql.openEnrolmentsAfter.iterate(read.enrolment)) {
        appendRow(enrolments, row)
      }
      const organisations =
        newest.organisations === read.organisations ? null : this.sql.organisations.all()
      const rated =
        newest.evaluation > read.evaluation ? this.sql.ratedAfter.all(read.evaluation) : []
      const removed: number[] = []
      for (const change of this.sql.changedAfter.iterate(read.change, newest.change)) {
        if (change.kind === 'removed') removed.push(change.completionId)
        else rated.push(...this.sql.resultsOf.all(change.completionId))
      }
      return { newest, closed, organisations, rated, removed }
    })()
    completions.closeSync()
    enrolments.closeSync()
    if (!changes) return this.readAll()
    const c = this.connection
    if (changes.organisations) await this.replaceOrganisations(changes.organisations)
    if (changes.closed.length > 0) {
      await c.run(`delete from open_enrolments where id in (${changes.closed.join(', ')})`)
    }
    if (changes.removed.length > 0) {
      await c.run(`delete from completions where id in (${changes.removed.join(', ')})`)
    }
    if (changes.rated.length > 0) {
      // numbers read from SQLite, written out as SQL literals
      const rows = changes.rated.map((row) => `(${row.map((v) => v ?? 'null').join(', ')})`)
      await c.run(`update completions set checks_attempted = r.attempted,
          checks_passed = r.passed, rating_before = r.before::double, rating_after = r.after::double
        from (values ${rows.join(', ')}) r(id, attempted, passed, before, after)
        where completions.id = r.id`)
    }
    this.read = changes.newest
  }

  /**
   * Runs `count` after everything asked before it, on the copy brought up to date first, with
   * a version of what the copy holds: the same version, the same figures.
   */
  current<T>(count: (connection: DuckDBConnection, version: string) => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      await this.update()
      // the newest ids and change count held: they move with every change read in
      const read = this.read!
      const version = `${read.completion} ${read.enrolment} ${read.evaluation} ${read.organisations} ${read.change}`
      return count(this.connection, version)
    })
    this.queue = next.catch(() => undefined)
    return next
  }

  close() {
    this.connection.closeSync()
    this.instance.closeSync()
  }
}
