/**
 * The studio's server modules on a real database: who may see and change which module, drafts
 * and published versions, uploads checked by content and size, and module zips that round-trip.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { zipSync, strToU8 } from 'fflate'
import { beforeAll, describe, expect, test } from 'vitest'
import { moduleInsights, lessonChanges } from '#app/authoring/insights.server.ts'
import {
  LESSON_UPLOAD_FIELDS,
  lessonFormValues,
  LessonIntentSchema,
  reshapeCheck,
  saveLessonFromForm,
} from '#app/authoring/lessons.server.ts'
import {
  addLesson,
  copyIntoUnit,
  createModule,
  draftLessonFiles,
  ensureDraft,
  findDraft,
  latestPublishedVersion,
  listStudioModules,
  moveLesson,
  publishDraft,
  removeLesson,
  saveLessonFile,
  ModuleDetailsSchema,
} from '#app/authoring/modules.server.ts'
import { studioProblems } from '#app/authoring/problems.server.ts'
import { publishFromStudio, publishSummary } from '#app/authoring/publishing.server.ts'
import { refresherRefusal } from '#app/authoring/staying-in-date.server.ts'
import { studioModulePage } from '#app/authoring/studio-page.server.ts'
import { importPackZip, packZipStream } from '#app/authoring/pack-zip.server.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import {
  auditEvents,
  db,
  lessons as lessonsTable,
  modules,
  moduleVersions,
  users,
} from '#app/db.server.ts'
import { listCatalogue } from '#app/learning/catalogue.server.ts'
import { submitCheck } from '#app/learning/checks.server.ts'
import { importPacks, MEDIA_ROOT } from '#app/learning/packs.server.ts'
import { lessonsOf, openEnrolment, startModule } from '#app/learning/progress.server.ts'
import {
  orRefuse,
  readUploadForm,
  requireStudioModule,
  submitLessonForm,
} from '#app/routes/studio+/__studio.server.ts'
import {
  addPerson,
  DEMO,
  moduleDetails,
  organisationNamed,
  requestWith,
  sessionUser,
  signInAs,
  vruId,
} from './helpers.ts'

const PACKS = [
  'aces-foundations',
  'knife-crime-exploitation',
  'mias-story',
  'to-the-edge',
  'trauma-informed-schools',
]

beforeAll(() => {
  expect(importPacks().filter((r) => r.status === 'refused')).toEqual([])
})

const details = moduleDetails

function multipart(
  parts: { name: string; filename?: string; body: Uint8Array | string }[],
  chunk = 64 * 1024,
) {
  const boundary = 'x-upstream-test-boundary'
  const pieces: Uint8Array[] = []
  for (const part of parts) {
    const disposition = part.filename
      ? `form-data; name="${part.name}"; filename="${part.filename}"`
      : `form-data; name="${part.name}"`
    pieces.push(strToU8(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n\r\n`))
    pieces.push(typeof part.body === 'string' ? strToU8(part.body) : part.body)
    pieces.push(strToU8('\r\n'))
  }
  pieces.push(strToU8(`--${boundary}--\r\n`))
  const whole = Buffer.concat(pieces)
  // a real stream, sent a chunk at a time, as a browser's upload arrives
  let offset = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= whole.length) return controller.close()
      controller.enqueue(whole.subarray(offset, offset + chunk))
      offset += chunk
    },
  })
  return new Request('http://localhost:3000/upload', {
    method: 'POST',
    headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
    body,
    duplex: 'half',
  } as RequestInit)
}

/** What a thrown guard answered, or null if nothing was thrown. */
function statusOf(run: () => unknown) {
  try {
    run()
    return null
  } catch (error) {
    if (error instanceof Response) return error.status
    throw error
  }
}

function lancashireTrainer() {
  const email = `trainer.lancs.${Date.now()}@example.test`
  db.insert(users)
    .values({
      id: crypto.randomUUID(),
      email,
      name: 'Test Lancashire trainer',
      role: 'trainer',
      vruId: vruId('lancashire'),
    })
    .run()
  return sessionUser(email)
}

function form(fields: Record<string, string>) {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.append(key, value)
  return data
}

/** A module of the Merseyside trainer's with one reading lesson, published as version 1. */
function publishedReadingModule(title: string) {
  const trainer = sessionUser(DEMO.merseysideTrainer)
  const module = createModule(trainer, details(title))
  const file = addLesson(ensureDraft(module), 'reading', 'Why it matters')
  const saved = saveLessonFromForm(
    ensureDraft(module),
    module.slug,
    file,
    'reading',
    form({ title: 'Why it matters', minutes: '4', body: 'First **version**.' }),
    [],
  )
  expect(saved).toEqual({ ok: true })
  expect(publishDraft(trainer, module)).toEqual({ status: 'published', version: 1 })
  return { trainer, module, file }
}

