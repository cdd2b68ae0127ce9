import crypto from 'node:crypto'
import { and, asc, desc, eq, isNull, max, sql } from 'drizzle-orm'
import { type SessionUser } from '#app/auth/session.server.ts'
import {
  checkAttempts,
  completions,
  db,
  enrolments,
  lessonProgress,
  lessons,
  moduleVersions,
  sqlite,
  users,
} from '#app/db.server.ts'
import {
  recordCompletionInReports,
  recordStartInReports,
} from '#app/reporting/summary/record.server.ts'
import { findVisibleModule } from './catalogue.server.ts'
import { renewalBy } from './in-date.server.ts'

export type Enrolment = typeof enrolments.$inferSelect
export type Lesson = typeof lessons.$inferSelect
export type LessonProgress = typeof lessonProgress.$inferSelect

/** Share of a film that counts as watched. */
export const FILM_WATCHED_SHARE = 0.9

// The lesson page's queries are prepared once: building a drizzle query costs more than running
// it, and this page is the one learners load most.
const openEnrolmentOf = db
  .select()
  .from(enrolments)
  .where(
    and(
      eq(enrolments.userId, sql.placeholder('userId')),
      eq(enrolments.moduleId, sql.placeholder('moduleId')),
      isNull(enrolments.completedAt),
    ),
  )
  .prepare()

export function openEnrolment(userId: string, moduleId: number) {
  return openEnrolmentOf.get({ userId, moduleId })
}

export function latestEnrolment(userId: string, moduleId: number) {
  return db
    .select()
    .from(enrolments)
    .where(and(eq(enrolments.userId, userId), eq(enrolments.moduleId, moduleId)))
    .orderBy(desc(enrolments.startedAt), desc(enrolments.id))
    .get()
}

/** Starts the latest published version, or returns the one the person is already part-way through. */
export function startModule(user: SessionUser, slug: string, now = new Date()) {
  const module = findVisibleModule(user.vruId, slug)
  if (!module) return null
  const existing = openEnrolment(user.id, module.moduleId)
  if (existing) return existing
  return db.transaction((tx) => {
    const enrolment = tx
      .insert(enrolments)
      .values({
        userId: user.id,
        moduleId: module.moduleId,
        moduleVersionId: module.versionId,
        vruId: user.vruId,
        startedAt: now,
        updatedAt: now,
      })
      .returning()
      .get()
    // in the same transaction, so the report's people in progress never miss a start
    recordStartInReports(enrolment.id)
    return enrolment
  })
}

const lessonsOfVersion = db
  .select()
  .from(lessons)
  .where(eq(lessons.moduleVersionId, sql.placeholder('moduleVersionId')))
  .orderBy(asc(lessons.position))
  .prepare()

export function lessonsOf(moduleVersionId: number) {
  return lessonsOfVersion.all({ moduleVersionId })
}

/** The lessons of a version without their content: for navigation between them. */
const outlineOfVersion = db
  .select({
    id: lessons.id,
    slug: lessons.slug,
    title: lessons.title,
    kind: lessons.kind,
    required: lessons.required,
  })
  .from(lessons)
  .where(eq(lessons.moduleVersionId, sql.placeholder('moduleVersionId')))
  .orderBy(asc(lessons.position))
  .prepare()

export function lessonOutline(moduleVersionId: number) {
  return outlineOfVersion.all({ moduleVersionId })
}

const lessonById = db
  .select()
  .from(lessons)
  .where(eq(lessons.id, sql.placeholder('lessonId')))
  .prepare()

export function getLesson(lessonId: number) {
  return lessonById.get({ lessonId })
}

const progressOfEnrolment = db
  .select()
  .from(lessonProgress)
  .where(eq(lessonProgress.enrolmentId, sql.placeholder('enrolmentId')))
  .prepare()

export function progressOf(enrolmentId: number) {
  return progressOfEnrolment.all({ enrolmentId })
}

/** Each lesson with where the person is in it, and the lesson to go to next. */
export function moduleProgress(enrolment: Enrolment) {
  const all = lessonsOf(enrolment.moduleVersionId)
  const progress = new Map(progressOf(enrolment.id).map((p) => [p.lessonId, p]))
  const items = all.map((lesson) => {
    const p = progress.get(lesson.id)
    return {
      lesson,
      progress: p ?? null,
      status: p?.completedAt ? 'complete' : p ? 'started' : 'not-started',
    } as const
  })
  const resume =
    (enrolment.lastLessonId &&
      items.find((i) => i.lesson.id === enrolment.lastLessonId && i.status !== 'complete')) ||
    items.find((i) => i.status !== 'complete' && i.lesson.required) ||
    items.find((i) => i.status !== 'complete') ||
    null
  const requiredDone = items.filter((i) => i.lesson.required).every((i) => i.status === 'complete')
  return { items, resume: resume?.lesson ?? null, requiredDone }
}

