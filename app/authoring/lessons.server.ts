/**
 * Editing one lesson of a draft: the form for each kind of lesson becomes the lesson file's
 * front matter and body, checked with the pack format's own schema before it is kept.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { type LessonKind, type LessonTranslation } from '#app/db.server.ts'
import { type ContentText } from '#app/i18n/content.ts'
import { createI18n, type Language, type Translator } from '#app/i18n/i18n.ts'
import { LessonSchema, type LessonSource } from '#app/learning/pack-schema.server.ts'
import {
  lessonColumns,
  MEDIA_ROOT,
  parseLessonFile,
  translationColumns,
  translationProblems,
  type PackProblem,
} from '#app/learning/packs.server.ts'
import { lessonInLanguage } from '#app/learning/lesson-view.server.ts'
import { lessonsOf } from '#app/learning/progress.server.ts'
import { type FieldErrors } from '#app/utils/forms.ts'
import { mayEditModule } from '#app/auth/permissions.server.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import { env } from '#app/utils/env.server.ts'
import {
  draftLessonFiles,
  draftWelshTexts,
  findDraft,
  findDraftLesson,
  latestPublishedVersion,
  LessonKindSchema,
  lessonFileText,
  readManifest,
  refuse,
  saveDraftFiles,
  type Draft,
  type StudioModule,
} from './modules.server.ts'
import { LESSON_FORM_MESSAGES as MESSAGES } from './labels.ts'
import {
  checkWelsh,
  formText as text,
  isRecord,
  lines,
  records,
  WELSH,
  welshFile,
  welshFormValues,
  welshFront,
  withEnglishFilm,
  type Front,
} from './lesson-welsh.server.ts'
import {
  discardUploads,
  keepText,
  keepUpload,
  type Upload,
  type UploadKind,
} from './uploads.server.ts'

/** The most options a question may have, as the pack schema allows. */
export const MAX_OPTIONS = 8

export const LESSON_UPLOAD_FIELDS: Record<string, UploadKind> = {
  film: 'film',
  captions: 'captions',
  newDownload: 'pdf',
}

const english = createI18n('en').t

/** A lesson file as the editor shows it; lenient, since a draft may be unfinished. */
export function readLessonDraft(raw: string): { front: Front; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw)
  if (!match) return { front: {}, body: raw }
  try {
    const front: unknown = parseYaml(match[1]!)
    return {
      front: isRecord(front) ? front : {},
      body: match[2]!.trim(),
    }
  } catch {
    return { front: {}, body: match[2]!.trim() }
  }
}

const optionalNumber = (value: string) => (value === '' ? undefined : Number(value))

/** What the learner-facing fields of the form say, for a lesson of this kind. */
function frontFromForm(kind: LessonKind, form: FormData, existing: Front): Front {
  const front: Front = {
    kind,
    title: text(form, 'title'),
    minutes: text(form, 'minutes') === '' ? undefined : Number(text(form, 'minutes')),
    required: kind === 'check' ? true : form.get('optional') !== 'on',
    contentNote: text(form, 'contentNote') || undefined,
    sources: lines(text(form, 'sources')),
  }
  switch (kind) {
    case 'reading':
      return front
    case 'letters': {
      const letters = []
      for (let i = 0; form.has(`letter${i}.from`); i++) {
        const letter = {
          from: text(form, `letter${i}.from`),
          to: text(form, `letter${i}.to`),
          date: text(form, `letter${i}.date`),
          body: text(form, `letter${i}.body`),
        }
        if (Object.values(letter).some(Boolean)) letters.push(letter)
      }
      return { ...front, letters }
    }
    case 'activity': {
      const downloads = []
      for (let i = 0; form.has(`download${i}.file`); i++) {
        if (form.get(`download${i}.remove`) === 'on') continue
        downloads.push({
          title: text(form, `download${i}.title`),
          file: text(form, `download${i}.file`),
        })
      }
      return { ...front, downloads }
    }
    case 'check': {
      const questions = []
      for (let q = 0; form.has(`q${q}.prompt`); q++) {
        const options = []
        for (let o = 0; form.has(`q${q}.o${o}.text`); o++) {
          const option = {
            text: text(form, `q${q}.o${o}.text`),
            correct: form.get(`q${q}.o${o}.correct`) === 'on',
            feedback: text(form, `q${q}.o${o}.feedback`),
          }
          if (option.text || option.feedback || option.correct) options.push(option)
        }
        const prompt = text(form, `q${q}.prompt`)
        if (!prompt && options.length === 0) continue
        const contentNote = text(form, `q${q}.contentNote`)
        const alternative = text(form, `q${q}.alternative`)
        questions.push({
          prompt,
          ...(contentNote ? { contentNote } : {}),
          ...(alternative ? { alternative } : {}),
          multiple: form.get(`q${q}.multiple`) === 'on',
          options,
        })
      }
      return { ...front, passMark: optionalNumber(text(form, 'passMark')), questions }
    }
    case 'reflection':
      return { ...front, prompts: lines(text(form, 'prompts')) }
    case 'film': {
      const captions = records(existing.captions)
      const first = {
        language: text(form, 'captionsLanguage') || 'en',
        label: text(form, 'captionsLabel') || 'English',
        file: text(form, 'captionsPath'),
      }
      captions[0] = first
      return {
        ...front,
        film: text(form, 'filmPath'),
        captions: captions.filter((c) => c.file),
        transcript: text(form, 'transcript') ? 'pending-transcript.md' : '',
        poster: existing.poster,
        chapters: existing.chapters,
        notes: existing.notes,
      }
    }
  }
}

