import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { asc, eq } from 'drizzle-orm'
import { afterAll, describe, expect, test } from 'vitest'
import { stringify } from 'yaml'
import { db, lessons, modules, moduleVersions } from '#app/db.server.ts'
import {
  describeImport,
  fillFilmLengths,
  importPacks,
  readPack,
  type ImportReport,
} from '#app/learning/packs.server.ts'
import { vruId } from './helpers.ts'

// ---------------------------------------------------------------------------------------------
// Reading the database

const moduleRow = (slug: string) => db.select().from(modules).where(eq(modules.slug, slug)).get()

function versionsOf(slug: string) {
  const module = moduleRow(slug)
  if (!module) return []
  return db
    .select()
    .from(moduleVersions)
    .where(eq(moduleVersions.moduleId, module.id))
    .orderBy(asc(moduleVersions.version))
    .all()
}

function lessonsOf(slug: string, version = 1) {
  const row = versionsOf(slug).find((v) => v.version === version)
  if (!row) throw new Error(`${slug} has no version ${version}`)
  return db
    .select()
    .from(lessons)
    .where(eq(lessons.moduleVersionId, row.id))
    .orderBy(asc(lessons.position))
    .all()
}

function reportFor(reports: ImportReport[], slug: string) {
  const report = reports.find((r) => r.slug === slug)
  if (!report) throw new Error(`No report for ${slug}: ${JSON.stringify(reports)}`)
  return report
}

// ---------------------------------------------------------------------------------------------
// Building packs in a temporary folder: modules/<slug>/ and media/, like the repository's

const REAL_CAPTIONS = path.resolve('media/captions/to-the-edge-demo.en.vtt')
const workspaces: string[] = []
afterAll(() => {
  for (const dir of workspaces) fs.rmSync(dir, { recursive: true, force: true })
})

type Front = Record<string, unknown>

const MANIFEST = {
  title: 'A test module',
  summary: 'For the importer tests: a reading, a film and a knowledge check.',
  audience: ['all-staff'],
  topics: ['aces'],
  practiceLevel: 'trauma-aware',
  estimatedMinutes: 20,
  cpdMinutes: 30,
  passMark: 80,
  languages: ['en'],
  lessons: ['01-welcome.md', '02-film.md', '03-check.md'],
}

const READING: Front = { kind: 'reading', title: 'Welcome', minutes: 5 }
const FILM: Front = {
  kind: 'film',
  title: 'The film',
  minutes: 5,
  film: 'films/test.mp4',
  captions: [{ language: 'en', label: 'English', file: 'captions/test.en.vtt' }],
  transcript: 'transcripts/test.en.md',
}
const QUESTION = {
  prompt: 'Which of these is an ACE?',
  options: [
    { text: 'A parent in prison', correct: true, feedback: 'Yes, one of the ten.' },
    { text: 'A new school', correct: false, feedback: 'Not one of the original ten.' },
  ],
}
const CHECK: Front = {
  kind: 'check',
  title: 'Check your understanding',
  minutes: 5,
  questions: [QUESTION],
}

const lessonFile = (front: Front, body: string) => `---\n${stringify(front)}---\n${body}\n`

const VALID_LESSONS: Record<string, string> = {
  '01-welcome.md': lessonFile(READING, 'Welcome to the **test** module.'),
  '02-film.md': lessonFile(FILM, 'A short film.'),
  '03-check.md': lessonFile(CHECK, 'One question.'),
}

/**
 * A fresh modules/ and media/ under the system temp folder holding one pack, valid unless the
 * caller changes it: `manifest` is merged into the valid manifest (or replaces it when a string,
 * or leaves it out when null), `lessons` replaces lesson files by name (null: leave it out).
 */
function workspace(
  slug: string,
  changes: {
    manifest?: Partial<typeof MANIFEST> & Record<string, unknown>
    manifestText?: string | null
    lessons?: Record<string, string | null>
  } = {},
) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-packs-'))
  workspaces.push(dir)
  const modulesDir = path.join(dir, 'modules')
  const mediaDir = path.join(dir, 'media')
  const packDir = path.join(modulesDir, slug)
  for (const sub of ['captions', 'films', 'transcripts'])
    fs.mkdirSync(path.join(mediaDir, sub), { recursive: true })
  fs.mkdirSync(path.join(packDir, 'lessons'), { recursive: true })

  fs.copyFileSync(REAL_CAPTIONS, path.join(mediaDir, 'captions/test.en.vtt'))
  // a real 2.5 s MP4 (tests/unit/film-length.test.ts says how it was made)
  fs.copyFileSync(
    path.resolve('tests/unit/fixtures/moov-at-end.mp4'),
    path.join(mediaDir, 'films/test.mp4'),
  )
  fs.writeFileSync(
    path.join(mediaDir, 'transcripts/test.en.md'),
    '# Transcript\n\nEverything that is **said** in the film.\n',
  )

  const manifestText =
    changes.manifestText !== undefined
      ? changes.manifestText
      : stringify({ ...MANIFEST, ...changes.manifest })
  if (manifestText !== null) fs.writeFileSync(path.join(packDir, 'module.yaml'), manifestText)
  for (const [name, text] of Object.entries({ ...VALID_LESSONS, ...changes.lessons })) {
    if (text !== null) fs.writeFileSync(path.join(packDir, 'lessons', name), text)
  }
  return { dir, modulesDir, mediaDir, packDir, import: () => importPacks(modulesDir, mediaDir) }
}

/** Imports a broken pack and checks it was refused whole, with a problem on `file` matching `message`. */
function expectRefused(slug: string, reports: ImportReport[], file: string, message: RegExp) {
  const report = reportFor(reports, slug)
  expect(report.status).toBe('refused')
  expect(report.problems).toContainEqual({
    file: path.join('modules', slug, file),
    message: expect.stringMatching(message),
  })
  expect(moduleRow(slug)).toBeUndefined()
  return report
}

