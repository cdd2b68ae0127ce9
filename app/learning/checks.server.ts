import { and, desc, eq, max } from 'drizzle-orm'
import { checkAttempts, db } from '#app/db.server.ts'
import { markCheck, type CheckQuestion } from './checks.ts'
import { completeLesson, type Enrolment, type Lesson } from './progress.server.ts'

export type CheckDetails = { passMark: number; questions: CheckQuestion[] }

/** Marks an attempt without keeping it: a completed module's check, tried again while reading. */
export function markAttempt(lesson: Lesson, answers: number[][]) {
  const details = lesson.details as CheckDetails
  const { marked, score } = markCheck(details.questions, answers)
  return { marked, score, passed: score >= details.passMark, completion: null }
}

/** Marks an attempt and keeps it; passing completes the lesson. Retries are unlimited. */
export function submitCheck(
  enrolment: Enrolment,
  lesson: Lesson,
  answers: number[][],
  now = new Date(),
) {
  const { marked, score, passed } = markAttempt(lesson, answers)
  const attempt = db
    .insert(checkAttempts)
    .values({
      enrolmentId: enrolment.id,
      lessonId: lesson.id,
      score,
      passed,
      answers: marked.map((m) => m.chosen),
    })
    .returning({ id: checkAttempts.id })
    .get()
  const completion = passed ? completeLesson(enrolment, lesson.id, 'passed', now) : null
  return { attemptId: attempt.id, marked, score, passed, completion }
}

/** The person's best score so far and their latest attempt, for showing results again. */
export function checkHistory(enrolmentId: number, lessonId: number) {
  const where = and(
    eq(checkAttempts.enrolmentId, enrolmentId),
    eq(checkAttempts.lessonId, lessonId),
  )
  const [best] = db
    .select({ score: max(checkAttempts.score) })
    .from(checkAttempts)
    .where(where)
    .all()
  const latest = db.select().from(checkAttempts).where(where).orderBy(desc(checkAttempts.id)).get()
  return { bestScore: best?.score ?? null, latest: latest ?? null }
}
