import { redirect } from '@remix-run/node'
import { eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import { type SessionUser } from '#app/auth/session.server.ts'
import { db, organisations } from '#app/db.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'
import { findVisibleModule } from './catalogue.server.ts'
import { evaluationFor } from './evaluations.server.ts'
import { getLesson, lessonOutline, openEnrolment, type Enrolment } from './progress.server.ts'

export const LessonIntentSchema = z.enum(['complete', 'check', 'autosave', 'reflection'])
export const ReflectionAutosaveSchema = z.object({
  promptIndex: z.coerce.number().int().min(0).max(50),
  answer: z.string().max(10000),
})

export const REFLECTION_MAX_LENGTH = 10000

/**
 * The chosen options of each question, from a submitted check. The page offers only its own
 * options, so anything else is a crafted request: refused (400) rather than marked as wrong.
 */
export function checkAnswersFrom(form: FormData, questions: { options: unknown[] }[]) {
  return questions.map((question, q) => {
    const chosen = form.getAll(`q${q}`)
    return chosen.map((value) => {
      const index = typeof value === 'string' && /^\d{1,3}$/.test(value) ? Number(value) : -1
      invariantResponse(
        index >= 0 && index < question.options.length,
        `Choose from the answers given for question ${q + 1}.`,
      )
      return index
    })
  })
}

/** A reflection's answers by prompt; longer than the page allows is refused, not cut short. */
export function reflectionAnswersFrom(form: FormData, prompts: string[]) {
  return prompts.map((_, i) => {
    const answer = form.get(`answer${i}`)
    if (answer === null) return null
    invariantResponse(
      typeof answer === 'string' && answer.length <= REFLECTION_MAX_LENGTH,
      `Answer ${i + 1} must be text of ${REFLECTION_MAX_LENGTH} characters or fewer.`,
    )
    return answer
  })
}

/**
 * The lesson a learner asked for, inside the version they are working through. Someone who has
 * not started the module is sent to its page to start it; an unknown lesson is a 404.
 */
export function requireLearnerLesson(user: SessionUser, moduleSlug: string, lessonSlug: string) {
  const module = findVisibleModule(user.vruId, moduleSlug)
  invariantResponse(module, 'Page not found', { status: 404 })
  const enrolment = openEnrolment(user.id, module.moduleId)
  if (!enrolment) throw redirect(`/learn/modules/${module.slug}`)
  const outline = lessonOutline(enrolment.moduleVersionId)
  const index = outline.findIndex((l) => l.slug === lessonSlug)
  invariantResponse(index >= 0, 'Page not found', { status: 404 })
  return { module, enrolment, lesson: getLesson(outline[index]!.id)!, lessons: outline, index }
}

/** Where to go once a lesson is done: the post-course rating, the next lesson, or the module. */
export function nextStepAfter(
  moduleSlug: string,
  enrolment: Enrolment,
  moduleCompleted: boolean,
  nextLessonSlug: string | null,
) {
  const base = `/learn/modules/${moduleSlug}`
  if (moduleCompleted) return evaluationFor(enrolment.id, 'post') ? base : `${base}/evaluation/post`
  return nextLessonSlug ? `${base}/lessons/${nextLessonSlug}` : base
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
