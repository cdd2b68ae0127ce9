/**
 * The one reader of `modules/`: validates each pack and loads it as a new published version of
 * its module when its files changed. Everything else reads modules from the database.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { and, desc, eq, isNull } from 'drizzle-orm'
import { parse as parseYaml, YAMLParseError } from 'yaml'
import {
  db,
  lessons,
  modules,
  moduleVersions,
  vrus,
  type ClassroomPack,
  type LessonTranslation,
  type ModuleTranslation,
  type TeachScreen,
} from '#app/db.server.ts'
import { londonDay } from '#app/utils/uk-dates.ts'
import { renderMarkdown } from './markdown.server.ts'
import {
  DEFAULT_EVALUATION_STATEMENTS,
  LessonSchema,
  ManifestSchema,
  type Classroom,
  type LessonSource,
  type Manifest,
  type Slide,
} from './pack-schema.server.ts'
import { readFilmSeconds } from './film-length.server.ts'
import { captionsMismatch, checkWebVtt } from './webvtt.ts'

export const MODULES_ROOT = path.resolve('modules')
export const MEDIA_ROOT = path.resolve('media')

export type PackProblem = { file: string; message: string }
/**
 * A problem with where in the file it was found: the schema's path to the field (like
 * `['questions', 1, 'options']`) and what kind of problem it is (a zod issue code or one of the
 * media checks' below), so the studio can word it in its own fields; the command line shows
 * `file: message`.
 */
export type PackIssue = PackProblem & { path: (string | number)[]; code: string }
const issue = (
  file: string,
  message: string,
  code: string,
  path: (string | number)[] = [],
): PackIssue => ({ file, message, code, path })

type PackLesson = {
  file: string
  slug: string
  lesson: LessonSource
  body: string
  /** a film's length, read from its header */
  filmSeconds: number | null
  /** the lesson in other languages (`<name>.cy.md` beside it), by language code */
  translations: Record<string, TranslatedLesson>
}
type TranslatedLesson = { file: string; lesson: LessonSource; body: string }

/** `01-welcome.md` in Welsh is `01-welcome.cy.md`. */
export const translatedFileName = (name: string, language: string) =>
  name.replace(/\.md$/, `.${language}.md`)
const TRANSLATED_FILE = /^([a-z0-9][a-z0-9-]*)\.([a-z]{2})\.md$/
export type Pack = {
  slug: string
  manifest: Manifest
  lessons: PackLesson[]
  files: Record<string, string>
  checksum: string
}

export const FILM_TYPES: Record<string, string> = {
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.webm': 'video/webm',
}

/** What a lesson uses a media file as; each use has its own kinds of file. */
export type MediaUse = 'film' | 'captions' | 'transcript' | 'poster' | 'download'

/** The media paths a lesson names, with what each is to it. */
export function lessonMedia(lesson: LessonSource): { path: string; use: MediaUse }[] {
  if (lesson.kind === 'film')
    return [
      { path: lesson.film, use: 'film' },
      ...lesson.captions.map((c) => ({ path: c.file, use: 'captions' as const })),
      { path: lesson.transcript, use: 'transcript' },
      ...lesson.captions.flatMap((c) =>
        c.transcript ? [{ path: c.transcript, use: 'transcript' as const }] : [],
      ),
      ...(lesson.poster ? [{ path: lesson.poster, use: 'poster' as const }] : []),
    ]
  if (lesson.kind === 'activity')
    return lesson.downloads.map((d) => ({ path: d.file, use: 'download' as const }))
  return []
}

function describeIssues(
  file: string,
  issues: readonly { path: PropertyKey[]; message: string; code: string; params?: unknown }[],
): PackIssue[] {
  return issues.map((found) => {
    const path = found.path.map((p) => (typeof p === 'number' ? p : String(p)))
    // the schema's own checks name their kind in params.code
    const named = (found.params as { code?: unknown } | undefined)?.code
    return issue(
      file,
      path.length > 0 ? `${path.join('.')}: ${found.message}` : found.message,
      typeof named === 'string' ? named : found.code,
      path,
    )
  })
}

/** `firstLine`: the file line the text starts on, so a YAML error names the line in the file. */
function parseYamlFile(
  file: string,
  text: string,
  firstLine = 1,
): { ok: true; value: unknown } | { ok: false; problem: PackIssue } {
  try {
    return { ok: true, value: parseYaml(text) }
  } catch (error) {
    const at = error instanceof YAMLParseError ? error.linePos?.[0]?.line : undefined
    const line =
      error instanceof YAMLParseError
        ? ` (line ${at === undefined ? '?' : at + firstLine - 1})`
        : ''
    return {
      ok: false,
      problem: issue(
        file,
        `not valid YAML${line}: ${error instanceof Error ? error.message.split('\n')[0] : ''}`,
        'not-yaml',
      ),
    }
  }
}

