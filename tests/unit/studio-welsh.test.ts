/**
 * A lesson's Welsh in the studio, on a real database: the editor's Welsh column saved as the
 * `.cy.md` the importer reads, the structure kept the English's, a failed save keeping both
 * columns, the review mark, the module's Welsh texts and languages, the preview in Welsh, and a
 * module zip that carries the Welsh out and back in.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import {
  lessonFormValues,
  LessonIntentSchema,
  previewLesson,
  reshapeCheck,
  saveLessonFromForm,
} from '#app/authoring/lessons.server.ts'
import {
  addLesson,
  createModule,
  detailsOf,
  ensureDraft,
  findDraft,
  latestPublishedVersion,
  ModuleDetailsSchema,
  publishDraft,
  removeLesson,
  updateModuleDetails,
} from '#app/authoring/modules.server.ts'
import { exportModule, importPackZip } from '#app/authoring/pack-zip.server.ts'
import { publishFromStudio } from '#app/authoring/publishing.server.ts'
import { studioModulePage } from '#app/authoring/studio-page.server.ts'
import { db, modules } from '#app/db.server.ts'
import { i18nFor } from '#app/i18n/language.server.ts'
import { importPacks } from '#app/learning/packs.server.ts'
import { lessonsOf } from '#app/learning/progress.server.ts'
import { submitLessonForm } from '#app/routes/studio+/__studio.server.ts'
import { DEMO, moduleDetails, requestWith, sessionUser, signInAs } from './helpers.ts'

beforeAll(() => {
  expect(importPacks().filter((r) => r.status === 'refused')).toEqual([])
})

const trainer = () => sessionUser(DEMO.merseysideTrainer)
const details = moduleDetails

function form(fields: Record<string, string>) {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.append(key, value)
  return data
}

/** A check of one question, two options (the second right), in English and Welsh. */
const CHECK = {
  title: 'Quick check',
  minutes: '3',
  'q0.prompt': 'Who do you tell?',
  'q0.o0.text': 'Nobody',
  'q0.o0.feedback': 'No: always tell someone.',
  'q0.o1.text': 'The safeguarding lead',
  'q0.o1.correct': 'on',
  'q0.o1.feedback': 'Yes.',
  welsh: 'on',
  'cy.title': 'Gwiriad cyflym',
  'cy.q0.prompt': 'Pwy ydych chi’n ei ddweud wrtho?',
  'cy.q0.o0.text': 'Neb',
  'cy.q0.o0.feedback': 'Na: dywedwch wrth rywun bob amser.',
  'cy.q0.o1.text': 'Yr arweinydd diogelu',
  'cy.q0.o1.feedback': 'Ie.',
}

/** A new module of the trainer's with a check lesson; its draft and the lesson's file. */
function moduleWithCheck(title: string) {
  const module = createModule(trainer(), details(`${title} ${Date.now()}`))
  const file = addLesson(ensureDraft(module), 'check', 'Quick check')
  return { module, file, cyFile: `lessons/${file.replace(/\.md$/, '.cy.md')}` }
}

