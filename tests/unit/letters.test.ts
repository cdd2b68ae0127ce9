import fs from 'node:fs'
import { beforeAll, describe, expect, test } from 'vitest'
import YAML from 'yaml'
import { sqlite } from '#app/db.server.ts'
import { kindView } from '#app/learning/lesson-view.server.ts'
import { openLetter, unreadLetters, whatIsLeft } from '#app/learning/letters.server.ts'
import { importPacks } from '#app/learning/packs.server.ts'
import {
  completeLesson,
  getLesson,
  lessonOutline,
  progressOf,
  recordVisit,
  startModule,
} from '#app/learning/progress.server.ts'
import { addPerson, organisationNamed, pdfPageTexts, sessionUser } from './helpers.ts'

beforeAll(() => {
  expect(importPacks().filter((r) => r.status === 'refused')).toEqual([])
})

let counter = 0
/** A Lancashire learner who has just started Mia's Story, and its lessons. */
function startedMiasStory() {
  counter++
  const school = organisationNamed('Brookside Primary School, Blackpool')
  const user = sessionUser(addPerson(`letters${counter}.${Date.now()}@example.test`, school.id))
  const enrolment = startModule(user, 'mias-story')!
  const outline = lessonOutline(enrolment.moduleVersionId)
  const letters = getLesson(outline.find((l) => l.kind === 'letters')!.id)!
  const count = (letters.details as { letters: unknown[] }).letters.length
  return { enrolment, outline, letters, count }
}

describe('letters read', () => {
  test('each letter opened is kept, once, with the place; an out-of-range letter is the nearest', () => {
    const { enrolment, letters, count } = startedMiasStory()
    recordVisit(enrolment, letters.id)
    expect(openLetter(enrolment, letters, 0)).toEqual([0])
    expect(openLetter(enrolment, letters, 2)).toEqual([0, 2])
    expect(openLetter(enrolment, letters, 2)).toEqual([0, 2])
    expect(openLetter(enrolment, letters, 999)).toEqual([0, 2, count - 1])
    expect(openLetter(enrolment, letters, -4)).toEqual([0, 2, count - 1])
    const progress = progressOf(enrolment.id).find((p) => p.lessonId === letters.id)!
    expect(progress.position).toBe(0)
    expect(progress.lettersRead).toEqual([0, 2, count - 1])
  })

  test('nothing is kept before the lesson is visited', () => {
    const { enrolment, letters } = startedMiasStory()
    expect(openLetter(enrolment, letters, 1)).toEqual([])
  })

  test('the unread are the letters not opened', () => {
    expect(unreadLetters(5, [0, 2, 4])).toEqual([1, 3])
    expect(unreadLetters(3, [])).toEqual([0, 1, 2])
    expect(unreadLetters(2, [0, 1])).toEqual([])
  })

  test("the lesson page's view carries the letters read; the studio's preview has none", () => {
    const { letters } = startedMiasStory()
    const learner = kindView(letters, 3, [0, 1, 3])
    expect(learner.kind === 'letters' && learner.read).toEqual([0, 1, 3])
    const preview = kindView(letters, 3)
    expect(preview.kind === 'letters' && preview.read).toBeNull()
  })
})

describe('what is left of a module', () => {
  test('names every unfinished required lesson, and for the letters how many are unread', () => {
    const { enrolment, outline, letters, count } = startedMiasStory()
    const required = outline.filter((l) => l.required)
    expect(whatIsLeft(enrolment)).toEqual(
      required.map((l) => ({
        slug: l.slug,
        title: l.title,
        unreadLetters: l.kind === 'letters' ? count : null,
      })),
    )
    recordVisit(enrolment, letters.id)
    openLetter(enrolment, letters, 0)
    openLetter(enrolment, letters, 1)
    expect(whatIsLeft(enrolment)[0]).toEqual({
      slug: letters.slug,
      title: letters.title,
      unreadLetters: count - 2,
    })
    const reading = required.find((l) => l.kind === 'reading')!
    completeLesson(enrolment, reading.id, 'viewed')
    expect(whatIsLeft(enrolment).map((l) => l.slug)).not.toContain(reading.slug)
  })

  test('a letters lesson marked read is done, whatever was opened; a completed module has nothing left', () => {
    const { enrolment, letters } = startedMiasStory()
    completeLesson(enrolment, letters.id, 'viewed')
    expect(whatIsLeft(enrolment).map((l) => l.slug)).not.toContain(letters.slug)
    expect(whatIsLeft({ ...enrolment, completedAt: new Date() })).toEqual([])
  })
})

describe('the PDF of all the letters', () => {
  test('is made from the lesson: one page a letter, each numbered, as the pack has them now', async () => {
    const source = fs.readFileSync('modules/mias-story/lessons/01-the-letters.md', 'utf8')
    const { letters } = YAML.parse(/^---\n([\s\S]*?)\n---/.exec(source)![1]!) as {
      letters: { from: string; to: string; body: string }[]
    }
    const pages = await pdfPageTexts(fs.readFileSync('media/downloads/mias-story-letters.pdf'))
    expect(pages).toHaveLength(letters.length)
    letters.forEach((letter, i) => {
      expect(pages[i]).toContain(
        `Letter ${i + 1} of ${letters.length}: from ${letter.from} to ${letter.to}`,
      )
      // the last paragraph of each letter, as the pack has it (run make-pdfs.ts after changing them)
      const words = (text: string) => text.replace(/\s+/g, ' ').trim()
      expect(words(pages[i]!)).toContain(
        words(
          letter.body
            .trim()
            .split(/\n\s*\n/)
            .at(-1)!,
        ),
      )
    })
  })
})

describe('letters read before they were kept', () => {
  test('count as read up to the one the learner had open, within the pack', () => {
    const upgrade = fs
      .readFileSync('db/migrations/0012_letters_read.sql', 'utf8')
      .split('--> statement-breakpoint')[1]!
    const before = [startedMiasStory(), startedMiasStory()]
    const [part, past] = before
    for (const { enrolment, letters } of before) recordVisit(enrolment, letters.id)
    sqlite
      .prepare(
        'update lesson_progress set position = ?, letters_read = null where enrolment_id = ?',
      )
      .run(2, part!.enrolment.id)
    sqlite
      .prepare(
        'update lesson_progress set position = ?, letters_read = null where enrolment_id = ?',
      )
      .run(999, past!.enrolment.id)
    sqlite.exec(upgrade)
    const read = (s: (typeof before)[number]) =>
      progressOf(s.enrolment.id).find((p) => p.lessonId === s.letters.id)!.lettersRead
    expect(read(part!)).toEqual([0, 1, 2])
    expect(read(past!)).toEqual(Array.from({ length: past!.count }, (_, i) => i))
  })
})
