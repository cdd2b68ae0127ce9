/**
 * `npm run bench:compliance` (after `npm run build`): times the demo school lead's staff
 * compliance list (/organisation, unfiltered) and its CSV over HTTP against the built app, for a
 * school of 2,000 staff (BENCH_SCALE) each assigned 6 modules that stay in date (rolling 12
 * months, 60-day renewal window), with every status present: in date, renewal due, expired,
 * never done and in progress. Requests go one at a time after a few to warm up; the median and
 * p95 are printed, nothing is asserted on time.
 */
import path from 'node:path'
import { COMPLIANCE_PAGE_ROWS, EXPIRING_FILTER } from '#app/organisations/labels.ts'
import { validUntil } from '#app/learning/validity.ts'
import { parseCsv } from '#app/utils/csv.ts'
import { londonDay } from '#app/utils/uk-dates.ts'
import { openDatabase } from '#db/client.ts'
import { type Validity } from '#db/schema.ts'
import {
  BENCH_PORT,
  prepareDatabase,
  printTimes,
  printTimesHeader,
  signIn,
  startApp,
  stop,
  timed,
} from './harness.ts'

const SCALE = Number(process.env.BENCH_SCALE ?? 1)
// at the tiny scale of `npm run bench:tiny` the school still has staff at every status
const STAFF = Math.max(10, Math.round(2000 * SCALE))
const WARM_UP = 3
const RUNS = Number(process.env.BENCH_RUNS ?? 25)
const LEAD = 'lead.school@demo.upstream.test'
// the packs' modules but the refresher (it renews the induction) and the one for Wales
const MODULES = [
  'safeguarding-induction-england',
  'aces-foundations',
  'knife-crime-exploitation',
  'mias-story',
  'to-the-edge',
  'trauma-informed-schools',
]
const VALIDITY: Validity = { kind: 'rolling', months: 12, windowDays: 60 }
const JOB_ROLES = ['Teacher', 'Teaching assistant', 'Receptionist', 'Lunchtime supervisor']
const DAY = 24 * 60 * 60 * 1000
/** What a member of staff did with a module, by (staff + module) mod 5: days ago, if done. */
const STORIES = [
  { completedDaysAgo: 100 }, // in date
  { completedDaysAgo: 330 }, // renewal due: runs out in about 35 days
  { completedDaysAgo: 400 }, // expired
  {}, // never done
  { startedDaysAgo: 10 }, // in progress, never done before
] as const
const staffName = (i: number) => `Staff member ${String(i + 1).padStart(4, '0')}`

/** The demo school grown to STAFF people, with the six modules assigned and done in turn. */
function prepareSchool(databasePath: string, now: number) {
  const { sqlite } = openDatabase(databasePath)
  const lead = sqlite
    .prepare('select id, organisation_id, vru_id, password_hash from users where email = ?')
    .get(LEAD) as { id: string; organisation_id: number; vru_id: number; password_hash: string }
  const found = MODULES.map((slug) => {
    const module = sqlite
      .prepare(
        `select m.id, v.id as version_id, v.cpd_minutes from modules m
         join module_versions v on v.module_id = m.id and v.status = 'published'
         where m.slug = ? order by v.version desc limit 1`,
      )
      .get(slug) as { id: number; version_id: number; cpd_minutes: number } | undefined
    if (!module) throw new Error(`no published module ${slug}: are the packs loaded?`)
    return module
  })
  const activeStaff = () =>
    (
      sqlite
        .prepare('select count(*) as n from users where organisation_id = ? and active = 1')
        .get(lead.organisation_id) as { n: number }
    ).n
  const added = Math.max(5, STAFF - activeStaff())

  const setValidity = sqlite.prepare('update module_versions set validity = ? where id = ?')
  const assignedAlready = sqlite.prepare(
    `select 1 from assignments where organisation_id = ? and module_id = ?
     and user_id is null and job_role is null and removed_at is null`,
  )
  const assign = sqlite.prepare(
    `insert into assignments (module_id, organisation_id, due_at, assigned_by_id, created_at, keep_in_date)
     values (?, ?, ?, ?, ?, ?)`,
  )
  const addPerson = sqlite.prepare(
    `insert into users (id, email, name, password_hash, role, vru_id, organisation_id, sector, job_role, created_at)
     values (?, ?, ?, ?, 'learner', ?, ?, 'education', ?, ?)`,
  )
  const enrol = sqlite.prepare(
    `insert into enrolments (user_id, module_id, module_version_id, vru_id, started_at, updated_at, completed_at)
     values (?, ?, ?, ?, ?, ?, ?)`,
  )
  const complete = sqlite.prepare(
    `insert into completions (user_id, module_id, module_version_id, enrolment_id, vru_id, organisation_id,
       completed_at, score, cpd_minutes, certificate_code, valid_until, renews_module_id, sector)
     values (?, ?, ?, ?, ?, ?, ?, 100, ?, ?, ?, ?, 'education')`,
  )
  // live training (the Live training section): every member of staff has a place on a session to
  // come and was on the register of one past, so its lists are full and their counts large
  const course = sqlite.prepare('select id from courses order by id limit 1').get() as
    { id: number } | undefined
  if (!course) throw new Error('no course of live training: is the demo loaded?')
  const addSession = sqlite.prepare(
    `insert into course_sessions (course_id, mode, venue, address, starts_at, duration_minutes, capacity)
     values (?, 'in_person', 'Bench hall', 'Bench Road', ?, 90, 5000)`,
  )
  const book = sqlite.prepare(
    `insert into bookings (session_id, user_id, status, asked_at, attendance) values (?, ?, 'booked', ?, ?)`,
  )
  const ATTENDANCE = ['attended', 'partial', 'absent', 'cancelled_late'] as const
  const soon = addSession.run(course.id, now + 10 * DAY).lastInsertRowid
  const past = addSession.run(course.id, now - 20 * DAY).lastInsertRowid
  sqlite.transaction(() => {
    found.forEach((module, m) => {
      setValidity.run(JSON.stringify(VALIDITY), module.version_id)
      if (assignedAlready.get(lead.organisation_id, module.id)) return
      // half are kept in date with a due date; the rest have none
      const keepInDate = m % 2 === 0
      assign.run(
        module.id,
        lead.organisation_id,
        keepInDate ? now + 28 * DAY : null,
        lead.id,
        now - 600 * DAY,
        keepInDate ? 1 : 0,
      )
    })
    for (let i = 0; i < added; i++) {
      const id = crypto.randomUUID()
      addPerson.run(
        id,
        `staff${i + 1}@bench.example.test`,
        staffName(i),
        lead.password_hash,
        lead.vru_id,
        lead.organisation_id,
        JOB_ROLES[i % JOB_ROLES.length],
        now - 700 * DAY,
      )
      book.run(soon, id, now - 30 * DAY, null)
      book.run(past, id, now - 40 * DAY, ATTENDANCE[i % ATTENDANCE.length])
      found.forEach((module, m) => {
        const story: { completedDaysAgo?: number; startedDaysAgo?: number } =
          STORIES[(i + m) % STORIES.length]!
        if (story.startedDaysAgo !== undefined) {
          const started = now - story.startedDaysAgo * DAY
          enrol.run(id, module.id, module.version_id, lead.vru_id, started, started, null)
        }
        if (story.completedDaysAgo === undefined) return
        const completed = now - story.completedDaysAgo * DAY
        const enrolment = enrol.run(
          id,
          module.id,
          module.version_id,
          lead.vru_id,
          completed - DAY,
          completed,
          completed,
        ).lastInsertRowid
        complete.run(
          id,
          module.id,
          module.version_id,
          enrolment,
          lead.vru_id,
          lead.organisation_id,
          completed,
          module.cpd_minutes,
          `BENCH-${enrolment}`,
          validUntil(londonDay(completed), VALIDITY),
          module.id,
        )
      })
    }
  })()
  const staff = activeStaff()
  sqlite.close()
  return { staff, rows: staff * MODULES.length }
}

