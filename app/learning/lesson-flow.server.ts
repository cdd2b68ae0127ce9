import { eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import { createI18n, type Translator } from '#app/i18n/i18n.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import { db, organisations } from '#app/db.server.ts'
import { findVisibleModule, getModuleVersion } from './catalogue.server.ts'
import { assignedTo, continuePath, inProgress } from './dashboard.server.ts'
import { evaluationFor } from './evaluations.server.ts'
import {
  completionOfEnrolment,
  completionsOf,
  getLesson,
  latestEnrolment,
  lessonOutline,
  openEnrolment,
  progressOf,
  type Enrolment,
} from './progress.server.ts'

export const LessonIntentSchema = z.enum(['complete', 'check', 'autosave', 'reflection'])
export const ReflectionAutosaveSchema = z.object({
  promptIndex: z.coerce.number().int().min(0).max(50),
  answer: z.string().max(10000),
})

export const REFLECTION_MAX_LENGTH = 10000

// the messages are in the learner's language: the route passes its translator
const english = createI18n('en')

/** What a submitted form gave, or why it cannot be used (the route answers 400 with it). */
type FormReading<T> = { ok: true; value: T } | { ok: false; message: string }

/**
 * The chosen options of each question, from a submitted check. The page offers only its own
 * options, so anything else is a crafted request: refused rather than marked as wrong.
 */
export function checkAnswersFrom(
  form: FormData,
  questions: { options: unknown[] }[],
  t: Translator = english.t,
): FormReading<number[][]> {
  const answers: number[][] = []
  for (const [q, question] of questions.entries()) {
    const chosen: number[] = []
    for (const value of form.getAll(`q${q}`)) {
      const index = typeof value === 'string' && /^\d{1,3}$/.test(value) ? Number(value) : -1
      if (index < 0 || index >= question.options.length)
        return {
          ok: false,
          message: t('Choose from the answers given for question {{n}}.', { n: q + 1 }),
        }
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
  t: Translator = english.t,
): FormReading<(string | null)[]> {
  const answers: (string | null)[] = []
  for (const i of prompts.keys()) {
    const answer = form.get(`answer${i}`)
    if (answer !== null && (typeof answer !== 'string' || answer.length > REFLECTION_MAX_LENGTH))
      return {
        ok: false,
        message: t('Answer {{n}} must be text of {{max}} characters or fewer.', {
          n: i + 1,
          max: REFLECTION_MAX_LENGTH,
        }),
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

export type NextStep =
  { to: 'module' } | { to: 'evaluation' } | { to: 'complete' } | { to: 'lesson'; slug: string }

/**
 * Where to go once a lesson is done. Finishing the module leads to the rating afterwards (asked
 * once) and then to its completion page. Otherwise the next lesson not yet done, in module order
 * after this one and then from the start, so nobody is sent to a lesson they have finished.
 * Reading a completed module again only turns the pages, and never leads back to its completion.
 */
export function nextStepAfter(
  enrolment: Enrolment,
  lessonId: number,
  moduleCompleted: boolean,
): NextStep {
  if (moduleCompleted)
    return evaluationFor(enrolment.id, 'post') ? { to: 'complete' } : { to: 'evaluation' }
  const outline = lessonOutline(enrolment.moduleVersionId)
  const at = outline.findIndex((l) => l.id === lessonId)
  if (enrolment.completedAt) {
    const following = outline[at + 1]
    return following ? { to: 'lesson', slug: following.slug } : { to: 'module' }
  }
  const done = new Set(
    progressOf(enrolment.id)
      .filter((p) => p.completedAt)
      .map((p) => p.lessonId),
  )
  // this lesson comes last: a check not yet passed is the one left to do
  const inTurn = [...outline.slice(at + 1), ...outline.slice(0, at + 1)]
  const unfinished = inTurn.find((l) => !done.has(l.id))
  return unfinished ? { to: 'lesson', slug: unfinished.slug } : { to: 'complete' }
}

/**
 * A module the learner has completed, for its completion page: the completion they made last
 * and the certificate it earned; `not-complete` when they have not (or have started it again).
 */
export function finishedModule(user: SessionUser, moduleSlug: string) {
  const module = findVisibleModule(user.vruId, moduleSlug)
  if (!module) return { status: 'not-found' as const }
  const enrolment = latestEnrolment(user.id, module.moduleId)
  const completion = enrolment?.completedAt ? completionOfEnrolment(enrolment.id) : undefined
  const version = completion ? getModuleVersion(completion.moduleVersionId) : undefined
  if (!completion || !version) return { status: 'not-complete' as const, module }
  return {
    status: 'complete' as const,
    module,
    completion: {
      title: version.title,
      translations: version.translations,
      completedAt: completion.completedAt,
      cpdMinutes: completion.cpdMinutes,
      validUntil: completion.validUntil,
      certificateCode: completion.certificateCode,
      postRated: Boolean(evaluationFor(completion.enrolmentId, 'post')),
    },
  }
}

/**
 * What to go on to after finishing a module: the module in progress touched last, else the
 * assigned one not yet completed that is due soonest; null when there is neither.
 */
export function nextModuleFor(user: SessionUser, finishedModuleId: number) {
  const started = inProgress(user.id).find((s) => s.moduleId !== finishedModuleId)
  if (started)
    return {
      title: started.title,
      // the latest version's Welsh title: the one part-way through is rarely older
      translations: findVisibleModule(user.vruId, started.slug)?.translations ?? null,
      href: continuePath(started),
      started: true,
    }
  const completed = new Set(completionsOf(user.id).map((c) => c.moduleId))
  const dueFirst = assignedTo(user)
    .filter((a) => a.moduleId !== finishedModuleId && !completed.has(a.moduleId))
    .sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity))
  for (const assigned of dueFirst) {
    const module = findVisibleModule(user.vruId, assigned.slug)
    if (module)
      return {
        title: module.title,
        translations: module.translations,
        href: `/learn/modules/${module.slug}`,
        started: false,
      }
  }
  return null
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