/**
 * Why parsed YAML is not the mapping of fields a manifest or front matter must be, or null when
 * it is one: a file holding only `hello` parses to a string, which no schema message explains.
 */
function notAMapping(value: unknown, what: string): string | null {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return null
  const found =
    value === null || value === undefined
      ? 'it is empty'
      : Array.isArray(value)
        ? 'it is a list'
        : typeof value === 'string'
          ? `it is the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`
          : `it is the ${typeof value} ${String(value)}`
  return `${what} must be fields, one a line, like title: A title; ${found}`
}

/** One lesson file's front matter and body, checked against the lesson schema. */
export function parseLessonFile(
  file: string,
  raw: string,
): { ok: true; lesson: LessonSource; body: string } | { ok: false; problems: PackIssue[] } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw)
  if (!match)
    return {
      ok: false,
      problems: [
        issue(file, 'a lesson starts with front matter between two --- lines', 'no-front-matter'),
      ],
    }
  const front = parseYamlFile(file, match[1]!, 2)
  if (!front.ok) return { ok: false, problems: [front.problem] }
  const shape = notAMapping(front.value, 'the front matter between the --- lines')
  if (shape) return { ok: false, problems: [issue(file, shape, 'not-fields')] }
  const lesson = LessonSchema.safeParse(front.value)
  if (!lesson.success) return { ok: false, problems: describeIssues(file, lesson.error.issues) }
  return { ok: true, lesson: lesson.data, body: match[2]!.trim() }
}

/** Why a film is refused when its header gives no length; `name` says which file. */
export function unreadableFilmLength(name: string) {
  return `the length of the film ${name} cannot be read: it must be an MP4 or WebM whose header gives its duration (a recording saved straight from a browser may not; export it again from a video editor)`
}

/** Reads and checks one pack folder; returns the pack, or every problem found in it. */
export function readPack(
  packDir: string,
  mediaRoot = MEDIA_ROOT,
): { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] } {
  const read = checkPack(packDir, mediaRoot)
  if (read.ok) return read
  return { ok: false, problems: read.problems.map(({ file, message }) => ({ file, message })) }
}