describe('tenancy', () => {
  test('a trainer sees their unit’s modules and the national library, never another unit’s', () => {
    const merseyside = sessionUser(DEMO.merseysideTrainer)
    const slugs = listStudioModules(merseyside).map((m) => m.slug)
    expect(slugs).toContain('to-the-edge')
    expect(slugs).toContain('aces-foundations')
    expect(slugs).not.toContain('mias-story')
    expect(statusOf(() => requireStudioModule(merseyside, 'mias-story', 'view'))).toBe(404)
    expect(statusOf(() => requireStudioModule(merseyside, 'mias-story', 'edit'))).toBe(404)
    expect(statusOf(() => requireStudioModule(merseyside, 'to-the-edge', 'edit'))).toBeNull()
  })

  test('national modules are read-only to trainers: editing or publishing one is 403', () => {
    const trainer = sessionUser(DEMO.merseysideTrainer)
    const national = requireStudioModule(trainer, 'aces-foundations', 'view')
    expect(statusOf(() => requireStudioModule(trainer, 'aces-foundations', 'edit'))).toBe(403)
    expect(statusOf(() => orRefuse(publishDraft(trainer, national)))).toBe(403)
    const admin = sessionUser(DEMO.admin)
    expect(statusOf(() => requireStudioModule(admin, 'aces-foundations', 'edit'))).toBeNull()
    // an administrator's national module: in every unit's studio, editable by none of their trainers
    const made = createModule(admin, { ...details(`National ${Date.now()}`), national: true })
    expect(made.ownerVruId).toBeNull()
    expect(statusOf(() => requireStudioModule(trainer, made.slug, 'view'))).toBeNull()
    expect(statusOf(() => requireStudioModule(trainer, made.slug, 'edit'))).toBe(403)
    // a trainer asking for a national module gets their own unit's
    expect(
      createModule(trainer, { ...details(`Mine ${Date.now()}`), national: true }).ownerVruId,
    ).toBe(vruId('merseyside'))
  })

  test('a trainer of another unit cannot post a lesson to a Merseyside module (404)', async () => {
    const { module, file } = publishedReadingModule(`Tenancy ${Date.now()}`)
    ensureDraft(module)
    const lancs = lancashireTrainer()
    const cookie = await signInAs(lancs.email)
    const request = new Request(
      `http://localhost:3000/studio/modules/${module.slug}/lessons/${file.replace(/\.md$/, '')}`,
      { method: 'POST', headers: requestWith(cookie).headers, body: form({ title: 'Taken over' }) },
    )
    await expect(
      submitLessonForm(request, module.slug, file.replace(/\.md$/, '')).catch(
        (e: Response) => e.status,
      ),
    ).resolves.toBe(404)
    expect(findDraft(module.id)!.source[`lessons/${file}`]).not.toContain('Taken over')
  })

  test('learners and leads may not use the studio (403)', async () => {
    for (const email of [DEMO.merseysideTeacher, DEMO.schoolLead, DEMO.merseysideLead]) {
      const request = requestWith(await signInAs(email), '/studio')
      await expect(requireArea(request, 'studio').catch((e: Response) => e.status)).resolves.toBe(
        403,
      )
    }
  })
})

describe('drafts and versions', () => {
  test('a published module reaches its own unit’s catalogue only, and records who published it', () => {
    const { trainer, module } = publishedReadingModule(`Catalogue ${Date.now()}`)
    expect(listCatalogue(vruId('merseyside')).map((m) => m.slug)).toContain(module.slug)
    expect(listCatalogue(vruId('lancashire')).map((m) => m.slug)).not.toContain(module.slug)
    expect(latestPublishedVersion(module.id)!.publishedById).toBe(trainer.id)
    const actions = db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.subject, `module:${module.slug}`))
      .all()
      .map((a) => a.action)
    expect(actions).toEqual(['module_created', 'module_published'])
  })

  test('a learner part-way keeps their version when a new one is published', () => {
    const { trainer, module, file } = publishedReadingModule(`Versions ${Date.now()}`)
    const learner = sessionUser(
      addPerson(
        `v.${Date.now()}@example.test`,
        organisationNamed('Riverside Academy, Liverpool').id,
      ),
    )
    const enrolment = startModule(learner, module.slug)!
    const v1 = latestPublishedVersion(module.id)!
    saveLessonFromForm(
      ensureDraft(module),
      module.slug,
      file,
      'reading',
      form({ title: 'Why it matters', minutes: '4', body: 'Second **version**.' }),
      [],
    )
    expect(publishDraft(trainer, module)).toEqual({ status: 'published', version: 2 })
    const v2 = latestPublishedVersion(module.id)!
    expect(openEnrolment(learner.id, module.id)!.moduleVersionId).toBe(enrolment.moduleVersionId)
    expect(enrolment.moduleVersionId).toBe(v1.id)
    expect(lessonsOf(v2.id)[0]!.bodyHtml).toContain('Second')
    expect(lessonChanges(v1.id, v2.id)).toEqual([
      { slug: 'why-it-matters', title: 'Why it matters', change: 'changed' },
    ])
    // publishing again with nothing changed makes no new version
    ensureDraft(module)
    expect(publishDraft(trainer, module)).toEqual({ status: 'unchanged', version: 2 })
  })

  test('an unfinished lesson stops publishing, naming its file; nothing is published', () => {
    const trainer = sessionUser(DEMO.merseysideTrainer)
    const module = createModule(trainer, details(`Unfinished ${Date.now()}`))
    addLesson(ensureDraft(module), 'check', 'Quick check')
    const result = orRefuse(publishDraft(trainer, module))
    expect(result.status).toBe('refused')
    expect(result.status === 'refused' && result.problems[0]!.file).toBe('lessons/quick-check.md')
    expect(latestPublishedVersion(module.id)).toBeUndefined()
  })

  test('a question with no correct option is refused with its name and the file is unchanged', () => {
    const trainer = sessionUser(DEMO.merseysideTrainer)
    const module = createModule(trainer, details(`Check ${Date.now()}`))
    const file = addLesson(ensureDraft(module), 'check', 'Quick check')
    const before = findDraft(module.id)!.source[`lessons/${file}`]
    const result = saveLessonFromForm(
      ensureDraft(module),
      module.slug,
      file,
      'check',
      form({
        title: 'Quick check',
        minutes: '3',
        'q0.prompt': 'Which one?',
        'q0.o0.text': 'A',
        'q0.o0.feedback': 'No',
        'q0.o1.text': 'B',
        'q0.o1.feedback': 'No',
      }),
      [],
    )
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors.q0).toBe('Question 1: mark one option as correct')
    expect(findDraft(module.id)!.source[`lessons/${file}`]).toBe(before)
  })
})

