/**
 * A pack's problems in the studio's words. The importer names a file and a schema path
 * (`lessons/quick-check.md: questions.1: …`), which is right for maintainers at the command
 * line; a trainer never sees those files, so each problem is worded by the field or lesson the
 * studio shows them, from where it was found (its path) and what kind it is (its code).
 */
import { createI18n, type I18n, type Translator } from '#app/i18n/i18n.ts'
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
function textField(t: Translator, code: string | undefined, enter: string) {
  return code === 'too_big' ? t('shorten it') : enter
}

/** The module's fields as the form labels them, and what to do when one is wrong. */
function moduleField(t: Translator, field: string): [field: string, enter: string] | undefined {
  switch (field) {
    case 'title':
      return [t('Title'), t('enter a title')]
    case 'summary':
      return [t('Summary'), t('enter a summary')]
    case 'description':
      return [t('Description'), t('check the description')]
    case 'contentNote':
      return [t('Content note'), t('check the content note')]
    case 'audience':
      return [t('Audience'), t('choose at least one audience')]
    case 'topics':
      return [t('Topics'), t('choose at least one topic')]
    case 'practiceLevel':
      return [t('Practice level'), t('choose a practice level')]
    case 'estimatedMinutes':
      return [t('Minutes a learner takes'), t('enter a whole number of minutes')]
    case 'cpdMinutes':
      return [t('CPD minutes on the certificate'), t('enter a whole number of minutes')]
    case 'passMark':
      return [t('Pass mark for knowledge checks (%)'), t('enter a whole number from 0 to 100')]
  }
}

/** A problem in module.yaml: the module's details, or its list of lessons. */
function moduleProblem(t: Translator, p: FoundProblem): [field: string, message: string] {
  const [first] = p.path ?? []
  if (first === 'lessons')
    return p.code === 'too_small'
      ? [t('Lessons'), t('add at least one lesson before publishing')]
      : [t('Lessons'), t('remove the lesson that cannot be read and add it again')]
  if (first === 'owner') return [t('Owner'), t('this module’s unit is no longer in the service')]
  if (first === 'validity') {
    // the rule's own words, without the pack's field name before them
    return [
      t('Staying in date'),
      t(p.message.replace(/^(validity\.)?(months|until|renewalWindowDays): /, '')),
    ]
  }
  if (first === 'refresher') return [t('Refresher'), t('choose another module from the list')]
  if (first === 'translations')
    return [t('Welsh'), t('enter the title and summary in Welsh, or choose English only')]
  if (first === 'requiredAgain')
    return [t('Take it again by'), t('enter a date that exists, and the reason learners will see')]
  const known = typeof first === 'string' ? moduleField(t, first) : undefined
  if (known) return [known[0], textField(t, p.code, known[1])]
  return [t('Module details'), t('save the module details again')]
}

/** A problem in a knowledge check's question: `path` starts at the question. */
function questionProblem(t: Translator, p: FoundProblem, path: Path): string {
  const [, , field, , optionField] = path
  const option = at(path, 3)
  if (p.code === 'no-correct-option') return t('mark one option as correct')
  if (p.code === 'too-many-correct')
    return t('mark only one option as correct, or tick “more than one option is right”')
  if (p.code === 'note-without-alternative')
    return t('write the question again without the hard detail, or take out its content note')
  if (field === 'prompt') return textField(t, p.code, t('enter the question'))
  if (field === 'contentNote') return textField(t, p.code, t('check the content note'))
  if (field === 'alternative')
    return textField(t, p.code, t('check the question without the hard detail'))
  if (field === 'options' && option === null)
    return p.code === 'too_big' ? t('keep to 8 options at most') : t('add at least two options')
  const inOption = (message: string) =>
    t('option {{option}}: {{message}}', { option: option ?? '', message })
  if (field === 'options' && optionField === 'text')
    return inOption(textField(t, p.code, t('enter the option')))
  if (field === 'options' && optionField === 'feedback')
    return inOption(textField(t, p.code, t('enter the feedback a learner sees for it')))
  return option === null ? t('check the question') : inOption(t('check it'))
}

/** A teach screen's film chapter that the film lesson does not have, or given with times. */
function chapterProblem(t: Translator, p: FoundProblem): string {
  if (p.code === 'teach-chapter-and-times')
    return t('it plays a chapter of the film, so leave out from and to (or leave out the chapter)')
  const [, chapter = '', ids] = /no chapter "([^"]*)"; its chapters are (.+)$/.exec(p.message) ??
    /no chapter "([^"]*)"/.exec(p.message) ?? ['', '']
  return ids
    ? t('the film has no chapter “{{chapter}}”; use one of its chapters: {{ids}}', { chapter, ids })
    : t('the film has no chapter “{{chapter}}”; give the film lesson’s chapters an id first', {
        chapter,
      })
}

