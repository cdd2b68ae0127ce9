/**
 * Crash safety: the built server on a file database takes film heartbeats and lesson completions
 * at full speed from clients that note every request it acknowledged; it is killed with SIGKILL
 * mid-run and restarted, and every acknowledged write must be there, with `PRAGMA
 * integrity_check` ok. Five rounds; prints the counts; exits 1 on any loss.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm'
import { openDatabase } from '#db/client.ts'
import {
  completions,
  enrolments,
  lessonProgress,
  lessons,
  modules,
  moduleVersions,
  users,
} from '#db/schema.ts'
import { BENCH_PORT, prepareDatabase, signIn, waitFor } from '../bench/harness.ts'

const ROUNDS = 5
const WATCHERS = 16 // learners sending film heartbeats
const FINISHERS = 16 // learners working through a module, per round
const port = Number(process.env.CRASH_PORT ?? BENCH_PORT + 5)
const base = `http://localhost:${port}`
const dir = path.resolve('tests/.tmp/crash')

/** node itself, not the tsx wrapper, so that SIGKILL reaches the process holding the database. */
async function startServer(databasePath: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_PATH: databasePath,
      MAIL_OUTBOX: path.join(dir, 'outbox'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  await waitFor(`${base}/healthz`)
  return child
}

function killHard(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGKILL')
  })
}

const post = (url: string, cookie: string, body: URLSearchParams | string, json = false) =>
  fetch(`${base}${url}`, {
    method: 'POST',
    headers: {
      Cookie: cookie,
      Origin: base,
      'Content-Type': json ? 'application/json' : 'application/x-www-form-urlencoded',
    },
    body,
    redirect: 'manual',
  })

const { databasePath, emails } = await prepareDatabase(WATCHERS + FINISHERS * ROUNDS, dir)
const { db, sqlite } = openDatabase(databasePath)

// the film lesson watched, and the module worked through: its lessons as the learner meets them
const film = db.select().from(lessons).where(eq(lessons.kind, 'film')).get()!
const filmModule = db
  .select({ slug: modules.slug })
  .from(moduleVersions)
  .innerJoin(modules, eq(modules.id, moduleVersions.moduleId))
  .where(eq(moduleVersions.id, film.moduleVersionId))
  .get()!
// finishers work through these one after another, so some are mid-module whenever the kill lands
const MODULES = ['aces-foundations', 'trauma-informed-schools', 'knife-crime-exploitation']
const stepsOf = new Map(
  MODULES.map((slug) => {
    const version = db
      .select({ id: moduleVersions.id })
      .from(moduleVersions)
      .innerJoin(modules, eq(modules.id, moduleVersions.moduleId))
      .where(and(eq(modules.slug, slug), eq(moduleVersions.status, 'published')))
      .get()!
    const steps = db
      .select()
      .from(lessons)
      .where(eq(lessons.moduleVersionId, version.id))
      .orderBy(asc(lessons.position))
      .all()
    return [slug, steps] as const
  }),
)
type Step = NonNullable<ReturnType<typeof stepsOf.get>>[number]

function formFor(lesson: Step) {
  const form = new URLSearchParams()
  if (lesson.kind === 'check') {
    form.set('intent', 'check')
    const { questions } = lesson.details as {
      questions: { options: { correct: boolean }[] }[]
    }
    questions.forEach((q, i) =>
      q.options.forEach((o, j) => (o.correct ? form.append(`q${i}`, String(j)) : null)),
    )
  } else if (lesson.kind === 'reflection') {
    form.set('intent', 'reflection')
    const { prompts } = lesson.details as { prompts: string[] }
    prompts.forEach((_, i) => form.set(`answer${i}`, 'A thought.'))
  } else form.set('intent', 'complete')
  return form
}

const storedHeartbeats = (userIds: string[]) =>
  new Map(
    db
      .select({ userId: enrolments.userId, n: sql<number>`sum(${lessonProgress.heartbeats})` })
      .from(lessonProgress)
      .innerJoin(enrolments, eq(enrolments.id, lessonProgress.enrolmentId))
      .where(inArray(enrolments.userId, userIds))
      .groupBy(enrolments.userId)
      .all()
      .map((r) => [r.userId, Number(r.n)]),
  )

const userIdOf = new Map(
  db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, emails))
    .all()
    .map((u) => [u.email, u.id]),
)

