import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { stringify } from 'yaml'
import { db, lessons, modules, moduleVersions, users } from '#app/db.server.ts'
import { submitCheck } from '#app/learning/checks.server.ts'
import { lessonInLanguage } from '#app/learning/lesson-view.server.ts'
import { importPacks, readPack } from '#app/learning/packs.server.ts'
import { lessonsOf, startModule } from '#app/learning/progress.server.ts'
import {
  action as lessonAction,
  loader as lessonLoader,
} from '#app/routes/learn+/modules.$moduleSlug.lessons.$lessonSlug.tsx'
import {
  addPerson,
  cookiePair,
  organisationNamed,
  questionsOf,
  rightAnswers,
  sessionUser,
  signInAs,
} from './helpers.ts'

// ---------------------------------------------------------------------------------------------
// The importer's rules for a lesson's Welsh file

const workspaces: string[] = []
afterAll(() => {
  for (const dir of workspaces) fs.rmSync(dir, { recursive: true, force: true })
})

const lessonFile = (front: Record<string, unknown>, body: string) =>
  `---\n${stringify(front)}---\n${body}\n`
const CHECK = (texts: [string, string], correct: [boolean, boolean], multiple = false) => ({
  kind: 'check',
  title: 'Check',
  minutes: 5,
  questions: [
    {
      prompt: texts[0],
      multiple,
      options: [
        { text: texts[0], correct: correct[0], feedback: 'One.' },
        { text: texts[1], correct: correct[1], feedback: 'Two.' },
      ],
    },
  ],
})
const MANIFEST = {
  title: 'A Welsh test module',
  summary: 'For the importer tests of Welsh lessons.',
  audience: ['all-staff'],
  topics: ['aces'],
  practiceLevel: 'trauma-aware',
  estimatedMinutes: 10,
  cpdMinutes: 10,
  passMark: 80,
  languages: ['en'],
  lessons: ['01-welcome.md', '02-check.md'],
}
const ENGLISH = {
  '01-welcome.md': lessonFile({ kind: 'reading', title: 'Welcome', minutes: 5 }, 'Hello.'),
  '02-check.md': lessonFile(CHECK(['Yes', 'No'], [true, false]), 'One question.'),
}
const WELSH = {
  '01-welcome.cy.md': lessonFile(
    { kind: 'reading', title: 'Croeso', minutes: 5, review: 'Check “croeso”.' },
    'Helo.',
  ),
  '02-check.cy.md': lessonFile(CHECK(['Ie', 'Na'], [true, false]), 'Un cwestiwn.'),
}

function pack(
  files: Record<string, string | null>,
  manifest: Record<string, unknown> = {},
): ReturnType<typeof readPack> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-cy-'))
  workspaces.push(dir)
  const packDir = path.join(dir, 'modules', 'welsh-test')
  fs.mkdirSync(path.join(packDir, 'lessons'), { recursive: true })
  fs.mkdirSync(path.join(dir, 'media'))
  fs.writeFileSync(path.join(packDir, 'module.yaml'), stringify({ ...MANIFEST, ...manifest }))
  for (const [name, text] of Object.entries({ ...ENGLISH, ...WELSH, ...files }))
    if (text !== null) fs.writeFileSync(path.join(packDir, 'lessons', name), text)
  return readPack(packDir, path.join(dir, 'media'))
}

const problemsOf = (read: ReturnType<typeof readPack>) => (read.ok ? [] : read.problems)
const CY_FILE = (name: string) => path.join('modules', 'welsh-test', 'lessons', name)

describe('a lesson’s Welsh file', () => {
  test('is read beside its lesson, review mark kept', () => {
    const read = pack({})
    expect(problemsOf(read)).toEqual([])
    if (!read.ok) return
    const welcome = read.pack.lessons[0]!.translations.cy!
    expect(welcome.lesson.title).toBe('Croeso')
    expect(welcome.lesson.review).toBe('Check “croeso”.')
    expect(read.pack.files['lessons/02-check.cy.md']).toContain('Ie')
  })

  test('of another kind is refused, naming the Welsh file', () => {
    const read = pack({
      '01-welcome.cy.md': lessonFile(
        { kind: 'reflection', title: 'Croeso', minutes: 5, prompts: ['Pam?'] },
        'Helo.',
      ),
    })
    expect(problemsOf(read)).toContainEqual({
      file: CY_FILE('01-welcome.cy.md'),
      message: expect.stringMatching(/kind is reflection, but the English lesson is reading/),
    })
  })

  test('with other correct answers, or options that do not line up, is refused', () => {
    const swapped = pack({
      '02-check.cy.md': lessonFile(CHECK(['Ie', 'Na'], [false, true]), 'Un.'),
    })
    expect(problemsOf(swapped)).toContainEqual({
      file: CY_FILE('02-check.cy.md'),
      message: expect.stringMatching(/questions\.0\.options\.0: correct is false.*same/),
    })
    const threeOptions = CHECK(['Ie', 'Na'], [true, false])
    threeOptions.questions[0]!.options.push({ text: 'Efallai', correct: false, feedback: 'Na.' })
    expect(problemsOf(pack({ '02-check.cy.md': lessonFile(threeOptions, 'Un.') }))).toContainEqual({
      file: CY_FILE('02-check.cy.md'),
      message: expect.stringMatching(/3 options, but the English has 2/),
    })
  })

  test('must carry the content note and gentler telling of a question that has them', () => {
    const noted = (texts: [string, string], note?: [string, string]) => {
      const check = CHECK(texts, [true, false])
      if (note) Object.assign(check.questions[0]!, { contentNote: note[0], alternative: note[1] })
      return lessonFile(check, 'Un.')
    }
    const read = pack({
      '02-check.md': noted(['Yes', 'No'], ['About a stabbing.', 'Is this right?']),
      '02-check.cy.md': noted(['Ie', 'Na']),
    })
    expect(problemsOf(read)).toContainEqual({
      file: CY_FILE('02-check.cy.md'),
      message: expect.stringMatching(/questions\.0: the English has a content note/),
    })
    const both = pack({
      '02-check.md': noted(['Yes', 'No'], ['About a stabbing.', 'Is this right?']),
      '02-check.cy.md': noted(['Ie', 'Na'], ['Am drywanu.', 'Ydy hyn yn iawn?']),
    })
    expect(problemsOf(both)).toEqual([])
  })

  test('a language listed in the manifest needs every lesson in it', () => {
    const read = pack(
      { '02-check.cy.md': null },
      { languages: ['en', 'cy'], translations: { cy: { title: 'Prawf', summary: 'Prawf.' } } },
    )
    expect(problemsOf(read)).toContainEqual({
      file: CY_FILE('02-check.cy.md'),
      message: expect.stringMatching(/languages lists cy, but this Welsh version of 02-check.md/),
    })
    expect(
      problemsOf(
        pack(
          {},
          { languages: ['en', 'cy'], translations: { cy: { title: 'Prawf', summary: 'Prawf.' } } },
        ),
      ),
    ).toEqual([])
  })

  test('a Welsh file whose lesson is not listed is refused', () => {
    const read = pack({
      '09-extra.cy.md': lessonFile({ kind: 'reading', title: 'X', minutes: 1 }, 'X'),
    })
    expect(problemsOf(read)).toContainEqual({
      file: CY_FILE('09-extra.cy.md'),
      message: expect.stringMatching(/translation of 09-extra.md, which is not listed/),
    })
  })
})