// ---------------------------------------------------------------------------------------------

describe('the shipped packs', () => {
  // each pack's lesson kinds in order; most open with several reading lessons
  const readings = (n: number) => Array<string>(n).fill('reading')
  const SHIPPED: Record<string, string[]> = {
    'aces-foundations': [...readings(5), 'reflection', 'check', 'reading'],
    'contextual-safeguarding-cse': [...readings(6), 'reflection', 'check', 'reading'],
    'domestic-abuse-children': [...readings(7), 'reflection', 'check', 'reading'],
    'keeping-learners-safe-wales': [...readings(4), 'reflection', 'check', 'reading'],
    'knife-crime-exploitation': [...readings(7), 'reflection', 'check', 'reading'],
    'mias-story': ['letters', 'reading', 'activity', 'reflection', 'check', 'reading'],
    'online-harms-child-on-child': [...readings(7), 'reflection', 'check', 'reading'],
    'safeguarding-induction-england': [...readings(5), 'reflection', 'check', 'reading'],
    'safeguarding-refresher-england': [...readings(2), 'reflection', 'check', 'reading'],
    'serious-violence-duty': [...readings(7), 'reflection', 'check', 'reading'],
    'to-the-edge': [
      'reading',
      'film',
      'activity',
      'activity',
      'activity',
      'activity',
      'activity',
      'reflection',
      'check',
      'reading',
    ],
    'trauma-informed-schools': [...readings(6), 'reflection', 'check', 'reading'],
  }

  // twelve packs read, checked and loaded twice: longer than the usual 20 s on a loaded machine
  test(
    'all twelve load as version 1 with their lessons in order, and a second import changes nothing',
    { timeout: 90_000 },
    () => {
      const first = importPacks()
      expect(
        first.filter((r) => r.status === 'refused'),
        describeImport(first).join('\n'),
      ).toEqual([])
      expect(first).toEqual(
        Object.keys(SHIPPED).map((slug) => ({ slug, status: 'imported', version: 1 })),
      )

      for (const [slug, kinds] of Object.entries(SHIPPED)) {
        const versions = versionsOf(slug)
        expect(
          versions.map((v) => [v.version, v.status]),
          slug,
        ).toEqual([[1, 'published']])
        const rows = lessonsOf(slug)
        expect(
          rows.map((l) => l.kind),
          slug,
        ).toEqual(kinds)
        expect(
          rows.map((l) => l.position),
          slug,
        ).toEqual(kinds.map((_, i) => i))
      }

      const second = importPacks()
      expect(second).toEqual(
        Object.keys(SHIPPED).map((slug) => ({ slug, status: 'unchanged', version: 1 })),
      )
      for (const slug of Object.keys(SHIPPED)) expect(versionsOf(slug), slug).toHaveLength(1)
      expect(describeImport(second)).toContain('· to-the-edge: unchanged (version 1)')
    },
  )

  test('knowledge checks store their questions, with the pass mark', () => {
    importPacks()
    const check = lessonsOf('aces-foundations').find((l) => l.kind === 'check')!
    expect(check.required).toBe(true)
    const details = check.details as {
      passMark: number
      questions: {
        prompt: string
        multiple: boolean
        options: { text: string; correct: boolean; feedback: string }[]
      }[]
    }
    expect(details.passMark).toBe(80)
    expect(details.questions.length).toBeGreaterThan(0)
    expect(details.questions[0]).toMatchObject({
      prompt:
        'A new teaching assistant hears the word "ACEs" in a staff meeting and asks you what it means. What is the clearest way to explain it?',
      multiple: false,
    })
    for (const question of details.questions) {
      expect(
        question.options.some((o) => o.correct),
        question.prompt,
      ).toBe(true)
      for (const option of question.options) expect(option.feedback, option.text).toBeTruthy()
    }
    expect(details.questions.some((q) => q.multiple)).toBe(true)
  })

  test('the film lesson stores /media/ paths and the transcript as HTML', () => {
    importPacks()
    const film = lessonsOf('to-the-edge').find((l) => l.kind === 'film')!
    expect(film.slug).toBe('the-film')
    // its length, read from the file's header
    expect(film.filmSeconds).toBe(269.275)
    expect(film.details).toMatchObject({
      src: '/media/films/to-the-edge-demo.mp4',
      type: 'video/mp4',
      captions: [
        { language: 'en', label: 'English', src: '/media/captions/to-the-edge-demo.en.vtt' },
        {
          language: 'cy',
          label: 'Cymraeg',
          src: '/media/captions/to-the-edge-demo.cy.vtt',
          review: expect.stringMatching(/native speaker/),
        },
      ],
      poster: null,
    })
    // the Welsh transcript, rendered like the English
    const { transcripts } = film.details as { transcripts: Record<string, string> }
    expect(Object.keys(transcripts)).toEqual(['cy'])
    expect(transcripts.cy).not.toContain('<h1>')
    expect(transcripts.cy).toContain('<h3>Pennod 1: Plentyndod anodd</h3>')
    const { transcriptHtml, chapters, notes } = film.details as {
      transcriptHtml: string
      chapters: unknown[]
      notes: unknown[]
    }
    // the transcript's title goes (the lesson has its own heading) and its sections are h3
    expect(transcriptHtml).not.toContain('<h1>')
    expect(transcriptHtml).toContain('<h3>Chapter 1: Hard childhoods</h3>')
    expect(transcriptHtml).toContain('This is a demonstration film')
    expect(chapters).toHaveLength(5)
    expect(notes).toHaveLength(3)
    expect(film.contentNote).toMatch(/exploited/)
  })

  test('film lessons loaded before lengths were read get theirs at the next start', () => {
    importPacks()
    const film = lessonsOf('to-the-edge').find((l) => l.kind === 'film')!
    db.update(lessons).set({ filmSeconds: null }).where(eq(lessons.id, film.id)).run()
    expect(fillFilmLengths()).toEqual([])
    expect(db.select().from(lessons).where(eq(lessons.id, film.id)).get()!.filmSeconds).toBe(
      269.275,
    )
    // a film that cannot be read is named; its lesson can still be completed by the transcript
    db.update(lessons).set({ filmSeconds: null }).where(eq(lessons.id, film.id)).run()
    expect(fillFilmLengths(path.resolve('tests/unit/fixtures'))).toEqual([
      {
        file: 'media/films/to-the-edge-demo.mp4',
        message: expect.stringMatching(
          /^the length of the film media\/films\/to-the-edge-demo\.mp4 cannot be read/,
        ),
      },
    ])
    expect(fillFilmLengths()).toEqual([])
  })

  test('activity lessons link their PDFs with their size', () => {
    importPacks()
    const guide = lessonsOf('to-the-edge').find((l) => l.kind === 'activity')!
    const { downloads } = guide.details as {
      downloads: { title: string; href: string; bytes: number }[]
    }
    expect(downloads.length).toBeGreaterThan(0)
    for (const download of downloads) {
      expect(download.href).toMatch(/^\/media\/downloads\/[a-z0-9-]+\.pdf$/)
      expect(download.bytes).toBe(
        fs.statSync(path.resolve('media', download.href.replace('/media/', ''))).size,
      )
    }
  })
})

