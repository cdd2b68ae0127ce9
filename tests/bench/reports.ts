/**
 * `npm run bench:reports` (after `npm run build` and `npm run bench:dataset`): times each report
 * view over HTTP against the built app on the national dataset, for the largest unit's lead and
 * for an administrator's national view, and prints the median and p95 of each. Goal: 150 ms.
 * Requests go one at a time, so each figure is one page's own time, not a queue's. Custom dates
 * are counted (not read from the summary) from a copy of the completions held on a worker thread:
 * the bench waits for the copy to be read in, and prints how long that took and the memory the
 * server then holds. Figures once counted are remembered until the data changes, so custom dates
 * are also timed over a new range each request. The last line shows the server answering other
 * pages during national custom counts.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { currentFinancialYear, periodRange } from '#app/reporting/periods.ts'
import { ukDate } from '#app/utils/uk-dates.ts'
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

if (!fs.existsSync(NATIONAL_DATABASE)) {
  console.error('No national dataset: run `npm run bench:dataset` first.')
  process.exit(1)
}
if (!fs.existsSync(path.resolve('build/index.js'))) {
  console.error('No build: run `npm run build` first.')
  process.exit(1)
}

/** Resident memory of a process and its children (the server runs under tsx), in MB. */
function memoryOf(pid: number) {
  const processes = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number])
  const tree = new Set([pid])
  for (let grew = true; grew;) {
    grew = false
    for (const [child, parent] of processes) {
      if (tree.has(parent) && !tree.has(child)) grew = tree.add(child).size > 0
    }
  }
  const kb = processes.filter(([p]) => tree.has(p)).reduce((sum, [, , rss]) => sum + rss, 0)
  return Math.round(kb / 1024)
}

// a dataset made by an older version is brought to today's schema first
const dataset = openDatabase(NATIONAL_DATABASE)
migrateDatabase(dataset.db)
if (!dataset.sqlite.prepare('select 1 from completions where valid_until is not null').get()) {
  setValidityEverywhere(dataset.sqlite)
}
dataset.sqlite.close()
// what setup does for a database from before a summary existed (evaluation by month)
process.env.DATABASE_PATH = NATIONAL_DATABASE
const { fillEvaluationSpans } = await import('#app/reporting/disclosure.server.ts')
fillEvaluationSpans()
const { sqlite: benchDatabase } = await import('#app/db.server.ts')
// the in-date figure is remembered until anyone's standing changes: this says one has
const standingChanged = benchDatabase.prepare(
  "update change_counts set count = count + 1 where name = 'staff_in_date'",
)

const base = `http://localhost:${BENCH_PORT}`
const app = await startApp(NATIONAL_DATABASE)
try {
  const year = currentFinancialYear()
  const fy = year.kind === 'year' ? year.year : 0
  const today = ukDate(Date.now())
  const quarter = Math.floor(((today.month + 8) % 12) / 3) + 1
  const month = `${today.year}-${String(today.month).padStart(2, '0')}`
  const fyStart = new Date(periodRange(year).start + 3_600_000).toISOString().slice(0, 10)
  const views: [string, string][] = [
    ['financial year (page)', `/reports`],
    ['quarter (page)', `/reports?period=quarter&year=${fy}&quarter=${quarter}`],
    ['month (page)', `/reports?period=month&month=${month}`],
    ['by organisation (CSV)', `/reports/by-organisation.csv?period=year&year=${fy}`],
    // live training (issue 18): how people were trained, and by live course
    ['by how trained (CSV)', `/reports/by-delivery.csv?period=year&year=${fy}`],
    ['by live course (CSV)', `/reports/by-course.csv?period=year&year=${fy}`],
    // staff in date today on required training: validity is set on every module (the dataset)
    ['staff in date (CSV)', `/reports/in-date-by-organisation-type.csv?period=year&year=${fy}`],
    ['board summary (print)', `/reports/summary?period=year&year=${fy}`],
    ['board summary (PDF)', `/reports/summary.pdf?period=year&year=${fy}`],
    // custom ranges are whole months (decision 010): the year's first to this one
    ['custom dates (page)', `/reports?period=custom&from=${fyStart.slice(0, 7)}&to=${month}`],
  ]
  // nine months ending i + 1 months before this one: as long as the view above, never the same
  const newRange = (i: number) => {
    const at = (back: number) => {
      const months = today.year * 12 + today.month - 1 - back
      return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`
    }
    return `/reports?period=custom&from=${at(i + 9)}&to=${at(i + 1)}`
  }
  const askers = [
    { label: `${LARGE_UNIT.slug} (largest unit)`, cookie: await signIn(base, LARGE_UNIT.lead) },
    { label: 'national', cookie: await signIn(base, 'admin@demo.upstream.test') },
  ]
  // opening the reports starts the worker reading its copy in; a custom page waits for it
  const memoryBefore = memoryOf(app.pid!)
  const reading = performance.now()
  await (await fetch(`${base}/reports`, { headers: { Cookie: askers[1]!.cookie } })).arrayBuffer()
  const customUrl = views.find(([, url]) => url.includes('period=custom'))![1]
  await (
    await fetch(`${base}${customUrl}`, { headers: { Cookie: askers[1]!.cookie } })
  ).arrayBuffer()
  console.log(
    `Custom dates: the worker read every completion in within ${((performance.now() - reading) / 1000).toFixed(1)} s;` +
      ` the server's memory went from ${memoryBefore} to ${memoryOf(app.pid!)} MB\n`,
  )

  console.log(`Report views, ${RUNS} requests each after ${WARM_UP} to warm up (ms):`)
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
    // figures counted once are remembered until the data changes: these are counted afresh
    const figures = await timed(base, newRange, asker.cookie, 0, RUNS)
    printTimes(`${asker.label}: custom dates, a new range each time`, figures)
    // the in-date figure on its own (its CSV), and the page, each counting it again
    for (const [label, url] of [
      ['staff in date (CSV)', `/reports/in-date-by-organisation-type.csv?period=year&year=${fy}`],
      ['financial year (page)', '/reports'],
    ]) {
      const afresh = await timed(
        base,
        () => {
          standingChanged.run()
          return url!
        },
        asker.cookie,
        WARM_UP,
        RUNS,
      )
      printTimes(
        `${asker.label}: ${label}, staff in date counted afresh`,
        afresh,
        afresh.p95 > GOAL_MS ? '  over the goal' : '',
      )
    }
  }

  // Custom dates are counted on a worker thread: the server keeps answering meanwhile.
  const [, national] = askers
  let counting = true
  const counted = (async () => {
    for (let i = 0; i < RUNS; i++) {
      await (
        await fetch(`${base}${newRange(RUNS + i)}`, { headers: { Cookie: national!.cookie } })
      ).arrayBuffer()
    }
  })().finally(() => (counting = false))
  const during: number[] = []
  while (counting) {
    const started = performance.now()
    await (await fetch(`${base}/reports`, { headers: { Cookie: askers[0]!.cookie } })).arrayBuffer()
    if (counting) during.push(performance.now() - started)
  }
  await counted
  during.sort((a, b) => a - b)
  console.log(
    `\nWhile ${RUNS} national custom-dates reports were counted one after another, ${during.length} London financial-year pages` +
      ` answered: median ${during[Math.floor(during.length / 2)]?.toFixed(1)} ms,` +
      ` slowest ${during.at(-1)?.toFixed(1)} ms`,
  )
} finally {
  await stop(app)
}
