/** A completed module read again, a certificate code typed by a person, and /learn's places. */
import { eq } from 'drizzle-orm'
import { beforeAll, expect, test } from 'vitest'
import { checkAttempts, completions, db, enrolments, lessonProgress } from '#app/db.server.ts'
import { checkCertificateCode } from '#app/learning/certificates.server.ts'
import { continuePath, placeInProgress } from '#app/learning/dashboard.server.ts'
import { findLearnerLesson } from '#app/learning/lesson-flow.server.ts'
import { importPacks } from '#app/learning/packs.server.ts'
import { lessonsOf } from '#app/learning/progress.server.ts'
import {
  action as lessonAction,
  loader as lessonLoader,
} from '#app/routes/learn+/modules.$moduleSlug.lessons.$lessonSlug.tsx'
import {
  cookiePair,
  finishModule,
  freshLearnerAt,
  questionsOf,
  rightAnswers,
  signInAs,
} from './helpers.ts'

// importing every pack takes several seconds on a busy machine
beforeAll(() => {
  expect(importPacks().filter((r) => r.status === 'refused')).toEqual([])
}, 60_000)

const freshLearner = () => freshLearnerAt('Riverside Academy, Liverpool', 'rereader')

/** Everything about a person's learning that a completion or a certificate is built from. */
function recordOf(userId: string) {
  const mine = db.select().from(enrolments).where(eq(enrolments.userId, userId)).all()
  return {
    enrolments: mine,
    completions: db.select().from(completions).where(eq(completions.userId, userId)).all(),
    progress: mine.flatMap((e) =>
      db.select().from(lessonProgress).where(eq(lessonProgress.enrolmentId, e.id)).all(),
    ),
    attempts: mine.flatMap((e) =>
      db.select().from(checkAttempts).where(eq(checkAttempts.enrolmentId, e.id)).all(),
    ),
  }
}

test('a completed module’s lessons open to read again, and reading them changes nothing recorded', async () => {
  const user = freshLearner()
  const { enrolment } = finishModule(user, 'to-the-edge', new Date('2026-03-02T10:00:00Z'))
  const before = recordOf(user.id)
  expect(before.completions).toHaveLength(1)

  const outline = lessonsOf(enrolment.moduleVersionId)
  const plan = outline.find((l) => l.title.includes('Lesson plan'))!
  const check = outline.find((l) => l.kind === 'check')!
  const reflection = outline.find((l) => l.kind === 'reflection')!
  expect(findLearnerLesson(user, 'to-the-edge', plan.slug)).toMatchObject({
    status: 'found',
    rereading: true,
  })

  const cookie = cookiePair(await signInAs(user.email))
  const url = (slug: string) => `http://localhost:3000/learn/modules/to-the-edge/lessons/${slug}`
  const args = (slug: string, init: RequestInit = {}) => ({
    request: new Request(url(slug), {
      ...init,
      headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
    }),
    params: { moduleSlug: 'to-the-edge', lessonSlug: slug },
    context: { clientAddress: '127.0.0.1', cspNonce: '' },
  })
  const post = (slug: string, form: [string, string][]) =>
    lessonAction(args(slug, { method: 'POST', body: new URLSearchParams(form) }))

  for (const lesson of outline) {
    const page = (await lessonLoader(args(lesson.slug))) as { rereading: boolean }
    expect(page.rereading).toBe(true)
  }
  const moved = (await post(plan.slug, [['intent', 'complete']])) as Response
  expect(moved.status).toBe(302)
  const answers = rightAnswers(questionsOf(check)).flatMap((chosen, q) =>
    chosen.map((i): [string, string] => [`q${q}`, String(i)]),
  )
  const marked = (await post(check.slug, [['intent', 'check'], ...answers])) as {
    result: { passed: boolean }
  }
  expect(marked.result.passed).toBe(true)
  await post(reflection.slug, [['intent', 'reflection']])

  expect(recordOf(user.id)).toEqual(before)
})

test('a typed certificate code is forgiven its case and spaces, and refused when mistyped', () => {
  const user = freshLearner()
  const code = finishModule(user, 'aces-foundations').completion!.certificateCode
  expect(checkCertificateCode(`  ${code.toLowerCase()} `)).toEqual({ ok: true, code })
  expect(checkCertificateCode(code.replace('-', ''))).toEqual({ ok: true, code })
  expect(checkCertificateCode('ZZZZZ-22222')).toEqual({
    ok: false,
    error: 'No certificate has this code',
  })
  for (const typed of ['', 'my certificate', 'ABCDE-1234O', 'x'.repeat(5000)])
    expect(checkCertificateCode(typed)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Enter the code/),
    })
})

test('each module in progress is placed once on the learner’s page', () => {
  const started = (moduleId: number) => ({
    moduleId,
    slug: `m${moduleId}`,
    title: `Module ${moduleId}`,
    updatedAt: new Date(),
    lastLessonSlug: 'two',
    lastLessonTitle: 'Two',
  })
  const due = new Date('2026-12-24T00:00:00Z')
  // touched last first: 1, then 2 (assigned), then 3; 4 is assigned and not started
  const placed = placeInProgress(
    [started(1), started(2), started(3)],
    [
      { moduleId: 2, slug: 'm2', dueAt: due },
      { moduleId: 4, slug: 'm4', dueAt: null },
    ],
  )
  expect(placed.next).toMatchObject({ moduleId: 1, dueAt: null })
  expect(placed.assigned.map((a) => [a.moduleId, a.dueAt, a.started?.moduleId ?? null])).toEqual([
    [2, due, 2],
    [4, null, null],
  ])
  expect(placed.others.map((s) => s.moduleId)).toEqual([3])
  // the one touched last, when assigned, keeps its due date in the Continue box only
  const first = placeInProgress([started(2)], [{ moduleId: 2, slug: 'm2', dueAt: due }])
  expect(first).toMatchObject({ next: { moduleId: 2, dueAt: due }, assigned: [], others: [] })
  expect(continuePath(started(1))).toBe('/learn/modules/m1/lessons/two')
})
