/**
 * `npm run bench:dataset`: a national dataset for the report benchmark, in its own database file
 * (tests/.tmp/bench-national/upstream.db): 20 units, 30,000 organisations, 1,000,000 people,
 * 4,000,000 completions over three and a half financial years, 20,000,000 lesson-progress rows,
 * plus open enrolments, knowledge-check attempts, self-ratings and assignments; and live training
 * (decision 016): 300 courses (15 a unit, 20 national, some covering a module), 25,000 past
 * sessions in person or online, and 500,000 attendances recorded by their registers as
 * completions, with their bookings.
 *
 * People and enrolments are written from JS through prepared statements in big transactions;
 * completions, lesson progress, check attempts and ratings are made by INSERT … SELECT from the
 * enrolments (no round trip per row). Secondary indexes are dropped during the load and made
 * again after it; the report summary is then built by the app's own rebuildReportTotals().
 */
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { run } from './harness.ts'

/** A lead for the largest unit, made here; password as the demo accounts. */
export const LARGE_UNIT = { slug: 'london', lead: 'vru.london@bench.upstream.test' }

// BENCH_SCALE=0.01 makes a small copy, to try the generator quickly
const SCALE = Number(process.env.BENCH_SCALE ?? 1)
// a small copy gets a folder of its own, so trying it keeps the national one
export const NATIONAL_DIR = path.resolve(
  `tests/.tmp/bench-national${SCALE === 1 ? '' : `-${SCALE}`}`,
)
export const NATIONAL_DATABASE = path.join(NATIONAL_DIR, 'upstream.db')
const ORGANISATIONS = Math.round(30_000 * SCALE)
const PEOPLE = Math.round(1_000_000 * SCALE)
const COMPLETIONS = Math.round(4_000_000 * SCALE)
const OPEN_ENROLMENTS = Math.round(800_000 * SCALE)
const LIVE_ATTENDANCES = Math.round(500_000 * SCALE)
/** people at a session (on average): 25,000 sessions nationally */
const PER_SESSION = 20
const COURSES_PER_UNIT = 15
const NATIONAL_COURSES = 20
const LEVELS = ['trauma-aware', 'trauma-skilled', 'trauma-enhanced', 'specialist'] as const
const FIRST_DAY = Date.parse('2023-04-01T00:00:00Z')

// Rough share of the national workforce per unit (per thousand), by population.
const WEIGHTS: Record<string, number> = {
  london: 150,
  'west-midlands': 90,
  'greater-manchester': 88,
  'west-yorkshire': 70,
  'thames-valley': 72,
  kent: 56,
  hampshire: 60,
  essex: 55,
  'avon-somerset': 52,
  sussex: 52,
  wales: 50,
  merseyside: 45,
  lancashire: 45,
  northumbria: 44,
  'south-yorkshire': 42,
  nottinghamshire: 35,
  leicestershire: 32,
  bedfordshire: 20,
  cleveland: 18,
  humberside: 27,
}

const TYPES = [
  ['primary', 'education', 'Teacher'],
  ['primary', 'education', 'Teaching assistant'],
  ['secondary', 'education', 'Teacher'],
  ['secondary', 'education', 'Designated safeguarding lead'],
  ['special', 'education', 'Teacher'],
  ['alternative_provision', 'education', 'Pastoral lead'],
  ['college', 'education', 'Lecturer'],
  ['police', 'police', 'Police officer'],
  ['health', 'health', 'Nurse'],
  ['youth_service', 'youth_work', 'Youth worker'],
  ['social_care', 'social_care', 'Social worker'],
  ['justice', 'justice', 'Youth justice officer'],
  ['voluntary', 'voluntary_community', 'Project worker'],
] as const

// A small deterministic generator (mulberry32), so two runs make the same dataset.
let seed = 20_260_401
function random() {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
}
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!

let barLabel = ''
let barStarted = 0
function progress(label: string, done: number, total: number) {
  if (label !== barLabel) {
    if (barLabel) process.stderr.write('\n')
    barLabel = label
    barStarted = Date.now()
  }
  const width = 30
  const filled = Math.round((done / total) * width)
  const seconds = ((Date.now() - barStarted) / 1000).toFixed(0)
  process.stderr.write(
    `\r${label.padEnd(22)} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${String(Math.round((100 * done) / total)).padStart(3)}% ${seconds}s `,
  )
}
function step<T>(label: string, work: () => T): T {
  progress(label, 0, 1)
  const result = work()
  progress(label, 1, 1)
  return result
}

