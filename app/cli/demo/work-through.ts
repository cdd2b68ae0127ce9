/**
 * A module worked through as a learner would, through the functions their browser reaches: for
 * the demo's staff (learning.ts) and for tests that need completions.
 */
import { type SessionUser } from '#app/auth/session.server.ts'
import { type CheckQuestion } from '#app/learning/checks.ts'
import { submitCheck } from '#app/learning/checks.server.ts'
import {
  completeLesson,
  lessonsOf,
  startModule,
  type Lesson,
} from '#app/learning/progress.server.ts'

export const questionsOf = (lesson: Lesson) =>
  (lesson.details as { questions: CheckQuestion[] }).questions
/** Answers that pass a check: the correct options of every question. */
export const rightAnswers = (questions: CheckQuestion[]) =>
  questions.map((q) => q.options.flatMap((o, i) => (o.correct ? [i] : [])))
/** Answers that fail it: a wrong option for every question. */
export const wrongAnswers = (questions: CheckQuestion[]) =>
  questions.map((q) => [q.options.findIndex((o) => !o.correct)])

/**
 * Completes every required lesson at `at`, each check by passing it, after a wrong attempt when
 * `failFirst` says so (asked once per check, in order). The module must be visible to the
 * person; the completion is null if the lessons did not complete it.
 */
export function workThroughModule(
  user: SessionUser,
  slug: string,
  at = new Date(),
  { failFirst = () => false }: { failFirst?: () => boolean } = {},
) {
  const enrolment = startModule(user, slug, at)!
  let completion = null
  for (const lesson of lessonsOf(enrolment.moduleVersionId).filter((l) => l.required)) {
    if (lesson.kind === 'check') {
      const questions = questionsOf(lesson)
      if (failFirst()) submitCheck(enrolment, lesson, wrongAnswers(questions), at)
      completion = submitCheck(enrolment, lesson, rightAnswers(questions), at).completion
    } else {
      completion = completeLesson(
        enrolment,
        lesson.id,
        lesson.kind === 'film' ? 'transcript' : 'viewed',
        at,
      )
    }
  }
  return { enrolment, completion }
}
