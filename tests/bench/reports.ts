/**
 * `npm run bench:reports` (after `npm run build` and `npm run bench:dataset`): times each report
 * view over HTTP against the built app on the national dataset, for the largest unit's lead and
 * for an administrator's national view, and prints the median and p95 of each. Goal: 150 ms.
 * Requests go one at a time, so each figure is one page's own time, not a queue's. Custom dates
 * are counted (not read from the summary) on a worker thread; the last line shows the server
 * answering other pages while one is counted.
 */
import fs from 'node:fs'
import path from 'node:path'
import { currentFinancialYear, periodRange, ukDate } from '#app/reporting/periods.ts'
import { BENCH_PORT, signIn, startApp, stop } from './harness.ts'
import { LARGE_UNIT, NATIONAL_DATABASE } from './reports-dataset.ts'

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

const base = `http://localhost:${BENCH_PORT}`
const app = await startApp(NATIONAL_DATABASE)
try {
  const year = currentFinancialYear()
  const fy = year.kind === 'year' ? year.year : 0
  const today = ukDate(Date.now())
  const quarter = Math.floor(((today.month + 8) % 12) / 3) + 1
  const month = `${today.year}-${String(today.month).padStart(2, '0')}`
  const fyStart = new Date(periodRange(year).start + 3_600_000).toISOString().slice(0, 10)
  const todayText = `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`
  const views: [string, string][] = [
    ['financial year (page)', `/reports`],
    ['quarter (page)', `/reports?period=quarter&year=${fy}&quarter=${quarter}`],
    ['month (page)', `/reports?period=month&month=${month}`],
    ['by organisation (CSV)', `/reports/by-organisation.csv?period=year&year=${fy}`],
    ['board summary (print)', `/reports/summary?period=year&year=${fy}`],
    ['board summary (PDF)', `/reports/summary.pdf?period=year&year=${fy}`],
    ['custom dates (page)', `/reports?period=custom&from=${fyStart}&to=${todayText}`],
  ]
  const askers = [
    { label: `${LARGE_UNIT.slug} (largest unit)`, cookie: await signIn(base, LARGE_UNIT.lead) },
    { label: 'national', cookie: await signIn(base, 'admin@demo.upstream.test') },
  ]
  const timed = async (url: string, cookie: string, warmUp: number, runs: number) => {
    const times: number[] = []
    for (let i = 0; i < warmUp + runs; i++) {
      const started = performance.now()
      const response = await fetch(`${base}${url}`, { headers: { Cookie: cookie } })
      await response.arrayBuffer()
      if (!response.ok) throw new Error(`${url} answered ${response.status}`)
      if (i >= warmUp) times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    return {
      median: times[Math.floor(times.length / 2)]!,
      p95: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]!,
    }
  }
  const row = (label: string, { median, p95 }: { median: number; p95: number }, note = '') =>
    console.log(
      `  ${label.padEnd(48)} ${median.toFixed(1).padStart(7)} ${p95.toFixed(1).padStart(7)}${note}`,
    )

  console.log(`Report views, ${RUNS} requests each after ${WARM_UP} to warm up (ms):`)
  console.log(`  ${'view'.padEnd(48)} ${'median'.padStart(7)} ${'p95'.padStart(7)}`)
  for (const asker of askers) {
    for (const [label, url] of views) {
      // custom dates are counted from the completions, seconds each: a few runs are enough
      const custom = url.includes('period=custom')
      const figures = await timed(url, asker.cookie, custom ? 1 : WARM_UP, custom ? 3 : RUNS)
      const note = figures.p95 > GOAL_MS ? `  over the goal${custom ? ' (3 runs)' : ''}` : ''
      row(`${asker.label}: ${label}`, figures, note)
    }
  }

  // Custom dates are counted on a worker thread: the server keeps answering meanwhile.
  const [, national] = askers
  const customUrl = views.find(([, url]) => url.includes('period=custom'))![1]
  let counting = true
  const counted = fetch(`${base}${customUrl}`, { headers: { Cookie: national!.cookie } })
    .then((r) => r.arrayBuffer())
    .finally(() => (counting = false))
  const during: number[] = []
  while (counting) {
    const started = performance.now()
    await (await fetch(`${base}/reports`, { headers: { Cookie: askers[0]!.cookie } })).arrayBuffer()
    if (counting) during.push(performance.now() - started)
  }
  await counted
  during.sort((a, b) => a - b)
  console.log(
    `\nWhile a national custom-dates report was counted, ${during.length} London financial-year pages` +
      ` answered: median ${during[Math.floor(during.length / 2)]?.toFixed(1)} ms,` +
      ` slowest ${during.at(-1)?.toFixed(1)} ms`,
  )
} finally {
  await stop(app)
}
