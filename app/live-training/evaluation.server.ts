/**
 * What attendees of live training say of it, as modules ask: how confident they felt before the
 * session and feel now, on the same 1 to 5 scale, asked once afterwards (a session has no
 * "before" moment on Upstream). Each person's means are kept on their completion, which the
 * reports count together with others' only; nobody sees one person's answers.
 */
import { and, avg, count, desc, eq, isNotNull, isNull } from 'drizzle-orm'
import { z } from 'zod'
import { completions, courseSessions, courses, db, sqlite } from '#app/db.server.ts'
import { recordAttendanceRatingInReports } from '#app/reporting/summary/record.server.ts'
import { LIVE_RATING_MESSAGES, LIVE_STATEMENT_LABELS } from './labels.ts'

/** The statements every live course asks about. */
export const LIVE_STATEMENTS = Object.values(LIVE_STATEMENT_LABELS)

/** An evaluation change is shown once this many people have rated a course (decision 010). */
export const FEWEST_RATINGS_SHOWN = 5

/** `b0`..`b2` before the session, `a0`..`a2` now, each 1 to 5. */
export const LiveRatingsSchema = z
  .object(
    Object.fromEntries(
      LIVE_STATEMENTS.flatMap((_, i) =>
        (['b', 'a'] as const).map((prefix) => {
          const message = LIVE_RATING_MESSAGES[`${prefix}${i}` as keyof typeof LIVE_RATING_MESSAGES]
          return [
            `${prefix}${i}`,
            z.coerce.number({ error: message }).int(message).min(1, message).max(5, message),
          ]
        }),
      ),
    ) as Record<string, z.ZodCoercedNumber>,
  )
  .transform((r) => ({
    before: LIVE_STATEMENTS.map((_, i) => r[`b${i}`]!),
    after: LIVE_STATEMENTS.map((_, i) => r[`a${i}`]!),
  }))

/** The live training a person attended, latest first, with whether they have rated it. */
export function attendedTraining(personId: string) {
  return db
    .select({
      completionId: completions.id,
      title: courses.title,
      startsAt: courseSessions.startsAt,
      certificateCode: completions.certificateCode,
      cpdMinutes: completions.cpdMinutes,
      rated: isNotNull(completions.ratingAfter),
    })
    .from(completions)
    .innerJoin(courses, eq(courses.id, completions.courseId))
    .innerJoin(courseSessions, eq(courseSessions.id, completions.sessionId))
    .where(eq(completions.userId, personId))
    .orderBy(desc(courseSessions.startsAt))
    .all()
    .map((row) => ({ ...row, rated: Boolean(row.rated) }))
}

/** A person's own attendance, to rate; undefined if it is not theirs (the page answers 404). */
export function attendanceToRate(personId: string, completionId: number) {
  return attendedTraining(personId).find((a) => a.completionId === completionId)
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length

/** Keeps the person's means, once: the first answer stands, as for modules. */
export function rateAttendance(
  personId: string,
  completionId: number,
  ratings: { before: number[]; after: number[] },
) {
  if (!attendanceToRate(personId, completionId)) return false
  sqlite.transaction(() => {
    const saved = db
      .update(completions)
      .set({ ratingBefore: mean(ratings.before), ratingAfter: mean(ratings.after) })
      .where(
        and(
          eq(completions.id, completionId),
          eq(completions.userId, personId),
          isNull(completions.ratingAfter),
        ),
      )
      .run()
    if (saved.changes > 0) recordAttendanceRatingInReports(completionId)
  })()
  return true
}

/**
 * A course's evaluation change for its trainers: the mean rating before and after over everyone
 * who rated it, or only how many have when fewer than FEWEST_RATINGS_SHOWN.
 */
export function courseEvaluation(courseId: number) {
  const row = db
    .select({
      people: count(),
      before: avg(completions.ratingBefore),
      after: avg(completions.ratingAfter),
    })
    .from(completions)
    .where(and(eq(completions.courseId, courseId), isNotNull(completions.ratingAfter)))
    .get()
  const people = row?.people ?? 0
  if (people < FEWEST_RATINGS_SHOWN) return { people, shown: false as const }
  return {
    people,
    shown: true as const,
    before: Number(row!.before),
    after: Number(row!.after),
  }
}
