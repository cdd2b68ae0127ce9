import { type LessonKind, type LessonTranslation, type ModuleTranslation } from '#app/db.server.ts'
import { type CheckDetails } from './checks.server.ts'

export type FilmDetails = {
  src: string
  type: string
  /** `review`: what a native speaker should still look at in a translation (absent before it was kept) */
  captions: { language: string; label: string; src: string; review?: string | null }[]
  transcriptHtml: string
  /** the transcript in other languages, by language (absent in versions loaded before it was kept) */
  transcripts?: Record<string, string>
  poster: string | null
  /** `id`: the short name a teach screen plays the chapter by */
  chapters: { id?: string; at: number; title: string }[]
  notes: { at: number; text: string }[]
}

export type Letter = { from: string; to: string; date: string; bodyHtml: string }

export type CheckResult = {
  score: number
  passed: boolean
  marked: { correct: boolean; chosen: number[] }[]
  /** per question: for each option, whether it is right and what to say about it */
  answers: { correct: boolean; feedback: string }[][]
}

/** A marked attempt as the page shows it: now the right answers and their feedback go along. */
export function checkResultOf(
  details: CheckDetails,
  outcome: Pick<CheckResult, 'score' | 'passed' | 'marked'>,
): CheckResult {
  return {
    score: outcome.score,
    passed: outcome.passed,
    marked: outcome.marked,
    answers: details.questions.map((q) =>
      q.options.map((o) => ({ correct: o.correct, feedback: o.feedback })),
    ),
  }
}

/** Where a lesson stands in its module: "Lesson n of m", and the lessons either side. */
export function positionOf(lessons: { slug: string }[], index: number) {
  return {
    index,
    total: lessons.length,
    previous: lessons[index - 1]?.slug ?? null,
    next: lessons[index + 1]?.slug ?? null,
  }
}

/** A letter number the page can show: out-of-range or garbled ones fall to the nearest letter. */
export function letterIndex(count: number, asked: number) {
  return Math.min(Math.max(Math.trunc(asked) || 0, 0), count - 1)
}

/**
 * The film as a reader of `language` gets it: the captions track in their language on by default
 * (else the first), and the transcript in their language where the pack has it, unless they asked
 * for another (`transcript`, from the link to the other language); `otherTranscripts`: the
 * languages it can also be read in, to link to. `lessonLanguage`: what the lesson's own transcript is written in.
 */
export function filmFor(
  film: FilmDetails,
  reader: { language: string; lessonLanguage?: string; transcript?: string | null },
) {
  const lessonLanguage = reader.lessonLanguage ?? 'en'
  const transcripts = { ...film.transcripts, [lessonLanguage]: film.transcriptHtml }
  const language = [reader.transcript, reader.language].find((l) => l && l in transcripts)
  const shown = language ?? lessonLanguage
  const captions =
    film.captions.find((c) => c.language === reader.language) ?? film.captions[0] ?? null
  return {
    ...film,
    defaultCaptions: captions?.language ?? null,
    transcript: { html: transcripts[shown]!, language: shown },
    otherTranscripts: Object.keys(transcripts).filter((l) => l !== shown),
    /** the review still owed on the translated captions and transcript the reader gets */
    review:
      shown === 'en' ? null : (film.captions.find((c) => c.language === shown)?.review ?? null),
  }
}
export type FilmView = ReturnType<typeof filmFor>

/**
 * What a lesson page shows for each kind of lesson; the right answers of a check stay out.
 * `language`: the reader's; `transcript`: the language of film transcript they asked for.
 * `lettersRead`: the letters a learner has opened (0-based), so the unread can be named; null
 * where nothing is recorded (the studio's preview).
 */