/** Where the form shows a problem the schema found, and the message in the reader's words. */
function fieldFor(
  t: Translator,
  issue: { path: PropertyKey[]; params?: unknown },
): [string, string] {
  const [first, index, part, option, optionPart] = issue.path
  const n = typeof index === 'number' ? index + 1 : 1
  switch (first) {
    case 'title':
      return ['title', t(MESSAGES.title)]
    case 'minutes':
      return ['minutes', t(MESSAGES.minutes)]
    case 'contentNote':
      return ['contentNote', t(MESSAGES.contentNote)]
    case 'sources':
      return ['sources', t(MESSAGES.sources)]
    case 'questions':
      return typeof index === 'number'
        ? [`q${index}`, questionMessage(t, n, part, option, optionPart, issue.params)]
        : ['questions', t(MESSAGES.questions)]
    case 'letters':
      return typeof index === 'number'
        ? [`letter${index}`, t(MESSAGES.letter, { n })]
        : ['letter0', t(MESSAGES.letters)]
    case 'downloads':
      return ['newDownload', t(MESSAGES.downloads)]
    case 'prompts':
      return ['prompts', t(MESSAGES.prompts)]
    case 'film':
      return ['film', t(MESSAGES.film)]
    case 'captions':
      return ['captions', t(MESSAGES.captions)]
    case 'transcript':
      return ['transcript', t(MESSAGES.transcript)]
    case 'passMark':
      return ['passMark', t(MESSAGES.passMark)]
    default:
      return ['form', t(MESSAGES.form)]
  }
}

/** What is wrong with a knowledge check's question, from where the schema found it. */
function questionMessage(
  t: Translator,
  n: number,
  part: PropertyKey | undefined,
  option: PropertyKey | undefined,
  optionPart: PropertyKey | undefined,
  params: unknown,
) {
  const code = isRecord(params) ? params.code : undefined
  const m = typeof option === 'number' ? option + 1 : 1
  if (code === 'no-correct-option') return t(MESSAGES.noCorrect, { n })
  if (code === 'too-many-correct') return t(MESSAGES.tooManyCorrect, { n })
  if (code === 'note-without-alternative') return t(MESSAGES.noteWithoutAlternative, { n })
  if (part === 'prompt') return t(MESSAGES.questionPrompt, { n })
  if (part === 'contentNote') return t(MESSAGES.questionNote, { n })
  if (part === 'alternative') return t(MESSAGES.questionAlternative, { n })
  if (part === 'options' && option === undefined) return t(MESSAGES.questionOptions, { n })
  if (part === 'options' && optionPart === 'text') return t(MESSAGES.questionOptionText, { n, m })
  if (part === 'options' && optionPart === 'feedback') return t(MESSAGES.questionFeedback, { n, m })
  return t(MESSAGES.question, { n })
}

export type LessonSaveResult =
  { ok: true } | { ok: false; errors: FieldErrors; values: Record<string, string> }

export function formValues(form: FormData) {
  const values: Record<string, string> = {}
  for (const [key, value] of form)
    if (typeof value === 'string' && key !== 'intent') values[key] = value
  return values
}

/**
 * The lesson form's buttons: Save (the default, also when Enter is pressed), "Add Welsh", or a
 * change to the knowledge check's questions and options; all but Save only redraw the form.
 */
