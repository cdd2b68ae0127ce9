/**
 * Shared by the benchmarks: a fresh database with demo data and packs, the built app started on
 * it as its own process, signed-in learners, and autocannon with an exact latency histogram.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import autocannon from 'autocannon'
import { eq } from 'drizzle-orm'
import * as hdr from 'hdr-histogram-js'
import { migrateDatabase, openDatabase } from '#db/client.ts'
import { organisations, users } from '#db/schema.ts'

export const BENCH_DIR = path.resolve('tests/.tmp/bench')
export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3300)

export function run(command: string, args: string[], env: Record<string, string>) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`)),
    )
  })
}

export async function waitFor(url: string, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}

/** A fresh database (in tests/.tmp/bench unless told) with demo data, packs and extra learners. */
export async function prepareDatabase(learners: number, dir = BENCH_DIR) {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  const databasePath = path.join(dir, 'upstream.db')
  await run(path.resolve('node_modules/.bin/tsx'), ['app/cli/setup.ts'], {
    DATABASE_PATH: databasePath,
    MAIL_OUTBOX: path.join(dir, 'outbox'),
  })
  const { db, sqlite } = openDatabase(databasePath)
  migrateDatabase(db)
  const teacher = db
    .select()
    .from(users)
    .where(eq(users.email, 'teacher.merseyside@demo.upstream.test'))
    .get()!
  const school = db
    .select()
    .from(organisations)
    .where(eq(organisations.id, teacher.organisationId!))
    .get()!
  const emails: string[] = []
  for (let i = 0; i < learners; i++) {
    const email = `bench.learner${i}@example.test`
    emails.push(email)
    db.insert(users)
      .values({
        id: crypto.randomUUID(),
        email,
        name: `Bench learner ${i}`,
        passwordHash: teacher.passwordHash,
        role: 'learner',
        vruId: school.vruId,
        organisationId: school.id,
        sector: 'education',
        jobRole: 'Teacher',
      })
      .run()
  }
  sqlite.close()
  return { databasePath, emails }
}

export async function startApp(databasePath: string, port = BENCH_PORT): Promise<ChildProcess> {
  const child = spawn(path.resolve('node_modules/.bin/tsx'), ['server.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_PATH: databasePath,
      MAIL_OUTBOX: path.join(BENCH_DIR, 'outbox'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  await waitFor(`http://localhost:${port}/healthz`)
  return child
}

export async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return
  child.kill('SIGTERM')
  await new Promise((r) => child.once('exit', r))
}

/** Signs in through the form, as a browser would; returns the session cookie pair. */
export async function signIn(base: string, email: string) {
  const response = await fetch(`${base}/login`, {
    method: 'POST',
    headers: { Origin: base, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password: 'upstream-demo-2026' }),
    redirect: 'manual',
  })
  const cookie = response.headers.get('set-cookie')?.split(';')[0]
  if (!cookie) throw new Error(`could not sign in ${email}: ${response.status}`)
  return cookie
}

/**
 * Starts a module for a signed-in learner as the page's buttons do (a form POST), skipping the
 * before-rating, so its lesson pages answer 200 rather than redirecting; refuses anything else.
 */
export async function startModule(base: string, cookie: string, slug: string) {
  for (const [path, body] of [
    [`/learn/modules/${slug}`, ''],
    [`/learn/modules/${slug}/evaluation/pre`, 'intent=skip'],
  ] as const) {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: {
        Cookie: cookie,
        Origin: base,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body,
      redirect: 'manual',
    })
    if (response.status !== 302) throw new Error(`POST ${path} answered ${response.status}`)
  }
}

/** A measured run that was answered with errors measured the errors, not the page: say so. */
export function requireAllAnswered(label: string, r: LoadResult) {
  if (r.non2xx > 0 || r.errors > 0)
    throw new Error(`${label}: ${r.non2xx} non-2xx answers and ${r.errors} errors in the run`)
}

export type LoadResult = {
  requestsPerSecond: number
  p50: number
  p95: number
  p99: number
  non2xx: number
  errors: number
  total: number
}

const latencyHistogram = () =>
  hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 10_000,
    numberOfSignificantValueDigits: 3,
  })

/** autocannon with our own latency histogram, so p95 is exact rather than interpolated. */
export async function load(options: autocannon.Options): Promise<LoadResult> {
  const latencies = latencyHistogram()
  // `histograms` is autocannon's own option, missing from its types
  const withHistogram: autocannon.Options & { histograms: { latencies: hdr.Histogram } } = {
    ...options,
    histograms: { latencies },
  }
  const result = await autocannon(withHistogram)
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: latencies.getValueAtPercentile(50),
    p95: latencies.getValueAtPercentile(95),
    p99: latencies.getValueAtPercentile(99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    total: result.requests.total,
  }
}

export function printRow(label: string, r: LoadResult) {
  console.log(
    `${label.padEnd(44)} ${String(r.requestsPerSecond).padStart(7)} req/s   p50 ${String(r.p50).padStart(4)} ms   p95 ${String(r.p95).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   non-2xx ${r.non2xx}   errors ${r.errors}`,
  )
}