/** readPack, with where in its file each problem was found. */
export function checkPack(
  packDir: string,
  mediaRoot = MEDIA_ROOT,
): { ok: true; pack: Pack } | { ok: false; problems: PackIssue[] } {
  const slug = path.basename(packDir)
  const rel = (name: string) => path.join('modules', slug, name)
  const problems: PackIssue[] = []
  const files: Record<string, string> = {}
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    return {
      ok: false,
      problems: [
        issue(
          rel(''),
          'a pack folder is named in lower case with hyphens, like to-the-edge',
          'pack-name',
        ),
      ],
    }
  }
  const manifestFile = path.join(packDir, 'module.yaml')
  if (!fs.existsSync(manifestFile))
    return {
      ok: false,
      problems: [issue(rel('module.yaml'), 'the manifest is missing', 'missing-manifest')],
    }
  files['module.yaml'] = fs.readFileSync(manifestFile, 'utf8')
  const manifestYaml = parseYamlFile(rel('module.yaml'), files['module.yaml'])
  if (!manifestYaml.ok) return { ok: false, problems: [manifestYaml.problem] }
  const shape = notAMapping(manifestYaml.value, 'module.yaml')
  if (shape) return { ok: false, problems: [issue(rel('module.yaml'), shape, 'not-fields')] }
  const manifest = ManifestSchema.safeParse(manifestYaml.value)
  if (!manifest.success)
    return { ok: false, problems: describeIssues(rel('module.yaml'), manifest.error.issues) }

  const mediaFile = (file: string, relPath: string, what: string, at: (string | number)[]) => {
    const full = path.join(mediaRoot, relPath)
    if (!fs.existsSync(full) || !fs.statSync(full).isFile()) {
      problems.push(issue(file, `${what} media/${relPath} does not exist`, 'missing-media', at))
      return null
    }
    return full
  }

  /** Checks the media a lesson names; returns a film's length read from its header. */
  const checkMedia = (file: string, data: LessonSource) => {
    let filmSeconds: number | null = null
    if (data.kind === 'film') {
      const film = mediaFile(file, data.film, 'the film', ['film'])
      if (film && !FILM_TYPES[path.extname(film).toLowerCase()])
        problems.push(issue(file, 'the film must be an .mp4 or .webm file', 'not-a-film', ['film']))
      else if (film) {
        filmSeconds = readFilmSeconds(film)
        if (filmSeconds === null)
          problems.push(
            issue(file, unreadableFilmLength(`media/${data.film}`), 'film-length', ['film']),
          )
      }
      // captions that read well, by their place in the list, to line up with the English
      const readable = new Map<number, string>()
      for (const [i, captions] of data.captions.entries()) {
        const captionsFile = mediaFile(file, captions.file, 'the captions file', ['captions', i])
        if (captions.transcript) {
          if (captions.language === 'en')
            problems.push(
              issue(
                file,
                `captions.${i}.transcript: the English transcript is the lesson’s transcript; give a transcript only to captions in another language`,
                'captions-transcript',
                ['captions', i, 'transcript'],
              ),
            )
          const transcript = mediaFile(file, captions.transcript, 'the transcript', [
            'captions',
            i,
            'transcript',
          ])
          if (transcript)
            files[`media/${captions.transcript}`] = fs.readFileSync(transcript, 'utf8')
        }
        if (!captionsFile) continue
        const text = fs.readFileSync(captionsFile, 'utf8')
        const check = checkWebVtt(text)
        if (check.ok) readable.set(i, text)
        else
          problems.push(
            issue(
              file,
              `captions media/${captions.file} line ${check.line}: ${check.message}`,
              'captions-invalid',
              ['captions', i],
            ),
          )
      }
      problems.push(...captionsLineUp(file, data.captions, readable))
      const transcript = mediaFile(file, data.transcript, 'the transcript', ['transcript'])
      if (transcript) files[`media/${data.transcript}`] = fs.readFileSync(transcript, 'utf8')
      if (data.poster) mediaFile(file, data.poster, 'the poster', ['poster'])
    }
    if (data.kind === 'activity') {
      for (const [i, download] of data.downloads.entries()) {
        const downloadFile = mediaFile(file, download.file, 'the download', ['downloads', i])
        if (downloadFile && path.extname(downloadFile).toLowerCase() !== '.pdf')
          problems.push(
            issue(file, `the download ${download.file} must be a PDF`, 'not-pdf', ['downloads', i]),
          )
      }
    }
    return filmSeconds
  }

  // translations sit beside their lesson: 01-welcome.cy.md is 01-welcome.md in Welsh
  const translatedLanguages = new Map<string, string[]>()
  const lessonsDir = path.join(packDir, 'lessons')
  for (const entry of fs.existsSync(lessonsDir) ? fs.readdirSync(lessonsDir).sort() : []) {
    const match = TRANSLATED_FILE.exec(entry)
    if (!match || match[2] === 'en') continue
    const english = `${match[1]}.md`
    if (!manifest.data.lessons.includes(english)) {
      problems.push(
        issue(
          rel(path.join('lessons', entry)),
          `this is a translation of ${english}, which is not listed in lessons in module.yaml`,
          'translation-without-lesson',
        ),
      )
      continue
    }
    translatedLanguages.set(english, [...(translatedLanguages.get(english) ?? []), match[2]!])
  }

  const packLessons: PackLesson[] = []
  for (const name of manifest.data.lessons) {
    const file = rel(path.join('lessons', name))
    const full = path.join(packDir, 'lessons', name)
    if (!fs.existsSync(full) || !fs.statSync(full).isFile()) {
      problems.push(
        issue(
          file,
          'this lesson file is listed in module.yaml but does not exist',
          'missing-lesson-file',
        ),
      )
      continue
    }
    // editors on Windows may start a file with a byte-order mark
    const raw = fs.readFileSync(full, 'utf8').replace(/^\uFEFF/, '')
    files[`lessons/${name}`] = raw
    const parsed = parseLessonFile(file, raw)
    if (!parsed.ok) {
      problems.push(...parsed.problems)
      continue
    }
    const data = parsed.lesson
    const filmSeconds = checkMedia(file, data)
    const translations: Record<string, TranslatedLesson> = {}
    for (const language of translatedLanguages.get(name) ?? []) {
      const cyName = translatedFileName(name, language)
      const cyFile = rel(path.join('lessons', cyName))
      const cyRaw = fs
        .readFileSync(path.join(packDir, 'lessons', cyName), 'utf8')
        .replace(/^\uFEFF/, '')
      files[`lessons/${cyName}`] = cyRaw
      const cyParsed = parseLessonFile(cyFile, cyRaw)
      if (!cyParsed.ok) {
        problems.push(...cyParsed.problems)
        continue
      }
      const mismatch = translationProblems(cyFile, data, cyParsed.lesson)
      problems.push(...mismatch)
      if (mismatch.length === 0) checkMedia(cyFile, cyParsed.lesson)
      translations[language] = { file: cyFile, lesson: cyParsed.lesson, body: cyParsed.body }
    }
    packLessons.push({
      file,
      slug: lessonSlug(name),
      lesson: data,
      body: parsed.body,
      filmSeconds,
      translations,
    })
  }
  problems.push(...languageProblems(manifest.data, packLessons, rel))
  const slugs = new Set<string>()
  for (const l of packLessons) {
    if (slugs.has(l.slug))
      problems.push(issue(l.file, `two lessons would have the address ${l.slug}`, 'same-address'))
    slugs.add(l.slug)
  }
  if (problems.length === 0) problems.push(...classroomProblems(manifest.data, packLessons, rel))
  if (problems.length > 0) return { ok: false, problems }

  // Film files are identified by size so a large film is not read on every start.
  const mediaSizes = packLessons
    .flatMap((l) => [l.lesson, ...Object.values(l.translations).map((t) => t.lesson)])
    .flatMap((lesson) =>
      lesson.kind === 'film'
        ? [lesson.film, ...lesson.captions.map((c) => c.file)].map(
            (p) => `${p}:${fs.statSync(path.join(mediaRoot, p)).size}`,
          )
        : lesson.kind === 'activity'
          ? lesson.downloads.map(
              (d) => `${d.file}:${fs.statSync(path.join(mediaRoot, d.file)).size}`,
            )
          : [],
    )
  const checksum = crypto
    .createHash('sha256')
    .update(JSON.stringify({ files, mediaSizes }))
    .digest('hex')
  return {
    ok: true,
    pack: { slug, manifest: manifest.data, lessons: packLessons, files, checksum },
  }
}

