/**
 * A pack's problems in the studio's words. The importer names a file and a schema path
 * (`lessons/quick-check.md: questions.1: …`), which is right for maintainers at the command
 * line; a trainer never sees those files, so each problem is worded by the field or lesson the
 * studio shows them, from where it was found (its path) and what kind it is (its code).
 */
import { type PackIssue, type PackProblem } from '#app/learning/packs.server.ts'
import { readLessonDraft } from './lessons.server.ts'
import { readManifest, type DraftFiles } from './modules.server.ts'

/** A problem from the importer; those found in a file's fields say where (path) and what (code). */
export type FoundProblem = PackProblem & Partial<Pick<PackIssue, 'path' | 'code'>>

export type StudioProblem = {
  /** the whole sentence: the lesson, the field and what to do */
  text: string
  /** where to put it right: a lesson (its file, for a link to its editor), the list of
   * lessons, the module's details, or (in an imported zip) a file of the zip */
  place: 'lesson' | 'lessons' | 'details' | 'file'
  lessonFile: string | null
  /** the field and what to do, without the lesson: for a line beside the lesson itself */
  inLesson: string
}

type Path = (string | number)[]
const at = (path: Path, i: number) => (typeof path[i] === 'number' ? path[i] + 1 : null)

/** What to do about a text field the schema found empty, missing or too long. */
function textField(code: string | undefined, enter: string) {
  return code === 'too_big' ? 'shorten it' : enter
}

const MODULE_FIELDS: Record<string, [field: string, enter: string]> = {
  title: ['Title', 'enter a title'],
  summary: ['Summary', 'enter a summary'],
  description: ['Description', 'check the description'],
  contentNote: ['Content note', 'check the content note'],
  audience: ['Audience', 'choose at least one audience'],
  topics: ['Topics', 'choose at least one topic'],
  practiceLevel: ['Practice level', 'choose a practice level'],
  estimatedMinutes: ['Minutes a learner takes', 'enter a whole number of minutes'],
  cpdMinutes: ['CPD minutes on the certificate', 'enter a whole number of minutes'],
  passMark: ['Pass mark for knowledge checks (%)', 'enter a whole number from 0 to 100'],
}

/** A problem in module.yaml: the module's details, or its list of lessons. */
function moduleProblem(p: FoundProblem): [field: string, message: string] {
  const [first] = p.path ?? []
  if (first === 'lessons')
    return p.code === 'too_small'
      ? ['Lessons', 'add at least one lesson before publishing']
      : ['Lessons', 'remove the lesson that cannot be read and add it again']
  if (first === 'owner') return ['Owner', 'this module’s unit is no longer in the service']
  if (first === 'validity') {
    // the rule's own words, without the pack's field name before them
    return [
      'Staying in date',
      p.message.replace(/^(validity\.)?(months|until|renewalWindowDays): /, ''),
    ]
  }
  if (first === 'refresher') return ['Refresher', 'choose another module from the list']
  if (first === 'requiredAgain')
    return ['Take it again by', 'enter a date that exists, and the reason learners will see']
  const known = typeof first === 'string' ? MODULE_FIELDS[first] : undefined
  if (known) return [known[0], textField(p.code, known[1])]
  return ['Module details', 'save the module details again']
}

/** A problem in a knowledge check's question: `path` starts at the question. */
function questionProblem(p: FoundProblem, path: Path): string {
  const [, , field, , optionField] = path
  const option = at(path, 3)
  if (p.code === 'no-correct-option') return 'mark one option as correct'
  if (p.code === 'too-many-correct')
    return 'mark only one option as correct, or tick “more than one option is right”'
  if (field === 'prompt') return textField(p.code, 'enter the question')
  if (field === 'options' && option === null)
    return p.code === 'too_big' ? 'keep to 8 options at most' : 'add at least two options'
  if (field === 'options' && optionField === 'text')
    return `option ${option}: ${textField(p.code, 'enter the option')}`
  if (field === 'options' && optionField === 'feedback')
    return `option ${option}: ${textField(p.code, 'enter the feedback a learner sees for it')}`
  return option === null ? 'check the question' : `option ${option}: check it`
}