const base = `http://localhost:${BENCH_PORT}`
const { databasePath } = await prepareDatabase(0, path.resolve('tests/.tmp/bench-compliance'))
const preparing = performance.now()
const { staff, rows } = prepareSchool(databasePath, Date.now())
console.log(
  `The demo school: ${staff} active staff × ${MODULES.length} modules = ${rows} rows` +
    ` (added in ${((performance.now() - preparing) / 1000).toFixed(1)} s)\n`,
)
const app = await startApp(databasePath)
try {
  const cookie = await signIn(base, LEAD)
  const get = async (url: string) => {
    const response = await fetch(`${base}${url}`, { headers: { Cookie: cookie } })
    const text = await response.text()
    if (!response.ok) throw new Error(`${url} answered ${response.status}`)
    return text
  }

  // the timings must be of the list itself, not of an error page or a shorter list
  const page = await get('/organisation')
  const tags: string[] = page.match(/status-tag status-tag--[a-z-]+/g) ?? []
  // a page of the list at a time (COMPLIANCE_PAGE_ROWS), saying how many rows there are in all
  const onPage = Math.min(rows, COMPLIANCE_PAGE_ROWS)
  if (!page.includes(`${rows} assigned modules`) || tags.length !== onPage) {
    throw new Error(`/organisation is not the list of ${rows} rows (${tags.length} statuses)`)
  }
  for (const status of ['in-date', 'renewal-due', 'expired', 'in-progress']) {
    if (!tags.includes(`status-tag status-tag--${status}`)) {
      throw new Error(`/organisation shows nobody ${status}`)
    }
  }
  const listed = (list: RegExp) => list.test(page)
  if (
    !listed(/Places to come(: the next \d+ of \d+| \(\d+\))/) ||
    !listed(/Attendance(: the latest \d+ of \d+| \(\d+\))/)
  ) {
    throw new Error("/organisation does not list the staff's live training")
  }
  const csvText = await get('/organisation/compliance.csv')
  const [header, ...csv] = parseCsv(csvText)
  const statusColumn = header?.indexOf('Status') ?? -1
  if (csv.length !== rows || statusColumn < 0 || !csv.some(([name]) => name === staffName(0))) {
    throw new Error(`the CSV has ${csv.length} rows, not ${rows}`)
  }
  const byStatus = new Map<string, number>()
  for (const row of csv) {
    const status = row[statusColumn]!
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1)
  }
  console.log(
    `Statuses: ${[...byStatus].map(([status, n]) => `${status} ${n}`).join(', ')}` +
      `; the page is ${Math.round(page.length / 1024)} KB, the CSV ${Math.round(csvText.length / 1024)} KB\n`,
  )

  console.log(
    `The organisation lead's compliance list, ${RUNS} requests each after ${WARM_UP} to warm up (ms):`,
  )
  printTimesHeader()
  printTimes('/organisation (page)', await timed(base, '/organisation', cookie, WARM_UP, RUNS))
  const expiring = `/organisation?status=${EXPIRING_FILTER}`
  printTimes(
    '/organisation, expired or expiring',
    await timed(base, expiring, cookie, WARM_UP, RUNS),
  )
  printTimes(
    '/organisation/compliance.csv',
    await timed(base, '/organisation/compliance.csv', cookie, WARM_UP, RUNS),
  )
} finally {
  await stop(app)
}
