/**
 * Editing one lesson of a draft: the form for each kind of lesson becomes the lesson file's
 * front matter and body, checked with the pack format's own schema before it is kept.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { type LessonKind } from '#app/db.server.ts'
import { LessonSchema, type LessonSource } from '#app/learning/pack-schema.server.ts'
import {
  lessonColumns,
  MEDIA_ROOT,
  parseLessonFile,
  type PackProblem,
} from '#app/learning/packs.server.ts'
import { lessonsOf } from '#app/learning/progress.server.ts'
import { type FieldErrors } from '#app/utils/forms.ts'
import { mayEditModule } from '#app/auth/permissions.server.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import { env } from '#app/utils/env.server.ts'
import {
  draftLessonFiles,
  findDraft,
  findDraftLesson,
  latestPublishedVersion,
  LessonKindSchema,
  lessonFileText,
  readManifest,
  refuse,
  saveLessonFile,
  type Draft,
  type StudioModule,
} from './modules.server.ts'
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

type Front = Record<string, unknown>
const isRecord = (v: unknown): v is Front =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
/** The objects in a list read from YAML; anything else in it is dropped. */
const records = (v: unknown): Front[] => (Array.isArray(v) ? v.filter(isRecord) : [])

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

const text = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value.trim() : ''
}
const lines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
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
        questions.push({ prompt, multiple: form.get(`q${q}.multiple`) === 'on', options })
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

