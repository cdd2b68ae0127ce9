import { sqlite } from '#app/db.server.ts'
import { letterIndex, type Letter } from './lesson-view.server.ts'
import { moduleProgress, type Enrolment } from './progress.server.ts'

const lettersOf = (lesson: { details: unknown }) =>
  (lesson.details as { letters: Letter[] }).letters

// One statement: the place and the letters read move together.
const openLetterStatement = sqlite.prepare<
  { enrolmentId: number; lessonId: number; letter: number; now: number },
  { lettersRead: string }
>(`
  update lesson_progress set position = :letter, updated_at = :now,
    letters_read = (select json_group_array(value) from (
      select value from json_each(coalesce(letters_read, '[]')) union select :letter order by 1))
  where enrolment_id = :enrolmentId and lesson_id = :lessonId
  returning letters_read as lettersRead`)

/**
 * Notes the letter a learner has open, as their place in the lesson and as read (after the visit
 * is recorded). Returns every letter read so far, 0-based.
 */
export function openLetter(
  enrolment: Enrolment,
  lesson: { id: number; details: unknown },
  asked: number,
  now = new Date(),
): number[] {
  const letter = letterIndex(lettersOf(lesson).length, asked)
  const row = openLetterStatement.get({
    enrolmentId: enrolment.id,
    lessonId: lesson.id,
    letter,
    now: now.getTime(),
  })
  return row ? (JSON.parse(row.lettersRead) as number[]) : []
}

/** The letters (0-based) of a pack of `count` not among those read. */
export function unreadLetters(count: number, read: readonly number[]) {
  const opened = new Set(read)
  return Array.from({ length: count }, (_, i) => i).filter((i) => !opened.has(i))
}

export type LessonLeft = {
  slug: string
  title: string
  /** for a letters lesson, how many letters are not yet opened; null for other kinds */
  unreadLetters: number | null
}

/**
 * What stops a module part-way through from being complete: each required lesson not yet done,
 * and for a letters lesson how many of its letters are unread.
 */
export function whatIsLeft(enrolment: Enrolment): LessonLeft[] {
  if (enrolment.completedAt) return []
  return moduleProgress(enrolment)
    .items.filter((i) => i.lesson.required && i.status !== 'complete')
    .map(({ lesson, progress }) => ({
      slug: lesson.slug,
      title: lesson.title,
      unreadLetters:
        lesson.kind === 'letters'
          ? unreadLetters(lettersOf(lesson).length, progress?.lettersRead ?? []).length
          : null,
    }))
}