/**
 * Captions in other languages are the English captions translated: the same cues at the same
 * times (the English are those marked `en`, else the first). `readable`: the files' text by
 * their place in the list, for those that exist and are well-formed.
 */
function captionsLineUp(
  file: string,
  captions: { language: string; file: string }[],
  readable: Map<number, string>,
): PackIssue[] {
  const englishAt = Math.max(
    captions.findIndex((c) => c.language === 'en'),
    0,
  )
  const english = readable.get(englishAt)
  if (english === undefined) return []
  return captions.flatMap((c, i) => {
    const text = readable.get(i)
    const mismatch = i === englishAt || text === undefined ? null : captionsMismatch(english, text)
    return mismatch
      ? [issue(file, `captions media/${c.file} ${mismatch}`, 'captions-invalid', ['captions', i])]
      : []
  })
}

const LANGUAGE_NAMES: Record<string, string> = { cy: 'Welsh' }
const languageName = (language: string) => LANGUAGE_NAMES[language] ?? language

/**
 * A translated lesson must be the English lesson in another language: the same kind, and the
 * same structure where progress or marking reads it (a check's questions and correct answers,
 * a reflection's prompts, the letters, the film), so a learner's language changes nothing but
 * the words.
 */
export function translationProblems(
  file: string,
  english: LessonSource,
  translated: LessonSource,
): PackIssue[] {
  const problem = (message: string, code: string, at: (string | number)[] = []) =>
    issue(file, message, code, at)
  if (translated.kind !== english.kind)
    return [
      problem(
        `kind is ${translated.kind}, but the English lesson is ${english.kind}; a translation has the same kind`,
        'translation-kind',
        ['kind'],
      ),
    ]
  if (translated.teach)
    return [
      problem(
        'teach screens are read from the English lesson; leave teach out of a translation',
        'translation-teach',
        ['teach'],
      ),
    ]
  const problems: PackIssue[] = []
  if (english.kind === 'check' && translated.kind === 'check') {
    if (translated.passMark !== undefined && translated.passMark !== english.passMark)
      problems.push(
        problem('passMark must be the same as the English lesson’s', 'translation-pass-mark', [
          'passMark',
        ]),
      )
    if (translated.questions.length !== english.questions.length)
      return [
        ...problems,
        problem(
          `there are ${translated.questions.length} questions, but the English has ${english.questions.length}; they must match one to one`,
          'translation-questions',
          ['questions'],
        ),
      ]
    english.questions.forEach((q, i) => {
      const t = translated.questions[i]!
      if (t.multiple !== q.multiple)
        problems.push(
          problem(
            `questions.${i}: multiple must be the same as in the English`,
            'translation-multiple',
            ['questions', i, 'multiple'],
          ),
        )
      // a Welsh reader is warned of the same hard detail, and may choose the same way round it
      if (Boolean(t.contentNote) !== Boolean(q.contentNote))
        problems.push(
          problem(
            `questions.${i}: ${q.contentNote ? 'the English has a content note and an alternative; give them in Welsh too' : 'the English has no content note here; take it out'}`,
            'translation-question-note',
            ['questions', i, 'contentNote'],
          ),
        )
      if (t.options.length !== q.options.length)
        problems.push(
          problem(
            `questions.${i}: there are ${t.options.length} options, but the English has ${q.options.length}; they must match one to one`,
            'translation-options',
            ['questions', i, 'options'],
          ),
        )
      else
        q.options.forEach((o, j) => {
          if (t.options[j]!.correct !== o.correct)
            problems.push(
              problem(
                `questions.${i}.options.${j}: correct is ${t.options[j]!.correct}, but the English option is ${o.correct}; the correct answers must be the same`,
                'translation-correct',
                ['questions', i, 'options', j, 'correct'],
              ),
            )
        })
    })
  }
  if (
    english.kind === 'reflection' &&
    translated.kind === 'reflection' &&
    translated.prompts.length !== english.prompts.length
  )
    problems.push(
      problem(
        `there are ${translated.prompts.length} prompts, but the English has ${english.prompts.length}; answers are kept by prompt, so they must match one to one`,
        'translation-prompts',
        ['prompts'],
      ),
    )
  if (
    english.kind === 'letters' &&
    translated.kind === 'letters' &&
    translated.letters.length !== english.letters.length
  )
    problems.push(
      problem(
        `there are ${translated.letters.length} letters, but the English has ${english.letters.length}`,
        'translation-letters',
        ['letters'],
      ),
    )
  if (english.kind === 'film' && translated.kind === 'film' && translated.film !== english.film)
    problems.push(
      problem(
        'a translated film lesson plays the same film as the English (give it captions in its language instead)',
        'translation-film',
        ['film'],
      ),
    )
  return problems
}