describe('a valid pack', () => {
  test('loads, with Markdown rendered and raw HTML and script removed', () => {
    const slug = 'test-markdown'
    const ws = workspace(slug, {
      manifest: { description: 'What it covers.\n\n<script>alert("manifest")</script>' },
      lessons: {
        '01-welcome.md': lessonFile(
          READING,
          [
            'Welcome to the **test** module.',
            '',
            '<script>alert(1)</script>',
            '',
            '<img src=x onerror=alert(1)>',
            '',
            'A [safe link](https://example.org) and a [bad one](javascript:alert(1)).',
          ].join('\n'),
        ),
      },
    })
    expect(ws.import()).toEqual([{ slug, status: 'imported', version: 1 }])

    const [welcome, film, check] = lessonsOf(slug)
    expect(welcome!.bodyHtml).toContain('<strong>test</strong>')
    expect(welcome!.bodyHtml).toContain('href="https://example.org"')
    expect(welcome!.bodyHtml).not.toMatch(/<script|<img|onerror|alert|javascript:/i)
    expect(versionsOf(slug)[0]!.descriptionHtml).toContain('<p>What it covers.</p>')
    expect(versionsOf(slug)[0]!.descriptionHtml).not.toMatch(/<script|alert/i)

    expect(film!.details).toMatchObject({
      src: '/media/films/test.mp4',
      captions: [{ src: '/media/captions/test.en.vtt' }],
    })
    expect((film!.details as { transcriptHtml: string }).transcriptHtml).toContain(
      '<strong>said</strong>',
    )
    expect(check!.details).toMatchObject({
      passMark: 80,
      questions: [{ prompt: QUESTION.prompt, multiple: false }],
    })
    expect(moduleRow(slug)!.ownerVruId).toBeNull()
  })

  test('changing one lesson loads version 2 and keeps version 1 and its lessons', () => {
    const slug = 'test-versions'
    const ws = workspace(slug)
    expect(ws.import()).toEqual([{ slug, status: 'imported', version: 1 }])
    const v1Lessons = lessonsOf(slug, 1)
    expect(v1Lessons.map((l) => l.kind)).toEqual(['reading', 'film', 'check'])

    fs.writeFileSync(
      path.join(ws.packDir, 'lessons', '01-welcome.md'),
      lessonFile({ ...READING, title: 'Welcome, again' }, 'A changed welcome.'),
    )
    expect(ws.import()).toEqual([{ slug, status: 'imported', version: 2 }])

    expect(versionsOf(slug).map((v) => v.version)).toEqual([1, 2])
    expect(lessonsOf(slug, 1)).toEqual(v1Lessons)
    expect(lessonsOf(slug, 1)[0]!.title).toBe('Welcome')
    expect(lessonsOf(slug, 2)[0]).toMatchObject({
      title: 'Welcome, again',
      bodyHtml: '<p>A changed welcome.</p>',
    })
    expect(lessonsOf(slug, 2)).toHaveLength(3)

    expect(ws.import()).toEqual([{ slug, status: 'unchanged', version: 2 }])
  })

  test('a changed transcript is a change too', () => {
    const slug = 'test-transcript-change'
    const ws = workspace(slug)
    expect(ws.import()).toEqual([{ slug, status: 'imported', version: 1 }])
    fs.writeFileSync(path.join(ws.mediaDir, 'transcripts/test.en.md'), 'A corrected transcript.\n')
    expect(ws.import()).toEqual([{ slug, status: 'imported', version: 2 }])
    expect((lessonsOf(slug, 2)[1]!.details as { transcriptHtml: string }).transcriptHtml).toBe(
      '<p>A corrected transcript.</p>',
    )
  })

  test('an owner that is a unit is stored on the module', () => {
    const slug = 'test-owned'
    const ws = workspace(slug, { manifest: { owner: 'merseyside' } })
    expect(ws.import()).toEqual([{ slug, status: 'imported', version: 1 }])
    expect(moduleRow(slug)!.ownerVruId).toBe(vruId('merseyside'))
  })

  test('a changed owner is stored with the new version', () => {
    const slug = 'test-owner-changes'
    const ws = workspace(slug)
    expect(ws.import()).toEqual([{ slug, status: 'imported', version: 1 }])
    expect(moduleRow(slug)!.ownerVruId).toBeNull()
    fs.writeFileSync(
      path.join(ws.packDir, 'module.yaml'),
      stringify({ ...MANIFEST, owner: 'lancashire' }),
    )
    expect(ws.import()).toEqual([{ slug, status: 'imported', version: 2 }])
    expect(moduleRow(slug)!.ownerVruId).toBe(vruId('lancashire'))
  })

  test('a lesson file that starts with a byte-order mark loads', () => {
    const slug = 'test-bom'
    const ws = workspace(slug, {
      lessons: { '01-welcome.md': '\uFEFF' + lessonFile(READING, 'Saved by a Windows editor.') },
    })
    expect(ws.import()).toEqual([{ slug, status: 'imported', version: 1 }])
  })

  test('a broken pack does not stop the good one beside it', () => {
    const ws = workspace('test-good-neighbour')
    const broken = path.join(ws.modulesDir, 'test-bad-neighbour')
    fs.cpSync(ws.packDir, broken, { recursive: true })
    fs.rmSync(path.join(broken, 'lessons', '03-check.md'))
    const reports = ws.import()
    expect(reportFor(reports, 'test-good-neighbour')).toEqual({
      slug: 'test-good-neighbour',
      status: 'imported',
      version: 1,
    })
    expectRefused(
      'test-bad-neighbour',
      reports,
      'lessons/03-check.md',
      /listed in module.yaml but does not exist/,
    )
    expect(describeImport(reports)).toEqual([
      '✗ test-bad-neighbour: refused, nothing of it loaded',
      `    ${path.join('modules', 'test-bad-neighbour', 'lessons', '03-check.md')}: this lesson file is listed in module.yaml but does not exist`,
      '✓ test-good-neighbour: loaded as version 1',
    ])
  })
})

