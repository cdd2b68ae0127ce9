import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import YAML from 'yaml'
import {
  cardsFileOf,
  classroomPacks,
  classroomPrompts,
  makeCards,
  plain,
} from '../../media/downloads/source/make-pdfs.ts'
import { pdfPageTexts } from './helpers.ts'

const words = (text: string) => text.replace(/\s+/g, ' ').trim()
const frontOf = (file: string) =>
  YAML.parse(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(file, 'utf8'))![1]!) as {
    downloads?: { file: string }[]
    letters?: { from: string; to: string; body: string }[]
  }

describe('discussion cards, cut from each classroom pack’s own prompts', () => {
  const packs = classroomPacks()

  test('both shipped classroom packs have a card set', () => {
    expect(packs).toEqual(expect.arrayContaining(['mias-story', 'to-the-edge']))
  })

  test.each(packs)(
    '%s: the stored PDF says what the pack’s prompts say now (run make-pdfs.ts after changing them)',
    async (slug) => {
      const packDir = path.resolve('modules', slug)
      const stored = path.resolve('media/downloads', cardsFileOf(slug))
      expect(fs.existsSync(stored), `${stored} is missing`).toBe(true)
      const storedText = (await pdfPageTexts(fs.readFileSync(stored))).join('\n')
      const fresh = (await pdfPageTexts(await makeCards(packDir))).join('\n')
      expect(storedText).toEqual(fresh)
      // and every prompt is on a card, under its lesson's name
      const { lessons } = classroomPrompts(packDir)
      const prompts = lessons.flatMap((l) => l.prompts)
      expect(prompts.length).toBeGreaterThan(0)
      for (const lesson of lessons) {
        expect(words(storedText)).toContain(words(plain(lesson.title)))
        for (const prompt of lesson.prompts)
          expect(words(storedText)).toContain(words(plain(prompt)))
      }
    },
  )

  test.each(packs)('%s: every classroom lesson offers its card set to download', (slug) => {
    const manifest = YAML.parse(
      fs.readFileSync(path.resolve('modules', slug, 'module.yaml'), 'utf8'),
    ) as { classroom: { lessons: string[] } }
    for (const file of manifest.classroom.lessons) {
      const downloads = frontOf(path.resolve('modules', slug, 'lessons', file)).downloads ?? []
      expect(
        downloads.map((d) => d.file),
        file,
      ).toContain(`downloads/${cardsFileOf(slug)}`)
    }
  })
})

test('the large-print letters of Mia’s Story are the lesson’s letters, one to a page', async () => {
  const { letters } = frontOf('modules/mias-story/lessons/01-the-letters.md')
  const pages = await pdfPageTexts(
    fs.readFileSync('media/downloads/mias-story-letters-large-print.pdf'),
  )
  const all = words(pages.join('\n'))
  for (const [i, letter] of letters!.entries()) {
    expect(all).toContain(
      `Letter ${i + 1} of ${letters!.length}: from ${letter.from} to ${letter.to}`,
    )
    expect(all).toContain(
      words(
        plain(
          letter.body
            .trim()
            .split(/\n\s*\n/)
            .at(-1)!,
        ),
      ),
    )
  }
  // at 18 pt a long letter runs over a page, never fewer pages than letters
  expect(pages.length).toBeGreaterThanOrEqual(letters!.length)
})