/** A language the manifest lists must have every lesson, and the manifest's texts, in it. */
function languageProblems(
  manifest: Manifest,
  packLessons: PackLesson[],
  rel: (name: string) => string,
): PackIssue[] {
  const problems: PackIssue[] = []
  for (const language of manifest.languages) {
    if (language === 'en') continue
    if (!manifest.translations?.[language])
      problems.push(
        issue(
          rel('module.yaml'),
          `languages lists ${language}, so translations needs ${language}: with at least title and summary`,
          'translation-manifest',
          ['translations'],
        ),
      )
    for (const l of packLessons) {
      if (l.translations[language]) continue
      const name = translatedFileName(path.basename(l.file), language)
      problems.push(
        issue(
          rel(path.join('lessons', name)),
          `languages lists ${language}, but this ${languageName(language)} version of ${path.basename(l.file)} does not exist`,
          'missing-translation',
        ),
      )
    }
  }
  return problems
}

/**
 * A classroom pack's teach screens must name lessons of the same pack, of the right kind, and
 * only its classroom lessons may have them, so teach mode never opens an empty screen.
 */
function classroomProblems(
  manifest: Manifest,
  packLessons: PackLesson[],
  rel: (name: string) => string,
): PackIssue[] {
  const problems: PackIssue[] = []
  const byFile = new Map(packLessons.map((l) => [path.basename(l.file), l]))
  const taught = new Set(manifest.classroom?.lessons ?? [])
  for (const [i, name] of [...taught].entries()) {
    const lesson = byFile.get(name)
    if (!lesson)
      problems.push(
        issue(
          rel('module.yaml'),
          `classroom.lessons: ${name} is not one of the lessons listed in lessons`,
          'classroom-lesson',
          ['classroom', 'lessons', i],
        ),
      )
    else if (!lesson.lesson.teach)
      problems.push(
        issue(
          lesson.file,
          'this lesson is a classroom lesson, so it needs teach: the screens to show the class',
          'no-teach',
          ['teach'],
        ),
      )
  }
  for (const { file, lesson } of packLessons) {
    if (!lesson.teach) continue
    if (!taught.has(path.basename(file))) {
      problems.push(
        issue(
          file,
          'teach is only for lessons listed in classroom.lessons in module.yaml',
          'teach-not-classroom',
          ['teach'],
        ),
      )
      continue
    }
    for (const [i, slide] of lesson.teach.entries()) {
      const at = ['teach', i]
      if ('film' in slide) {
        const film = byFile.get(slide.film)
        if (film?.lesson.kind !== 'film')
          problems.push(
            issue(
              file,
              `teach.${i}: ${slide.film} is not a film lesson of this pack`,
              'teach-film',
              at,
            ),
          )
        else if (slide.chapter !== undefined) {
          const problem = chapterProblem(slide, film.lesson.chapters)
          if (problem)
            problems.push(issue(file, `teach.${i}: ${problem.message}`, problem.code, at))
        } else if (
          slide.to !== undefined &&
          film.filmSeconds !== null &&
          slide.to > film.filmSeconds + 1
        )
          problems.push(
            issue(
              file,
              `teach.${i}: the film is ${Math.round(film.filmSeconds)} seconds long, so it cannot end at ${slide.to}`,
              'teach-film-end',
              at,
            ),
          )
      }
      if ('letters' in slide) {
        const letters = byFile.get(slide.letters)?.lesson
        if (letters?.kind !== 'letters')
          problems.push(
            issue(
              file,
              `teach.${i}: ${slide.letters} is not a letters lesson of this pack`,
              'teach-letters',
              at,
            ),
          )
        else {
          const missing = (slide.only ?? []).filter((n) => n > letters.letters.length)
          if (missing.length > 0)
            problems.push(
              issue(
                file,
                `teach.${i}: there are ${letters.letters.length} letters, so there is no letter ${missing.join(', ')}`,
                'teach-letter-number',
                at,
              ),
            )
        }
      }
    }
  }
  return problems
}