export const LessonIntentSchema = z
  .string()
  .regex(
    /^(save|add-welsh|add-question|remove-question:\d{1,3}|add-option:\d{1,3}|remove-option:\d{1,3}:\d{1,3})$/,
  )
  .transform((intent) => {
    const [name, q, o] = intent.split(':')
    return { name: name!, question: Number(q ?? 0), option: Number(o ?? 0) }
  })

type QuestionValues = {
  prompt: string
  contentNote: string
  alternative: string
  multiple: boolean
  options: OptionValues[]
}
type OptionValues = { text: string; correct: boolean; feedback: string }
const blankOption = (): OptionValues => ({ text: '', correct: false, feedback: '' })
const blankQuestion = (): QuestionValues => ({
  prompt: '',
  contentNote: '',
  alternative: '',
  multiple: false,
  options: [blankOption(), blankOption()],
})

/**
 * The questions the check form's values hold, as many as it shows (a new check: one of two
 * options); with `prefix` (`cy.`), the Welsh column's words for them.
 */
export function checkQuestions(values: Record<string, string>, prefix = ''): QuestionValues[] {
  const questions: QuestionValues[] = []
  for (let q = 0; `${prefix}q${q}.prompt` in values; q++) {
    const at = `${prefix}q${q}`
    const options: OptionValues[] = []
    for (let o = 0; `${at}.o${o}.text` in values; o++)
      options.push({
        text: values[`${at}.o${o}.text`] ?? '',
        correct: values[`${at}.o${o}.correct`] === 'on',
        feedback: values[`${at}.o${o}.feedback`] ?? '',
      })
    while (options.length < 2) options.push(blankOption())
    questions.push({
      prompt: values[`${at}.prompt`] ?? '',
      contentNote: values[`${at}.contentNote`] ?? '',
      alternative: values[`${at}.alternative`] ?? '',
      multiple: values[`${at}.multiple`] === 'on',
      options,
    })
  }
  return questions.length > 0 ? questions : [blankQuestion()]
}

/** The Welsh words lined up with the English questions: a blank for each one not yet written. */
function alignWelsh(english: QuestionValues[], welsh: QuestionValues[]): QuestionValues[] {
  return english.map((q, i) => ({
    prompt: welsh[i]?.prompt ?? '',
    contentNote: welsh[i]?.contentNote ?? '',
    alternative: welsh[i]?.alternative ?? '',
    multiple: false,
    options: q.options.map((_, j) => ({
      ...(welsh[i]?.options[j] ?? blankOption()),
      correct: false,
    })),
  }))
}

/**
 * The check form's values with a question or option added or removed, renumbered, and everything
 * else typed kept; nothing is saved. A question keeps two options and the check one question.
 * The Welsh column, when there is one, changes with the English.
 */
export function reshapeCheck(
  values: Record<string, string>,
  intent: z.output<typeof LessonIntentSchema>,
): { values: Record<string, string>; focus: string } {
  const questions = checkQuestions(values)
  const welsh = values.welsh === 'on' ? alignWelsh(questions, checkQuestions(values, WELSH)) : null
  const { question: q, option: o } = intent
  const options = questions[q]?.options
  let focus = `q${q}`
  switch (intent.name) {
    case 'add-question':
      questions.push(blankQuestion())
      focus = `q${questions.length - 1}-prompt`
      break
    case 'remove-question':
      if (questions.length > 1 && q < questions.length) {
        questions.splice(q, 1)
        welsh?.splice(q, 1)
      }
      focus = `q${Math.min(q, questions.length - 1)}`
      break
    case 'add-option':
      if (options && options.length < MAX_OPTIONS) options.push(blankOption())
      focus = `q${q}-o${(options?.length ?? 1) - 1}-text`
      break
    case 'remove-option':
      if (options && options.length > 2 && o < options.length) {
        options.splice(o, 1)
        welsh?.[q]?.options.splice(o, 1)
      }
      break
  }
  const next = withQuestions(values, questions)
  return { values: welsh ? withQuestions(next, alignWelsh(questions, welsh), WELSH) : next, focus }
}