describe('the Welsh column of the lesson editor', () => {
  test('saves the Welsh beside the lesson as the importer reads it, with the English structure', () => {
    const { module, file, cyFile } = moduleWithCheck('Welsh check')
    const saved = saveLessonFromForm(
      ensureDraft(module),
      module.slug,
      file,
      'check',
      form(CHECK),
      [],
    )
    expect(saved).toEqual({ ok: true })
    const welsh = findDraft(module.id)!.source[cyFile]!
    expect(welsh).toContain('title: Gwiriad cyflym')
    expect(welsh).toContain('Yr arweinydd diogelu')
    // which option is right comes from the English, and the pass mark is not repeated
    expect(welsh).toMatch(/text: Neb\n\s+correct: false/)
    expect(welsh).toMatch(/text: Yr arweinydd diogelu\n\s+correct: true/)
    expect(welsh).not.toContain('passMark')
    expect(welsh).not.toContain('review')
    // the editor opens again with both columns filled
    const { values } = lessonFormValues(
      findDraft(module.id)!.source[`lessons/${file}`]!,
      undefined,
      welsh,
    )
    expect(values).toMatchObject({
      welsh: 'on',
      'cy.title': 'Gwiriad cyflym',
      'cy.q0.o1.text': 'Yr arweinydd diogelu',
    })
  })

  test('a Welsh option left empty is refused by its field, in the reader’s language, keeping both columns', () => {
    const { module, file, cyFile } = moduleWithCheck('Welsh refused')
    const before = findDraft(module.id)!.source[`lessons/${file}`]
    const typed = { ...CHECK, 'cy.q0.o1.text': '', title: 'Quick check, edited' }
    const result = saveLessonFromForm(
      ensureDraft(module),
      module.slug,
      file,
      'check',
      form(typed),
      [],
      undefined,
      i18nFor('cy').t,
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors['cy.q0']).toBe(
      'Cwestiwn 1: ysgrifennwch y cwestiwn, pob dewis a’i adborth yn Gymraeg',
    )
    expect(result.values).toMatchObject({
      title: 'Quick check, edited',
      'cy.title': 'Gwiriad cyflym',
    })
    // nothing saved, English or Welsh
    expect(findDraft(module.id)!.source[`lessons/${file}`]).toBe(before)
    expect(findDraft(module.id)!.source[cyFile]).toBeUndefined()
  })

  test('a reflection’s Welsh has as many prompts as the English, or is refused', () => {
    const module = createModule(trainer(), details(`Welsh reflection ${Date.now()}`))
    const file = addLesson(ensureDraft(module), 'reflection', 'Think')
    const fields = {
      title: 'Think',
      minutes: '5',
      prompts: 'What went well?\nWhat would you change?',
      welsh: 'on',
      'cy.title': 'Meddyliwch',
      'cy.prompts': 'Beth aeth yn dda?',
    }
    const refused = saveLessonFromForm(
      ensureDraft(module),
      module.slug,
      file,
      'reflection',
      form(fields),
      [],
    )
    expect(!refused.ok && refused.errors['cy.prompts']).toBe(
      'Write the reflection questions in Welsh, one a line, as many as in English and in the same order',
    )
    const saved = saveLessonFromForm(
      ensureDraft(module),
      module.slug,
      file,
      'reflection',
      form({ ...fields, 'cy.prompts': 'Beth aeth yn dda?\nBeth fyddech chi’n ei newid?' }),
      [],
    )
    expect(saved).toEqual({ ok: true })
  })

  test('the English messages by a field are shown in Welsh to a Welsh reader', () => {
    const { module, file } = moduleWithCheck('Welsh messages')
    const result = saveLessonFromForm(
      ensureDraft(module),
      module.slug,
      file,
      'check',
      form({ ...CHECK, title: '', 'q0.o1.correct': '' }),
      [],
      undefined,
      i18nFor('cy').t,
    )
    expect(!result.ok && result.errors).toMatchObject({
      title: 'Rhowch deitl i’r wers',
      q0: 'Cwestiwn 1: marciwch un dewis yn gywir',
    })
  })

  test('removing a question or option takes its Welsh with it', () => {
    const values = {
      ...CHECK,
      'q1.prompt': 'Second?',
      'q1.o0.text': 'A',
      'q1.o1.text': 'B',
      'cy.q1.prompt': 'Ail?',
      'cy.q1.o0.text': 'A cy',
      'cy.q1.o1.text': 'B cy',
    }
    const removed = reshapeCheck(values, LessonIntentSchema.parse('remove-question:0')).values
    expect(removed['q0.prompt']).toBe('Second?')
    expect(removed['cy.q0.prompt']).toBe('Ail?')
    expect(removed['cy.q1.prompt']).toBeUndefined()
    const added = reshapeCheck(values, LessonIntentSchema.parse('add-option:0')).values
    expect(added['cy.q0.o2.text']).toBe('')
    expect(added['cy.q0.o1.text']).toBe('Yr arweinydd diogelu')
  })

  test('the review mark is kept in the file, shown on the module page, and can be taken off', () => {
    const { module, file, cyFile } = moduleWithCheck('Welsh review')
    const save = (fields: Record<string, string>) =>
      saveLessonFromForm(ensureDraft(module), module.slug, file, 'check', form(fields), [])
    expect(
      save({ ...CHECK, 'cy.review': 'on', 'cy.reviewNote': 'Check “arweinydd diogelu”.' }),
    ).toEqual({ ok: true })
    expect(findDraft(module.id)!.source[cyFile]).toContain('review: Check “arweinydd diogelu”.')
    const page = studioModulePage(trainer(), module, new URLSearchParams())
    expect(page.lessons[0]).toMatchObject({ welsh: true, review: 'Check “arweinydd diogelu”.' })
    // ticked without a note, the mark still says so
    expect(save({ ...CHECK, 'cy.review': 'on' })).toEqual({ ok: true })
    expect(
      studioModulePage(trainer(), module, new URLSearchParams()).lessons[0]!.review,
    ).toBeTruthy()
    expect(
      lessonFormValues('---\nkind: check\n---\n', undefined, findDraft(module.id)!.source[cyFile])
        .values,
    ).toMatchObject({ 'cy.review': 'on', 'cy.reviewNote': '' })
    expect(save(CHECK)).toEqual({ ok: true })
    expect(studioModulePage(trainer(), module, new URLSearchParams()).lessons[0]!.review).toBeNull()
    // and the Welsh can be removed; removing the lesson removes its Welsh too
    expect(save({ ...CHECK, 'cy.remove': 'on' })).toEqual({ ok: true })
    expect(findDraft(module.id)!.source[cyFile]).toBeUndefined()
    save(CHECK)
    removeLesson(ensureDraft(module), file)
    expect(findDraft(module.id)!.source[cyFile]).toBeUndefined()
  })

  test('the lesson editor’s form posted with a Welsh column saves it (the route)', async () => {
    const { module, file, cyFile } = moduleWithCheck('Welsh route')
    const cookie = await signInAs(trainer().email)
    const name = file.replace(/\.md$/, '')
    const request = new Request(
      `http://localhost:3000/studio/modules/${module.slug}/lessons/${name}`,
      {
        method: 'POST',
        headers: requestWith(cookie).headers,
        body: form(CHECK),
      },
    )
    const result = await submitLessonForm(request, module.slug, name)
    expect(result.ok).toBe(true)
    expect(findDraft(module.id)!.source[cyFile]).toContain('Gwiriad cyflym')
  })
})