describe('problems in the studio’s words', () => {
  const trainer = () => sessionUser(DEMO.merseysideTrainer)
  /** What publishing the module says, a line a problem. */
  function publishing(module: ReturnType<typeof createModule>) {
    const result = orRefuse(publishFromStudio(trainer(), module, null))
    expect(result.status).toBe('refused')
    return result.status === 'refused' ? result.problems.map((p) => p.text) : []
  }
  const checkFile = (questions: string) =>
    `---\nkind: check\ntitle: Quick check\nminutes: 3\nquestions:\n${questions}---\n`

  test('a module with no lessons: the list of lessons, never module.yaml', () => {
    const module = createModule(trainer(), details(`Empty ${Date.now()}`))
    expect(publishing(module)).toEqual(['Lessons: add at least one lesson before publishing'])
    expect(latestPublishedVersion(module.id)).toBeUndefined()
  })

  test('lessons just added: each named by number and title, with the field the editor shows', () => {
    const module = createModule(trainer(), details(`Unfilled ${Date.now()}`))
    for (const [kind, title] of [
      ['reading', 'Why it matters'],
      ['film', 'Talking to pupils'],
      ['check', 'Quick check'],
      ['reflection', 'Think it over'],
      ['letters', 'Letters home'],
    ] as const)
      addLesson(ensureDraft(module), kind, title)
    expect(publishing(module)).toEqual([
      'Lesson 2 ‘Talking to pupils’, Film: upload the film (MP4 or WebM)',
      'Lesson 2 ‘Talking to pupils’, Film: add captions',
      'Lesson 2 ‘Talking to pupils’, Film: add a transcript',
      'Lesson 3 ‘Quick check’, Knowledge check: add at least one question',
      'Lesson 4 ‘Think it over’, Reflection questions: add at least one question',
      'Lesson 5 ‘Letters home’, Letters: add at least one letter',
    ])
    // the list of lessons says the same beside each lesson, without repeating its name
    const page = studioModulePage(trainer(), module, new URLSearchParams())
    expect(page.lessons.map((l) => l.problem)).toEqual([
      null,
      'Film: upload the film (MP4 or WebM); Film: add captions; Film: add a transcript',
      'Knowledge check: add at least one question',
      'Reflection questions: add at least one question',
      'Letters: add at least one letter',
    ])
  })

  test('a knowledge check’s questions and options are named by number', () => {
    const module = createModule(trainer(), details(`Checks ${Date.now()}`))
    addLesson(ensureDraft(module), 'reading', 'Before')
    const file = addLesson(ensureDraft(module), 'check', 'Quick check')
    const option = (text: string, correct: boolean, feedback = 'Because.') =>
      `      - text: ${text}\n        correct: ${correct}\n        feedback: ${feedback}\n`
    saveLessonFile(
      ensureDraft(module),
      file,
      checkFile(
        `  - prompt: Which one?\n    options:\n${option('A', true)}${option('B', true)}` +
          `  - prompt: And this?\n    options:\n${option('A', false)}${option('B', false)}` +
          `  - prompt: ''\n    options:\n${option('A', true, "''")}`,
      ),
    )
    expect(publishing(module)).toEqual([
      'Lesson 2 ‘Quick check’, Question 1: mark only one option as correct, or tick “more than one option is right”',
      'Lesson 2 ‘Quick check’, Question 2: mark one option as correct',
      'Lesson 2 ‘Quick check’, Question 3: enter the question',
      'Lesson 2 ‘Quick check’, Question 3: option 1: enter the feedback a learner sees for it',
      'Lesson 2 ‘Quick check’, Question 3: add at least two options',
    ])
  })

  test('a lesson’s own fields, and a lesson file that cannot be read', () => {
    const module = createModule(trainer(), details(`Fields ${Date.now()}`))
    const file = addLesson(ensureDraft(module), 'reading', 'Untitled soon')
    saveLessonFile(ensureDraft(module), file, `---\nkind: reading\ntitle: ''\nminutes: many\n---\n`)
    const broken = addLesson(ensureDraft(module), 'reading', 'Broken')
    saveLessonFile(ensureDraft(module), broken, 'no front matter at all')
    expect(publishing(module)).toEqual([
      'Lesson 1, Lesson title: enter a title',
      'Lesson 1, Minutes it takes: enter a whole number of minutes',
      'Lesson 2: it cannot be read; open it and save it again',
    ])
  })

  test('media problems name the film or download; the importer’s own wording is kept for the command line', () => {
    const files = {
      'module.yaml': 'title: T\nlessons:\n  - talk.md\n  - plans.md\n',
      'lessons/talk.md': '---\nkind: film\ntitle: Talking to pupils\n---\n',
      'lessons/plans.md': '---\nkind: activity\ntitle: Lesson plans\n---\n',
    }
    const problem = (file: string, code: string, path: (string | number)[], message = 'x') => ({
      file,
      message,
      code,
      path,
    })
    expect(
      studioProblems(
        [
          problem('lessons/talk.md', 'missing-media', ['film']),
          problem('lessons/talk.md', 'film-length', ['film']),
          problem(
            'lessons/talk.md',
            'captions-invalid',
            ['captions', 0],
            'captions media/uploads/a.vtt line 3: a cue needs a start and an end time',
          ),
          problem('lessons/plans.md', 'not-pdf', ['downloads', 1]),
          problem('lessons/plans.md', 'missing-media', ['downloads', 0]),
          problem('lessons/plans.md', 'same-address', []),
          problem('module.yaml', 'too_small', ['audience']),
          { file: 'broken.zip', message: 'the zip is damaged' },
        ],
        files,
      ).map((p) => p.text),
    ).toEqual([
      'Lesson 1 ‘Talking to pupils’, Film: upload the film (MP4 or WebM)',
      'Lesson 1 ‘Talking to pupils’, Film: its length cannot be read; export it again from a video editor and upload it',
      'Lesson 1 ‘Talking to pupils’, Film: the captions file cannot be used (line 3: a cue needs a start and an end time); upload it again',
      'Lesson 2 ‘Lesson plans’, Download 2: it must be a PDF',
      'Lesson 2 ‘Lesson plans’, Download 1: the PDF is missing; upload it again',
      'Lesson 2 ‘Lesson plans’: another lesson has the same title; change one of the titles',
      'Audience: choose at least one audience',
      'broken.zip: the zip is damaged',
    ])
  })
})