describe('a broken pack is refused whole, naming the file', () => {
  const film = (changes: Front) => ({
    '02-film.md': lessonFile({ ...FILM, ...changes }, 'A short film.'),
  })
  const check = (question: unknown) => ({
    '03-check.md': lessonFile({ ...CHECK, questions: [question] }, 'One question.'),
  })

  test('a film without captions', () => {
    const { captions: _, ...noCaptions } = FILM
    const slug = 'broken-no-captions'
    const ws = workspace(slug, {
      lessons: { '02-film.md': lessonFile(noCaptions, 'A short film.') },
    })
    expectRefused(slug, ws.import(), 'lessons/02-film.md', /^captions: a film needs captions/)
  })

  test('a film with an empty captions list', () => {
    const slug = 'broken-empty-captions'
    const ws = workspace(slug, { lessons: film({ captions: [] }) })
    expectRefused(slug, ws.import(), 'lessons/02-film.md', /^captions: a film needs captions$/)
  })

  test('a captions file that does not exist', () => {
    const slug = 'broken-captions-missing'
    const ws = workspace(slug, {
      lessons: film({
        captions: [{ language: 'en', label: 'English', file: 'captions/nowhere.vtt' }],
      }),
    })
    expectRefused(
      slug,
      ws.import(),
      'lessons/02-film.md',
      /^the captions file media\/captions\/nowhere\.vtt does not exist$/,
    )
  })

  test('a malformed captions file, with its line number', () => {
    const slug = 'broken-captions-malformed'
    const ws = workspace(slug)
    fs.writeFileSync(
      path.join(ws.mediaDir, 'captions/test.en.vtt'),
      'WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nFine\n\n2\n00:00:03 --> 00:00:04.000\nNo milliseconds\n',
    )
    expectRefused(
      slug,
      ws.import(),
      'lessons/02-film.md',
      /^captions media\/captions\/test\.en\.vtt line 8: A cue time is not in the form/,
    )
  })

  test('a missing transcript', () => {
    const slug = 'broken-transcript-missing'
    const ws = workspace(slug)
    fs.rmSync(path.join(ws.mediaDir, 'transcripts/test.en.md'))
    expectRefused(
      slug,
      ws.import(),
      'lessons/02-film.md',
      /^the transcript media\/transcripts\/test\.en\.md does not exist$/,
    )
  })

  test('a missing film', () => {
    const slug = 'broken-film-missing'
    const ws = workspace(slug)
    fs.rmSync(path.join(ws.mediaDir, 'films/test.mp4'))
    expectRefused(
      slug,
      ws.import(),
      'lessons/02-film.md',
      /^the film media\/films\/test\.mp4 does not exist$/,
    )
  })

  test('a film that is not a video file', () => {
    const slug = 'broken-film-txt'
    const ws = workspace(slug, { lessons: film({ film: 'films/test.txt' }) })
    fs.writeFileSync(path.join(ws.mediaDir, 'films/test.txt'), 'not a film')
    expectRefused(
      slug,
      ws.import(),
      'lessons/02-film.md',
      /^the film must be an \.mp4 or \.webm file$/,
    )
  })

  test('a film whose length cannot be read from its header', () => {
    const slug = 'broken-film-length'
    const ws = workspace(slug, { lessons: film({ film: 'films/recording.webm' }) })
    fs.copyFileSync(
      path.resolve('tests/unit/fixtures/no-duration.webm'),
      path.join(ws.mediaDir, 'films/recording.webm'),
    )
    expectRefused(
      slug,
      ws.import(),
      'lessons/02-film.md',
      /^the length of the film media\/films\/recording\.webm cannot be read: it must be an MP4 or WebM whose header gives its duration/,
    )
  })

  test('a film path that leaves media/', () => {
    const slug = 'broken-film-outside'
    const ws = workspace(slug, { lessons: film({ film: 'films/../../secret.mp4' }) })
    expectRefused(slug, ws.import(), 'lessons/02-film.md', /^film: film must stay inside media\/$/)
  })

  test('a question with no correct option', () => {
    const slug = 'broken-question-none-correct'
    const ws = workspace(slug, {
      lessons: check({
        ...QUESTION,
        options: QUESTION.options.map((o) => ({ ...o, correct: false })),
      }),
    })
    expectRefused(
      slug,
      ws.import(),
      'lessons/03-check.md',
      /the question "Which of these is an ACE\?" has no correct option/,
    )
  })

  test('a question with two correct options that is not multiple: true', () => {
    const slug = 'broken-question-two-correct'
    const twoCorrect = {
      ...QUESTION,
      options: QUESTION.options.map((o) => ({ ...o, correct: true })),
    }
    const ws = workspace(slug, { lessons: check(twoCorrect) })
    expectRefused(
      slug,
      ws.import(),
      'lessons/03-check.md',
      /has 2 correct options but is not multiple: true/,
    )

    // the same question with multiple: true is fine
    const fixed = workspace('fixed-question-two-correct', {
      lessons: check({ ...twoCorrect, multiple: true }),
    })
    expect(fixed.import()).toEqual([
      { slug: 'fixed-question-two-correct', status: 'imported', version: 1 },
    ])
  })

  test('a question with a content note but no telling without the hard detail', () => {
    const slug = 'broken-question-note-alone'
    const ws = workspace(slug, {
      lessons: check({ ...QUESTION, contentNote: 'This question is about a stabbing.' }),
    })
    expectRefused(
      slug,
      ws.import(),
      'lessons/03-check.md',
      /has a content note but no alternative: write the question again without the hard detail/,
    )

    // with its alternative it loads, and the note travels with the question
    const fixed = workspace('fixed-question-note', {
      lessons: check({
        ...QUESTION,
        contentNote: 'This question is about a stabbing.',
        alternative: 'Which of these is one of the ten ACEs?',
      }),
    })
    expect(fixed.import()).toEqual([
      { slug: 'fixed-question-note', status: 'imported', version: 1 },
    ])
  })

  test('an option without feedback', () => {
    const slug = 'broken-option-no-feedback'
    const { feedback: _, ...noFeedback } = QUESTION.options[1]!
    const ws = workspace(slug, {
      lessons: check({ ...QUESTION, options: [QUESTION.options[0], noFeedback] }),
    })
    expectRefused(
      slug,
      ws.import(),
      'lessons/03-check.md',
      /^questions\.0\.options\.1\.feedback: option feedback is missing/,
    )
  })

  test('an unknown lesson kind', () => {
    const slug = 'broken-unknown-kind'
    const ws = workspace(slug, {
      lessons: { '01-welcome.md': lessonFile({ ...READING, kind: 'podcast' }, 'Listen.') },
    })
    expectRefused(
      slug,
      ws.import(),
      'lessons/01-welcome.md',
      /kind must be one of reading, film, letters, activity, check, reflection/,
    )
  })

  test('front matter that is not valid YAML', () => {
    const slug = 'broken-yaml'
    const ws = workspace(slug, {
      lessons: { '01-welcome.md': '---\nkind: reading\ntitle: [Welcome\nminutes: 5\n---\nHello\n' },
    })
    expectRefused(slug, ws.import(), 'lessons/01-welcome.md', /^not valid YAML/)
  })

  test('a YAML error names the line in the lesson file', () => {
    const slug = 'broken-yaml-line'
    const ws = workspace(slug, {
      lessons: {
        '01-welcome.md': '---\nkind: reading\ntitle: Welcome: again: bad\nminutes: 5\n---\nHello\n',
      },
    })
    expectRefused(slug, ws.import(), 'lessons/01-welcome.md', /\(line 3\)/)
  })

  test('a lesson that is a folder, not a file, is refused without stopping the import', () => {
    const slug = 'broken-folder-lesson'
    const ws = workspace(slug, { lessons: { '03-check.md': null } })
    fs.mkdirSync(path.join(ws.packDir, 'lessons', '03-check.md'))
    expectRefused(slug, ws.import(), 'lessons/03-check.md', /does not exist/)
  })

  test('a lesson with no front matter', () => {
    const slug = 'broken-no-front-matter'
    const ws = workspace(slug, { lessons: { '01-welcome.md': '# Welcome\n\nJust Markdown.\n' } })
    expectRefused(slug, ws.import(), 'lessons/01-welcome.md', /front matter between two --- lines/)
  })

  test('a lesson listed in module.yaml that is not there', () => {
    const slug = 'broken-lesson-absent'
    const ws = workspace(slug, { lessons: { '03-check.md': null } })
    expectRefused(
      slug,
      ws.import(),
      'lessons/03-check.md',
      /^this lesson file is listed in module.yaml but does not exist$/,
    )
  })

  test('two lessons that would have the same address', () => {
    const slug = 'broken-duplicate-address'
    const ws = workspace(slug, {
      manifest: { lessons: ['01-welcome.md', '02-film.md', '03-check.md', '04-welcome.md'] },
      lessons: { '04-welcome.md': VALID_LESSONS['01-welcome.md']! },
    })
    expectRefused(
      slug,
      ws.import(),
      'lessons/04-welcome.md',
      /two lessons would have the address welcome/,
    )
  })

  test('a missing module.yaml', () => {
    const slug = 'broken-no-manifest'
    const ws = workspace(slug, { manifestText: null })
    expectRefused(slug, ws.import(), 'module.yaml', /^the manifest is missing$/)
  })

  test('a module.yaml that is not valid YAML', () => {
    const slug = 'broken-manifest-yaml'
    const ws = workspace(slug, { manifestText: 'title: "unclosed\nsummary: x\n' })
    expectRefused(slug, ws.import(), 'module.yaml', /^not valid YAML/)
  })

  test('an unknown audience', () => {
    const slug = 'broken-audience'
    const ws = workspace(slug, { manifest: { audience: ['all-staff', 'parents'] } })
    expectRefused(
      slug,
      ws.import(),
      'module.yaml',
      /^audience\.1: audience must be one of all-staff, primary-schools/,
    )
  })

  test('a manifest missing a required field', () => {
    const slug = 'broken-no-title'
    const { title: _, ...noTitle } = MANIFEST
    const ws = workspace(slug, { manifestText: stringify(noTitle) })
    expectRefused(slug, ws.import(), 'module.yaml', /^title: title is missing or is not text$/)
  })

  test('an owner that no unit has', () => {
    const slug = 'broken-owner'
    const ws = workspace(slug, { manifest: { owner: 'atlantis' } })
    expectRefused(slug, ws.import(), 'module.yaml', /^owner: no unit has the short name atlantis$/)
  })

  test('a pack folder not named in lower case with hyphens', () => {
    const slug = 'Broken_Name'
    const ws = workspace(slug)
    expectRefused(slug, ws.import(), '', /lower case with hyphens/)
  })

  test('every problem in a pack is reported, not just the first', () => {
    const slug = 'broken-many'
    const ws = workspace(slug, {
      lessons: { '01-welcome.md': 'no front matter', '03-check.md': null },
    })
    fs.rmSync(path.join(ws.mediaDir, 'films/test.mp4'))
    const result = readPack(ws.packDir, ws.mediaDir)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems.map((p) => p.file)).toEqual([
      path.join('modules', slug, 'lessons', '01-welcome.md'),
      path.join('modules', slug, 'lessons', '02-film.md'),
      path.join('modules', slug, 'lessons', '03-check.md'),
    ])
  })

  test('a pack refused after an earlier version loaded keeps that version', () => {
    const slug = 'test-later-broken'
    const ws = workspace(slug)
    expect(ws.import()).toEqual([{ slug, status: 'imported', version: 1 }])
    fs.rmSync(path.join(ws.mediaDir, 'transcripts/test.en.md'))
    expect(reportFor(ws.import(), slug).status).toBe('refused')
    expect(versionsOf(slug).map((v) => v.version)).toEqual([1])
    expect(lessonsOf(slug, 1)).toHaveLength(3)
  })
})