export type SteadyLoad = {
  results: LoadResult[]
  /** per run, seconds from opening its connections until every one of them had an answer */
  rampSeconds: number[]
  /** connections still without an answer when the ramp limit ended the wait (0 normally) */
  unserved: number
}

/**
 * Several autocannon runs against one server at once (one per kind of user), measured for
 * `seconds` only from the moment every connection of every run has had its first answer.
 *
 * Why not from the first request: autocannon opens all its connections at once, and Node 20's
 * libuv accepts one connection per event-loop turn (libuv/libuv#3696, nodejs/node#57364). A
 * saturated server's turn takes 0.2-1 s (it serves every ready socket in it), so connections
 * reach the server a few a second, in the order they were opened: learners' first, report
 * viewers' last. Counting from the start measured that queue (a report viewer waiting 20 s to be
 * accepted), not the service. The queue is real for someone arriving during overload, so its
 * length is returned too (rampSeconds) rather than hidden.
 */
export async function loadTogether(
  runs: autocannon.Options[],
  seconds: number,
  rampLimitSeconds = 120,
): Promise<SteadyLoad> {
  const started = performance.now()
  let measuring = false
  let windowStart = 0
  let windowEnd = 0
  let stopTimer: NodeJS.Timeout | undefined
  const states = runs.map((options) => ({
    connections: options.connections ?? 10,
    served: new Set<autocannon.Client>(),
    rampSeconds: Number.NaN,
    latencies: latencyHistogram(),
    count: 0,
    non2xx: 0,
    errors: 0,
  }))
  const instances: autocannon.Instance[] = []
  const stopAll = () => {
    windowEnd = performance.now()
    measuring = false
    instances.forEach((instance) => instance.stop())
  }
  const startWindow = () => {
    if (measuring || windowStart) return
    measuring = true
    windowStart = performance.now()
    stopTimer = setTimeout(stopAll, seconds * 1000)
  }
  const rampTimer = setTimeout(startWindow, rampLimitSeconds * 1000)
  const finished = runs.map(
    (options, i) =>
      new Promise<void>((resolve, reject) => {
        const state = states[i]!
        const instance = autocannon(
          // runs until stopAll; the duration is only a backstop
          { ...options, duration: rampLimitSeconds + seconds + 30 },
          (error) => (error ? reject(error) : resolve()),
        )
        instances.push(instance)
        instance.on('response', (client, statusCode, _bytes, responseTime) => {
          if (measuring) {
            state.latencies.recordValue(responseTime)
            state.count++
            if (statusCode < 200 || statusCode >= 300) state.non2xx++
          } else if (!windowStart) {
            state.served.add(client)
            if (state.served.size >= state.connections && Number.isNaN(state.rampSeconds)) {
              state.rampSeconds = (performance.now() - started) / 1000
              if (states.every((s) => !Number.isNaN(s.rampSeconds))) startWindow()
            }
          }
        })
        instance.on('reqError', () => {
          if (measuring) state.errors++
        })
      }),
  )
  try {
    await Promise.all(finished)
  } finally {
    clearTimeout(rampTimer)
    clearTimeout(stopTimer)
  }
  const measured = ((windowEnd || performance.now()) - windowStart) / 1000
  return {
    results: states.map((s) => ({
      requestsPerSecond: Math.round(s.count / measured),
      p50: s.latencies.getValueAtPercentile(50),
      p95: s.latencies.getValueAtPercentile(95),
      p99: s.latencies.getValueAtPercentile(99),
      non2xx: s.non2xx,
      errors: s.errors,
      total: s.count,
    })),
    rampSeconds: states.map((s) => s.rampSeconds),
    unserved: states.reduce((n, s) => n + s.connections - s.served.size, 0),
  }
}

export type Times = { median: number; p95: number; runs: number }

/**
 * Times a page one request at a time after `warmUp` unmeasured ones, so each figure is one
 * page's own time, not a queue's. `url` may give a different address each request.
 */
export async function timed(
  base: string,
  url: string | ((i: number) => string),
  cookie: string,
  warmUp: number,
  runs: number,
): Promise<Times> {
  const times: number[] = []
  for (let i = 0; i < warmUp + runs; i++) {
    const started = performance.now()
    const asked = typeof url === 'string' ? url : url(i)
    const response = await fetch(`${base}${asked}`, { headers: { Cookie: cookie } })
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`${asked} answered ${response.status}`)
    if (i >= warmUp) times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return {
    median: times[Math.floor(times.length / 2)]!,
    p95: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]!,
    runs,
  }
}

export function printTimesHeader() {
  console.log(
    `  ${'view'.padEnd(48)} ${'median'.padStart(7)} ${'p95'.padStart(7)} ${'runs'.padStart(5)}`,
  )
}

export function printTimes(label: string, { median, p95, runs }: Times, note = '') {
  console.log(
    `  ${label.padEnd(48)} ${median.toFixed(1).padStart(7)} ${p95.toFixed(1).padStart(7)} ${String(runs).padStart(5)}${note}`,
  )
}