export function kindView(
  lesson: { kind: LessonKind; details: Record<string, unknown>; language?: string },
  letter: number,
  lettersRead: readonly number[] | null = null,
  language = 'en',
  transcript: string | null = null,
) {
  switch (lesson.kind) {
    case 'film':
      return {
        kind: 'film' as const,
        film: filmFor(lesson.details as FilmDetails, {
          language,
          transcript,
          lessonLanguage: lesson.language,
        }),
      }
    case 'letters': {
      const letters = (lesson.details as { letters: Letter[] }).letters
      return {
        kind: 'letters' as const,
        letters,
        current: letterIndex(letters.length, letter),
        read: lettersRead ? [...lettersRead] : null,
      }
    }
    case 'activity':
      return {
        kind: 'activity' as const,
        downloads: (
          lesson.details as { downloads: { title: string; href: string; bytes: number }[] }
        ).downloads,
        // a classroom lesson's screens, for its "Teach this lesson" link
        teaches: Array.isArray(lesson.details.teach),
      }
    case 'check': {
      const details = lesson.details as CheckDetails
      // the right answers stay on the server until an attempt is marked
      const questions = details.questions.map((q) => ({
        prompt: q.prompt,
        multiple: q.multiple,
        options: q.options.map((o) => ({ text: o.text })),
        noted: q.contentNote ? { note: q.contentNote, alternative: q.alternative ?? '' } : null,
      }))
      return { kind: 'check' as const, questions, passMark: details.passMark }
    }
    case 'reflection':
      return {
        kind: 'reflection' as const,
        prompts: (lesson.details as { prompts: string[] }).prompts,
      }
    case 'reading':
      return { kind: 'reading' as const }
  }
}

export type LessonView = ReturnType<typeof kindView>

/**
 * A lesson in the learner's language where its pack has that translation, else the English;
 * `language` says which, so the page marks it (`lang`). Only the words change: the lesson's id,
 * kind and a check's correct answers are the same, so progress and marking never depend on it.
 */
export function lessonInLanguage<
  L extends {
    title: string
    contentNote: string | null
    bodyHtml: string
    details: Record<string, unknown>
    translations?: Record<string, LessonTranslation> | null
  },
>(lesson: L, language: string): L & { language: string; review: string | null } {
  const translated = language === 'en' ? undefined : lesson.translations?.[language]
  if (!translated) return { ...lesson, language: 'en', review: null }
  return {
    ...lesson,
    title: translated.title,
    contentNote: translated.contentNote,
    bodyHtml: translated.bodyHtml,
    // teach screens stay the English lesson's
    details: { ...lesson.details, ...translated.details },
    language,
    review: translated.review,
  }
}

type Translated = { text: string; language: string }
const inLanguage = (
  english: string | null,
  translated: string | null | undefined,
  language: string,
): Translated | null =>
  translated
    ? { text: translated, language }
    : english === null
      ? null
      : { text: english, language: 'en' }

/**
 * A module version's own texts in the learner's language where its pack has them (module.yaml
 * `translations`), each with the language it is in, so the page marks the English it falls back to.
 */
export function moduleInLanguage(
  version: {
    title: string
    summary: string
    descriptionHtml: string | null
    contentNote: string | null
    languages: string[]
    translations: Record<string, ModuleTranslation> | null
  },
  language: string,
) {
  const t = language === 'en' ? undefined : version.translations?.[language]
  return {
    title: inLanguage(version.title, t?.title, language)!,
    summary: inLanguage(version.summary, t?.summary, language)!,
    descriptionHtml: inLanguage(version.descriptionHtml, t?.descriptionHtml, language),
    contentNote: inLanguage(version.contentNote, t?.contentNote, language),
    /** every lesson can be read in Welsh (the importer holds a listed language to that) */
    welsh: version.languages.includes('cy'),
  }
}

/** A lesson's title in the learner's language where its pack has it. */
export function lessonTitleIn(
  lesson: { title: string; translations?: Record<string, LessonTranslation> | null },
  language: string,
) {
  return inLanguage(
    lesson.title,
    language === 'en' ? null : lesson.translations?.[language]?.title,
    language,
  )!
}