let server = await startServer(databasePath)
let failed = false
try {
  // watchers are part-way into the film's module; their cookies live across restarts (sessions are rows)
  const watchers = emails.slice(0, WATCHERS)
  const watcherCookies: string[] = []
  for (const email of watchers) {
    const cookie = await signIn(base, email)
    await post(`/learn/modules/${filmModule.slug}`, cookie, '')
    await post(`/learn/modules/${filmModule.slug}/evaluation/pre`, cookie, 'intent=skip')
    watcherCookies.push(cookie)
  }
  const watcherIds = watchers.map((e) => userIdOf.get(e)!)

  for (let round = 1; round <= ROUNDS; round++) {
    const finishers = emails.slice(WATCHERS + (round - 1) * FINISHERS, WATCHERS + round * FINISHERS)
    const finisherCookies: string[] = []
    for (const email of finishers) {
      finisherCookies.push(await signIn(base, email))
    }
    const before = storedHeartbeats(watcherIds)
    const ackedBeats = new Map<string, number>()
    const ackedLessons: { userId: string; lessonId: number }[] = []
    const ackedModules: { userId: string; slug: string }[] = []
    let running = true
    let refused = 0

    const watch = async (cookie: string, userId: string) => {
      let position = 0
      while (running) {
        position += 1
        const body = JSON.stringify({
          lessonId: film.id,
          position,
          watchedSeconds: 1,
        })
        try {
          const response = await post('/api/film-progress', cookie, body, true)
          await response.arrayBuffer()
          if (response.status === 200) ackedBeats.set(userId, (ackedBeats.get(userId) ?? 0) + 1)
          else refused++
        } catch {
          return // the server is gone
        }
      }
    }
    const finish = async (cookie: string, userId: string) => {
      for (const slug of MODULES) {
        try {
          await post(`/learn/modules/${slug}`, cookie, '')
          await post(`/learn/modules/${slug}/evaluation/pre`, cookie, 'intent=skip')
        } catch {
          return
        }
        const steps = stepsOf.get(slug)!
        for (const lesson of steps) {
          if (!running) return
          try {
            const response = await post(
              `/learn/modules/${slug}/lessons/${lesson.slug}`,
              cookie,
              formFor(lesson),
            )
            await response.arrayBuffer()
            if (response.status !== 200 && response.status !== 302) {
              refused++
              return
            }
            ackedLessons.push({ userId, lessonId: lesson.id })
            if (lesson === steps.at(-1)) ackedModules.push({ userId, slug })
          } catch {
            return
          }
        }
      }
    }

    const clients = [
      ...watcherCookies.map((c, i) => watch(c, watcherIds[i]!)),
      ...finisherCookies.map((c, i) => finish(c, userIdOf.get(finishers[i]!)!)),
    ]
    // the kill lands somewhere between 2.5 and 5.5 s into the run: some learners have finished by then
    await new Promise((r) => setTimeout(r, 2500 + Math.random() * 3000))
    await killHard(server)
    running = false
    await Promise.all(clients)

    server = await startServer(databasePath)
    const integrity = sqlite.pragma('integrity_check', { simple: true })
    const after = storedHeartbeats(watcherIds)
    let beatsAcked = 0
    let beatsLost = 0
    let beatsStored = 0
    for (const id of watcherIds) {
      const acked = ackedBeats.get(id) ?? 0
      const stored = (after.get(id) ?? 0) - (before.get(id) ?? 0)
      beatsAcked += acked
      beatsStored += stored
      beatsLost += Math.max(0, acked - stored)
    }
    const lessonsPresent = ackedLessons.filter(
      ({ userId, lessonId }) =>
        db
          .select({ id: lessonProgress.id })
          .from(lessonProgress)
          .innerJoin(enrolments, eq(enrolments.id, lessonProgress.enrolmentId))
          .where(
            and(
              eq(enrolments.userId, userId),
              eq(lessonProgress.lessonId, lessonId),
              isNotNull(lessonProgress.completedAt),
            ),
          )
          .get() !== undefined,
    ).length
    const modulesPresent = ackedModules.filter(
      ({ userId, slug }) =>
        db
          .select({ id: completions.id })
          .from(completions)
          .innerJoin(modules, eq(modules.id, completions.moduleId))
          .where(and(eq(completions.userId, userId), eq(modules.slug, slug)))
          .get() !== undefined,
    ).length
    const ok =
      integrity === 'ok' &&
      beatsLost === 0 &&
      lessonsPresent === ackedLessons.length &&
      modulesPresent === ackedModules.length
    if (!ok) failed = true
    console.log(
      `round ${round}: killed mid-run; heartbeats acknowledged ${beatsAcked}, stored ${beatsStored}, lost ${beatsLost}; ` +
        `lesson completions acknowledged ${ackedLessons.length}, present ${lessonsPresent}; ` +
        `module completions acknowledged ${ackedModules.length}, present ${modulesPresent}; ` +
        `refused ${refused}; integrity_check ${integrity} → ${ok ? 'ok' : 'FAILED'}`,
    )
  }
} finally {
  await killHard(server)
  sqlite.close()
}
console.log(
  failed
    ? 'Crash check FAILED: an acknowledged write was lost or the database is damaged.'
    : `Crash check passed: ${ROUNDS} kills, every acknowledged write present, integrity ok.`,
)
process.exitCode = failed ? 1 : 0