/**
 * A film screen that plays a chapter names one the film lesson has, and no times besides, so
 * a unit that swaps in its own film edits the chapter times in one place.
 */
function chapterProblem(
  slide: { film: string; chapter?: string; from?: number; to?: number },
  chapters: { id?: string }[],
): { message: string; code: string } | null {
  if (slide.from !== undefined || slide.to !== undefined)
    return {
      message: `give the part of the film as chapter or as from and to, not both (chapter "${slide.chapter}")`,
      code: 'teach-chapter-and-times',
    }
  const ids = chapters.flatMap((c) => (c.id ? [c.id] : []))
  if (ids.includes(slide.chapter!)) return null
  return {
    message: `${slide.film} has no chapter "${slide.chapter}"; ${ids.length ? `its chapters are ${ids.join(', ')}` : 'its chapters have no id'}`,
    code: 'teach-chapter',
  }
}

/**
 * A transcript sits under the lesson's own "Transcript" heading: its title is dropped and its
 * sections become third-level headings, so the page keeps one h1 and a sound outline.
 */
function transcriptHtml(markdown: string) {
  return renderMarkdown(markdown)
    .replace(/<h1>[\s\S]*?<\/h1>\s*/, '')
    .replace(/<(\/?)h[12]>/g, '<$1h3>')
}

/** A lesson as the learner gets it: the columns stored for it, built from its file. */
export function lessonColumns(
  lesson: LessonSource,
  body: string,
  manifest: Pick<Manifest, 'passMark'>,
  mediaRoot: string,
) {
  return {
    kind: lesson.kind,
    title: lesson.title,
    minutes: lesson.minutes,
    required: lesson.kind === 'check' ? true : lesson.required,
    contentNote: lesson.contentNote ?? null,
    bodyHtml: renderMarkdown(body),
    details: lessonDetails(lesson, manifest, mediaRoot),
    sources: lesson.sources,
  }
}

/** A lesson's translations as stored: each rendered like the English (a check's pass mark is the English's). */
export function translationColumns(
  english: LessonSource,
  translations: Record<string, { lesson: LessonSource; body: string }>,
  manifest: Pick<Manifest, 'passMark'>,
  mediaRoot: string,
): Record<string, LessonTranslation> | null {
  const entries = Object.entries(translations)
  if (entries.length === 0) return null
  const passMark =
    english.kind === 'check' ? (english.passMark ?? manifest.passMark) : manifest.passMark
  return Object.fromEntries(
    entries.map(([language, { lesson, body }]) => [
      language,
      {
        title: lesson.title,
        contentNote: lesson.contentNote ?? null,
        bodyHtml: renderMarkdown(body),
        details: kindDetails(lesson, { passMark }, mediaRoot),
        review: lesson.review ?? null,
      },
    ]),
  )
}

/** A manifest's translations as stored: the description rendered, the statements kept. */
export function moduleTranslationsColumn(
  manifest: Manifest,
): Record<string, ModuleTranslation> | null {
  if (!manifest.translations) return null
  return Object.fromEntries(
    Object.entries(manifest.translations).map(([language, t]) => [
      language,
      {
        title: t.title,
        summary: t.summary,
        descriptionHtml: t.description ? renderMarkdown(t.description) : null,
        contentNote: t.contentNote ?? null,
        evaluationStatements: t.evaluation?.statements ?? null,
      },
    ]),
  )
}

/** A classroom pack as stored: its lessons by their address, what to prepare rendered. */
export function classroomColumn(classroom: Classroom): ClassroomPack {
  return {
    yearGroups: [...new Set(classroom.yearGroups)].sort((a, b) => a - b),
    since: classroom.since,
    prepareHtml: renderMarkdown(classroom.prepare),
    lessons: classroom.lessons.map(lessonSlug),
  }
}

/** A lesson's address: its file name without the number and extension. */
export const lessonSlug = (file: string) => file.replace(/^\d+-/, '').replace(/\.md$/, '')

export function lessonDetails(
  lesson: LessonSource,
  manifest: Pick<Manifest, 'passMark'>,
  mediaRoot: string,
): Record<string, unknown> {
  const details = kindDetails(lesson, manifest, mediaRoot)
  return lesson.teach ? { ...details, teach: lesson.teach.map(teachScreen) } : details
}

/** A teach screen as stored: other lessons by their address, text and notes rendered. */
function teachScreen(slide: Slide): TeachScreen {
  const notesHtml = slide.notes ? renderMarkdown(slide.notes) : null
  if ('film' in slide)
    return {
      kind: 'film',
      lesson: lessonSlug(slide.film),
      from: slide.from ?? 0,
      to: slide.to ?? null,
      // played from the chapter's time when teach mode opens (app/classroom/teach.server.ts)
      ...(slide.chapter ? { chapter: slide.chapter } : {}),
      notesHtml,
    }
  if ('letters' in slide)
    return {
      kind: 'letters',
      lesson: lessonSlug(slide.letters),
      only: slide.only ?? null,
      notesHtml,
    }
  if ('prompt' in slide) return { kind: 'prompt', text: slide.prompt, notesHtml }
  return { kind: 'text', title: slide.title, html: renderMarkdown(slide.text), notesHtml }
}