/**
 * Every module keeps people in date for 12 months (60 days' window), and every completion says
 * until when, as the app would have recorded it (UTC days here: near enough for a benchmark).
 * The in-date figure is timed with validity on every module, its heaviest case.
 */
export function setValidityEverywhere(sqlite: Database.Database) {
  // completions first: publishing a rule refreshes staff_in_date from them (migration 0014)
  sqlite.exec(`
    update completions set renews_module_id = module_id,
      valid_until = date(completed_at / 1000, 'unixepoch', '+12 months', '-1 day')
    where module_id is not null;
    update module_versions set validity = '{"kind":"rolling","months":12,"windowDays":60}'
    where status = 'published'`)
}

export async function generateNationalDataset() {
  const started = Date.now()
  fs.rmSync(NATIONAL_DIR, { recursive: true, force: true })
  fs.mkdirSync(NATIONAL_DIR, { recursive: true })
  // units, demo accounts and the module packs, exactly as a real install makes them
  await run(path.resolve('node_modules/.bin/tsx'), ['app/cli/setup.ts'], {
    DATABASE_PATH: NATIONAL_DATABASE,
    MAIL_OUTBOX: path.join(NATIONAL_DIR, 'outbox'),
  })

  const sqlite = new Database(NATIONAL_DATABASE)
  sqlite.pragma('journal_mode = OFF')
  sqlite.pragma('synchronous = OFF')
  sqlite.pragma('temp_store = MEMORY')
  sqlite.pragma('cache_size = -1000000')
  sqlite.pragma('foreign_keys = OFF')

  const indexes = sqlite
    .prepare<[], { name: string; sql: string }>(
      `select name, sql from sqlite_master where type = 'index' and sql is not null
       and tbl_name in ('users', 'organisations', 'enrolments', 'lesson_progress', 'completions',
                        'check_attempts', 'evaluations', 'assignments')`,
    )
    .all()
  for (const index of indexes) sqlite.exec(`drop index ${index.name}`)
  // staff_in_date's triggers would work out a person per row loaded: it is rebuilt at the end
  const triggers = sqlite
    .prepare<[], { name: string; sql: string }>(
      `select name, sql from sqlite_master where type = 'trigger' and name like 'staff_in_date_%'`,
    )
    .all()
  for (const trigger of triggers) sqlite.exec(`drop trigger ${trigger.name}`)

  const units = sqlite.prepare<[], { id: number; slug: string }>('select id, slug from vrus').all()
  const places = sqlite
    .prepare<[], { vruId: number; la: string; areaId: number | null }>(
      'select distinct vru_id as vruId, local_authority as la, area_id as areaId from organisations',
    )
    .all()
  const placesOf = new Map<number, typeof places>()
  for (const p of places) placesOf.set(p.vruId, [...(placesOf.get(p.vruId) ?? []), p])
  const totalWeight = Object.values(WEIGHTS).reduce((a, b) => a + b, 0)
  const passwordHash = sqlite
    .prepare<[], { h: string }>(
      `select password_hash as h from users where email = 'vru.merseyside@demo.upstream.test'`,
    )
    .get()!.h
  const versions = sqlite
    .prepare<[], { id: number; moduleId: number; owner: number | null; cpd: number }>(
      `select mv.id, mv.module_id as moduleId, m.owner_vru_id as owner, mv.cpd_minutes as cpd
       from module_versions mv join modules m on m.id = mv.module_id where mv.status = 'published'`,
    )
    .all()

  // organisations, spread over the units by weight
  type Org = { id: number; vruId: number; type: number }
  const orgs: Org[] = []
  const addOrg = sqlite.prepare(
    `insert into organisations (vru_id, area_id, name, type, local_authority) values (?, ?, ?, ?, ?)`,
  )
  sqlite.transaction(() => {
    for (const unit of units) {
      const count = Math.round((ORGANISATIONS * (WEIGHTS[unit.slug] ?? 20)) / totalWeight)
      const unitPlaces = placesOf.get(unit.id)!
      for (let i = 0; i < count; i++) {
        const place = unitPlaces[i % unitPlaces.length]!
        const type = Math.floor(random() * TYPES.length)
        const id = Number(
          addOrg.run(
            unit.id,
            place.areaId,
            `Bench ${TYPES[type]![0]} ${i + 1}, ${place.la}`,
            TYPES[type]![0],
            place.la,
          ).lastInsertRowid,
        )
        orgs.push({ id, vruId: unit.id, type })
      }
      progress('organisations', orgs.length, ORGANISATIONS)
    }
  })()
  // weighted by unit already; people spread evenly over organisations (about 33 each)
  const addUser = sqlite.prepare(
    `insert into users (id, email, name, password_hash, role, vru_id, organisation_id, sector, job_role, active, created_at)
     values (?, ?, ?, null, 'learner', ?, ?, ?, ?, ?, ?)`,
  )
  const people: { id: string; vruId: number; org: number; sector: string }[] = []
  const BATCH = 100_000
  for (let start = 0; start < PEOPLE; start += BATCH) {
    sqlite.transaction(() => {
      for (let n = start; n < Math.min(PEOPLE, start + BATCH); n++) {
        const org = orgs[Math.floor(random() * orgs.length)]!
        const [, sector, job] = TYPES[org.type]!
        const id = `bench-${String(n).padStart(7, '0')}`
        // one in twenty accounts has since been closed; their completions still count
        addUser.run(
          id,
          `person${n}@bench.upstream.test`,
          `Person ${n}`,
          org.vruId,
          org.id,
          sector,
          job,
          random() < 0.05 ? 0 : 1,
          FIRST_DAY,
        )
        people.push({ id, vruId: org.vruId, org: org.id, sector })
      }
    })()
    progress('people', Math.min(PEOPLE, start + BATCH), PEOPLE)
  }
  const london = units.find((u) => u.slug === LARGE_UNIT.slug)!
  sqlite
    .prepare(
      `insert into users (id, email, name, password_hash, role, vru_id) values ('bench-london-lead', ?, 'London lead', ?, 'vru_lead', ?)`,
    )
    .run(LARGE_UNIT.lead, passwordHash, london.id)

  // enrolments: four completed per person on average (two to six), and some still open
  const addEnrolment = sqlite.prepare(
    `insert into enrolments (user_id, module_id, module_version_id, vru_id, started_at, updated_at,
       completed_at) values (?, ?, ?, ?, ?, ?, ?)`,
  )
  const now = Date.now()
  const span = now - FIRST_DAY
  const visible = (vruId: number) => versions.filter((v) => v.owner === null || v.owner === vruId)
  const visibleByUnit = new Map(units.map((u) => [u.id, visible(u.id)]))
  // the demo's own enrolments already have their completions, progress and ratings
  const firstGenerated = sqlite
    .prepare<[], { n: number }>('select coalesce(max(id), 0) + 1 as n from enrolments')
    .get()!.n
  let completed = 0
  for (let start = 0; start < PEOPLE; start += BATCH) {
    sqlite.transaction(() => {
      for (let n = start; n < Math.min(PEOPLE, start + BATCH); n++) {
        const person = people[n]!
        const mine = visibleByUnit.get(person.vruId)!
        const count = 2 + ((n * 7) % 5)
        for (let k = 0; k < count && completed < COMPLETIONS; k++) {
          const version = pick(mine)
          const at = FIRST_DAY + Math.floor(random() * span)
          const began = at - Math.floor(random() * 20 * 86_400_000)
          addEnrolment.run(person.id, version.moduleId, version.id, person.vruId, began, at, at)
          completed++
        }
        if (n < OPEN_ENROLMENTS) {
          const version = pick(mine)
          const at = now - Math.floor(random() * 400 * 86_400_000)
          addEnrolment.run(person.id, version.moduleId, version.id, person.vruId, at, at, null)
        }
      }
    })()
    progress('enrolments', Math.min(PEOPLE, start + BATCH), PEOPLE)
  }

  step('completions', () =>
    sqlite.exec(`
      insert into completions (user_id, module_id, module_version_id, enrolment_id, vru_id,
        organisation_id, sector, completed_at, score, cpd_minutes, certificate_code)
      select e.user_id, e.module_id, e.module_version_id, e.id, u.vru_id, u.organisation_id, u.sector,
        e.completed_at, 70 + e.id % 31, mv.cpd_minutes, printf('BENCH-%09d', e.id)
      from enrolments e join users u on u.id = e.user_id
      join module_versions mv on mv.id = e.module_version_id
      where e.completed_at is not null and e.id >= ${firstGenerated}`),
  )
  step('lesson progress', () =>
    sqlite.exec(`
      insert into lesson_progress (enrolment_id, lesson_id, position, watched_seconds, heartbeats,
        completed_at, completed_by, updated_at)
      select e.id, l.id, 0, 0, 0,
        case when e.completed_at is not null or l.position < 3 then e.updated_at end,
        case when e.completed_at is not null or l.position < 3 then
          case l.kind when 'check' then 'passed' when 'film' then 'watched' else 'viewed' end end,
        e.updated_at
      from enrolments e join lessons l on l.module_version_id = e.module_version_id
      where l.position < case when e.completed_at is null then 5 else 4 end
        and e.id >= ${firstGenerated}`),
  )
  step('check attempts', () =>
    sqlite.exec(`
      insert into check_attempts (enrolment_id, lesson_id, score, passed, answers, created_at)
      select e.id, l.id, case when e.id % 5 = 0 then 40 else 90 end, e.id % 5 <> 0, '[]', e.completed_at
      from enrolments e join lessons l on l.module_version_id = e.module_version_id and l.kind = 'check'
      where e.completed_at is not null and e.id >= ${firstGenerated};
      insert into check_attempts (enrolment_id, lesson_id, score, passed, answers, created_at)
      select e.id, l.id, 90, 1, '[]', e.completed_at
      from enrolments e join lessons l on l.module_version_id = e.module_version_id and l.kind = 'check'
      where e.completed_at is not null and e.id % 5 = 0 and e.id >= ${firstGenerated}`),
  )
  step('self-ratings', () =>
    sqlite.exec(`
      insert into evaluations (enrolment_id, stage, ratings, created_at)
      select id, 'pre', json_array(1 + id % 3, 2 + id % 2), started_at from enrolments
      where id % 4 = 0 and id >= ${firstGenerated};
      insert into evaluations (enrolment_id, stage, ratings, created_at)
      select id, 'post', case when id % 12 = 0 then null else json_array(3 + id % 3, 4) end, completed_at
      from enrolments where id % 4 = 0 and completed_at is not null and id >= ${firstGenerated}`),
  )
  step('assignments', () =>
    sqlite.exec(`
      insert into assignments (module_id, organisation_id, job_role, user_id, due_at, assigned_by_id, created_at)
      select (select module_id from (select module_id, row_number() over (order by id) - 1 as k
                from module_versions where status = 'published') where k = o.id % 3),
        o.id, null, null, ${FIRST_DAY} + (o.id * 7919 % ${span}), 'bench-london-lead', ${FIRST_DAY}
      from organisations o where o.id % 5 = 0`),
  )
  addLiveTraining(sqlite, {
    units,
    people,
    versions,
    span,
    lead: 'bench-london-lead',
  })
  step('validity', () => setValidityEverywhere(sqlite))
  indexes.forEach((index, i) => {
    sqlite.exec(index.sql)
    progress('indexes', i + 1, indexes.length)
  })
  for (const trigger of triggers) sqlite.exec(trigger.sql)
  step('statistics', () => sqlite.exec('analyze'))
  sqlite.pragma('journal_mode = WAL')
  sqlite.close()

  // the summary, built by the app's own code against this file
  process.env.DATABASE_PATH = NATIONAL_DATABASE
  const { rebuildReportTotals } = await import('#app/reporting/summary/totals.server.ts')
  rebuildReportTotals((step, share) => progress(step, Math.round(share * 1000), 1000))
  const { rebuildStaffInDate } = await import('#app/reporting/in-date-figures.server.ts')
  step('staff in date', rebuildStaffInDate)
  process.stderr.write('\n')

  const check = new Database(NATIONAL_DATABASE, { readonly: true })
  const count = (table: string) =>
    check.prepare<[], { n: number }>(`select count(*) as n from ${table}`).get()!.n
  console.log(
    `National dataset in ${((Date.now() - started) / 1000).toFixed(0)} s at ${NATIONAL_DATABASE}`,
  )
  for (const table of [
    'vrus',
    'organisations',
    'users',
    'enrolments',
    'completions',
    'lesson_progress',
    'check_attempts',
    'evaluations',
    'assignments',
    'courses',
    'course_sessions',
    'bookings',
    'staff_in_date',
    'report_totals',
  ]) {
    console.log(`  ${table.padEnd(16)} ${count(table).toLocaleString('en-GB').padStart(12)}`)
  }
  check.close()
}