describe('publishing is confirmed', () => {
  test('the summary says who gets it, how many lessons and which version it replaces', () => {
    const { trainer, module } = publishedReadingModule(`Confirm ${Date.now()}`)
    ensureDraft(module)
    expect(orRefuse(publishSummary(trainer, module))).toEqual({
      status: 'ready',
      audience: ['All staff'],
      unit: 'Merseyside Violence Reduction Partnership',
      lessons: 1,
      replaces: 1,
      version: 2,
      unchanged: true,
    })
    addLesson(ensureDraft(module), 'reflection', 'Think it over')
    expect(orRefuse(publishSummary(trainer, module))).toMatchObject({
      status: 'refused',
      problems: [
        { text: 'Lesson 2 ‘Think it over’, Reflection questions: add at least one question' },
      ],
    })
    // nothing is published by asking
    expect(latestPublishedVersion(module.id)!.version).toBe(1)
  })
})

describe('the check editor’s questions and options', () => {
  const shape = (values: Record<string, string>, intent: string) =>
    reshapeCheck(values, LessonIntentSchema.parse(intent))
  const question = (q: number, prompt: string, ...options: string[]) =>
    Object.fromEntries([
      [`q${q}.prompt`, prompt],
      ...options.flatMap((text, o) => [
        [`q${q}.o${o}.text`, text],
        [`q${q}.o${o}.feedback`, `${text}?`],
      ]),
    ])

  test('a new check starts with one question of two options', () => {
    const { values } = lessonFormValues('---\nkind: check\ntitle: Quick check\nminutes: 5\n---\n')
    expect(Object.keys(values).filter((k) => k.startsWith('q'))).toEqual([
      'q0.prompt',
      'q0.o0.text',
      'q0.o0.feedback',
      'q0.o1.text',
      'q0.o1.feedback',
    ])
  })

  test('questions and options are added and removed, renumbered, with what was typed kept', () => {
    const typed = {
      title: 'Quick check',
      ...question(0, 'First?', 'A', 'B', 'C'),
      'q0.o2.correct': 'on',
      ...question(1, 'Second?', 'D', 'E'),
      'q1.multiple': 'on',
    }
    const added = shape(typed, 'add-question')
    expect(added.focus).toBe('q2-prompt')
    expect(added.values).toMatchObject({ 'q2.prompt': '', 'q2.o1.text': '', title: 'Quick check' })

    const removed = shape(typed, 'remove-question:0').values
    expect(removed).toEqual({
      title: 'Quick check',
      ...question(0, 'Second?', 'D', 'E'),
      'q0.multiple': 'on',
    })

    const withoutB = shape(typed, 'remove-option:0:1').values
    expect(withoutB).toMatchObject({ 'q0.o1.text': 'C', 'q0.o1.correct': 'on' })
    expect('q0.o2.text' in withoutB).toBe(false)
    expect(shape(typed, 'add-option:1')).toMatchObject({
      focus: 'q1-o2-text',
      values: { 'q1.o2.text': '' },
    })
    // a question keeps two options and the check one question
    expect(shape(question(0, 'Only?', 'A', 'B'), 'remove-option:0:0').values).toEqual(
      question(0, 'Only?', 'A', 'B'),
    )
    expect(shape(question(0, 'Only?', 'A', 'B'), 'remove-question:0').values).toEqual(
      question(0, 'Only?', 'A', 'B'),
    )
    expect(LessonIntentSchema.safeParse('remove-question:x').success).toBe(false)
  })

  test('the check editor’s buttons redraw the form and save nothing; Save still checks the questions', async () => {
    const trainer = sessionUser(DEMO.merseysideTrainer)
    const module = createModule(trainer, details(`Shape ${Date.now()}`))
    const file = addLesson(ensureDraft(module), 'check', 'Quick check')
    const before = findDraft(module.id)!.source[`lessons/${file}`]
    const cookie = await signInAs(trainer.email)
    const send = (fields: Record<string, string>) =>
      submitLessonForm(
        new Request(`http://localhost:3000/studio/modules/${module.slug}/lessons/quick-check`, {
          method: 'POST',
          headers: requestWith(cookie).headers,
          body: form(fields),
        }),
        module.slug,
        'quick-check',
      )
    const typed = { title: 'Quick check', minutes: '3', ...question(0, 'Which?', 'A', 'B') }
    const added = await send({ ...typed, intent: 'add-option:0' })
    expect(added).toMatchObject({ ok: false, errors: {}, values: { 'q0.o2.text': '' } })
    expect(findDraft(module.id)!.source[`lessons/${file}`]).toBe(before)
    await expect(send({ ...typed, intent: 'remove-option:zero' })).rejects.toMatchObject({
      status: 400,
    })
    const saved = await send({ ...typed, 'q0.o1.correct': 'on' })
    expect(saved.ok).toBe(true)
  })

  test('a question’s content note and its telling without the hard detail are saved, kept through the editor’s buttons, and read back', async () => {
    const trainer = sessionUser(DEMO.merseysideTrainer)
    const module = createModule(trainer, details(`Noted ${Date.now()}`))
    const file = addLesson(ensureDraft(module), 'check', 'Quick check')
    const noted = {
      title: 'Quick check',
      minutes: '3',
      ...question(0, 'Sam has been stabbed in the leg. What do you do?', 'Press hard', 'Wait'),
      'q0.o0.correct': 'on',
      'q0.contentNote': 'This question is about a stabbing.',
    }
    // a note without the gentler telling is refused by the question, and nothing is saved
    const before = findDraft(module.id)!.source[`lessons/${file}`]
    const refused = saveLessonFromForm(
      ensureDraft(module),
      module.slug,
      file,
      'check',
      form(noted),
      [],
    )
    expect(!refused.ok && refused.errors.q0).toBe(
      'Question 1: write the question again without the hard detail, or take out its content note',
    )
    expect(findDraft(module.id)!.source[`lessons/${file}`]).toBe(before)
    // adding an option keeps both
    const whole = { ...noted, 'q0.alternative': 'Someone is badly hurt. What do you do?' }
    expect(shape(whole, 'add-option:0').values).toMatchObject({
      'q0.contentNote': 'This question is about a stabbing.',
      'q0.alternative': 'Someone is badly hurt. What do you do?',
    })
    const saved = saveLessonFromForm(
      ensureDraft(module),
      module.slug,
      file,
      'check',
      form(whole),
      [],
    )
    expect(saved.ok).toBe(true)
    const source = findDraft(module.id)!.source[`lessons/${file}`]!
    expect(lessonFormValues(source).values).toMatchObject({
      'q0.contentNote': 'This question is about a stabbing.',
      'q0.alternative': 'Someone is badly hurt. What do you do?',
    })
  })
})