function kindDetails(
  lesson: LessonSource,
  manifest: Pick<Manifest, 'passMark'>,
  mediaRoot: string,
): Record<string, unknown> {
  switch (lesson.kind) {
    case 'reading':
      return {}
    case 'film':
      return {
        src: `/media/${lesson.film}`,
        type: FILM_TYPES[path.extname(lesson.film).toLowerCase()],
        captions: lesson.captions.map((c) => ({
          language: c.language,
          label: c.label,
          src: `/media/${c.file}`,
          review: c.review ?? null,
        })),
        transcriptHtml: transcriptHtml(
          fs.readFileSync(path.join(mediaRoot, lesson.transcript), 'utf8'),
        ),
        transcripts: Object.fromEntries(
          lesson.captions.flatMap((c) =>
            c.transcript
              ? [
                  [
                    c.language,
                    transcriptHtml(fs.readFileSync(path.join(mediaRoot, c.transcript), 'utf8')),
                  ],
                ]
              : [],
          ),
        ),
        poster: lesson.poster ? `/media/${lesson.poster}` : null,
        chapters: lesson.chapters,
        notes: lesson.notes,
      }
    case 'letters':
      return {
        letters: lesson.letters.map((l) => ({
          from: l.from,
          to: l.to,
          date: l.date,
          bodyHtml: renderMarkdown(l.body),
        })),
      }
    case 'activity':
      return {
        downloads: lesson.downloads.map((d) => ({
          title: d.title,
          href: `/media/${d.file}`,
          bytes: fs.statSync(path.join(mediaRoot, d.file)).size,
        })),
      }
    case 'check':
      return { passMark: lesson.passMark ?? manifest.passMark, questions: lesson.questions }
    case 'reflection':
      return { prompts: lesson.prompts }
  }
}

/** Loads a checked pack as the next published version of its module, unless nothing changed. */
/**
 * A refresher must be another module, and refreshers must not go round in a circle (A renewed
 * by B, B by A): neither would then be the full course taken first.
 */
function renewalProblem(slug: string, manifest: Manifest) {
  if (!manifest.refresher) return null
  if (manifest.refresher === slug) return 'refresher: a module cannot be its own refresher'
  const circle = refresherCircle(slug, manifest.refresher)
  return circle
    ? `refresher: ${manifest.refresher} leads back to this module (${circle.join(' → ')}), so neither could be taken first`
    : null
}

/** Only a new version asks everyone again, so only a changed pack's day must be still to come. */
function requiredAgainProblem(pack: Pack) {
  const by = pack.manifest.requiredAgain?.by
  if (!by || by >= londonDay()) return null
  const latest = db
    .select({ checksum: moduleVersions.checksum })
    .from(moduleVersions)
    .innerJoin(modules, eq(modules.id, moduleVersions.moduleId))
    .where(eq(modules.slug, pack.slug))
    .orderBy(desc(moduleVersions.version))
    .get()
  return latest?.checksum === pack.checksum
    ? null
    : `requiredAgain.by: ${by} has passed; choose a day from today on`
}

/** The circle a module's refresher would close (a → b → a), or null when there is none. */
export function refresherCircle(slug: string, refresher: string) {
  const seen = [slug]
  for (let next: string | null = refresher; next; next = refresherNamedBy(next)) {
    if (seen.includes(next)) return [...seen, next]
    seen.push(next)
  }
  return null
}

function refresherNamedBy(slug: string) {
  const row = db
    .select({ refresher: moduleVersions.refresher })
    .from(moduleVersions)
    .innerJoin(modules, eq(modules.id, moduleVersions.moduleId))
    .where(and(eq(modules.slug, slug), eq(moduleVersions.status, 'published')))
    .orderBy(desc(moduleVersions.version))
    .get()
  return row?.refresher ?? null
}