/** The form's values with the check's fields replaced by these questions, numbered in order. */
function withQuestions(values: Record<string, string>, questions: QuestionValues[], prefix = '') {
  const own = new RegExp(`^${prefix.replace('.', '\\.')}q\\d+\\.`)
  const next = Object.fromEntries(Object.entries(values).filter(([key]) => !own.test(key)))
  questions.forEach((question, i) => {
    const at = `${prefix}q${i}`
    next[`${at}.prompt`] = question.prompt
    if (question.contentNote) next[`${at}.contentNote`] = question.contentNote
    if (question.alternative) next[`${at}.alternative`] = question.alternative
    if (question.multiple) next[`${at}.multiple`] = 'on'
    question.options.forEach((option, j) => {
      next[`${at}.o${j}.text`] = option.text
      next[`${at}.o${j}.feedback`] = option.feedback
      if (option.correct) next[`${at}.o${j}.correct`] = 'on'
    })
  })
  return next
}

/**
 * Saves a lesson from its form and any uploads, with its Welsh when the form has a Welsh column
 * (`welsh`), as `<name>.cy.md` beside it. Refused uploads and invalid fields, English or Welsh,
 * come back as errors in the reader's language (`t`) with everything typed; in that case nothing
 * is saved and no uploaded file is kept.
 */
export function saveLessonFromForm(
  draft: Draft,
  moduleSlug: string,
  file: string,
  kind: LessonKind,
  form: FormData,
  uploads: Upload[],
  mediaRoot = MEDIA_ROOT,
  t: Translator = english,
): LessonSaveResult {
  const existing = readLessonDraft(draft.source[`lessons/${file}`] ?? '').front
  const errors: FieldErrors = {}
  for (const upload of uploads) if (upload.error) errors[upload.field] = upload.error
  const uploaded = (field: string) => uploads.find((u) => u.field === field && !u.error)
  const front = frontFromForm(kind, form, existing)
  // new files stand in with a placeholder path until the form is accepted
  if (kind === 'film') {
    if (uploaded('film')) front.film = `uploads/${moduleSlug}/pending${uploaded('film')!.ext}`
    const captions = records(front.captions)
    if (uploaded('captions')) {
      const first = {
        language: text(form, 'captionsLanguage') || 'en',
        label: text(form, 'captionsLabel') || 'English',
        file: `uploads/${moduleSlug}/pending.vtt`,
      }
      front.captions = [first, ...captions.filter((c) => c.file !== text(form, 'captionsPath'))]
    }
  }
  const newDownload = kind === 'activity' ? uploaded('newDownload') : undefined
  if (newDownload) {
    const title = text(form, 'newDownloadTitle')
    if (!title) errors.newDownloadTitle = t(MESSAGES.newDownloadTitle)
    front.downloads = [
      ...records(front.downloads),
      { title, file: `uploads/${moduleSlug}/pending.pdf` },
    ]
  }
  const body = text(form, 'body')
  const parsed = LessonSchema.safeParse(front)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [field, message] = fieldFor(t, issue)
      errors[field] ??= message
    }
  }
  // the Welsh is checked against the English as typed, so both columns' problems show at once
  const withWelsh = form.get('welsh') === 'on' && form.get(`${WELSH}remove`) !== 'on'
  const welsh =
    parsed.success && withWelsh
      ? checkWelsh(parsed.data, welshFront(parsed.data, form), file, t)
      : null
  if (welsh && !welsh.ok) Object.assign(errors, welsh.errors)
  if (!parsed.success || Object.keys(errors).length > 0) {
    discardUploads(uploads)
    return { ok: false, errors, values: formValues(form) }
  }
  const lesson: LessonSource = parsed.data
  if (lesson.kind === 'film') {
    const film = uploaded('film')
    if (film) lesson.film = keepUpload(film, moduleSlug, mediaRoot)
    const captions = uploaded('captions')
    if (captions) lesson.captions[0]!.file = keepUpload(captions, moduleSlug, mediaRoot)
    lesson.transcript = keepText(text(form, 'transcript'), moduleSlug, '.md', mediaRoot)
  }
  if (lesson.kind === 'activity' && newDownload)
    lesson.downloads.at(-1)!.file = keepUpload(newDownload, moduleSlug, mediaRoot)
  const files = {
    ...draft.source,
    [`lessons/${file}`]: lessonFileText(withoutDefaults(lesson), body),
  }
  const cyName = `lessons/${welshFile(file)}`
  if (welsh?.ok) {
    // the kept files' paths, now the English has them
    const cy = withEnglishFilm(welsh.lesson, lesson) as LessonSource
    if (cy.kind === 'activity' && lesson.kind === 'activity')
      cy.downloads.forEach((d, i) => (d.file = lesson.downloads[i]!.file))
    files[cyName] = lessonFileText(withoutDefaults(cy), text(form, `${WELSH}body`))
  } else if (form.get(`${WELSH}remove`) === 'on') delete files[cyName]
  saveDraftFiles(draft, files)
  return { ok: true }
}