/** Notes that the person opened a lesson: it becomes the place "continue" returns to. */
const insertVisit = sqlite.prepare(
  `insert into lesson_progress (enrolment_id, lesson_id, updated_at) values (:enrolmentId, :lessonId, :now)
   on conflict do nothing`,
)
const markLastLesson = sqlite.prepare(
  'update enrolments set last_lesson_id = :lessonId, updated_at = :now where id = :enrolmentId',
)
const visit = sqlite.transaction(
  (params: { enrolmentId: number; lessonId: number; now: number }) => {
    insertVisit.run(params)
    markLastLesson.run(params)
  },
)

export function recordVisit(enrolment: Enrolment, lessonId: number, now = new Date()) {
  visit({ enrolmentId: enrolment.id, lessonId, now: now.getTime() })
}

/** A new certificate code, for any completion (a module finished, or attendance at a live course). */
export function codeForCertificate() {
  // 10 characters from an alphabet without look-alikes: easy to read out and type
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  const bytes = crypto.randomBytes(10)
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('')
  return `${chars.slice(0, 5)}-${chars.slice(5)}`
}

/**
 * Marks a lesson complete and, when every required lesson is, completes the module: a
 * completion record (person, version, time, unit and organisation then) and a certificate.
 */
export function completeLesson(
  enrolment: Enrolment,
  lessonId: number,
  via: NonNullable<LessonProgress['completedBy']>,
  now = new Date(),
) {
  return db.transaction((tx) => {
    tx.insert(lessonProgress)
      .values({
        enrolmentId: enrolment.id,
        lessonId,
        updatedAt: now,
        completedAt: now,
        completedBy: via,
      })
      .onConflictDoUpdate({
        target: [lessonProgress.enrolmentId, lessonProgress.lessonId],
        set: { completedAt: now, completedBy: via, updatedAt: now },
        setWhere: isNull(lessonProgress.completedAt),
      })
      .run()
    tx.update(enrolments).set({ updatedAt: now }).where(eq(enrolments.id, enrolment.id)).run()
    return completeModuleIfDone(enrolment.id, now)
  })
}

/** Completes the module if every required lesson is done; returns the completion, if any. */
function completeModuleIfDone(enrolmentId: number, now: Date) {
  const enrolment = db.select().from(enrolments).where(eq(enrolments.id, enrolmentId)).get()
  if (!enrolment || enrolment.completedAt) return null
  const { requiredDone } = moduleProgress(enrolment)
  if (!requiredDone) return null
  const version = db
    .select()
    .from(moduleVersions)
    .where(eq(moduleVersions.id, enrolment.moduleVersionId))
    .get()
  const person = db.select().from(users).where(eq(users.id, enrolment.userId)).get()
  if (!version || !person) return null
  const best = db
    .select({ lessonId: checkAttempts.lessonId, score: max(checkAttempts.score) })
    .from(checkAttempts)
    .where(eq(checkAttempts.enrolmentId, enrolment.id))
    .groupBy(checkAttempts.lessonId)
    .all()
  const score =
    best.length > 0
      ? Math.round(best.reduce((sum, b) => sum + (b.score ?? 0), 0) / best.length)
      : null
  db.update(enrolments)
    .set({ completedAt: now, updatedAt: now })
    .where(eq(enrolments.id, enrolment.id))
    .run()
  const completion = db
    .insert(completions)
    .values({
      userId: enrolment.userId,
      moduleId: enrolment.moduleId,
      moduleVersionId: enrolment.moduleVersionId,
      enrolmentId: enrolment.id,
      vruId: person.vruId,
      organisationId: person.organisationId,
      sector: person.sector,
      completedAt: now,
      score,
      cpdMinutes: version.cpdMinutes,
      certificateCode: codeForCertificate(),
      ...renewalBy(enrolment.userId, enrolment.moduleId, now),
    })
    .returning()
    .get()
  // in the same transaction as the completion, so reports never miss or double-count one
  recordCompletionInReports(completion.id)
  return completion
}

/** The open enrolment whose version contains this lesson, for a person. */
export function enrolmentForLesson(userId: string, lessonId: number) {
  return db
    .select({ enrolment: enrolments, lesson: lessons })
    .from(lessons)
    .innerJoin(enrolments, eq(enrolments.moduleVersionId, lessons.moduleVersionId))
    .where(
      and(eq(lessons.id, lessonId), eq(enrolments.userId, userId), isNull(enrolments.completedAt)),
    )
    .get()
}

/**
 * How fast credited watching may grow against the server's clock: players offer speeds up to 2×,
 * so a learner at any speed gets all they played, and nobody gets more than twice the time that
 * really passed. A claim beyond that is not lost: the browser's count is cumulative, so the rest
 * is credited by later heartbeats as time passes.
 */
export const FILM_PLAYBACK_TOLERANCE = 2
/**
 * The longest gap between heartbeats that counts in full. A playing film reports every 15 s (a
 * hidden tab's timers may slow to once a minute); a longer gap was a pause or a page left open,
 * so coming back after a day earns no more than a minute's worth.
 */
export const FILM_HEARTBEAT_GAP_MS = 60_000

// Heartbeats run thousands of times a second: their statements are prepared once.
type FilmHeartbeat = {
  lessonId: number
  userId: string
  position: number
  watchedSeconds: number
  now: number
}
type SavedHeartbeat = {
  enrolmentId: number
  watchedSeconds: number
  filmSeconds: number | null
  alreadyComplete: 0 | 1
}