describe('a film’s Welsh captions and transcript, lined up with the English', () => {
  const WELSH = {
    language: 'cy',
    label: 'Cymraeg',
    file: 'captions/test.cy.vtt',
    transcript: 'transcripts/test.cy.md',
    review: 'Check the word for "lad".',
  }
  const english = fs.readFileSync(REAL_CAPTIONS, 'utf8')
  /** A pack whose film has English and Welsh captions; `vtt`: the Welsh file's text (null: none). */
  function bilingual(slug: string, vtt: string | null, welsh: Front = WELSH) {
    const ws = workspace(slug, {
      lessons: {
        '02-film.md': lessonFile(
          { ...FILM, captions: [...(FILM.captions as Front[]), welsh] },
          'A short film.',
        ),
      },
    })
    if (vtt !== null) fs.writeFileSync(path.join(ws.mediaDir, 'captions/test.cy.vtt'), vtt)
    fs.writeFileSync(
      path.join(ws.mediaDir, 'transcripts/test.cy.md'),
      '# Trawsgrifiad\n\nPopeth sy’n cael ei **ddweud** yn y ffilm.\n',
    )
    return ws
  }
  // the English captions with each cue's words in "Welsh", its times untouched
  const translated = english.replace(/^(?!WEBVTT)(?!\d+$)(?!.*-->)(.+)$/gm, 'Cymraeg: $1')

  test('Welsh captions with the English cues load, with their transcript and review', () => {
    const slug = 'film-in-welsh'
    const ws = bilingual(slug, translated)
    expect(reportFor(ws.import(), slug).status).toBe('imported')
    const film = lessonsOf(slug)[1]!
    expect(film.details).toMatchObject({
      captions: [
        { language: 'en', src: '/media/captions/test.en.vtt', review: null },
        {
          language: 'cy',
          label: 'Cymraeg',
          src: '/media/captions/test.cy.vtt',
          review: WELSH.review,
        },
      ],
      transcripts: { cy: expect.stringContaining('<strong>ddweud</strong>') },
    })
    // a changed Welsh transcript is a new version, as a changed English one is
    fs.appendFileSync(path.join(ws.mediaDir, 'transcripts/test.cy.md'), '\nMwy.\n')
    expect(reportFor(ws.import(), slug).status).toBe('imported')
    expect(versionsOf(slug)).toHaveLength(2)
  })

  test('a declared Welsh captions file that is missing', () => {
    const slug = 'broken-welsh-captions-missing'
    expectRefused(
      slug,
      bilingual(slug, null).import(),
      'lessons/02-film.md',
      /^the captions file media\/captions\/test\.cy\.vtt does not exist$/,
    )
  })

  test('Welsh captions with a cue fewer than the English', () => {
    const slug = 'broken-welsh-captions-cues'
    const oneFewer = `${translated.trimEnd().split(/\n\n/).slice(0, -1).join('\n\n')}\n`
    expectRefused(
      slug,
      bilingual(slug, oneFewer).import(),
      'lessons/02-film.md',
      /^captions media\/captions\/test\.cy\.vtt has 54 cues, but the English captions have 55/,
    )
  })

  test('Welsh captions with a cue at another time, naming the cue and both times', () => {
    const slug = 'broken-welsh-captions-timing'
    const moved = translated.replace(
      '00:00:17.138 --> 00:00:22.378',
      '00:00:17.138 --> 00:00:23.000',
    )
    expectRefused(
      slug,
      bilingual(slug, moved).import(),
      'lessons/02-film.md',
      /^captions media\/captions\/test\.cy\.vtt cue 4 runs 00:00:17\.138 --> 00:00:23\.000, but in the English it runs 00:00:17\.138 --> 00:00:22\.378/,
    )
  })

  test('a Welsh transcript that is missing, and a transcript on the English captions', () => {
    const slug = 'broken-welsh-transcript'
    const ws = bilingual(slug, translated, { ...WELSH, transcript: 'transcripts/nowhere.cy.md' })
    expectRefused(
      slug,
      ws.import(),
      'lessons/02-film.md',
      /^the transcript media\/transcripts\/nowhere\.cy\.md does not exist$/,
    )
    const twice = 'broken-english-captions-transcript'
    const ws2 = workspace(twice, {
      lessons: {
        '02-film.md': lessonFile(
          {
            ...FILM,
            captions: [
              {
                language: 'en',
                label: 'English',
                file: 'captions/test.en.vtt',
                transcript: 'transcripts/test.en.md',
              },
            ],
          },
          'A short film.',
        ),
      },
    })
    expectRefused(
      twice,
      ws2.import(),
      'lessons/02-film.md',
      /^captions\.0\.transcript: the English transcript is the lesson’s transcript/,
    )
  })
})