/** The lesson as a pack author would write it: no empty lists or default values. */
function withoutDefaults(lesson: LessonSource): Front {
  return Object.fromEntries(
    Object.entries(lesson).filter(
      ([key, value]) =>
        value !== undefined &&
        !(Array.isArray(value) && value.length === 0 && key !== 'questions') &&
        !(key === 'required' && value === true),
    ),
  )
}

export type PreviewLesson = {
  id: number
  slug: string
  file: string
  kind: LessonKind
  title: string
  minutes: number
  required: boolean
  contentNote: string | null
  bodyHtml: string
  details: Record<string, unknown>
  sources: string[]
  /** the Welsh, as publishing would store it, when the draft has a `.cy.md` that fits */
  translations: Record<string, LessonTranslation> | null
  /** what the Welsh's review mark says, for the studio's lesson list */
  review: string | null
}

/**
 * The draft's lessons as a learner would get them once published, built by the importer's own
 * code; a lesson not ready yet comes back with its problem instead.
 */
export function previewLessons(draft: Draft, mediaRoot = MEDIA_ROOT) {
  const passMark = Number(readManifest(draft.source).passMark) || 0
  return draftLessonFiles(draft).map(
    (
      { file, slug, raw },
      index,
    ): { lesson: PreviewLesson } | { file: string; title: string; problems: PackProblem[] } => {
      const title = String(readLessonDraft(raw).front.title ?? file)
      // named as the pack names it, so the studio can say which lesson and field
      const parsed = parseLessonFile(`lessons/${file}`, raw)
      if (!parsed.ok) return { file, title, problems: parsed.problems }
      try {
        const { lesson, body } = parsed
        const translations = draftWelsh(draft, file, lesson, passMark, mediaRoot)
        return {
          lesson: {
            id: -(index + 1),
            slug,
            file,
            ...lessonColumns(lesson, body, { passMark }, mediaRoot),
            translations,
            review: translations?.cy?.review ?? null,
          },
        }
      } catch {
        return {
          file,
          title,
          problems: [
            { file: `lessons/${file}`, message: 'a file it uses is missing; upload it again' },
          ],
        }
      }
    },
  )
}

/** A draft lesson's Welsh as publishing would store it; null when it has none that fits yet. */
function draftWelsh(
  draft: Draft,
  file: string,
  english: LessonSource,
  passMark: number,
  mediaRoot: string,
) {
  const name = `lessons/${welshFile(file)}`
  const raw = draft.source[name]
  if (raw === undefined) return null
  const parsed = parseLessonFile(name, raw)
  if (!parsed.ok || translationProblems(name, english, parsed.lesson).length > 0) return null
  return translationColumns(english, { cy: parsed }, { passMark }, mediaRoot)
}

/** The form's starting values for a lesson, from its file and its Welsh file if it has one. */
export function lessonFormValues(raw: string, mediaRoot = MEDIA_ROOT, welshRaw?: string) {
  const { front, body } = readLessonDraft(raw)
  const str = (v: unknown) => (v === undefined || v === null ? '' : String(v))
  const values: Record<string, string> = {
    title: str(front.title),
    minutes: str(front.minutes),
    contentNote: str(front.contentNote),
    sources: Array.isArray(front.sources) ? front.sources.join('\n') : '',
    body,
    passMark: str(front.passMark),
    prompts: Array.isArray(front.prompts) ? front.prompts.join('\n') : '',
    filmPath: str(front.film),
  }
  if (front.required === false) values.optional = 'on'
  const transcript =
    typeof front.transcript === 'string' ? path.join(mediaRoot, front.transcript) : ''
  if (transcript && fs.existsSync(transcript))
    values.transcript = fs.readFileSync(transcript, 'utf8')
  const captions = records(front.captions)
  values.captionsPath = str(captions[0]?.file)
  values.captionsLanguage = str(captions[0]?.language) || 'en'
  values.captionsLabel = str(captions[0]?.label) || 'English'
  const letters = records(front.letters)
  letters.forEach((l, i) => {
    for (const key of ['from', 'to', 'date', 'body']) values[`letter${i}.${key}`] = str(l[key])
  })
  const downloads = records(front.downloads)
  downloads.forEach((d, i) => {
    values[`download${i}.title`] = str(d.title)
    values[`download${i}.file`] = str(d.file)
  })
  const questions = records(front.questions)
  questions.forEach((q, i) => {
    values[`q${i}.prompt`] = str(q.prompt)
    if (q.contentNote) values[`q${i}.contentNote`] = str(q.contentNote)
    if (q.alternative) values[`q${i}.alternative`] = str(q.alternative)
    if (q.multiple === true) values[`q${i}.multiple`] = 'on'
    const options = records(q.options)
    options.forEach((o, j) => {
      values[`q${i}.o${j}.text`] = str(o.text)
      values[`q${i}.o${j}.feedback`] = str(o.feedback)
      if (o.correct === true) values[`q${i}.o${j}.correct`] = 'on'
    })
  })
  if (welshRaw !== undefined) {
    const cy = readLessonDraft(welshRaw)
    Object.assign(values, welshFormValues(cy.front, cy.body))
  }
  return {
    kind: str(front.kind),
    // a check's form shows every question it has, and a new one one question of two options
    values: front.kind === 'check' ? checkValues(values) : values,
    counts: { letters: letters.length, downloads: downloads.length, questions: questions.length },
  }
}

