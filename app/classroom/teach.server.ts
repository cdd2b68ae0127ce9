/**
 * Teach mode: a classroom lesson's screens as a teacher shows them to a class (decision 017).
 * Reads the module's latest published version, which is what a school is sent to teach.
 */
import { and, desc, eq } from 'drizzle-orm'
import { mayTeach } from '#app/auth/permissions.server.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import {
  db,
  modules,
  moduleVersions,
  type ClassroomPack,
  type TeachScreen,
} from '#app/db.server.ts'
import { type FilmDetails, type Letter } from '#app/learning/lesson-view.server.ts'
import { lessonsOf } from '#app/learning/progress.server.ts'
import { keyStagesOf } from './labels.ts'

/** One screen on the big screen; a letters screen becomes one screen a letter. */
export type TeachSlide = { notesHtml: string | null } & (
  | {
      kind: 'film'
      from: number
      to: number | null
      src: string
      type: string
      captions: FilmDetails['captions']
      poster: string | null
      transcriptHtml: string
      /** the transcript in other languages, by language (the film's Welsh, for a Welsh teacher) */
      transcripts: Record<string, string>
      /** the film's own timestamped content notes that fall in this part */
      contentNotes: { at: number; text: string }[]
      /** the chapters this part covers, to name it */
      chapters: string[]
    }
  | { kind: 'prompt'; text: string; number: number; of: number }
  | { kind: 'letter'; letter: Letter; number: number; of: number }
  | { kind: 'text'; title: string; html: string }
)

export type TeachLesson = {
  moduleSlug: string
  moduleTitle: string
  lessonSlug: string
  lessonTitle: string
  contentNote: string | null
  moduleContentNote: string | null
  slides: TeachSlide[]
}

/**
 * The part of the film a film screen plays, in seconds (`to` null: to the end). A screen that
 * names a chapter plays from that chapter's time to the next chapter's, or to the end of the
 * film, so a unit that swaps in its own film only edits the chapter times in the film lesson.
 */
export function filmPart(
  screen: Pick<Extract<TeachScreen, { kind: 'film' }>, 'from' | 'to' | 'chapter'>,
  chapters: FilmDetails['chapters'],
): { from: number; to: number | null } {
  if (!screen.chapter) return { from: screen.from, to: screen.to }
  const ordered = [...chapters].sort((a, b) => a.at - b.at)
  const i = ordered.findIndex((c) => c.id === screen.chapter)
  // the importer refuses a chapter the film does not have; should one slip by, show it all
  if (i === -1) return { from: 0, to: null }
  return { from: ordered[i]!.at, to: ordered[i + 1]?.at ?? null }
}

/** The module's latest published version, if this person may teach from it. */
function teachableVersion(user: SessionUser, moduleSlug: string) {
  const row = db
    .select({
      ownerVruId: modules.ownerVruId,
      versionId: moduleVersions.id,
      title: moduleVersions.title,
      contentNote: moduleVersions.contentNote,
      classroom: moduleVersions.classroom,
    })
    .from(moduleVersions)
    .innerJoin(modules, eq(modules.id, moduleVersions.moduleId))
    .where(and(eq(modules.slug, moduleSlug), eq(moduleVersions.status, 'published')))
    .orderBy(desc(moduleVersions.version))
    .get()
  return row && mayTeach(user, row) ? row : null
}

/**
 * A classroom lesson's screens, ready for the big screen: `not-found` when the module is not
 * this person's to teach or has no such lesson, `not-classroom` for a lesson not taught to classes.
 */
export function teachLesson(
  user: SessionUser,
  moduleSlug: string,
  lessonSlug: string,
):
  | { status: 'not-found' }
  | { status: 'not-classroom'; moduleTitle: string; lessonTitle: string }
  | { status: 'found'; lesson: TeachLesson } {
  const version = teachableVersion(user, moduleSlug)
  if (!version) return { status: 'not-found' }
  const all = lessonsOf(version.versionId)
  const lesson = all.find((l) => l.slug === lessonSlug)
  if (!lesson) return { status: 'not-found' }
  const screens = lesson.details.teach as TeachScreen[] | undefined
  if (!version.classroom?.lessons.includes(lesson.slug) || !screens)
    return { status: 'not-classroom', moduleTitle: version.title, lessonTitle: lesson.title }
  const bySlug = new Map(all.map((l) => [l.slug, l]))
  const prompts = screens.filter((s) => s.kind === 'prompt').length
  let prompt = 0
  const slides = screens.flatMap((screen): TeachSlide[] => {
    const { notesHtml } = screen
    switch (screen.kind) {
      case 'prompt':
        prompt += 1
        return [{ kind: 'prompt', text: screen.text, number: prompt, of: prompts, notesHtml }]
      case 'text':
        return [{ kind: 'text', title: screen.title, html: screen.html, notesHtml }]
      case 'letters': {
        const letters = (bySlug.get(screen.lesson)?.details.letters ?? []) as Letter[]
        const chosen = screen.only ?? letters.map((_, i) => i + 1)
        return chosen.flatMap((n) => {
          const letter = letters[n - 1]
          return letter
            ? [{ kind: 'letter', letter, number: n, of: letters.length, notesHtml }]
            : []
        })
      }
      case 'film': {
        const film = bySlug.get(screen.lesson)?.details as FilmDetails | undefined
        if (!film) return []
        const part = filmPart(screen, film.chapters)
        const to = part.to ?? Number.POSITIVE_INFINITY
        return [
          {
            kind: 'film',
            from: part.from,
            to: part.to,
            src: film.src,
            type: film.type,
            captions: film.captions,
            poster: film.poster,
            transcriptHtml: film.transcriptHtml,
            transcripts: film.transcripts ?? {},
            contentNotes: film.notes.filter((n) => n.at >= part.from && n.at < to),
            chapters: film.chapters
              .filter((c, i) => {
                const end = film.chapters[i + 1]?.at ?? Number.POSITIVE_INFINITY
                return c.at < to && end > part.from
              })
              .map((c) => c.title),
            notesHtml,
          },
        ]
      }
    }
  })
  return {
    status: 'found',
    lesson: {
      moduleSlug,
      moduleTitle: version.title,
      lessonSlug: lesson.slug,
      lessonTitle: lesson.title,
      contentNote: lesson.contentNote,
      moduleContentNote: version.contentNote,
      slides,
    },
  }
}

/** What the module page shows teachers of a classroom pack, with its lessons' names. */
export function teachingOf(classroom: ClassroomPack | null, versionId: number) {
  if (!classroom) return null
  const titles = new Map(lessonsOf(versionId).map((l) => [l.slug, l.title]))
  return {
    yearGroups: classroom.yearGroups,
    keyStages: keyStagesOf(classroom.yearGroups),
    prepareHtml: classroom.prepareHtml,
    lessons: classroom.lessons.map((slug) => ({ slug, title: titles.get(slug) ?? slug })),
  }
}