describe('where a new lesson goes', () => {
  test('after the lessons the trainer chose, or at the end', () => {
    const trainer = sessionUser(DEMO.merseysideTrainer)
    const module = createModule(trainer, details(`Position ${Date.now()}`))
    addLesson(ensureDraft(module), 'reading', 'First')
    addLesson(ensureDraft(module), 'check', 'Check')
    addLesson(ensureDraft(module), 'reading', 'Before the check', 1)
    addLesson(ensureDraft(module), 'reflection', 'Opening', 0)
    addLesson(ensureDraft(module), 'reading', 'Last')
    expect(draftLessonFiles(findDraft(module.id)!).map((l) => l.file)).toEqual([
      'opening.md',
      'first.md',
      'before-the-check.md',
      'check.md',
      'last.md',
    ])
  })
})

describe('lessons and copies', () => {
  test('lessons are reordered and removed in the draft, not in the published version', () => {
    const { module } = publishedReadingModule(`Order ${Date.now()}`)
    const v1 = latestPublishedVersion(module.id)!
    const second = addLesson(ensureDraft(module), 'reflection', 'Think it over')
    moveLesson(ensureDraft(module), second, 'up')
    expect(draftLessonFiles(findDraft(module.id)!).map((l) => l.file)).toEqual([
      'think-it-over.md',
      'why-it-matters.md',
    ])
    removeLesson(findDraft(module.id)!, 'why-it-matters.md')
    expect(draftLessonFiles(findDraft(module.id)!).map((l) => l.file)).toEqual(['think-it-over.md'])
    expect(lessonsOf(v1.id).map((l) => l.slug)).toEqual(['why-it-matters'])
  })

  test('a national module copied into a unit is a new draft the trainer may edit', () => {
    const trainer = sessionUser(DEMO.merseysideTrainer)
    const national = requireStudioModule(trainer, 'aces-foundations', 'view')
    const copy = orRefuse(copyIntoUnit(trainer, national))
    expect(copy.ownerVruId).toBe(vruId('merseyside'))
    expect(statusOf(() => requireStudioModule(trainer, copy.slug, 'edit'))).toBeNull()
    const draft = findDraft(copy.id)!
    expect(draft.title).toBe('ACEs: foundations (copy)')
    expect(draftLessonFiles(draft).length).toBe(
      lessonsOf(latestPublishedVersion(national.id)!.id).length,
    )
    expect(orRefuse(publishDraft(trainer, copy)).status).toBe('published')
    expect(listCatalogue(vruId('lancashire')).map((m) => m.slug)).not.toContain(copy.slug)
  })
})

