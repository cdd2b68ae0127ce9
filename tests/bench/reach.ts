/**
 * `npm run bench:reach` (after `npm run build` and `npm run bench:dataset`): the reach of the
 * classroom packs on the report page and in its CSVs, timed over HTTP against the built app for
 * the largest unit's lead and an administrator's national view. Goal: p95 within 150 ms.
 *
 * The national dataset is brought to today's schema and topped up to 300,000 deliveries (times
 * BENCH_SCALE) over the units' schools, both packs, every year group and the current and last
 * financial year. Only what is missing is added, and the same deliveries each time: delivery n is
 * drawn from a generator seeded with n.
 */
import fs from 'node:fs'
import path from 'node:path'
import { currentFinancialYear, periodRange } from '#app/reporting/periods.ts'
import { londonDay, ukDate } from '#app/utils/uk-dates.ts'
import { migrateDatabase, openDatabase } from '#db/client.ts'
import {
  BENCH_PORT,
  printTimes,
  printTimesHeader,
  signIn,
  startApp,
  stop,
  timed,
} from './harness.ts'
import { LARGE_UNIT, NATIONAL_DATABASE, setValidityEverywhere } from './reports-dataset.ts'

const WARM_UP = 3
const RUNS = Number(process.env.BENCH_RUNS ?? 25)
const GOAL_MS = 150
const SCALE = Number(process.env.BENCH_SCALE ?? 1)
const DELIVERIES = Math.round(300_000 * SCALE)
/** Marks the deliveries made here, so a second run counts them and adds only what is missing. */
const MARK = '["bench"]'
const SCHOOL_TYPES = ['primary', 'secondary', 'special', 'alternative_provision', 'college']
const SETTINGS = ['class', 'class', 'class', 'assembly', 'small_group', 'alternative_provision']

if (!fs.existsSync(NATIONAL_DATABASE)) {
  console.error('No national dataset: run `npm run bench:dataset` first.')
  process.exit(1)
}
if (!fs.existsSync(path.resolve('build/index.js'))) {
  console.error('No build: run `npm run build` first.')
  process.exit(1)
}

