/**
 * Lesson page, signed in and server rendered, 50 connections after a warm-up, beside a minimal
 * Remix page that checks the same session cookie and does one SELECT (the learner's certificate
 * list, empty), in the same run. Prints requests/s, p95 and the ratio (goal: at least 70 %).
 */
import { BENCH_PORT, load, prepareDatabase, printRow, signIn, startApp, stop } from './harness.ts'

const base = `http://localhost:${BENCH_PORT}`
const { databasePath, emails } = await prepareDatabase(1)
const app = await startApp(databasePath)
try {
  const cookie = await signIn(base, emails[0]!)
  // start the module so the lesson page is the real one, not a redirect
  await fetch(`${base}/learn/modules/aces-foundations`, {
    method: 'POST',
    headers: { Cookie: cookie, Origin: base },
    redirect: 'manual',
  })
  const lessonUrl = `${base}/learn/modules/aces-foundations/lessons/the-ten-categories?continue=1`
  const page = await fetch(lessonUrl, { headers: { Cookie: cookie } })
  if (page.status !== 200) throw new Error(`lesson page answered ${page.status}`)
  const baselineUrl = `${base}/learn/certificates`

  const common = { connections: 50, headers: { Cookie: cookie } }
  console.log('Warming up (5 s each)…')
  await load({ ...common, url: lessonUrl, duration: 5 })
  await load({ ...common, url: baselineUrl, duration: 5 })
  const baseline = await load({ ...common, url: baselineUrl, duration: 10 })
  const lesson = await load({ ...common, url: lessonUrl, duration: 10 })
  console.log('\nLesson page against a minimal Remix page (50 connections, 10 s each, same run)')
  printRow('minimal page: session check + one SELECT', baseline)
  printRow('reading lesson page, signed in', lesson)
  console.log(
    `ratio: ${Math.round((lesson.requestsPerSecond / baseline.requestsPerSecond) * 100)} % of the minimal page's requests/s (goal ≥ 70 %)`,
  )
} finally {
  await stop(app)
}