describe('uploads', () => {
  const mp4Head = () =>
    fs.readFileSync(path.join(MEDIA_ROOT, 'films/to-the-edge-demo.mp4')).subarray(0, 64)

  test('a film over the limit is refused, drained and removed, and the rest of the form is read', async () => {
    const media = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-media-'))
    const film = Buffer.alloc(3 * 1024 * 1024)
    mp4Head().copy(film)
    const { formData, uploads } = await readUploadForm(
      multipart([
        { name: 'title', body: 'Kept' },
        { name: 'film', filename: 'big.mp4', body: film },
        { name: 'transcript', body: 'Also kept' },
      ]),
      { film: 'film' },
      { mediaRoot: media, limit: 1024 * 1024 },
    )
    expect(uploads.map((u) => u.error)).toEqual(['The film is larger than the limit of 1 MB'])
    expect(uploads[0]!.bytes).toBe(film.length)
    expect(formData.get('title')).toBe('Kept')
    expect(formData.get('transcript')).toBe('Also kept')
    expect(fs.readdirSync(path.join(media, 'uploads', '.incoming'))).toEqual([])
  })

  test('content decides: a text file named .mp4 is refused, a real film and PDF are accepted', async () => {
    const media = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-media-'))
    const { uploads } = await readUploadForm(
      multipart([
        { name: 'film', filename: 'notes.mp4', body: 'These are notes, not a film at all.' },
        {
          name: 'real',
          filename: 'film.bin',
          body: fs.readFileSync(path.join(MEDIA_ROOT, 'films/to-the-edge-demo.mp4')),
        },
        {
          name: 'pdf',
          filename: 'guide.pdf',
          body: fs.readFileSync(path.join(MEDIA_ROOT, 'downloads/to-the-edge-pupil-handout.pdf')),
        },
        {
          name: 'captions',
          filename: 'c.vtt',
          body: 'WEBVTT\n\n00:00:02.000 --> 00:00:01.000\nBackwards\n',
        },
      ]),
      { film: 'film', real: 'film', pdf: 'pdf', captions: 'captions' },
      { mediaRoot: media, limit: 10 * 1024 * 1024 },
    )
    expect(uploads.map((u) => [u.field, u.ext, u.error ?? null])).toEqual([
      [
        'film',
        '',
        'The film must be an MP4 or WebM video; this file is not one, whatever its name says',
      ],
      ['real', '.mp4', null],
      ['pdf', '.pdf', null],
      [
        'captions',
        '.vtt',
        'The captions file has a problem on line 3: A cue must end after it starts',
      ],
    ])
    expect(fs.readdirSync(path.join(media, 'uploads', '.incoming'))).toHaveLength(2)
  })

  test('a film whose length its header does not give is refused, naming it; a WebM that gives one is kept', async () => {
    const media = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-media-'))
    const fixture = (name: string) => fs.readFileSync(path.resolve('tests/unit/fixtures', name))
    const { uploads } = await readUploadForm(
      multipart([
        { name: 'recorded', filename: 'screen-recording.webm', body: fixture('no-duration.webm') },
        { name: 'cut', filename: 'cut-short.mp4', body: mp4Head() },
        { name: 'webm', filename: 'film.webm', body: fixture('short-film.webm') },
      ]),
      { recorded: 'film', cut: 'film', webm: 'film' },
      { mediaRoot: media, limit: 10 * 1024 * 1024 },
    )
    expect(uploads.map((u) => [u.field, u.error ?? null])).toEqual([
      [
        'recorded',
        expect.stringMatching(/^The length of the film “screen-recording\.webm” cannot be read/),
      ],
      ['cut', expect.stringMatching(/^The length of the film “cut-short\.mp4” cannot be read/)],
      ['webm', null],
    ])
    expect(uploads[2]!.ext).toBe('.webm')
    // only the accepted film is left waiting for the form
    expect(fs.readdirSync(path.join(media, 'uploads', '.incoming'))).toHaveLength(1)
  })
})

