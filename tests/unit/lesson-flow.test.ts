/** Where a learner goes once a lesson is done, and the page that marks finishing a module. */
import { beforeAll, expect, test } from 'vitest'
import { submitCheck } from '#app/learning/checks.server.ts'
import { saveEvaluation } from '#app/learning/evaluations.server.ts'
import { finishedModule, nextStepAfter } from '#app/learning/lesson-flow.server.ts'
import { importPacks } from '#app/learning/packs.server.ts'
import {
  completeLesson,
  latestEnrolment,
  lessonsOf,
  startModule,
} from '#app/learning/progress.server.ts'
import { loader as completeLoader } from '#app/routes/learn+/modules.$moduleSlug.complete.tsx'
import { action as lessonAction } from '#app/routes/learn+/modules.$moduleSlug.lessons.$lessonSlug.tsx'
import {
  cookiePair,
  finishModule,
  freshLearnerAt,
  questionsOf,
  rightAnswers,
  signInAs,
  wrongAnswers,
} from './helpers.ts'

beforeAll(() => {
  expect(importPacks().filter((r) => r.status === 'refused')).toEqual([])
}, 60_000)

/** A teacher at a Lancashire primary school, where Mia's Story is offered. */
const freshLearner = () => freshLearnerAt('Brookside Primary School, Blackpool', 'flow')

/** Mia's Story started, its lessons by slug, and a way to mark one done as its page would. */
function miasStory() {
  const user = freshLearner()
  const enrolment = startModule(user, 'mias-story')!
  const lessons = lessonsOf(enrolment.moduleVersionId)
  const bySlug = (slug: string) => lessons.find((l) => l.slug === slug)!
  const finish = (slug: string) => {
    const lesson = bySlug(slug)
    if (lesson.kind === 'check')
      return submitCheck(enrolment, lesson, rightAnswers(questionsOf(lesson))).completion
    return completeLesson(enrolment, lesson.id, 'viewed')
  }
  return { user, enrolment, lessons, bySlug, finish }
}

test('after the letters, the next lesson is the first one not yet done, not the one after', () => {
  const { enrolment, lessons, bySlug, finish } = miasStory()
  expect(lessons[0]!.slug).toBe('the-letters')
  for (const slug of ['supporting-a-pupil', 'classroom-guide', 'reflection']) finish(slug)
  expect(finish('the-letters')).toBeNull()
  expect(nextStepAfter(enrolment, bySlug('the-letters').id, false)).toEqual({
    to: 'lesson',
    slug: 'knowledge-check',
  })
})

test('with every later lesson done, the next is the earliest one left', () => {
  const { enrolment, bySlug, finish } = miasStory()
  finish('support-for-families')
  expect(nextStepAfter(enrolment, bySlug('support-for-families').id, false)).toEqual({
    to: 'lesson',
    slug: 'the-letters',
  })
  finish('the-letters')
  finish('knowledge-check')
  expect(nextStepAfter(enrolment, bySlug('knowledge-check').id, false)).toEqual({
    to: 'lesson',
    slug: 'supporting-a-pupil',
  })
})

test('a check not yet passed, when nothing else is left, is where the learner stays', () => {
  const { enrolment, bySlug, finish } = miasStory()
  for (const slug of ['the-letters', 'supporting-a-pupil', 'classroom-guide', 'reflection'])
    finish(slug)
  finish('support-for-families')
  const check = bySlug('knowledge-check')
  expect(submitCheck(enrolment, check, wrongAnswers(questionsOf(check))).completion).toBeNull()
  expect(nextStepAfter(enrolment, check.id, false)).toEqual({
    to: 'lesson',
    slug: 'knowledge-check',
  })
})

test('finishing the module leads to the rating afterwards once, then to its completion page', () => {
  const { user, enrolment, lessons, finish } = miasStory()
  const last = lessons.at(-1)!
  for (const lesson of lessons.slice(0, -1)) finish(lesson.slug)
  expect(finish(last.slug)).not.toBeNull()
  expect(nextStepAfter(enrolment, last.id, true)).toEqual({ to: 'evaluation' })
  saveEvaluation(enrolment.id, 'post', null)
  expect(nextStepAfter(enrolment, last.id, true)).toEqual({ to: 'complete' })

  // reading the completed module again turns the pages in order and ends on the module
  const completed = latestEnrolment(user.id, enrolment.moduleId)!
  expect(nextStepAfter(completed, lessons[0]!.id, false)).toEqual({
    to: 'lesson',
    slug: lessons[1]!.slug,
  })
  expect(nextStepAfter(completed, last.id, false)).toEqual({ to: 'module' })
})

test('the completion page is for a module the learner completed; the rest go to its page', async () => {
  const user = freshLearner()
  const cookie = cookiePair(await signInAs(user.email))
  const open = (slug: string) =>
    completeLoader({
      request: new Request(`http://localhost:3000/learn/modules/${slug}/complete`, {
        headers: { Cookie: cookie },
      }),
      params: { moduleSlug: slug },
      context: { clientAddress: '127.0.0.1', cspNonce: '' },
    }).catch((thrown: unknown) => thrown)

  const notStarted = (await open('mias-story')) as Response
  expect(notStarted.status).toBe(302)
  expect(notStarted.headers.get('Location')).toBe('/learn/modules/mias-story')
  expect(((await open('no-such-module')) as Response).status).toBe(404)
  expect(finishedModule(user, 'mias-story')).toMatchObject({ status: 'not-complete' })

  // another module is part-way through: it is what comes next
  const started = startModule(user, 'aces-foundations')!
  const { completion } = finishModule(user, 'mias-story', new Date('2026-11-20T09:30:00Z'))
  const page = (await open('mias-story')) as {
    title: string
    completedAt: Date
    certificateCode: string
    next: { title: string; href: string } | null
  }
  expect(page).toMatchObject({
    title: "Mia's Story",
    completedAt: new Date('2026-11-20T09:30:00Z'),
    certificateCode: completion!.certificateCode,
    next: { href: expect.stringMatching(/^\/learn\/modules\/aces-foundations/) },
  })
  expect(started.completedAt).toBeNull()

  // taken again as a refresher, it is no longer finished: the module page has the place
  startModule(user, 'mias-story')
  expect(((await open('mias-story')) as Response).headers.get('Location')).toBe(
    '/learn/modules/mias-story',
  )
})

test('the lesson that completes the module sends the learner on; reading it again does not', async () => {
  const { user, enrolment, lessons, finish } = miasStory()
  saveEvaluation(enrolment.id, 'post', null)
  const last = lessons.at(-1)!
  for (const lesson of lessons.slice(0, -1)) finish(lesson.slug)
  const cookie = cookiePair(await signInAs(user.email))
  const complete = () =>
    lessonAction({
      request: new Request(`http://localhost:3000/learn/modules/mias-story/lessons/${last.slug}`, {
        method: 'POST',
        body: new URLSearchParams({ intent: 'complete' }),
        headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      }),
      params: { moduleSlug: 'mias-story', lessonSlug: last.slug },
      context: { clientAddress: '127.0.0.1', cspNonce: '' },
    }) as Promise<Response>
  expect((await complete()).headers.get('Location')).toBe('/learn/modules/mias-story/complete')
  expect((await complete()).headers.get('Location')).toBe('/learn/modules/mias-story')
})