export function loadPack(
  pack: Pack,
  mediaRoot = MEDIA_ROOT,
):
  | { status: 'unchanged' | 'imported'; version: number }
  | { status: 'refused'; problems: PackProblem[] } {
  const { manifest } = pack
  let ownerVruId: number | null = null
  if (manifest.owner) {
    const owner = db.select({ id: vrus.id }).from(vrus).where(eq(vrus.slug, manifest.owner)).get()
    if (!owner)
      return {
        status: 'refused',
        problems: [
          {
            file: path.join('modules', pack.slug, 'module.yaml'),
            message: `owner: no unit has the short name ${manifest.owner}`,
          },
        ],
      }
    ownerVruId = owner.id
  }
  const renewal = renewalProblem(pack.slug, manifest) ?? requiredAgainProblem(pack)
  if (renewal) {
    return {
      status: 'refused',
      problems: [{ file: path.join('modules', pack.slug, 'module.yaml'), message: renewal }],
    }
  }
  return db.transaction((tx) => {
    let module = tx.select().from(modules).where(eq(modules.slug, pack.slug)).get()
    if (!module)
      module = tx.insert(modules).values({ slug: pack.slug, ownerVruId }).returning().get()
    else if (module.ownerVruId !== ownerVruId) {
      tx.update(modules).set({ ownerVruId }).where(eq(modules.id, module.id)).run()
    }
    const latest = tx
      .select({ version: moduleVersions.version, checksum: moduleVersions.checksum })
      .from(moduleVersions)
      .where(and(eq(moduleVersions.moduleId, module.id)))
      .orderBy(desc(moduleVersions.version))
      .get()
    if (latest?.checksum === pack.checksum)
      return { status: 'unchanged' as const, version: latest.version }
    const version = (latest?.version ?? 0) + 1
    const created = tx
      .insert(moduleVersions)
      .values({
        moduleId: module.id,
        version,
        status: 'published',
        title: manifest.title,
        summary: manifest.summary,
        descriptionHtml: manifest.description ? renderMarkdown(manifest.description) : null,
        audience: manifest.audience,
        topics: manifest.topics,
        practiceLevel: manifest.practiceLevel,
        estimatedMinutes: manifest.estimatedMinutes,
        cpdMinutes: manifest.cpdMinutes,
        passMark: manifest.passMark,
        languages: manifest.languages,
        contentNote: manifest.contentNote ?? null,
        translations: moduleTranslationsColumn(manifest),
        evaluationStatements: manifest.evaluation?.statements ?? DEFAULT_EVALUATION_STATEMENTS,
        validity: manifest.validity ?? { kind: 'none' },
        refresher: manifest.refresher ?? null,
        requiredAgainBy: manifest.requiredAgain?.by ?? null,
        requiredAgainReason: manifest.requiredAgain?.reason ?? null,
        classroom: manifest.classroom ? classroomColumn(manifest.classroom) : null,
        source: pack.files,
        checksum: pack.checksum,
        publishedAt: new Date(),
      })
      .returning({ id: moduleVersions.id })
      .get()
    pack.lessons.forEach(({ slug, lesson, body, filmSeconds, translations }, position) => {
      tx.insert(lessons)
        .values({
          moduleVersionId: created.id,
          position,
          slug,
          ...lessonColumns(lesson, body, manifest, mediaRoot),
          translations: translationColumns(lesson, translations, manifest, mediaRoot),
          filmSeconds,
        })
        .run()
    })
    return { status: 'imported' as const, version }
  })
}

export type ImportReport = {
  slug: string
  status: 'imported' | 'unchanged' | 'refused'
  version?: number
  problems?: PackProblem[]
}

/** Checks and loads every pack under `root`; a broken pack is reported and nothing of it loaded. */
export function importPacks(root = MODULES_ROOT, mediaRoot = MEDIA_ROOT): ImportReport[] {
  if (!fs.existsSync(root)) return []
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((slug): ImportReport => {
      const read = readPack(path.join(root, slug), mediaRoot)
      if (!read.ok) return { slug, status: 'refused', problems: read.problems }
      return { slug, ...loadPack(read.pack, mediaRoot) }
    })
}

/**
 * Film lessons loaded before the server read films' lengths get theirs from the file, so they can
 * be completed by watching; returns the films it could not read (their transcript still counts).
 */
export function fillFilmLengths(mediaRoot = MEDIA_ROOT): PackProblem[] {
  const missing = db
    .select({ id: lessons.id, details: lessons.details })
    .from(lessons)
    .where(and(eq(lessons.kind, 'film'), isNull(lessons.filmSeconds)))
    .all()
  const problems: PackProblem[] = []
  for (const lesson of missing) {
    const media = String(lesson.details.src ?? '').replace(/^\/media\//, '')
    const filmSeconds = readFilmSeconds(path.join(mediaRoot, media))
    if (filmSeconds === null)
      problems.push({ file: `media/${media}`, message: unreadableFilmLength(`media/${media}`) })
    else db.update(lessons).set({ filmSeconds }).where(eq(lessons.id, lesson.id)).run()
  }
  return problems
}

/** One line a pack, for the command line. */
export function describeImport(reports: ImportReport[]) {
  return reports.flatMap((report) => {
    if (report.status === 'refused') {
      return [
        `✗ ${report.slug}: refused, nothing of it loaded`,
        ...(report.problems ?? []).map((p) => `    ${p.file}: ${p.message}`),
      ]
    }
    return [
      report.status === 'imported'
        ? `✓ ${report.slug}: loaded as version ${report.version}`
        : `· ${report.slug}: unchanged (version ${report.version})`,
    ]
  })
}