/** A problem in a lesson's fields or media: [the field as the editor labels it, what to do]. */
function lessonProblem(t: Translator, p: FoundProblem): [field: string | null, message: string] {
  const path = p.path ?? []
  const [first] = path
  if (p.code === 'missing-translation')
    return [t('Welsh'), t('add its Welsh, or choose English only for the module')]
  if (p.code?.startsWith('translation-') || /\.cy\.md$/.test(p.file))
    return [
      t('Welsh'),
      t('its Welsh does not match the English; open the lesson and save it again'),
    ]
  switch (p.code) {
    case 'no-front-matter':
    case 'not-yaml':
    case 'not-fields':
      return [null, t('it cannot be read; open it and save it again')]
    case 'missing-lesson-file':
      return [null, t('it has no content; remove it and add it again')]
    case 'same-address':
      return [null, t('another lesson has the same title; change one of the titles')]
  }
  switch (first) {
    case 'kind':
      return [null, t('it has no kind; remove it and add it again')]
    case 'title':
      return [t('Lesson title'), textField(t, p.code, t('enter a title'))]
    case 'minutes':
      return [t('Minutes it takes'), t('enter a whole number of minutes')]
    case 'contentNote':
      return [t('Content note'), textField(t, p.code, t('check the content note'))]
    case 'sources':
      return [t('Sources'), textField(t, p.code, t('check the sources'))]
    case 'film':
      return [
        t('Film'),
        p.code === 'film-length'
          ? t('its length cannot be read; export it again from a video editor and upload it')
          : p.code === 'not-a-film'
            ? t('upload an MP4 or WebM film')
            : t('upload the film (MP4 or WebM)'),
      ]
    case 'captions':
      return [
        t('Film'),
        p.code === 'captions-invalid'
          ? t('the captions file cannot be used ({{problem}}); upload it again', {
              problem: p.message.replace(/^captions media\/\S+ /, ''),
            })
          : t('add captions'),
      ]
    case 'transcript':
      return [t('Film'), t('add a transcript')]
    case 'poster':
      return [t('Film'), t('the still image is missing')]
    case 'chapters':
    case 'notes':
      return [t('Film'), t('check its chapters and notes')]
    case 'letters':
      return at(path, 1) === null
        ? [t('Letters'), t('add at least one letter')]
        : [
            t('Letter {{n}}', { n: at(path, 1)! }),
            t('fill in who it is from and to, its date and the letter'),
          ]
    case 'downloads':
      return at(path, 1) === null
        ? [t('Downloads'), t('check the downloads')]
        : [
            t('Download {{n}}', { n: at(path, 1)! }),
            p.code === 'not-pdf'
              ? t('it must be a PDF')
              : p.code === 'missing-media'
                ? t('the PDF is missing; upload it again')
                : t('enter its title'),
          ]
    case 'passMark':
      return [t('Pass mark for this check'), t('enter a whole number from 0 to 100')]
    case 'questions':
      return at(path, 1) === null
        ? [t('Knowledge check'), t('add at least one question')]
        : [t('Question {{n}}', { n: at(path, 1)! }), questionProblem(t, p, path)]
    case 'prompts':
      return [t('Reflection questions'), t('add at least one question')]
    case 'teach':
      if (p.code === 'teach-chapter' || p.code === 'teach-chapter-and-times')
        return [t('Teach screen {{n}}', { n: at(path, 1) ?? '' }), chapterProblem(t, p)]
  }
  return [null, t(p.message)]
}

/**
 * Each problem worded by the studio's fields: "Lesson 3 ‘Talking to pupils’, Film: add captions".
 * `files` are the pack's manifest and lessons, to number and name the lesson as the list does;
 * `i18n` the trainer's language.
 */
export function studioProblems(
  problems: FoundProblem[],
  files: DraftFiles,
  i18n: I18n = createI18n('en'),
): StudioProblem[] {
  const { t } = i18n
  const order = readManifest(files).lessons
  return problems.map((p): StudioProblem => {
    // a lesson's Welsh (`x.cy.md`) is named as its lesson is
    const lessonFile =
      /(?:^|\/)lessons\/([^/]+\.md)$/.exec(p.file)?.[1]?.replace(/\.cy\.md$/, '.md') ?? null
    if (lessonFile === null) {
      const inModule = /(?:^|\/)module\.yaml$/.test(p.file) || p.path !== undefined
      const [field, message] = inModule ? moduleProblem(t, p) : [p.file, t(p.message)]
      const place = !inModule ? 'file' : field === t('Lessons') ? 'lessons' : 'details'
      return {
        text: t('{{field}}: {{message}}', { field, message }),
        place,
        lessonFile: null,
        inLesson: message,
      }
    }
    const title = readLessonDraft(files[`lessons/${lessonFile}`] ?? '').front.title
    const number = order.indexOf(lessonFile) + 1
    const named = typeof title === 'string' && title.trim() ? title.trim() : null
    const lesson =
      number > 0
        ? named
          ? t('Lesson {{n}} ‘{{title}}’', { n: number, title: named })
          : t('Lesson {{n}}', { n: number })
        : named
          ? t('A lesson ‘{{title}}’', { title: named })
          : t('A lesson')
    const [field, message] = lessonProblem(t, p)
    const inLesson = field ? t('{{field}}: {{message}}', { field, message }) : message
    return {
      text: t('{{lesson}}: {{message}}', {
        lesson: field ? `${lesson}, ${field}` : lesson,
        message,
      }),
      place: 'lesson',
      lessonFile,
      inLesson,
    }
  })
}