describe('letters and activities', () => {
  test('a letters lesson and an activity with an uploaded PDF are saved and published', async () => {
    const trainer = sessionUser(DEMO.merseysideTrainer)
    const module = createModule(trainer, details(`Letters ${Date.now()}`))
    const letters = addLesson(ensureDraft(module), 'letters', 'Letters home')
    expect(
      saveLessonFromForm(
        ensureDraft(module),
        module.slug,
        letters,
        'letters',
        form({
          title: 'Letters home',
          minutes: '6',
          'letter0.from': 'Mia',
          'letter0.to': 'Dad',
          'letter0.date': '2024-03-01',
          'letter0.body': 'Dear Dad, school was long today.',
          'letter1.from': '',
          'letter1.to': '',
          'letter1.date': '',
          'letter1.body': '',
        }),
        [],
      ),
    ).toEqual({ ok: true })
    const media = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-media-'))
    const activity = addLesson(ensureDraft(module), 'activity', 'In class')
    const { formData, uploads } = await readUploadForm(
      multipart([
        { name: 'title', body: 'In class' },
        { name: 'minutes', body: '20' },
        { name: 'body', body: 'Talk about the letters in pairs.' },
        { name: 'newDownloadTitle', body: 'Classroom guide' },
        {
          name: 'newDownload',
          filename: 'guide.pdf',
          body: fs.readFileSync(path.join(MEDIA_ROOT, 'downloads/mias-story-classroom-guide.pdf')),
        },
      ]),
      LESSON_UPLOAD_FIELDS,
      { mediaRoot: media },
    )
    expect(
      saveLessonFromForm(
        ensureDraft(module),
        module.slug,
        activity,
        'activity',
        formData,
        uploads,
        media,
      ),
    ).toEqual({ ok: true })
    expect(fs.readdirSync(path.join(media, 'uploads', module.slug))).toHaveLength(1)
    expect(publishDraft(trainer, module, null, media)).toEqual({ status: 'published', version: 1 })
    const [letterLesson, activityLesson] = lessonsOf(latestPublishedVersion(module.id)!.id)
    expect(letterLesson!.details.letters).toEqual([
      {
        from: 'Mia',
        to: 'Dad',
        date: '2024-03-01',
        bodyHtml: '<p>Dear Dad, school was long today.</p>',
      },
    ])
    expect(activityLesson!.details.downloads).toEqual([
      expect.objectContaining({
        title: 'Classroom guide',
        href: expect.stringMatching(/^\/media\/uploads\/.+\.pdf$/),
      }),
    ])
  })
})

describe('module zips', () => {
  async function zipOf(slug: string) {
    const module = db.select().from(modules).where(eq(modules.slug, slug)).get()!
    const version = latestPublishedVersion(module.id)!
    const files = Object.fromEntries(
      Object.entries(version.source).filter(
        ([name]) => name === 'module.yaml' || name.startsWith('lessons/'),
      ),
    ) as Record<string, string>
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'studio-zip-')), `${slug}.zip`)
    fs.writeFileSync(
      file,
      Buffer.from(await new Response(packZipStream(slug, files)).arrayBuffer()),
    )
    return { module, version, file }
  }

  const comparable = (versionId: number) =>
    lessonsOf(versionId).map(({ id: _id, moduleVersionId: _v, ...lesson }) => lesson)

  test.each(PACKS)('%s: export then import gives the same lessons and questions', async (slug) => {
    const { version, file } = await zipOf(slug)
    const admin = sessionUser(DEMO.admin)
    const result = await importPackZip(admin, file, { slug: `${slug}-copy` })
    expect(result).toEqual({ status: 'imported', slug: `${slug}-copy`, version: 1 })
    const copy = db
      .select()
      .from(modules)
      .where(eq(modules.slug, `${slug}-copy`))
      .get()!
    const imported = latestPublishedVersion(copy.id)!
    expect(comparable(imported.id)).toEqual(comparable(version.id))
    const questions = (id: number) =>
      lessonsOf(id)
        .filter((l) => l.kind === 'check')
        .map((l) => l.details.questions)
    expect(questions(imported.id).length).toBeGreaterThan(0)
    expect(questions(imported.id)).toEqual(questions(version.id))
    const { id: _a, moduleId: _b, createdAt: _c, publishedAt: _d, ...importedColumns } = imported
    const { id: _e, moduleId: _f, createdAt: _g, publishedAt: _h, ...originalColumns } = version
    expect(importedColumns).toEqual(originalColumns)
  })

  test('a trainer’s import belongs to their unit, whatever the manifest says', async () => {
    const { file } = await zipOf('aces-foundations')
    const trainer = sessionUser(DEMO.merseysideTrainer)
    const result = await importPackZip(trainer, file, { slug: 'aces-foundations-merseyside' })
    expect(result.status).toBe('imported')
    const module = db
      .select()
      .from(modules)
      .where(eq(modules.slug, 'aces-foundations-merseyside'))
      .get()!
    expect(module.ownerVruId).toBe(vruId('merseyside'))
    // and it may not overwrite a module it cannot edit
    const refused = await importPackZip(trainer, file)
    expect(refused.status).toBe('refused')
  })

  test('a broken zip is refused naming the file, and nothing of it is loaded', async () => {
    const before = db.select().from(moduleVersions).all().length
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-zip-'))
    const file = path.join(dir, 'broken.zip')
    fs.writeFileSync(
      file,
      zipSync({
        'broken-pack/module.yaml': strToU8(
          'title: Broken\nsummary: A pack with a mistake.\naudience: [all-staff]\ntopics: [aces]\npracticeLevel: trauma-aware\nestimatedMinutes: 5\ncpdMinutes: 5\npassMark: 50\nlanguages: [en]\nlessons:\n  - 01-intro.md\n  - 02-check.md\n',
        ),
        'broken-pack/lessons/01-intro.md': strToU8(
          '---\nkind: reading\ntitle: Intro\nminutes: 2\n---\nHello.\n',
        ),
        'broken-pack/lessons/02-check.md': strToU8(
          '---\nkind: check\ntitle: Check\nminutes: 2\nquestions:\n  - prompt: Which?\n    options:\n      - text: A\n        correct: false\n        feedback: No\n      - text: B\n        correct: false\n        feedback: No\n---\n',
        ),
      }),
    )
    const result = await importPackZip(sessionUser(DEMO.admin), file)
    expect(result.status).toBe('refused')
    expect(result.status === 'refused' && result.problems).toEqual([
      {
        file: 'broken-pack/lessons/02-check.md',
        message: 'questions.0: the question "Which?" has no correct option',
        text: 'Lesson 2 ‘Check’, Question 1: mark one option as correct',
      },
    ])
    expect(db.select().from(modules).where(eq(modules.slug, 'broken-pack')).get()).toBeUndefined()
    expect(db.select().from(moduleVersions).all().length).toBe(before)
  })
})

