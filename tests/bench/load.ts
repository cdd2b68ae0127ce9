/**
 * Load: a scripted mix of learners (signed in, each opens a lesson, sends film heartbeats and
 * answers a knowledge check, over and over), trainers (the studio) and report viewers (/reports)
 * at 50, 100 and 200 connections, BENCH_SECONDS (60) each, with the bare node + SQLite ceiling
 * measured in the same run. Prints requests/s, p50/p95/p99 and errors per step and kind.
 * CI runs it at a tiny scale (`npm run bench:tiny`) so it cannot rot; figures come from
 * `npm run bench:load` on a quiet machine.
 *
 * Each step is measured only once every connection has had its first answer (loadTogether), and
 * the step line says how long that took. Earlier this counted from the first request, and at 200
 * connections report viewers got 0 req/s and trainers 2 req/s while learners were served: the
 * server was not choosing learners. All 200 connections are opened at once; Node 20 accepts one
 * connection per event-loop turn (libuv/libuv#3696); a saturated turn takes 0.2-1 s, so they were
 * let in at 4-10 a second in the order opened, learners' 140 first. Tracing the server showed
 * /reports and /studio requests never arriving until their connections were accepted, then served
 * at the same latency as lessons; opening report viewers first starved the learners instead.
 * The load generator was not the limit (its own event loop lagged under 5 ms, about 6 % of a core).
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import type autocannon from 'autocannon'
import { and, asc, eq } from 'drizzle-orm'
import { openDatabase } from '#db/client.ts'
import { lessons, modules, moduleVersions } from '#db/schema.ts'
import {
  BENCH_PORT,
  load,
  loadTogether,
  prepareDatabase,
  printRow,
  signIn,
  startApp,
  startModule,
  stop,
  waitFor,
  type LoadResult,
} from './harness.ts'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60)
const STEPS = (process.env.BENCH_CONNECTIONS ?? '50,100,200').split(',').map(Number)
// of every 20 connections: 14 learners, 3 trainers, 3 report viewers
const share = (connections: number) => {
  const trainers = Math.max(1, Math.round(connections * 0.15))
  const reports = Math.max(1, Math.round(connections * 0.15))
  return { learners: connections - trainers - reports, trainers, reports }
}
const MAX_LEARNERS = Math.max(...STEPS.map((c) => share(c).learners))
const base = `http://localhost:${BENCH_PORT}`
// seconds before a request counts as an error. Generous, because while the connections are being
// accepted (see loadTogether) the last ones can wait tens of seconds, and a connection that times
// out reconnects at the back of the accept queue and so may never get in.
const TIMEOUT = 90
// longest wait for every connection to have had an answer before the measured window starts
const RAMP_LIMIT = 120

const { databasePath, emails } = await prepareDatabase(MAX_LEARNERS)
const app = await startApp(databasePath)
const barePort = BENCH_PORT + 1
const bare = spawn(path.resolve('node_modules/.bin/tsx'), ['tests/bench/bare-insert-server.ts'], {
  env: { ...process.env, PORT: String(barePort) },
  stdio: ['ignore', 'ignore', 'inherit'],
})

function lessonOf(slug: string, kind: 'film' | 'check') {
  const { db, sqlite } = openDatabase(databasePath)
  const row = db
    .select({ id: lessons.id, slug: lessons.slug, details: lessons.details })
    .from(lessons)
    .innerJoin(moduleVersions, eq(moduleVersions.id, lessons.moduleVersionId))
    .innerJoin(modules, eq(modules.id, moduleVersions.moduleId))
    .where(and(eq(modules.slug, slug), eq(lessons.kind, kind)))
    .orderBy(asc(lessons.position))
    .get()!
  sqlite.close()
  return row
}

try {
  const film = lessonOf('to-the-edge', 'film')
  const check = lessonOf('aces-foundations', 'check')
  // wrong answers, so the check stays open and every round is another attempt
  const { questions } = check.details as { questions: { options: { correct: boolean }[] }[] }
  const wrongAnswers = new URLSearchParams({ intent: 'check' })
  questions.forEach((q, i) =>
    wrongAnswers.set(`q${i}`, String(q.options.findIndex((o) => !o.correct))),
  )

  // Signing in is argon2 (about 100 ms of CPU by design): measured on its own, as each learner arrives.
  const started = performance.now()
  const learnerCookies: string[] = []
  for (let i = 0; i < emails.length; i += 10) {
    const batch = await Promise.all(emails.slice(i, i + 10).map((email) => signIn(base, email)))
    learnerCookies.push(...batch)
  }
  const signInSeconds = (performance.now() - started) / 1000
  for (const cookie of learnerCookies) {
    for (const slug of ['to-the-edge', 'aces-foundations']) {
      await startModule(base, cookie, slug)
    }
  }
  const trainerCookie = await signIn(base, 'trainer.merseyside@demo.upstream.test')
  const reportsCookie = await signIn(base, 'vru.merseyside@demo.upstream.test')
  await waitFor(`http://localhost:${barePort}/`).catch(() => undefined)

  const lessonUrl = `/learn/modules/aces-foundations/lessons/the-ten-categories?continue=1`
  const checkUrl = `/learn/modules/aces-foundations/lessons/${check.slug}`
  type LearnerContext = { cookie?: string; position?: number }
  const learnerLoad = (connections: number): autocannon.Options => {
    let next = 0
    const withCookie = (context: LearnerContext) =>
      (context.cookie ??= learnerCookies[next++ % learnerCookies.length]!)
    const heartbeat = {
      method: 'POST' as const,
      path: '/api/film-progress',
      setupRequest: (request: object, context: LearnerContext) => {
        context.position = (context.position ?? 0) + 15
        return {
          ...request,
          headers: { Cookie: withCookie(context), 'Content-Type': 'application/json' },
          body: JSON.stringify({
            lessonId: film.id,
            position: context.position,
            watchedSeconds: 15,
          }),
        }
      },
    }
    return {
      url: base,
      connections,
      timeout: TIMEOUT,
      requests: [
        {
          method: 'GET',
          path: lessonUrl,
          setupRequest: (request, context: LearnerContext) => ({
            ...request,
            headers: { Cookie: withCookie(context) },
          }),
        },
        heartbeat,
        heartbeat,
        heartbeat,
        heartbeat,
        {
          method: 'POST',
          path: checkUrl,
          setupRequest: (request, context: LearnerContext) => ({
            ...request,
            headers: {
              Cookie: withCookie(context),
              Origin: base,
              'Content-Type': 'application/x-www-form-urlencoded',
            },
            body: wrongAnswers.toString(),
          }),
        },
      ],
    }
  }
  const pageLoad = (url: string, cookie: string, connections: number): autocannon.Options => ({
    url: `${base}${url}`,
    connections,
    timeout: TIMEOUT,
    headers: { Cookie: cookie },
  })
  const mix = async (connections: number, duration: number) => {
    const { learners, trainers, reports } = share(connections)
    const { results, rampSeconds, unserved } = await loadTogether(
      [
        learnerLoad(learners),
        pageLoad('/studio', trainerCookie, trainers),
        pageLoad('/reports', reportsCookie, reports),
      ],
      duration,
      RAMP_LIMIT,
    )
    const [l, t, r] = results
    return {
      learners: l!,
      trainers: t!,
      reports: r!,
      shares: { learners, trainers, reports },
      rampSeconds,
      unserved,
    }
  }
  const total = (results: LoadResult[]): LoadResult => ({
    requestsPerSecond: results.reduce((s, r) => s + r.requestsPerSecond, 0),
    p50: Math.max(...results.map((r) => r.p50)),
    p95: Math.max(...results.map((r) => r.p95)),
    p99: Math.max(...results.map((r) => r.p99)),
    non2xx: results.reduce((s, r) => s + r.non2xx, 0),
    errors: results.reduce((s, r) => s + r.errors, 0),
    total: results.reduce((s, r) => s + r.total, 0),
  })

  const bareLoad = (duration: number) =>
    load({
      url: `http://localhost:${barePort}/`,
      connections: 50,
      duration,
      method: 'POST',
      body: '{"position":1}',
    })

  console.log('Warming up (5 s)…')
  await bareLoad(5)
  await mix(50, 5)
  const ceiling = await bareLoad(Math.min(SECONDS, 10))

  console.log(`\nLoad: learners, trainers and report viewers together, ${SECONDS} s a step`)
  console.log(
    `sign-in: ${emails.length} learners in ${signInSeconds.toFixed(1)} s (${Math.round(emails.length / signInSeconds)} a second, 10 at a time)`,
  )
  printRow('ceiling: bare node:http + SQLite INSERT, 50 conn', ceiling)
  for (const connections of STEPS) {
    const step = await mix(connections, SECONDS)
    const { learners, trainers, reports } = step.shares
    const [rl, rt, rr] = step.rampSeconds.map((s) =>
      Number.isNaN(s) ? 'not all' : `${s.toFixed(1)} s`,
    )
    console.log(
      `\n${connections} connections (every one answered at least once after: learners ${rl}, trainers ${rt}, report viewers ${rr}${step.unserved ? `; ${step.unserved} never answered in ${RAMP_LIMIT} s` : ''}; measured after that)`,
    )
    printRow(`learners (${learners}): lesson, 4 heartbeats, check`, step.learners)
    printRow(`trainers (${trainers}): studio`, step.trainers)
    printRow(`report viewers (${reports}): /reports`, step.reports)
    printRow(
      'all together (latency: the worst of the three)',
      total([step.learners, step.trainers, step.reports]),
    )
  }
} finally {
  bare.kill('SIGTERM')
  await stop(app)
}
