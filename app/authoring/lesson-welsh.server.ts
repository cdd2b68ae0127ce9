/**
 * A lesson's Welsh in the studio. The editor's Welsh column becomes `<name>.cy.md` beside the
 * English lesson, where a pack author writes it and the importer reads it, so the learner side
 * needs nothing more. Only the words are Welsh: the kind, the questions and options, which are
 * right, the pass mark, how many prompts and letters, and the film are the English lesson's, so
 * the two cannot differ (the importer's own rule, checked again before saving).
 */
import { type Translator } from '#app/i18n/i18n.ts'
import { LessonSchema, type LessonSource } from '#app/learning/pack-schema.server.ts'
import { translatedFileName, translationProblems } from '#app/learning/packs.server.ts'
import { type FieldErrors } from '#app/utils/forms.ts'
import { LESSON_FORM_MESSAGES as MESSAGES } from './labels.ts'

export type Front = Record<string, unknown>
export const isRecord = (v: unknown): v is Front =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
/** The objects in a list read from YAML; anything else in it is dropped. */
export const records = (v: unknown): Front[] => (Array.isArray(v) ? v.filter(isRecord) : [])
export const formText = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value.trim() : ''
}
export const lines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)

/** The Welsh column's fields are the English field's name after `cy.`: `cy.title`, `cy.q0.prompt`. */
export const WELSH = 'cy.'
/** `01-welcome.md` in Welsh. */
export const welshFile = (file: string) => translatedFileName(file, 'cy')

/** What the review mark says when the trainer ticks it without a note. */
export const REVIEW_MARK = 'A Welsh speaker should review this Welsh.'

/**
 * The Welsh lesson the form's Welsh column gives, built on the English lesson: its words from
 * the form, everything else copied, so the structure is the English's by construction.
 */
export function welshFront(english: LessonSource, form: FormData): Front {
  const cy = (name: string) => formText(form, `${WELSH}${name}`)
  const review = form.get(`${WELSH}review`) === 'on' ? cy('reviewNote') || REVIEW_MARK : undefined
  const front: Front = {
    kind: english.kind,
    title: cy('title'),
    minutes: english.minutes,
    required: english.required,
    contentNote: cy('contentNote') || undefined,
    sources: english.sources,
    review,
  }
  switch (english.kind) {
    case 'reading':
      return front
    case 'check':
      return {
        ...front,
        questions: english.questions.map((q, i) => ({
          prompt: cy(`q${i}.prompt`),
          // the English's hard detail is noted in Welsh too, with its gentler telling
          ...(q.contentNote
            ? { contentNote: cy(`q${i}.contentNote`), alternative: cy(`q${i}.alternative`) }
            : {}),
          multiple: q.multiple,
          options: q.options.map((o, j) => ({
            text: cy(`q${i}.o${j}.text`),
            correct: o.correct,
            feedback: cy(`q${i}.o${j}.feedback`),
          })),
        })),
      }
    case 'reflection':
      return { ...front, prompts: lines(cy('prompts')) }
    case 'letters':
      return {
        ...front,
        letters: english.letters.map((_, i) => ({
          from: cy(`letter${i}.from`),
          to: cy(`letter${i}.to`),
          date: cy(`letter${i}.date`),
          body: cy(`letter${i}.body`),
        })),
      }
    case 'activity': {
      // the form's downloads less those removed, then a new one: as the English reads them
      const titles: string[] = []
      for (let i = 0; form.has(`download${i}.file`); i++)
        if (form.get(`download${i}.remove`) !== 'on') titles.push(cy(`download${i}.title`))
      titles.push(cy('newDownloadTitle'))
      return {
        ...front,
        downloads: english.downloads.map((d, i) => ({ title: titles[i] ?? '', file: d.file })),
      }
    }
    case 'film':
      return withEnglishFilm(front, english)
  }
}

/** A Welsh film lesson plays the English lesson's film, with its captions and transcript. */
export function withEnglishFilm(front: Front, english: LessonSource): Front {
  if (english.kind !== 'film') return front
  const { film, captions, transcript, poster, chapters, notes } = english
  return { ...front, film, captions, transcript, poster, chapters, notes }
}

/** Where the Welsh column shows a problem with its Welsh, in the reader's words. */
function welshFieldFor(t: Translator, issuePath: PropertyKey[]): [string, string] {
  const [first, index] = issuePath
  const n = typeof index === 'number' ? index + 1 : 1
  switch (first) {
    case 'title':
      return [`${WELSH}title`, t(MESSAGES.welshTitle)]
    case 'contentNote':
      return [`${WELSH}contentNote`, t(MESSAGES.contentNote)]
    case 'questions':
      return [`${WELSH}q${n - 1}`, t(MESSAGES.welshQuestion, { n })]
    case 'letters':
      return [`${WELSH}letter${n - 1}`, t(MESSAGES.welshLetter, { n })]
    case 'downloads':
      return [`${WELSH}downloads`, t(MESSAGES.welshDownloads)]
    case 'prompts':
      return [`${WELSH}prompts`, t(MESSAGES.welshPrompts)]
    case 'review':
      return [`${WELSH}reviewNote`, t(MESSAGES.welshReview)]
    default:
      return ['form', t(MESSAGES.welshForm)]
  }
}

/**
 * The Welsh lesson checked as the importer checks a `.cy.md`: by the pack schema, then against
 * the English. Problems come back by the Welsh field.
 */
export function checkWelsh(
  english: LessonSource,
  front: Front,
  file: string,
  t: Translator,
): { ok: true; lesson: LessonSource } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {}
  if (
    english.kind === 'reflection' &&
    Array.isArray(front.prompts) &&
    front.prompts.length !== english.prompts.length
  )
    errors[`${WELSH}prompts`] = t(MESSAGES.welshPrompts)
  const parsed = LessonSchema.safeParse(front)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [field, message] = welshFieldFor(t, issue.path)
      errors[field] ??= message
    }
    return { ok: false, errors }
  }
  for (const problem of translationProblems(welshFile(file), english, parsed.data)) {
    const [field, message] = welshFieldFor(t, problem.path)
    errors[field] ??= message
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, lesson: parsed.data }
}

/** The Welsh column's starting values, from the `.cy.md` file. */
export function welshFormValues(front: Front, body: string): Record<string, string> {
  const str = (v: unknown) => (v === undefined || v === null ? '' : String(v))
  const values: Record<string, string> = {
    welsh: 'on',
    title: str(front.title),
    contentNote: str(front.contentNote),
    body,
    prompts: Array.isArray(front.prompts) ? front.prompts.join('\n') : '',
  }
  if (typeof front.review === 'string' && front.review) {
    values.review = 'on'
    values.reviewNote = front.review === REVIEW_MARK ? '' : front.review
  }
  records(front.letters).forEach((l, i) => {
    for (const key of ['from', 'to', 'date', 'body']) values[`letter${i}.${key}`] = str(l[key])
  })
  records(front.downloads).forEach((d, i) => (values[`download${i}.title`] = str(d.title)))
  records(front.questions).forEach((q, i) => {
    values[`q${i}.prompt`] = str(q.prompt)
    if (q.contentNote) values[`q${i}.contentNote`] = str(q.contentNote)
    if (q.alternative) values[`q${i}.alternative`] = str(q.alternative)
    records(q.options).forEach((o, j) => {
      values[`q${i}.o${j}.text`] = str(o.text)
      values[`q${i}.o${j}.feedback`] = str(o.feedback)
    })
  })
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key === 'welsh' ? key : WELSH + key, value]),
  )
}
