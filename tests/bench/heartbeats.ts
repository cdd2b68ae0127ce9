/**
 * Film progress heartbeats: writes/s sustained for 30 s against the app's lean endpoint, beside a
 * bare node:http + better-sqlite3 INSERT server in the same run, and the ratio (goal ≥ 50 %).
 * Then a count check: every acknowledged heartbeat is in the database.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { eq, sum } from 'drizzle-orm'
import { openDatabase } from '#db/client.ts'
import { lessonProgress, lessons } from '#db/schema.ts'
import {
  BENCH_PORT,
  load,
  prepareDatabase,
  printRow,
  requireAllAnswered,
  signIn,
  startApp,
  startModule,
  stop,
  waitFor,
} from './harness.ts'

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30)
const base = `http://localhost:${BENCH_PORT}`
const { databasePath, emails } = await prepareDatabase(CONNECTIONS)
const app = await startApp(databasePath)
const barePort = BENCH_PORT + 1
const bare = spawn(path.resolve('node_modules/.bin/tsx'), ['tests/bench/bare-insert-server.ts'], {
  env: { ...process.env, PORT: String(barePort) },
  stdio: ['ignore', 'ignore', 'inherit'],
})
try {
  // each connection is its own learner, part-way through the film lesson
  const cookies: string[] = []
  for (const email of emails) {
    const cookie = await signIn(base, email)
    await startModule(base, cookie, 'to-the-edge')
    cookies.push(cookie)
  }
  const { db, sqlite } = openDatabase(databasePath)
  const film = db.select().from(lessons).where(eq(lessons.kind, 'film')).get()!
  await waitFor(`http://localhost:${barePort}/`).catch(() => undefined)

  let acknowledged = 0
  const beat = (position: number) =>
    JSON.stringify({ lessonId: film.id, position, watchedSeconds: 1 })
  const storedHeartbeats = () =>
    Number(
      db
        .select({ n: sum(lessonProgress.heartbeats) })
        .from(lessonProgress)
        .get()?.n ?? 0,
    )
  // The same client for both servers (a body per request, one learner's cookie a connection),
  // so the load generator, which shares the machine, costs both the same.
  const heartbeatLoad = (url: string, seconds: number, count: boolean) => {
    let nextClient = 0
    return load({
      url,
      connections: CONNECTIONS,
      duration: seconds,
      method: 'POST',
      requests: [
        {
          // each request moves the learner on, as a playing film does
          setupRequest: (request, context: { position?: number }) => {
            context.position = (context.position ?? 0) + 1
            return { ...request, body: beat(context.position) }
          },
          onResponse: (status) => {
            if (count && status === 200) acknowledged++
          },
        },
      ],
      // one learner a connection
      setupClient: (client) =>
        client.setHeaders({
          'Content-Type': 'application/json',
          Cookie: cookies[nextClient++ % cookies.length]!,
        }),
    })
  }

  const warmUp = Math.min(5, SECONDS)
  console.log(`Warming up (${warmUp} s each)…`)
  const bareUrl = `http://localhost:${barePort}/`
  const appUrl = `${base}/api/film-progress`
  await heartbeatLoad(bareUrl, warmUp, false)
  await heartbeatLoad(appUrl, warmUp, false)
  const bareResult = await heartbeatLoad(bareUrl, SECONDS, false)
  const storedBefore = storedHeartbeats()
  const appResult = await heartbeatLoad(appUrl, SECONDS, true)
  const storedTotal = storedHeartbeats() - storedBefore

  console.log(`\nFilm progress heartbeats, ${CONNECTIONS} connections, ${SECONDS} s each, same run`)
  printRow('bare node:http + better-sqlite3 INSERT', bareResult)
  printRow('Upstream /api/film-progress (session + zod)', appResult)
  requireAllAnswered('film progress', appResult)
  console.log(
    `ratio: ${Math.round((appResult.requestsPerSecond / bareResult.requestsPerSecond) * 100)} % of the bare server's writes/s (goal ≥ 50 %)`,
  )

  // a request still in flight when the run stopped may be stored without being counted as acknowledged
  const lost = acknowledged - Math.min(acknowledged, storedTotal)
  console.log(
    `count check: ${acknowledged} heartbeats acknowledged in the measured run, ${storedTotal} stored (${storedTotal - acknowledged} were in flight at the end): ${lost === 0 ? 'every acknowledged heartbeat is stored' : `${lost} LOST`}`,
  )
  if (lost > 0) process.exitCode = 1
  sqlite.close()
} finally {
  bare.kill('SIGTERM')
  await stop(app)
}
