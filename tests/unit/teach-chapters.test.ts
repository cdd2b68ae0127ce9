/**
 * A teach screen may play a chapter of the pack's film by its id (issue 21): teach mode plays it
 * from the chapter's time to the next chapter's, so a unit that swaps in its licensed film only
 * edits the chapter times in the film lesson. The importer's side is in packs.test.ts.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { studioProblems } from '#app/authoring/problems.server.ts'
import { filmPart, teachLesson } from '#app/classroom/teach.server.ts'
import { cy } from '#app/i18n/cy/index.ts'
import { createI18n } from '#app/i18n/i18n.ts'
import { importPacks, readPack } from '#app/learning/packs.server.ts'
import { DEMO, sessionUser } from './helpers.ts'

const CHAPTERS = [
  { id: 'title', at: 0, title: 'Title' },
  { id: 'aces', at: 22.9, title: 'Hard childhoods' },
  { id: 'county-lines', at: 87.6, title: 'County Lines' },
  { id: 'getting-help', at: 202.3, title: 'Getting help' },
]

describe('the part of the film a screen plays', () => {
  test('a chapter plays from its time to the next chapter’s', () => {
    expect(filmPart({ from: 0, to: null, chapter: 'aces' }, CHAPTERS)).toEqual({
      from: 22.9,
      to: 87.6,
    })
  })

  test('the last chapter plays to the end of the film', () => {
    expect(filmPart({ from: 0, to: null, chapter: 'getting-help' }, CHAPTERS)).toEqual({
      from: 202.3,
      to: null,
    })
  })

  test('chapters listed out of order still end at the next one in time', () => {
    const shuffled = [CHAPTERS[2]!, CHAPTERS[0]!, CHAPTERS[3]!, CHAPTERS[1]!]
    expect(filmPart({ from: 0, to: null, chapter: 'aces' }, shuffled)).toEqual({
      from: 22.9,
      to: 87.6,
    })
  })

  test('a screen without a chapter plays its own from and to, as before', () => {
    expect(filmPart({ from: 10, to: 20 }, CHAPTERS)).toEqual({ from: 10, to: 20 })
    expect(filmPart({ from: 0, to: null }, [])).toEqual({ from: 0, to: null })
  })
})

describe('To the Edge in teach mode', () => {
  beforeAll(() => {
    expect(importPacks().filter((r) => r.status === 'refused')).toEqual([])
  })

  const film = readPack('modules/to-the-edge')
  const chapters = (() => {
    if (!film.ok) throw new Error('to-the-edge is refused')
    const lesson = film.pack.lessons.find((l) => l.lesson.kind === 'film')!.lesson
    return lesson.kind === 'film' ? lesson.chapters : []
  })()
  const at = (id: string) => chapters.find((c) => c.id === id)!.at

  test.each([
    ['lesson-plan-1-aces', 'aces', 'county-lines', 'Hard childhoods'],
    ['lesson-plan-2-county-lines', 'county-lines', 'knife-crime', 'County Lines'],
    ['lesson-plan-3-knife-crime', 'knife-crime', 'getting-help', 'Knife crime'],
  ])('%s plays the chapter %s, up to the next one', (lesson, chapter, next, title) => {
    const found = teachLesson(sessionUser(DEMO.merseysideTeacher), 'to-the-edge', lesson)
    if (found.status !== 'found') throw new Error(found.status)
    const films = found.lesson.slides.filter((s) => s.kind === 'film')
    expect(films).toHaveLength(1)
    expect(films[0]).toMatchObject({ from: at(chapter), to: at(next), chapters: [title] })
    // the film's own content note for the chapter joins the teacher's notes
    expect(films[0]!.kind === 'film' && films[0]!.contentNotes.map((n) => n.at)).toEqual([
      at(chapter),
    ])
  })

  test('the last lesson plays the chapter about getting help to the end of the film', () => {
    const found = teachLesson(
      sessionUser(DEMO.merseysideTeacher),
      'to-the-edge',
      'lesson-plan-4-where-to-get-help',
    )
    if (found.status !== 'found') throw new Error(found.status)
    expect(found.lesson.slides.find((s) => s.kind === 'film')).toMatchObject({
      from: at('getting-help'),
      to: null,
      chapters: ['Getting help'],
    })
  })
})

describe('a chapter problem in the studio’s words', () => {
  const files = {
    'module.yaml': 'title: T\nlessons:\n  - film.md\n  - plan.md\n',
    'lessons/film.md': '---\nkind: film\ntitle: The film\n---\n',
    'lessons/plan.md': '---\nkind: activity\ntitle: Lesson plan\n---\n',
  }
  const problems = [
    {
      file: 'lessons/plan.md',
      message: 'teach.1: 02-film.md has no chapter "knife"; its chapters are aces, knife-crime',
      code: 'teach-chapter',
      path: ['teach', 1],
    },
    {
      file: 'lessons/plan.md',
      message: 'teach.2: 02-film.md has no chapter "aces"; its chapters have no id',
      code: 'teach-chapter',
      path: ['teach', 2],
    },
    {
      file: 'lessons/plan.md',
      message:
        'teach.0: give the part of the film as chapter or as from and to, not both (chapter "aces")',
      code: 'teach-chapter-and-times',
      path: ['teach', 0],
    },
  ]

  test('names the lesson, the screen and the chapter', () => {
    expect(studioProblems(problems, files).map((p) => p.text)).toEqual([
      'Lesson 2 ‘Lesson plan’, Teach screen 2: the film has no chapter “knife”; use one of its chapters: aces, knife-crime',
      'Lesson 2 ‘Lesson plan’, Teach screen 3: the film has no chapter “aces”; give the film lesson’s chapters an id first',
      'Lesson 2 ‘Lesson plan’, Teach screen 1: it plays a chapter of the film, so leave out from and to (or leave out the chapter)',
    ])
  })

  test('in Welsh for a Welsh trainer', () => {
    const texts = studioProblems(problems, files, createI18n('cy', cy)).map((p) => p.text)
    expect(texts[0]).toContain('Sgrin addysgu 2: nid oes gan y ffilm bennod “knife”')
    expect(texts[2]).toContain('Sgrin addysgu 1: mae’n chwarae pennod o’r ffilm')
  })
})