// mulberry32 seeded by the delivery's number: delivery n is the same whichever run adds it
function generator(n: number) {
  let seed = (20_261_204 ^ Math.imul(n, 0x9e3779b1)) | 0
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** Adds the deliveries missing from DELIVERIES; returns how many there were and were added. */
function topUp() {
  const { db, sqlite } = openDatabase(NATIONAL_DATABASE)
  migrateDatabase(db)
  if (!sqlite.prepare('select 1 from completions where valid_until is not null').get()) {
    setValidityEverywhere(sqlite)
  }
  const had = sqlite
    .prepare<[string], { n: number }>(
      'select count(*) as n from classroom_deliveries where lessons = ?',
    )
    .get(MARK)!.n
  if (had >= DELIVERIES) {
    sqlite.close()
    return { had, added: 0 }
  }
  const packs = sqlite
    .prepare<[], { moduleId: number; versionId: number }>(
      `select m.id as moduleId, max(v.id) as versionId from modules m
       join module_versions v on v.module_id = m.id
       where m.slug in ('to-the-edge', 'mias-story') group by m.id order by m.slug`,
    )
    .all()
  // a school and one of its staff, who taught there
  const schools = sqlite
    .prepare<
      [],
      { id: number; vruId: number; type: string; areaId: number | null; teacher: string }
    >(
      `select o.id, o.vru_id as vruId, o.type, o.area_id as areaId,
         (select u.id from users u where u.organisation_id = o.id limit 1) as teacher
       from organisations o
       where o.type in (${SCHOOL_TYPES.map((t) => `'${t}'`).join(', ')}) order by o.id`,
    )
    .all()
    .filter((s) => s.teacher !== null)
  const fy = (currentFinancialYear() as { year: number }).year
  const first = periodRange({ kind: 'year', year: fy - 1 }).start
  const days = Math.floor((Date.now() - first) / 86_400_000)
  const insert = sqlite.prepare(`
    insert into classroom_deliveries (teacher_id, vru_id, organisation_id, organisation_type,
      area_id, module_id, module_version_id, delivered_on, lessons, year_group, pupils, setting,
      co_delivered_with, concern_passed_on, updated_at)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const now = Date.now()
  sqlite.transaction(() => {
    for (let n = had; n < DELIVERIES; n++) {
      const random = generator(n)
      const school = schools[Math.floor(random() * schools.length)]!
      const pack = packs[Math.floor(random() * packs.length)]!
      const on = londonDay(first + Math.floor(random() * days) * 86_400_000 + 43_200_000)
      const assembly = random() < 0.1
      insert.run(
        school.teacher,
        school.vruId,
        school.id,
        school.type,
        school.areaId,
        pack.moduleId,
        pack.versionId,
        on,
        MARK,
        1 + Math.floor(random() * 13),
        assembly ? 60 + Math.floor(random() * 240) : 5 + Math.floor(random() * 28),
        SETTINGS[Math.floor(random() * SETTINGS.length)]!,
        random() < 0.3 ? 'colleague' : null,
        random() < 0.05 ? 1 : 0,
        now,
      )
    }
  })()
  sqlite.close()
  return { had, added: DELIVERIES - had }
}

const started = performance.now()
const { had, added } = topUp()
console.log(
  `Deliveries: ${had.toLocaleString('en-GB')} there, ${added.toLocaleString('en-GB')} added in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
)
// what setup does for a database from before a summary existed (evaluation by month)
process.env.DATABASE_PATH = NATIONAL_DATABASE
const { fillEvaluationSpans } = await import('#app/reporting/disclosure.server.ts')
fillEvaluationSpans()

const { sqlite: benchDatabase } = await import('#app/db.server.ts')
// an organisation changed: reach is then counted again in full, as after a restart
const organisationsChanged = benchDatabase.prepare(
  `update change_counts set count = count + 1 where name = 'organisations'`,
)
// a teacher logging a lesson today, at a school of the unit (any unit's nationally), marked so the
// bench takes them away again
const LOGGED = '["bench-logged"]'
const aSchool = benchDatabase.prepare<{ slug: string | null }, Record<string, unknown>>(
  `select d.teacher_id, d.vru_id, d.organisation_id, d.organisation_type, d.area_id, d.module_id,
     d.module_version_id
   from classroom_deliveries d join vrus v on v.id = d.vru_id
   where (:slug is null or v.slug = :slug) limit 1`,
)
/** A teacher correcting the number of pupils of one of the unit's lessons (any unit's nationally). */
const aLesson = benchDatabase.prepare<{ slug: string | null }, { id: number }>(
  `select d.id from classroom_deliveries d join vrus v on v.id = d.vru_id
   where (:slug is null or v.slug = :slug) order by d.id desc limit 1`,
)
const editOne = (slug: string | null) =>
  benchDatabase
    .prepare('update classroom_deliveries set pupils = 1 + pupils % 30 where id = ?')
    .run(aLesson.get({ slug })!.id)
const logOne = (slug: string | null) => {
  const d = aSchool.get({ slug })!
  benchDatabase
    .prepare(
      `insert into classroom_deliveries (teacher_id, vru_id, organisation_id, organisation_type,
         area_id, module_id, module_version_id, delivered_on, lessons, year_group, pupils, setting,
         concern_passed_on, updated_at)
       values (:teacher_id, :vru_id, :organisation_id, :organisation_type, :area_id, :module_id,
         :module_version_id, :day, :lessons, 9, 28, 'class', 0, :now)`,
    )
    .run({ ...d, day: londonDay(), lessons: LOGGED, now: Date.now() })
}

const base = `http://localhost:${BENCH_PORT}`
const app = await startApp(NATIONAL_DATABASE)
try {
  const year = currentFinancialYear()
  const fy = year.kind === 'year' ? year.year : 0
  const today = ukDate(Date.now())
  const quarter = Math.floor(((today.month + 8) % 12) / 3) + 1
  const csv = (table: string) => `/reports/${table}.csv?period=year&year=${fy}`
  const views: [string, string][] = [
    ['financial year (page)', '/reports'],
    ['last financial year (page)', `/reports?period=year&year=${fy - 1}`],
    ['quarter (page)', `/reports?period=quarter&year=${fy}&quarter=${quarter}`],
    ['reach headline (CSV)', csv('reach-headline')],
    ['reach by pack (CSV)', csv('reach-by-pack')],
    ['reach by organisation type (CSV)', csv('reach-by-organisation-type')],
    ['reach by month (CSV)', csv('reach-by-month')],
    ['reach share of schools (CSV)', csv('reach-share')],
    ['schools not yet using a pack (CSV)', csv('reach-not-yet-used')],
    ['board summary (print)', `/reports/summary?period=year&year=${fy}`],
  ]
  const askers = [
    {
      label: `${LARGE_UNIT.slug} (largest unit)`,
      slug: LARGE_UNIT.slug,
      cookie: await signIn(base, LARGE_UNIT.lead),
    },
    { label: 'national', slug: null, cookie: await signIn(base, 'admin@demo.upstream.test') },
  ]
  console.log(`Reach, ${RUNS} requests each after ${WARM_UP} to warm up (ms):`)
  printTimesHeader()
  for (const asker of askers) {
    for (const [label, url] of views) {
      const figures = await timed(base, url, asker.cookie, WARM_UP, RUNS)
      printTimes(
        `${asker.label}: ${label}`,
        figures,
        figures.p95 > GOAL_MS ? '  over the goal' : '',
      )
    }
    // a lesson logged since the last view: the page and a CSV add it to what they had counted
    for (const [label, url] of [
      ['financial year (page)', '/reports'],
      ['reach by pack (CSV)', csv('reach-by-pack')],
    ]) {
      const logged = await timed(
        base,
        () => {
          logOne(asker.slug)
          return url!
        },
        asker.cookie,
        WARM_UP,
        RUNS,
      )
      printTimes(
        `${asker.label}: ${label}, a lesson logged before each`,
        logged,
        logged.p95 > GOAL_MS ? '  over the goal' : '',
      )
    }
    // a lesson corrected since the last view: the change is applied to what was counted
    for (const [label, url] of [
      ['financial year (page)', '/reports'],
      ['reach by pack (CSV)', csv('reach-by-pack')],
    ]) {
      const edited = await timed(
        base,
        () => {
          editOne(asker.slug)
          return url!
        },
        asker.cookie,
        WARM_UP,
        RUNS,
      )
      printTimes(
        `${asker.label}: ${label}, a lesson corrected before each`,
        edited,
        edited.p95 > GOAL_MS ? '  over the goal' : '',
      )
    }
    // an organisation changed since the last view: the year's deliveries are counted again
    for (const [label, url] of [
      ['reach by pack (CSV)', csv('reach-by-pack')],
      ['schools not yet using a pack (CSV)', csv('reach-not-yet-used')],
    ]) {
      const afresh = await timed(
        base,
        () => {
          organisationsChanged.run()
          return url!
        },
        asker.cookie,
        WARM_UP,
        RUNS,
      )
      printTimes(
        `${asker.label}: ${label}, after an organisation changed (counted in full)`,
        afresh,
        afresh.p95 > GOAL_MS ? '  over the goal' : '',
      )
    }
  }
} finally {
  await stop(app)
  benchDatabase.prepare('delete from classroom_deliveries where lessons = ?').run(LOGGED)
}