describe('the module’s Welsh, the preview in Welsh, and the zip', () => {
  const withWelsh = (title: string, extra: Record<string, string>) =>
    ModuleDetailsSchema.parse({
      title,
      summary: 'A test module.',
      practiceLevel: 'trauma-aware',
      audience: 'all-staff',
      topics: 'safeguarding',
      estimatedMinutes: '10',
      cpdMinutes: '15',
      passMark: '60',
      expires: 'never',
      ...extra,
    })

  test('a module offering Welsh without Welsh for every lesson saves, and publishing says what is missing', () => {
    const { module, file } = moduleWithCheck('Welsh module')
    const title = findDraft(module.id)!.title
    updateModuleDetails(
      module,
      ensureDraft(module),
      withWelsh(title, {
        languages: 'en-cy',
        cyTitle: 'Modiwl Cymraeg',
        cySummary: 'Modiwl prawf.',
      }),
    )
    expect(detailsOf(findDraft(module.id)!)).toMatchObject({
      languages: 'en-cy',
      cyTitle: 'Modiwl Cymraeg',
      cySummary: 'Modiwl prawf.',
    })
    expect(studioModulePage(trainer(), module, new URLSearchParams()).welsh).toBe(true)
    saveLessonFromForm(
      ensureDraft(module),
      module.slug,
      file,
      'check',
      form({ ...CHECK, welsh: '' }),
      [],
    )
    const refused = publishFromStudio(trainer(), module, null)
    const problems = 'status' in refused && refused.status === 'refused' ? refused.problems : []
    expect(problems.map((p) => p.text)).toContain(
      'Lesson 1 ‘Quick check’, Welsh: add its Welsh, or choose English only for the module',
    )
    // choosing English only takes the claim away; the Welsh texts stay for later
    updateModuleDetails(module, ensureDraft(module), withWelsh(title, { languages: 'en' }))
    expect(studioModulePage(trainer(), module, new URLSearchParams()).welsh).toBe(false)
    expect(detailsOf(findDraft(module.id)!).cyTitle).toBe('Modiwl Cymraeg')
  })

  test('the preview shows the Welsh lesson in Welsh and the English in English', () => {
    const { module, file } = moduleWithCheck('Welsh preview')
    saveLessonFromForm(
      ensureDraft(module),
      module.slug,
      file,
      'check',
      form({ ...CHECK, 'cy.review': 'on' }),
      [],
    )
    const slug = file.replace(/\.md$/, '')
    const welsh = previewLesson(trainer(), module, slug, 'cy')!
    expect(welsh.lesson).toMatchObject({ title: 'Gwiriad cyflym', language: 'cy' })
    expect(welsh.lesson.review).toBeTruthy()
    expect(JSON.stringify(welsh.lesson.details)).toContain('Yr arweinydd diogelu')
    const english = previewLesson(trainer(), module, slug, 'en')!
    expect(english.lesson).toMatchObject({ title: 'Quick check', language: 'en', review: null })
  })

  test('export then import gives the same Welsh back', async () => {
    const { module, file } = moduleWithCheck('Welsh zip')
    const title = findDraft(module.id)!.title
    saveLessonFromForm(
      ensureDraft(module),
      module.slug,
      file,
      'check',
      form({ ...CHECK, 'cy.review': 'on', 'cy.reviewNote': 'Check the feedback.' }),
      [],
    )
    updateModuleDetails(
      module,
      ensureDraft(module),
      withWelsh(title, { languages: 'en-cy', cyTitle: 'Modiwl zip', cySummary: 'Crynodeb.' }),
    )
    expect(publishDraft(trainer(), module)).toMatchObject({ status: 'published' })
    const zip = exportModule(trainer(), module, null)!
    const zipFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'welsh-zip-')), 'm.zip')
    fs.writeFileSync(zipFile, Buffer.from(await new Response(zip).arrayBuffer()))
    const copySlug = `${module.slug}-copy`
    const result = await importPackZip(sessionUser(DEMO.admin), zipFile, { slug: copySlug })
    expect(result).toMatchObject({ status: 'imported' })
    const copy = db.select().from(modules).where(eq(modules.slug, copySlug)).get()!
    const original = latestPublishedVersion(module.id)!
    const imported = latestPublishedVersion(copy.id)!
    expect(imported.languages).toEqual(['en', 'cy'])
    expect(imported.translations).toEqual(original.translations)
    expect(imported.translations?.cy?.title).toBe('Modiwl zip')
    const welsh = (id: number) => lessonsOf(id).map((l) => l.translations)
    expect(welsh(imported.id)).toEqual(welsh(original.id))
    expect(welsh(imported.id)[0]?.cy).toMatchObject({
      title: 'Gwiriad cyflym',
      review: 'Check the feedback.',
    })
    expect(imported.source[`lessons/${file.replace(/\.md$/, '.cy.md')}`]).toContain(
      'review: Check the feedback.',
    )
  })
})