/**
 * Live training: courses of each unit and national ones, past sessions spread over the years,
 * and attendance as the register records it: a booking attended, and a completion with the
 * course, session and delivery, the person's unit, organisation and sector, and (one in four)
 * the self-ratings before and after. A unit's sessions are attended by its own people; a
 * national course's by anyone's.
 */
function addLiveTraining(
  sqlite: Database.Database,
  {
    units,
    people,
    versions,
    span,
    lead,
  }: {
    units: { id: number }[]
    people: { id: string; vruId: number; org: number; sector: string }[]
    versions: { id: number; moduleId: number; owner: number | null }[]
    span: number
    lead: string
  },
) {
  if (LIVE_ATTENDANCES === 0) return
  const addCourse = sqlite.prepare(
    `insert into courses (vru_id, title, summary, practice_level, audience, cpd_minutes, module_id,
       covers_module, created_by_id) values (?, ?, 'A bench workshop.', ?, 'all-staff', ?, ?, ?, ?)`,
  )
  const addSession = sqlite.prepare(
    `insert into course_sessions (course_id, mode, venue, joining_link, starts_at, duration_minutes,
       capacity, register_taken_at) values (?, ?, ?, ?, ?, 120, 40, ?)`,
  )
  const addAttendance = sqlite.prepare(
    `insert into completions (user_id, module_id, module_version_id, course_id, session_id, delivery,
       vru_id, organisation_id, sector, completed_at, cpd_minutes, certificate_code, rating_before,
       rating_after) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  type Course = {
    id: number
    vruId: number | null
    moduleId: number | null
    version: number | null
    cpd: number
  }
  const courses: Course[] = []
  const peopleOf = new Map<number, typeof people>()
  for (const p of people) {
    const list = peopleOf.get(p.vruId)
    if (list) list.push(p)
    else peopleOf.set(p.vruId, [p])
  }
  sqlite.transaction(() => {
    for (const owner of [...units.map((u) => u.id), null]) {
      const count = owner === null ? NATIONAL_COURSES : COURSES_PER_UNIT
      const mine = versions.filter((v) => v.owner === null || v.owner === owner)
      for (let i = 0; i < count; i++) {
        // one course in three covers a module (its attendance counts for the module too)
        const covers = i % 3 === 0 ? pick(mine) : null
        const cpd = 60 + 30 * (i % 4)
        const id = Number(
          addCourse.run(
            owner,
            `Bench workshop ${i + 1}${owner === null ? ' (national)' : ` of unit ${owner}`}`,
            LEVELS[i % LEVELS.length],
            cpd,
            covers?.moduleId ?? null,
            covers ? 1 : 0,
            lead,
          ).lastInsertRowid,
        )
        courses.push({
          id,
          vruId: owner,
          moduleId: covers?.moduleId ?? null,
          version: covers?.id ?? null,
          cpd,
        })
      }
    }
  })()
  let made = 0
  let session = 0
  while (made < LIVE_ATTENDANCES) {
    sqlite.transaction(() => {
      for (let k = 0; k < 1_000 && made < LIVE_ATTENDANCES; k++) {
        const course = pick(courses)
        // two in three in person (workshops), one in three online (webinars)
        const online = random() < 1 / 3
        const startsAt = FIRST_DAY + Math.floor(random() * (span - 86_400_000))
        const ends = startsAt + 120 * 60_000
        const id = Number(
          addSession.run(
            course.id,
            online ? 'online' : 'in_person',
            online ? null : `Bench venue ${++session}`,
            online ? 'https://meet.example.test/bench' : null,
            startsAt,
            ends,
          ).lastInsertRowid,
        )
        const pool = course.vruId === null ? people : peopleOf.get(course.vruId)!
        const size = Math.min(pool.length, PER_SESSION - 10 + Math.floor(random() * 21))
        // consecutive people from a random place: no one twice at a session
        const from = Math.floor(random() * pool.length)
        for (let n = 0; n < size && made < LIVE_ATTENDANCES; n++) {
          const person = pool[(from + n) % pool.length]!
          const rated = made % 4 === 0
          addAttendance.run(
            person.id,
            course.moduleId,
            course.version,
            course.id,
            id,
            online ? 'live_online' : 'live_in_person',
            person.vruId,
            person.org,
            person.sector,
            ends,
            course.cpd,
            `LIVE-${String(made).padStart(9, '0')}`,
            rated ? 1 + (made % 3) : null,
            rated ? 3 + (made % 3) : null,
          )
          made++
        }
      }
    })()
    progress('live attendance', made, LIVE_ATTENDANCES)
  }
  step('bookings attended', () =>
    sqlite.exec(`
      insert into bookings (session_id, user_id, status, asked_at, attendance)
      select session_id, user_id, 'booked', completed_at - 14 * 86400000, 'attended'
      from completions where session_id is not null and certificate_code like 'LIVE-%'`),
  )
}

if (process.argv[1]?.endsWith('reports-dataset.ts')) await generateNationalDataset()