describe('training that stays in date, as a pack sets it', () => {
  test('validity, refresher and requiredAgain are stored with the version', () => {
    const slug = 'in-date-valid'
    const ws = workspace(slug, {
      manifest: {
        validity: { until: '31 August', renewalWindowDays: 45 },
        refresher: 'in-date-valid-refresher',
        requiredAgain: { by: '2099-10-31', reason: 'The guidance changed.' },
      },
    })
    expect(reportFor(ws.import(), slug).status).toBe('imported')
    const version = db
      .select()
      .from(moduleVersions)
      .where(eq(moduleVersions.moduleId, moduleRow(slug)!.id))
      .get()!
    expect(version).toMatchObject({
      validity: { kind: 'yearly', month: 8, day: 31, windowDays: 45 },
      refresher: 'in-date-valid-refresher',
      requiredAgainBy: '2099-10-31',
      requiredAgainReason: 'The guidance changed.',
    })
  })

  test.each([
    [{ months: 0 }, /^validity: months: Training must stay in date for at least 1 month/],
    [
      { months: 1, renewalWindowDays: 40 },
      /^validity: renewalWindowDays: The renewal window must be shorter/,
    ],
    [{ until: '30 February' }, /^validity: until: Choose a day that exists every year/],
    [{ until: 'the end of term' }, /validity/],
  ])('a validity of %j is refused, naming the field', (validity, message) => {
    const slug = `in-date-bad-${Math.random().toString(36).slice(2, 8)}`
    const ws = workspace(slug, { manifest: { validity } })
    expectRefused(slug, ws.import(), 'module.yaml', message)
  })

  test('a module that is its own refresher, or refreshers in a circle, are refused', () => {
    const own = 'in-date-own-refresher'
    expectRefused(
      own,
      workspace(own, { manifest: { refresher: own } }).import(),
      'module.yaml',
      /^refresher: a module cannot be its own refresher$/,
    )
    const first = 'in-date-circle-a'
    const second = 'in-date-circle-b'
    expect(
      reportFor(workspace(first, { manifest: { refresher: second } }).import(), first).status,
    ).toBe('imported')
    expectRefused(
      second,
      workspace(second, { manifest: { refresher: first } }).import(),
      'module.yaml',
      /^refresher: in-date-circle-a leads back to this module \(in-date-circle-b → in-date-circle-a → in-date-circle-b\)/,
    )
  })

  test('asking everyone again by a day that has passed, or does not exist, is refused', () => {
    const past = 'in-date-past'
    expectRefused(
      past,
      workspace(past, {
        manifest: { requiredAgain: { by: '2020-01-31', reason: 'Old news.' } },
      }).import(),
      'module.yaml',
      /^requiredAgain\.by: 2020-01-31 has passed/,
    )
    const unreal = 'in-date-unreal'
    expectRefused(
      unreal,
      workspace(unreal, {
        manifest: { requiredAgain: { by: '2099-02-30', reason: 'Never.' } },
      }).import(),
      'module.yaml',
      /^requiredAgain\.by: requiredAgain\.by is a date that exists/,
    )
  })
})

