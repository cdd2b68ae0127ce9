/**
 * Helpers for the learner's side: what the module packs in modules/ say (lesson addresses, the
 * right answers to knowledge checks), fresh learners signed in to a page, and quick ways to put a
 * learner part-way through or at the end of a module by posting the forms a browser would post.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, type APIRequestContext, type Page } from '@playwright/test'
import YAML from 'yaml'
import { createLearner, DEMO, signIn } from './utils.ts'

const MODULES = path.resolve(import.meta.dirname, '../../modules')

export type PackQuestion = {
  prompt: string
  contentNote?: string
  alternative?: string
  multiple?: boolean
  options: { text: string; correct: boolean; feedback: string }[]
}
export type PackLesson = {
  slug: string
  kind: 'reading' | 'film' | 'letters' | 'activity' | 'check' | 'reflection'
  title: string
  required: boolean
  contentNote?: string
  questions?: PackQuestion[]
  prompts?: string[]
  letters?: { from: string; to: string; date: string; body: string }[]
}

/** A module pack as its files describe it. */
export function readPack(moduleSlug: string) {
  const dir = path.join(MODULES, moduleSlug)
  const manifest = YAML.parse(fs.readFileSync(path.join(dir, 'module.yaml'), 'utf8')) as {
    title: string
    lessons: string[]
    evaluation?: { statements: string[] }
  }
  const lessons = manifest.lessons.map((file): PackLesson => {
    const source = fs.readFileSync(path.join(dir, 'lessons', file), 'utf8')
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? ''
    const data = YAML.parse(front) as Omit<PackLesson, 'slug' | 'required'> & { required?: boolean }
    return {
      ...data,
      required: data.required ?? true,
      slug: file.replace(/^\d+-/, '').replace(/\.md$/, ''),
    }
  })
  return {
    slug: moduleSlug,
    title: manifest.title,
    lessons,
    statements: manifest.evaluation?.statements ?? [],
  }
}

export function packLesson(moduleSlug: string, kind: PackLesson['kind'], nth = 0) {
  const lesson = readPack(moduleSlug).lessons.filter((l) => l.kind === kind)[nth]
  if (!lesson) throw new Error(`${moduleSlug} has no ${kind} lesson number ${nth + 1}`)
  return lesson
}

export const lessonPath = (moduleSlug: string, lessonSlug: string) =>
  `/learn/modules/${moduleSlug}/lessons/${lessonSlug}`

function questionsOf(moduleSlug: string, lessonSlug: string) {
  const lesson = readPack(moduleSlug).lessons.find((l) => l.slug === lessonSlug)
  if (!lesson?.questions) throw new Error(`${moduleSlug}/${lessonSlug} is not a knowledge check`)
  return lesson.questions
}

/** For each question, the indexes of its right options. */
export function rightAnswers(moduleSlug: string, lessonSlug: string) {
  return questionsOf(moduleSlug, lessonSlug).map((q) =>
    q.options.flatMap((o, i) => (o.correct ? [i] : [])),
  )
}

/** For each question, one wrong option: every question is answered, and every one is wrong. */
export function wrongAnswers(moduleSlug: string, lessonSlug: string) {
  return questionsOf(moduleSlug, lessonSlug).map((q) => [q.options.findIndex((o) => !o.correct)])
}

/** Ticks these options in the knowledge check form (answers[q] lists option indexes). */
export async function chooseAnswers(page: Page, answers: number[][]) {
  for (const [q, options] of answers.entries()) {
    // a question with hard detail waits behind its content note until the learner chooses
    const show = page.locator(`#view-q${q}-question`)
    if ((await show.count()) > 0) await show.check()
    for (const o of options) await page.locator(`#q${q}-${o}`).check()
  }
}

/**
 * A new learner, signed in on this page. Pass the test's `request` fixture, which does the
 * inviting. Without options they work at the demo Merseyside school, Riverside Academy,
 * Liverpool; `lancashire: true` puts them in a Lancashire primary school instead.
 */
export async function newLearner(
  page: Page,
  request: APIRequestContext,
  { name = 'Alex Morgan', lancashire = false }: { name?: string; lancashire?: boolean } = {},
) {
  const learner = await createLearner(
    request,
    lancashire
      ? { name, by: DEMO.vruLancashire, organisation: 'Brookside Primary School, Blackpool' }
      : { name },
  )
  await signIn(page, learner, learner.password)
  return learner
}

async function post(request: APIRequestContext, url: string, form: Record<string, string>) {
  const response = await request.post(url, { form, maxRedirects: 0 })
  expect([200, 302], `POST ${url}`).toContain(response.status())
  return response
}

/** Starts a module as the learner signed in on `request` (a page's request shares its cookies). */
export async function startModuleByRequest(
  request: APIRequestContext,
  moduleSlug: string,
  { skipRating = true } = {},
) {
  await post(request, `/learn/modules/${moduleSlug}`, { intent: 'start' })
  if (skipRating)
    await post(request, `/learn/modules/${moduleSlug}/evaluation/pre`, { intent: 'skip' })
}

/** Completes one lesson the way its page would: marked read, answered rightly, or reflected on. */
export async function completeLessonByRequest(
  request: APIRequestContext,
  moduleSlug: string,
  lesson: PackLesson,
) {
  const url = lessonPath(moduleSlug, lesson.slug)
  switch (lesson.kind) {
    case 'check': {
      const form = new URLSearchParams({ intent: 'check' })
      rightAnswers(moduleSlug, lesson.slug).forEach((options, q) =>
        options.forEach((o) => form.append(`q${q}`, String(o))),
      )
      const response = await request.post(url, {
        data: form.toString(),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        maxRedirects: 0,
      })
      expect(response.status(), `POST ${url}`).toBe(200)
      return response
    }
    case 'reflection':
      return post(request, url, {
        intent: 'reflection',
        ...Object.fromEntries(
          (lesson.prompts ?? []).map((_, i) => [`answer${i}`, 'A few thoughts.']),
        ),
      })
    default:
      return post(request, url, { intent: 'complete' })
  }
}

/** Starts a module and completes its lessons up to (not including) `until`, or all of them. */
export async function workThroughByRequest(
  request: APIRequestContext,
  moduleSlug: string,
  { until, skipRating = true }: { until?: string; skipRating?: boolean } = {},
) {
  await startModuleByRequest(request, moduleSlug, { skipRating })
  for (const lesson of readPack(moduleSlug).lessons) {
    if (lesson.slug === until) return
    await completeLessonByRequest(request, moduleSlug, lesson)
  }
}

/** Completes a whole module; returns the certificate's code, read from the module page. */
export async function completeModuleByRequest(request: APIRequestContext, moduleSlug: string) {
  await workThroughByRequest(request, moduleSlug)
  const html = await (await request.get(`/learn/modules/${moduleSlug}`)).text()
  const code = /\/learn\/certificates\/([A-Z0-9-]+)\/pdf/.exec(html)?.[1]
  if (!code) throw new Error(`${moduleSlug} did not complete: no certificate link on its page`)
  return code
}