// ---------------------------------------------------------------------------------------------
// The learner: Welsh where the pack has it, English where not, marked the same either way

beforeAll(() => {
  expect(importPacks().filter((r) => r.status === 'refused')).toEqual([])
})

let counter = 0
function welshLearner(language: 'cy' | 'en') {
  counter++
  const email = addPerson(
    `cy${counter}.${Date.now()}@example.test`,
    organisationNamed('Riverside Academy, Liverpool').id,
  )
  db.update(users).set({ language }).where(eq(users.email, email)).run()
  return sessionUser(email)
}

function latestLessons(slug: string) {
  const version = db
    .select({ id: moduleVersions.id })
    .from(moduleVersions)
    .innerJoin(modules, eq(modules.id, moduleVersions.moduleId))
    .where(and(eq(modules.slug, slug), eq(moduleVersions.status, 'published')))
    .all()
    .at(-1)!
  return db.select().from(lessons).where(eq(lessons.moduleVersionId, version.id)).all()
}

describe('a learner who chose Welsh', () => {
  test('the ACEs module is Welsh in every lesson, with the same correct answers', () => {
    for (const lesson of latestLessons('aces-foundations')) {
      expect(lesson.translations?.cy?.title, lesson.slug).toBeTruthy()
      const shown = lessonInLanguage(lesson, 'cy')
      expect(shown.language).toBe('cy')
      if (lesson.kind === 'check') {
        const en = questionsOf(lesson)
        const cy = (shown.details as { questions: typeof en }).questions
        expect(cy.map((q) => q.options.map((o) => o.correct))).toEqual(
          en.map((q) => q.options.map((o) => o.correct)),
        )
        expect(cy[0]!.prompt).not.toBe(en[0]!.prompt)
      }
    }
  })

  test('a lesson without Welsh stays English, marked so', () => {
    const lesson = latestLessons('to-the-edge')[0]!
    expect(lessonInLanguage(lesson, 'cy')).toMatchObject({ language: 'en', title: lesson.title })
  })

  test('reads the lesson in Welsh and passes the check in Welsh, with Welsh feedback', async () => {
    const user = welshLearner('cy')
    const enrolment = startModule(user, 'aces-foundations')!
    const check = lessonsOf(enrolment.moduleVersionId).find((l) => l.kind === 'check')!
    const cookie = cookiePair(await signInAs(user.email))
    const url = `http://localhost:3000/learn/modules/aces-foundations/lessons/${check.slug}`
    const context = { clientAddress: '127.0.0.1', cspNonce: '' }
    const params = { moduleSlug: 'aces-foundations', lessonSlug: check.slug }
    const page = await lessonLoader({
      request: new Request(url, { headers: { Cookie: cookie } }),
      params,
      context,
    })
    expect(page.lesson).toMatchObject({ title: 'Gwirio eich dealltwriaeth', language: 'cy' })
    const body = new URLSearchParams({ intent: 'check' })
    rightAnswers(questionsOf(check)).forEach((chosen, i) =>
      chosen.forEach((option) => body.append(`q${i}`, String(option))),
    )
    const result = (await lessonAction({
      request: new Request(url, {
        method: 'POST',
        headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
      }),
      params,
      context,
    })) as { result: { passed: boolean; answers: { feedback: string }[][] } }
    expect(result.result.passed).toBe(true)
    expect(result.result.answers[0]![1]!.feedback).toMatch(/^Ie\./)
  })

  test('marking is the same lesson’s whichever language: an English learner passes with the same answers', () => {
    const user = welshLearner('en')
    const enrolment = startModule(user, 'aces-foundations')!
    const check = lessonsOf(enrolment.moduleVersionId).find((l) => l.kind === 'check')!
    const outcome = submitCheck(enrolment, check, rightAnswers(questionsOf(check)))
    expect(outcome.passed).toBe(true)
  })
})