describe('how learners do', () => {
  test('aggregates only, withheld below five people; the most missed question comes first', () => {
    const slug = 'trauma-informed-schools'
    const module = db.select().from(modules).where(eq(modules.slug, slug)).get()!
    const check = db
      .select()
      .from(lessonsTable)
      .where(eq(lessonsTable.moduleVersionId, latestPublishedVersion(module.id)!.id))
      .all()
      .find((l) => l.kind === 'check')!
    const questions = check.details.questions as {
      prompt: string
      options: { correct: boolean }[]
    }[]
    const right = questions.map((q) => q.options.flatMap((o, i) => (o.correct ? [i] : [])))
    const wrongFirst = right.map((r, q) =>
      q === 0 ? [questions[0]!.options.findIndex((o) => !o.correct)] : r,
    )
    const attempt = (n: number, answers = wrongFirst) => {
      const learner = sessionUser(
        addPerson(
          `agg.${n}.${Date.now()}@example.test`,
          organisationNamed('Riverside Academy, Liverpool').id,
        ),
      )
      const enrolment = startModule(learner, slug)!
      submitCheck(enrolment, check, answers)
    }
    for (let n = 0; n < 5; n++) attempt(n)
    const after = moduleInsights(module.id)
    expect(after.starts).toBeGreaterThanOrEqual(5)
    expect(after.passRate).not.toBeNull()
    expect(after.mostMissed[0]!.prompt).toBe(questions[0]!.prompt)
    expect(JSON.stringify(after)).not.toMatch(/@example\.test|Test agg/)

    // one more person's attempt, right or wrong, changes nothing a trainer sees until four more
    // people have tried: the figures never differ by one person's answers
    const settled = moduleInsights(module.id)
    attempt(5, right)
    const oneMore = moduleInsights(module.id)
    expect(oneMore.passRate).toBe(settled.passRate)
    expect(oneMore.mostMissed).toEqual(settled.mostMissed)
    for (let n = 6; n < 10; n++) attempt(n, right)
    expect(moduleInsights(module.id).attempts).toBe(settled.attempts + 5)
  })
})

describe('training that stays in date, as the studio sets it', () => {
  const fields = (changes: Record<string, string>) =>
    ModuleDetailsSchema.safeParse({
      title: 'Staying in date',
      summary: 'A test module.',
      audience: 'all-staff',
      topics: 'safeguarding',
      practiceLevel: 'trauma-aware',
      estimatedMinutes: '10',
      cpdMinutes: '10',
      passMark: '80',
      ...changes,
    })
  const errorsOf = (changes: Record<string, string>) => {
    const parsed = fields(changes)
    return parsed.success
      ? {}
      : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]))
  }

  test('zero months, a window as long as the training, 30 February and a past day are refused by field', () => {
    expect(errorsOf({ expires: 'months', validMonths: '0' })).toEqual({
      validMonths: 'Training must stay in date for at least 1 month.',
    })
    expect(errorsOf({ expires: 'months', validMonths: '1', renewalWindowDays: '31' })).toEqual({
      renewalWindowDays:
        'The renewal window must be shorter than the time the training stays in date.',
    })
    expect(errorsOf({ expires: 'yearly', validUntil: '30 February' })).toEqual({
      validUntil: 'Choose a day that exists every year (29 February does not).',
    })
    expect(errorsOf({ requiredAgainBy: '2020-01-01', requiredAgainReason: 'Old.' })).toEqual({
      requiredAgainBy: 'The date to take it again by must be today or later',
    })
    expect(errorsOf({ requiredAgainBy: '31/10/2099' })).toEqual({
      requiredAgainReason: 'Say why everyone must take it again: learners see this',
    })
  })

  test('once published, a module keeps learners in date for what the trainer chose', () => {
    const trainer = sessionUser(DEMO.merseysideTrainer)
    const parsed = fields({
      title: `Yearly ${Date.now()}`,
      expires: 'yearly',
      validUntil: '31 august',
      renewalWindowDays: '45',
      refresher: 'aces-foundations',
    })
    expect(parsed.success).toBe(true)
    const module = createModule(trainer, parsed.data!)
    const file = addLesson(ensureDraft(module), 'reading', 'Why it matters')
    saveLessonFromForm(
      ensureDraft(module),
      module.slug,
      file,
      'reading',
      form({ title: 'Why it matters', minutes: '4', body: 'Text.' }),
      [],
    )
    expect(publishDraft(trainer, module)).toEqual({ status: 'published', version: 1 })
    expect(latestPublishedVersion(module.id)).toMatchObject({
      validity: { kind: 'yearly', month: 8, day: 31, windowDays: 45 },
      refresher: 'aces-foundations',
    })
    // a module is not its own refresher, nor one that leads back to it
    expect(refresherRefusal(module.slug, module.slug)).toMatch(/cannot be its own refresher/)
    expect(refresherRefusal('aces-foundations', module.slug)).toMatch(
      /neither could be taken first/,
    )
    expect(refresherRefusal(module.slug, 'mias-story')).toBeNull()
  })
})