/**
 * Watched time as the server credits it: the browser's cumulative claim, but never more than the
 * film's real length nor more than FILM_PLAYBACK_TOLERANCE × the time since the last heartbeat
 * (updated_at; for the first, when the lesson page was opened), and never lower than before.
 */
const creditedWatching = (row: string) => `max(${row}.watched_seconds, min(
    :watchedSeconds,
    coalesce((select film_seconds from lessons where id = :lessonId), ${24 * 3600}),
    ${row}.watched_seconds + ${FILM_PLAYBACK_TOLERANCE / 1000} *
      min(max(:now - ${row}.updated_at, 0), ${FILM_HEARTBEAT_GAP_MS})
  ))`
const heartbeatResult = `enrolment_id as enrolmentId, watched_seconds as watchedSeconds,
    (select film_seconds from lessons where id = :lessonId) as filmSeconds,
    completed_at is not null as alreadyComplete`

/**
 * A heartbeat is one statement: the learner's open enrolment for the film's module version is
 * found inside it. Raw SQL because this is the hottest path in the service (docs/decisions/
 * 004-film-heartbeats.md). Opening the lesson page made the progress row, so an UPDATE is the
 * usual case (a third cheaper than an upsert); the upsert covers a row that is not there yet.
 */
const updateFilmProgress = sqlite.prepare<FilmHeartbeat, SavedHeartbeat>(`
  update lesson_progress set
    position = :position,
    watched_seconds = ${creditedWatching('lesson_progress')},
    heartbeats = heartbeats + 1,
    -- never moved back, so a clock set back cannot count the same time twice
    updated_at = max(updated_at, :now)
  where lesson_id = :lessonId and enrolment_id = (
    select e.id from enrolments e join lessons l on l.module_version_id = e.module_version_id
    where l.id = :lessonId and l.kind = 'film' and e.user_id = :userId and e.completed_at is null
  )
  returning ${heartbeatResult}
`)
// A new row has no earlier heartbeat to measure from: it credits nothing and starts the clock.
const upsertFilmProgress = sqlite.prepare<FilmHeartbeat, SavedHeartbeat>(`
  insert into lesson_progress (enrolment_id, lesson_id, position, watched_seconds, heartbeats, updated_at)
  select e.id, l.id, :position, 0, 1, :now
  from lessons l join enrolments e on e.module_version_id = l.module_version_id
  where l.id = :lessonId and l.kind = 'film' and e.user_id = :userId and e.completed_at is null
  on conflict (enrolment_id, lesson_id) do update set
    position = excluded.position,
    watched_seconds = ${creditedWatching('lesson_progress')},
    heartbeats = heartbeats + 1,
    updated_at = max(updated_at, excluded.updated_at)
  returning ${heartbeatResult}
`)

/**
 * Saves a film position. Complete once the credited watching reaches FILM_WATCHED_SHARE of the
 * film's real length (read from the file at import); seeking is never blocked, so time played,
 * not `position`, decides, and the browser's count is bounded by the server's clock.
 */
export function saveFilmProgress(
  userId: string,
  input: { lessonId: number; position: number; watchedSeconds: number },
  now = new Date(),
) {
  const heartbeat = {
    lessonId: input.lessonId,
    userId,
    position: input.position,
    watchedSeconds: input.watchedSeconds,
    now: now.getTime(),
  }
  const saved = updateFilmProgress.get(heartbeat) ?? upsertFilmProgress.get(heartbeat)
  if (!saved) return { ok: false as const }
  const watchedEnough =
    saved.filmSeconds !== null && saved.watchedSeconds >= saved.filmSeconds * FILM_WATCHED_SHARE
  const completion =
    watchedEnough && !saved.alreadyComplete
      ? completeLesson(
          db.select().from(enrolments).where(eq(enrolments.id, saved.enrolmentId)).get()!,
          input.lessonId,
          'watched',
          now,
        )
      : null
  return {
    ok: true as const,
    complete: watchedEnough || saved.alreadyComplete === 1,
    moduleComplete: completion !== null,
  }
}

export function completionsOf(userId: string) {
  return db
    .select({
      id: completions.id,
      moduleId: completions.moduleId,
      completedAt: completions.completedAt,
      certificateCode: completions.certificateCode,
      cpdMinutes: completions.cpdMinutes,
      validUntil: completions.validUntil,
      title: moduleVersions.title,
      translations: moduleVersions.translations,
      version: moduleVersions.version,
    })
    .from(completions)
    .innerJoin(moduleVersions, eq(moduleVersions.id, completions.moduleVersionId))
    .where(eq(completions.userId, userId))
    .orderBy(desc(completions.completedAt))
    .all()
}

/** A module's completion: one made online, so its module, version and enrolment are set. */
export function completionOfEnrolment(enrolmentId: number) {
  const row = db.select().from(completions).where(eq(completions.enrolmentId, enrolmentId)).get()
  return row as
    (typeof row & { moduleId: number; moduleVersionId: number; enrolmentId: number }) | undefined
}