/** A check's values with every question the form shows, the Welsh lined up with the English. */
function checkValues(values: Record<string, string>) {
  const questions = checkQuestions(values)
  const next = withQuestions(values, questions)
  if (values.welsh !== 'on') return next
  return withQuestions(next, alignWelsh(questions, checkQuestions(values, WELSH)), WELSH)
}

/** The draft lesson an editor works on, with its kind; refused when there is none. */
export function lessonToEdit(module: StudioModule, lessonName: string) {
  const draft = findDraft(module.id)
  const lesson = draft && findDraftLesson(draft, `${lessonName}.md`)
  if (!draft || !lesson) return refuse('not-found', 'Page not found')
  const kind = LessonKindSchema.safeParse(readLessonDraft(lesson.raw).front.kind)
  if (!kind.success) return refuse('invalid', 'This lesson file has no kind')
  return { ok: true as const, draft, lesson, kind: kind.data }
}

/**
 * What the lesson editor shows; with `addWelsh` (the "Add Welsh" link), a Welsh column to fill
 * in when the lesson has none yet.
 */
export function lessonEditor(module: StudioModule, lessonName: string, addWelsh = false) {
  const editing = lessonToEdit(module, lessonName)
  if (!editing.ok) return editing
  const { draft, lesson, kind } = editing
  const welshRaw = draft.source[`lessons/${welshFile(lesson.file)}`]
  const form = lessonFormValues(lesson.raw, MEDIA_ROOT, welshRaw ?? (addWelsh ? '' : undefined))
  return {
    hasWelsh: welshRaw !== undefined,
    moduleSlug: module.slug,
    moduleTitle: draft.title,
    lessonSlug: lesson.slug,
    kind,
    values: form.values,
    counts: form.counts,
    maxOptions: MAX_OPTIONS,
    uploadLimit: env.UPLOAD_LIMIT_BYTES,
  }
}

/**
 * A lesson of the draft (or, with no draft, of the latest published version) as a learner would
 * see it in `language` (its Welsh where it has one, else the English, as the learner's page
 * does); null when there is no such lesson. Nothing here creates an enrolment or progress.
 */
export function previewLesson(
  user: SessionUser,
  module: StudioModule,
  lessonSlug: string,
  language: Language = 'en',
) {
  const draft = mayEditModule(user, module) ? findDraft(module.id) : undefined
  const published = latestPublishedVersion(module.id)
  const lessons = draft
    ? previewLessons(draft).flatMap((entry) => ('lesson' in entry ? [entry.lesson] : []))
    : published
      ? lessonsOf(published.id)
      : []
  const index = lessons.findIndex((l) => l.slug === lessonSlug)
  if (index < 0) return null
  const title = draft?.title ?? published?.title ?? module.slug
  const welshTitle = draft
    ? draftWelshTexts(draft.source).title
    : (published?.translations?.cy?.title ?? '')
  return {
    module,
    title: (language === 'cy' && welshTitle
      ? { text: welshTitle, language }
      : { text: title, language: 'en' }) satisfies ContentText as ContentText,
    lesson: lessonInLanguage(lessons[index]!, language),
    lessons,
    index,
    fromDraft: Boolean(draft),
  }
}