/** Where the form shows a problem the schema found, and the message in the author's words. */
function fieldFor(issuePath: PropertyKey[], message: string): [string, string] {
  const [first, index] = issuePath
  switch (first) {
    case 'title':
      return ['title', 'Enter a lesson title']
    case 'minutes':
      return ['minutes', 'Enter the minutes the lesson takes, as a whole number']
    case 'questions':
      return typeof index === 'number'
        ? [`q${index}`, `Question ${index + 1}: ${message}`]
        : ['questions', 'Add at least one question']
    case 'letters':
      return typeof index === 'number'
        ? [`letter${index}`, `Letter ${index + 1}: ${message}`]
        : ['letter0', 'Add at least one letter']
    case 'downloads':
      return ['newDownload', `Downloads: ${message}`]
    case 'prompts':
      return ['prompts', 'Add at least one reflection question']
    case 'film':
      return ['film', 'Choose a film to upload (MP4 or WebM)']
    case 'captions':
      return ['captions', 'Choose a captions file to upload (WebVTT)']
    case 'transcript':
      return ['transcript', 'Enter the transcript of the film']
    case 'passMark':
      return ['passMark', 'Enter the pass mark as a whole number from 0 to 100']
    default:
      return [String(first ?? 'form'), message]
  }
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
 * The lesson form's buttons: Save (the default, also when Enter is pressed), or a change to the
 * knowledge check's questions and options, which only redraws the form.
 */
export const LessonIntentSchema = z
  .string()
  .regex(
    /^(save|add-question|remove-question:\d{1,3}|add-option:\d{1,3}|remove-option:\d{1,3}:\d{1,3})$/,
  )
  .transform((intent) => {
    const [name, q, o] = intent.split(':')
    return { name: name!, question: Number(q ?? 0), option: Number(o ?? 0) }
  })

type QuestionValues = { prompt: string; multiple: boolean; options: OptionValues[] }
type OptionValues = { text: string; correct: boolean; feedback: string }
const blankOption = (): OptionValues => ({ text: '', correct: false, feedback: '' })
const blankQuestion = (): QuestionValues => ({
  prompt: '',
  multiple: false,
  options: [blankOption(), blankOption()],
})

/** The questions the check form's values hold, as many as it shows (a new check: one of two options). */
export function checkQuestions(values: Record<string, string>): QuestionValues[] {
  const questions: QuestionValues[] = []
  for (let q = 0; `q${q}.prompt` in values; q++) {
    const options: OptionValues[] = []
    for (let o = 0; `q${q}.o${o}.text` in values; o++)
      options.push({
        text: values[`q${q}.o${o}.text`] ?? '',
        correct: values[`q${q}.o${o}.correct`] === 'on',
        feedback: values[`q${q}.o${o}.feedback`] ?? '',
      })
    while (options.length < 2) options.push(blankOption())
    questions.push({
      prompt: values[`q${q}.prompt`] ?? '',
      multiple: values[`q${q}.multiple`] === 'on',
      options,
    })
  }
  return questions.length > 0 ? questions : [blankQuestion()]
}

/**
 * The check form's values with a question or option added or removed, renumbered, and everything
 * else typed kept; nothing is saved. A question keeps two options and the check one question.
 */
export function reshapeCheck(
  values: Record<string, string>,
  intent: z.output<typeof LessonIntentSchema>,
): { values: Record<string, string>; focus: string } {
  const questions = checkQuestions(values)
  const { question: q, option: o } = intent
  const options = questions[q]?.options
  let focus = `q${q}`
  switch (intent.name) {
    case 'add-question':
      questions.push(blankQuestion())
      focus = `q${questions.length - 1}-prompt`
      break
    case 'remove-question':
      if (questions.length > 1 && q < questions.length) questions.splice(q, 1)
      focus = `q${Math.min(q, questions.length - 1)}`
      break
    case 'add-option':
      if (options && options.length < MAX_OPTIONS) options.push(blankOption())
      focus = `q${q}-o${(options?.length ?? 1) - 1}-text`
      break
    case 'remove-option':
      if (options && options.length > 2 && o < options.length) options.splice(o, 1)
      break
  }
  return { values: withQuestions(values, questions), focus }
}

/** The form's values with the check's fields replaced by these questions, numbered in order. */
function withQuestions(values: Record<string, string>, questions: QuestionValues[]) {
  const next = Object.fromEntries(Object.entries(values).filter(([key]) => !/^q\d+\./.test(key)))
  questions.forEach((question, i) => {
    next[`q${i}.prompt`] = question.prompt
    if (question.multiple) next[`q${i}.multiple`] = 'on'
    question.options.forEach((option, j) => {
      next[`q${i}.o${j}.text`] = option.text
      next[`q${i}.o${j}.feedback`] = option.feedback
      if (option.correct) next[`q${i}.o${j}.correct`] = 'on'
    })
  })
  return next
}

/**
 * Saves a lesson from its form and any uploads. Refused uploads and invalid fields come back as
 * errors with what was typed; in that case no uploaded file is kept.
 */
export function saveLessonFromForm(
  draft: Draft,
  moduleSlug: string,
  file: string,
  kind: LessonKind,
  form: FormData,
  uploads: Upload[],
  mediaRoot = MEDIA_ROOT,
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
    if (!title) errors.newDownloadTitle = 'Enter a title for the PDF'
    front.downloads = [
      ...records(front.downloads),
      { title, file: `uploads/${moduleSlug}/pending.pdf` },
    ]
  }
  const body = text(form, 'body')
  const parsed = LessonSchema.safeParse(front)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [field, message] = fieldFor(issue.path, issue.message)
      errors[field] ??= message
    }
  }
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
  saveLessonFile(draft, file, lessonFileText(withoutDefaults(lesson), body))
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
        return {
          lesson: {
            id: -(index + 1),
            slug,
            file,
            ...lessonColumns(lesson, body, { passMark }, mediaRoot),
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

/** The form's starting values for a lesson, from its file. */
export function lessonFormValues(raw: string, mediaRoot = MEDIA_ROOT) {
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
    if (q.multiple === true) values[`q${i}.multiple`] = 'on'
    const options = records(q.options)
    options.forEach((o, j) => {
      values[`q${i}.o${j}.text`] = str(o.text)
      values[`q${i}.o${j}.feedback`] = str(o.feedback)
      if (o.correct === true) values[`q${i}.o${j}.correct`] = 'on'
    })
  })
  return {
    kind: str(front.kind),
    // a check's form shows every question it has, and a new one one question of two options
    values: front.kind === 'check' ? withQuestions(values, checkQuestions(values)) : values,
    counts: { letters: letters.length, downloads: downloads.length, questions: questions.length },
  }
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

/** What the lesson editor shows. */
export function lessonEditor(module: StudioModule, lessonName: string) {
  const editing = lessonToEdit(module, lessonName)
  if (!editing.ok) return editing
  const { draft, lesson, kind } = editing
  const form = lessonFormValues(lesson.raw)
  return {
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
 * see it; null when there is no such lesson. Nothing here creates an enrolment or progress.
 */
export function previewLesson(user: SessionUser, module: StudioModule, lessonSlug: string) {
  const draft = mayEditModule(user, module) ? findDraft(module.id) : undefined
  const published = latestPublishedVersion(module.id)
  const lessons = draft
    ? previewLessons(draft).flatMap((entry) => ('lesson' in entry ? [entry.lesson] : []))
    : published
      ? lessonsOf(published.id)
      : []
  const index = lessons.findIndex((l) => l.slug === lessonSlug)
  if (index < 0) return null
  return {
    module,
    title: draft?.title ?? published?.title ?? module.slug,
    lesson: lessons[index]!,
    lessons,
    index,
    fromDraft: Boolean(draft),
  }
}
