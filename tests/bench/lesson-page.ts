/**
 * Lesson page, signed in and server rendered, 50 connections (BENCH_CONNECTIONS) for 10 s
 * (BENCH_SECONDS) after a warm-up, beside a minimal
 * Remix page that checks the same session cookie and does one SELECT (the learner's certificate
 * list, empty), in the same run. Prints requests/s, p95 and the ratio (goal: at least 70 %).
 */
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
} from './harness.ts'

const base = `http://localhost:${BENCH_PORT}`
// `npm run bench:tiny` runs this for a second or two at a few connections so it cannot rot
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
const WARM_UP = Math.min(5, SECONDS)
const { databasePath, emails } = await prepareDatabase(1)
const app = await startApp(databasePath)
try {
  const cookie = await signIn(base, emails[0]!)
  // start the module so the lesson page is the real one, not a redirect
  await startModule(base, cookie, 'aces-foundations')
  const lessonUrl = `${base}/learn/modules/aces-foundations/lessons/the-ten-categories?continue=1`
  const page = await fetch(lessonUrl, { headers: { Cookie: cookie }, redirect: 'manual' })
  if (page.status !== 200) throw new Error(`lesson page answered ${page.status}`)
  const baselineUrl = `${base}/learn/certificates`

  const common = { connections: CONNECTIONS, headers: { Cookie: cookie } }
  console.log(`Warming up (${WARM_UP} s each)…`)
  await load({ ...common, url: lessonUrl, duration: WARM_UP })
  await load({ ...common, url: baselineUrl, duration: WARM_UP })
  const baseline = await load({ ...common, url: baselineUrl, duration: SECONDS })
  const lesson = await load({ ...common, url: lessonUrl, duration: SECONDS })
  console.log(
    `\nLesson page against a minimal Remix page (${CONNECTIONS} connections, ${SECONDS} s each, same run)`,
  )
  printRow('minimal page: session check + one SELECT', baseline)
  printRow('reading lesson page, signed in', lesson)
  requireAllAnswered('minimal page', baseline)
  requireAllAnswered('lesson page', lesson)
  console.log(
    `ratio: ${Math.round((lesson.requestsPerSecond / baseline.requestsPerSecond) * 100)} % of the minimal page's requests/s (goal ≥ 70 %)`,
  )
} finally {
  await stop(app)
}