describe('a classroom pack: teach mode never opens an empty or wrong screen', () => {
  const LETTERS: Front = {
    kind: 'letters',
    title: 'The letters',
    minutes: 5,
    letters: [
      { from: 'Dad', to: 'Mia', date: 'October', body: 'Dear Mia, the first letter.' },
      { from: 'Mia', to: 'Dad', date: 'November', body: 'Dear Dad, the second letter.' },
    ],
  }
  const CLASS_LESSON: Front = {
    kind: 'activity',
    title: 'Teaching it',
    minutes: 10,
    teach: [
      { film: '02-film.md', from: 0, to: 2 },
      { letters: '04-letters.md', only: [2] },
      { prompt: 'How might Mia feel?', notes: 'Listen for **two feelings at once**.' },
    ],
  }
  const classroom = (changes: Front = {}) => ({
    manifest: {
      lessons: [...MANIFEST.lessons, '04-letters.md', '05-teach.md'],
      classroom: {
        yearGroups: [9, 7],
        since: '2020-01-01',
        prepare: 'Talk to your DSL first.',
        lessons: ['05-teach.md'],
        ...changes,
      },
    },
  })
  const lessons = (teach: Front = CLASS_LESSON, others: Record<string, string> = {}) => ({
    '04-letters.md': lessonFile(LETTERS, 'Letters.'),
    '05-teach.md': lessonFile(teach, 'The plan.'),
    ...others,
  })

  test('a valid classroom pack is stored with its screens', () => {
    const slug = 'classroom-valid'
    const ws = workspace(slug, { ...classroom(), lessons: lessons() })
    expect(reportFor(ws.import(), slug).status).toBe('imported')
    const version = versionsOf(slug)[0]!
    expect(version.classroom).toMatchObject({ yearGroups: [7, 9], lessons: ['teach'] })
    const teach = lessonsOf(slug).find((l) => l.slug === 'teach')!.details.teach
    expect(teach).toEqual([
      { kind: 'film', lesson: 'film', from: 0, to: 2, notesHtml: null },
      { kind: 'letters', lesson: 'letters', only: [2], notesHtml: null },
      {
        kind: 'prompt',
        text: 'How might Mia feel?',
        notesHtml: expect.stringContaining('<strong>two feelings at once</strong>'),
      },
    ])
  })

  test('a classroom lesson without teach', () => {
    const slug = 'classroom-no-teach'
    const { teach: _, ...noTeach } = CLASS_LESSON
    const ws = workspace(slug, { ...classroom(), lessons: lessons(noTeach) })
    expectRefused(slug, ws.import(), 'lessons/05-teach.md', /needs teach: the screens/)
  })

  test('teach on a lesson not listed in classroom.lessons', () => {
    const slug = 'classroom-teach-elsewhere'
    const ws = workspace(slug, {
      ...classroom(),
      lessons: lessons(CLASS_LESSON, {
        '01-welcome.md': lessonFile(
          { ...READING, teach: [{ prompt: 'Why?' }] },
          'Welcome to the **test** module.',
        ),
      }),
    })
    expectRefused(
      slug,
      ws.import(),
      'lessons/01-welcome.md',
      /^teach is only for lessons listed in classroom\.lessons/,
    )
  })

  test('a film screen naming a lesson that is not a film', () => {
    const slug = 'classroom-film-not-film'
    const ws = workspace(slug, {
      ...classroom(),
      lessons: lessons({ ...CLASS_LESSON, teach: [{ film: '01-welcome.md' }] }),
    })
    expectRefused(
      slug,
      ws.import(),
      'lessons/05-teach.md',
      /^teach\.0: 01-welcome\.md is not a film lesson of this pack$/,
    )
  })

  test('letters only: a letter the lesson does not have', () => {
    const slug = 'classroom-letter-missing'
    const ws = workspace(slug, {
      ...classroom(),
      lessons: lessons({ ...CLASS_LESSON, teach: [{ letters: '04-letters.md', only: [1, 3] }] }),
    })
    expectRefused(
      slug,
      ws.import(),
      'lessons/05-teach.md',
      /^teach\.0: there are 2 letters, so there is no letter 3$/,
    )
  })

  const CHAPTERED_FILM = lessonFile(
    {
      ...FILM,
      chapters: [
        { id: 'title', at: 0, title: 'Title' },
        { id: 'aces', at: 1, title: 'Hard childhoods' },
      ],
    },
    'A short film in two chapters.',
  )
  const byChapter = (screen: Front) =>
    lessons(
      { ...CLASS_LESSON, teach: [{ film: '02-film.md', ...screen }] },
      {
        '02-film.md': CHAPTERED_FILM,
      },
    )

  test('a film screen may play a chapter by its id; it is stored by the chapter', () => {
    const slug = 'classroom-chapter'
    const ws = workspace(slug, { ...classroom(), lessons: byChapter({ chapter: 'aces' }) })
    expect(reportFor(ws.import(), slug).status).toBe('imported')
    const teach = lessonsOf(slug).find((l) => l.slug === 'teach')!.details.teach
    expect(teach).toEqual([
      { kind: 'film', lesson: 'film', from: 0, to: null, chapter: 'aces', notesHtml: null },
    ])
    const film = lessonsOf(slug).find((l) => l.slug === 'film')!.details as { chapters: unknown }
    expect(film.chapters).toEqual([
      { id: 'title', at: 0, title: 'Title' },
      { id: 'aces', at: 1, title: 'Hard childhoods' },
    ])
  })

  test('a chapter the film lesson does not have', () => {
    const slug = 'classroom-chapter-missing'
    const ws = workspace(slug, { ...classroom(), lessons: byChapter({ chapter: 'knife-crime' }) })
    expectRefused(
      slug,
      ws.import(),
      'lessons/05-teach.md',
      /^teach\.0: 02-film\.md has no chapter "knife-crime"; its chapters are title, aces$/,
    )
  })

  test('a chapter together with from or to', () => {
    const slug = 'classroom-chapter-and-times'
    const ws = workspace(slug, {
      ...classroom(),
      lessons: byChapter({ chapter: 'aces', from: 0, to: 2 }),
    })
    expectRefused(
      slug,
      ws.import(),
      'lessons/05-teach.md',
      /^teach\.0: give the part of the film as chapter or as from and to, not both/,
    )
  })

  test('two chapters of a film with the same id, or an id that is not a short name', () => {
    const twice = 'classroom-chapter-twice'
    const film = (chapters: Front[]) =>
      lessons(CLASS_LESSON, { '02-film.md': lessonFile({ ...FILM, chapters }, 'A film.') })
    expectRefused(
      twice,
      workspace(twice, {
        ...classroom(),
        lessons: film([
          { id: 'aces', at: 0, title: 'One' },
          { id: 'aces', at: 1, title: 'Two' },
        ]),
      }).import(),
      'lessons/02-film.md',
      /^chapters: every chapter id is different$/,
    )
    const spaced = 'classroom-chapter-spaced'
    expectRefused(
      spaced,
      workspace(spaced, {
        ...classroom(),
        lessons: film([{ id: 'County Lines', at: 0, title: 'One' }]),
      }).import(),
      'lessons/02-film.md',
      /^chapters\.0\.id: a chapter id is a short name like county-lines/,
    )
  })

  test('a year group of 14', () => {
    const slug = 'classroom-year-14'
    const ws = workspace(slug, { ...classroom({ yearGroups: [9, 14] }), lessons: lessons() })
    expectRefused(
      slug,
      ws.import(),
      'module.yaml',
      /^classroom\.yearGroups\.1: classroom\.yearGroups are school years from 1 to 13$/,
    )
  })
})