/** A problem in a lesson's fields or media: [the field as the editor labels it, what to do]. */
function lessonProblem(p: FoundProblem): [field: string | null, message: string] {
  const path = p.path ?? []
  const [first] = path
  switch (p.code) {
    case 'no-front-matter':
    case 'not-yaml':
    case 'not-fields':
      return [null, 'it cannot be read; open it and save it again']
    case 'missing-lesson-file':
      return [null, 'it has no content; remove it and add it again']
    case 'same-address':
      return [null, 'another lesson has the same title; change one of the titles']
  }
  switch (first) {
    case 'kind':
      return [null, 'it has no kind; remove it and add it again']
    case 'title':
      return ['Lesson title', textField(p.code, 'enter a title')]
    case 'minutes':
      return ['Minutes it takes', 'enter a whole number of minutes']
    case 'contentNote':
      return ['Content note', textField(p.code, 'check the content note')]
    case 'sources':
      return ['Sources', textField(p.code, 'check the sources')]
    case 'film':
      return [
        'Film',
        p.code === 'film-length'
          ? 'its length cannot be read; export it again from a video editor and upload it'
          : p.code === 'not-a-film'
            ? 'upload an MP4 or WebM film'
            : 'upload the film (MP4 or WebM)',
      ]
    case 'captions':
      return [
        'Film',
        p.code === 'captions-invalid'
          ? `the captions file cannot be used (${p.message.replace(/^captions media\/\S+ /, '')}); upload it again`
          : 'add captions',
      ]
    case 'transcript':
      return ['Film', 'add a transcript']
    case 'poster':
      return ['Film', 'the still image is missing']
    case 'chapters':
    case 'notes':
      return ['Film', 'check its chapters and notes']
    case 'letters':
      return at(path, 1) === null
        ? ['Letters', 'add at least one letter']
        : [`Letter ${at(path, 1)}`, 'fill in who it is from and to, its date and the letter']
    case 'downloads':
      return at(path, 1) === null
        ? ['Downloads', 'check the downloads']
        : [
            `Download ${at(path, 1)}`,
            p.code === 'not-pdf'
              ? 'it must be a PDF'
              : p.code === 'missing-media'
                ? 'the PDF is missing; upload it again'
                : 'enter its title',
          ]
    case 'passMark':
      return ['Pass mark for this check', 'enter a whole number from 0 to 100']
    case 'questions':
      return at(path, 1) === null
        ? ['Knowledge check', 'add at least one question']
        : [`Question ${at(path, 1)}`, questionProblem(p, path)]
    case 'prompts':
      return ['Reflection questions', 'add at least one question']
  }
  return [null, p.message]
}

/**
 * Each problem worded by the studio's fields: "Lesson 3 ‘Talking to pupils’, Film: add captions".
 * `files` are the pack's manifest and lessons, to number and name the lesson as the list does.
 */
export function studioProblems(problems: FoundProblem[], files: DraftFiles): StudioProblem[] {
  const order = readManifest(files).lessons
  return problems.map((p): StudioProblem => {
    const lessonFile = /(?:^|\/)lessons\/([^/]+\.md)$/.exec(p.file)?.[1] ?? null
    if (lessonFile === null) {
      const inModule = /(?:^|\/)module\.yaml$/.test(p.file) || p.path !== undefined
      const [field, message] = inModule ? moduleProblem(p) : [p.file, p.message]
      const place = !inModule ? 'file' : field === 'Lessons' ? 'lessons' : 'details'
      return { text: `${field}: ${message}`, place, lessonFile: null, inLesson: message }
    }
    const title = readLessonDraft(files[`lessons/${lessonFile}`] ?? '').front.title
    const number = order.indexOf(lessonFile) + 1
    const lesson = [
      number > 0 ? `Lesson ${number}` : 'A lesson',
      typeof title === 'string' && title.trim() ? `‘${title.trim()}’` : null,
    ]
      .filter(Boolean)
      .join(' ')
    const [field, message] = lessonProblem(p)
    return {
      text: field ? `${lesson}, ${field}: ${message}` : `${lesson}: ${message}`,
      place: 'lesson',
      lessonFile,
      inLesson: field ? `${field}: ${message}` : message,
    }
  })
}
