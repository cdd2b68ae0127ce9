/**
 * `npm run bench:register` (after `npm run build`): times a trainer's register of a live session
 * of 200 people (BENCH_SCALE) over HTTP against the built app: the page, and a save that changes
 * every mark (all attended, then all absent, in turn), so each save makes or takes away 200
 * completions and their report figures in one transaction. Nothing is asserted on time.
 */
import path from 'node:path'
import { openDatabase } from '#db/client.ts'
import {
  BENCH_PORT,
  prepareDatabase,
  printTimes,
  printTimesHeader,
  startApp,
  stop,
  signIn,
  timed,
  type Times,
} from './harness.ts'

const SCALE = Number(process.env.BENCH_SCALE ?? 1)
const PEOPLE = Math.max(5, Math.round(200 * SCALE))
const WARM_UP = 2
const RUNS = Number(process.env.BENCH_RUNS ?? 20)
const TRAINER = 'trainer.merseyside@demo.upstream.test'
const base = `http://localhost:${BENCH_PORT}`

/** A session of the demo's Merseyside course that began half an hour ago, with everyone booked. */
function prepareSession(databasePath: string, emails: string[], now: number) {
  const { sqlite } = openDatabase(databasePath)
  const course = sqlite
    .prepare(
      `select c.id from courses c join vrus v on v.id = c.vru_id where v.slug = 'merseyside'
       order by c.id limit 1`,
    )
    .get() as { id: number } | undefined
  if (!course) throw new Error('no Merseyside course: is the demo loaded?')
  const session = sqlite
    .prepare(
      `insert into course_sessions (course_id, mode, venue, address, starts_at, duration_minutes,
         capacity, audience, cancel_up_to_hours, created_at)
       values (?, 'in_person', 'Bench hall', '1 Bench Road', ?, 180, ?, '{"kind":"unit"}', 24, ?)`,
    )
    .run(course.id, now - 30 * 60_000, PEOPLE, now - 7 * 86_400_000).lastInsertRowid
  const person = sqlite.prepare('select id from users where email = ?')
  const book = sqlite.prepare(
    `insert into bookings (session_id, user_id, status, asked_at) values (?, ?, 'booked', ?)`,
  )
  const bookingIds = sqlite.transaction(() =>
    emails.map((email, i) => {
      const { id } = person.get(email) as { id: string }
      return Number(book.run(session, id, now - 86_400_000 + i).lastInsertRowid)
    }),
  )()
  sqlite.close()
  return { sessionId: Number(session), bookingIds }
}

const { databasePath, emails } = await prepareDatabase(
  PEOPLE,
  path.resolve('tests/.tmp/bench-register'),
)
const { sessionId, bookingIds } = prepareSession(databasePath, emails, Date.now())
console.log(`A live session with ${bookingIds.length} people booked\n`)
const app = await startApp(databasePath)
try {
  const cookie = await signIn(base, TRAINER)
  const url = `/training/sessions/${sessionId}/register`
  const page = await (await fetch(`${base}${url}`, { headers: { Cookie: cookie } })).text()
  if ((page.match(/value="attended"/g) ?? []).length !== bookingIds.length) {
    throw new Error(`${url} is not the register of ${bookingIds.length} people`)
  }
  const save = async (mark: string) => {
    const body = new URLSearchParams({ intent: 'save-register' })
    for (const id of bookingIds) body.set(`b${id}`, mark)
    const started = performance.now()
    const response = await fetch(`${base}${url}`, {
      method: 'POST',
      headers: {
        Cookie: cookie,
        Origin: base,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body,
    })
    const text = await response.text()
    const elapsed = performance.now() - started
    const counted = mark === 'attended' ? bookingIds.length : 0
    if (!response.ok || !text.includes(`${counted} counted as attending`)) {
      throw new Error(`saving the register answered ${response.status} without the figures`)
    }
    return elapsed
  }
  const times: number[] = []
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const elapsed = await save(i % 2 === 0 ? 'attended' : 'absent')
    if (i >= WARM_UP) times.push(elapsed)
  }
  times.sort((a, b) => a - b)
  const saved: Times = {
    median: times[Math.floor(times.length / 2)]!,
    p95: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]!,
    runs: RUNS,
  }
  console.log(`The register, ${RUNS} requests each after ${WARM_UP} to warm up (ms):`)
  printTimesHeader()
  printTimes(
    `register page (${bookingIds.length} people)`,
    await timed(base, url, cookie, WARM_UP, RUNS),
  )
  printTimes(`register save (${bookingIds.length} marks changed)`, saved)
} finally {
  await stop(app)
}
