import { eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import { type SessionUser } from '#app/auth/session.server.ts'
import { db, organisations } from '#app/db.server.ts'
import { findVisibleModule } from './catalogue.server.ts'
import { evaluationFor } from './evaluations.server.ts'
import {
  getLesson,
  latestEnrolment,
  lessonOutline,
  openEnrolment,
  type Enrolment,
} from './progress.server.ts'

export const LessonIntentSchema = z.enum(['complete', 'check', 'autosave', 'reflection'])
export const ReflectionAutosaveSchema = z.object({
  promptIndex: z.coerce.number().int().min(0).max(50),
  answer: z.string().max(10000),
})

export const REFLECTION_MAX_LENGTH = 10000

/** What a submitted form gave, or why it cannot be used (the route answers 400 with it). */
type FormReading<T> = { ok: true; value: T } | { ok: false; message: string }

/**
 * The chosen options of each question, from a submitted check. The page offers only its own
 * options, so anything else is a crafted request: refused rather than marked as wrong.
 */
export function checkAnswersFrom(
  form: FormData,
  questions: { options: unknown[] }[],
): FormReading<number[][]> {
  const answers: number[][] = []
  for (const [q, question] of questions.entries()) {
    const chosen: number[] = []
    for (const value of form.getAll(`q${q}`)) {
      const index = typeof value === 'string' && /^\d{1,3}$/.test(value) ? Number(value) : -1
      if (index < 0 || index >= question.options.length)
        return { ok: false, message: `Choose from the answers given for question ${q + 1}.` }
      chosen.push(index)
    }
    answers.push(chosen)
  }
  return { ok: true, value: answers }
}

/** A reflection's answers by prompt; longer than the page allows is refused, not cut short. */
export function reflectionAnswersFrom(
  form: FormData,
  prompts: string[],
): FormReading<(string | null)[]> {
  const answers: (string | null)[] = []
  for (const i of prompts.keys()) {
    const answer = form.get(`answer${i}`)
    if (answer !== null && (typeof answer !== 'string' || answer.length > REFLECTION_MAX_LENGTH))
      return {
        ok: false,
        message: `Answer ${i + 1} must be text of ${REFLECTION_MAX_LENGTH} characters or fewer.`,
      }
    answers.push(answer)
  }
  return { ok: true, value: answers }
}

/**
 * The lesson a learner asked for, inside the version they are working through, or else the
 * version they completed, open to read again (`rereading`: nothing read then is recorded);
 * `not-started` for someone who has done neither (its page is where they start it).
 */
export function findLearnerLesson(user: SessionUser, moduleSlug: string, lessonSlug: string) {
  const module = findVisibleModule(user.vruId, moduleSlug)
  if (!module) return { status: 'not-found' as const }
  const open = openEnrolment(user.id, module.moduleId)
  const latest = open ?? latestEnrolment(user.id, module.moduleId)
  const enrolment = open ?? (latest?.completedAt ? latest : undefined)
  if (!enrolment) return { status: 'not-started' as const, module }
  const outline = lessonOutline(enrolment.moduleVersionId)
  const index = outline.findIndex((l) => l.slug === lessonSlug)
  if (index < 0) return { status: 'not-found' as const }
  const lesson = getLesson(outline[index]!.id)!
  return {
    status: 'found' as const,
    module,
    enrolment,
    rereading: !open,
    lesson,
    lessons: outline,
    index,
  }
}

export type NextStep = { to: 'module' } | { to: 'evaluation' } | { to: 'lesson'; slug: string }

/** Where to go once a lesson is done: the post-course rating, the next lesson, or the module. */
export function nextStepAfter(
  enrolment: Enrolment,
  moduleCompleted: boolean,
  nextLessonSlug: string | null,
): NextStep {
  if (moduleCompleted)
    return evaluationFor(enrolment.id, 'post') ? { to: 'module' } : { to: 'evaluation' }
  return nextLessonSlug ? { to: 'lesson', slug: nextLessonSlug } : { to: 'module' }
}

const wellbeingContactOf = db
  .select({ contact: organisations.wellbeingContact })
  .from(organisations)
  .where(eq(organisations.id, sql.placeholder('organisationId')))
  .prepare()

export function wellbeingContactFor(user: SessionUser) {
  if (!user.organisationId) return null
  return wellbeingContactOf.get({ organisationId: user.organisationId })?.contact ?? null
}
