import { type FilmDetails } from '#app/components/lessons/film-player.tsx'
import { type Letter } from '#app/components/lessons/letters.tsx'
import { type LessonKind } from '#app/db.server.ts'
import { type CheckDetails } from './checks.server.ts'

/** What a lesson page shows for each kind of lesson; the right answers of a check stay out. */
export function kindView(
  lesson: { kind: LessonKind; details: Record<string, unknown> },
  letter: number,
) {
  switch (lesson.kind) {
    case 'film':
      return { kind: 'film' as const, film: lesson.details as FilmDetails }
    case 'letters': {
      const letters = (lesson.details as { letters: Letter[] }).letters
      return {
        kind: 'letters' as const,
        letters,
        current: Math.min(Math.max(letter, 0), letters.length - 1),
      }
    }
    case 'activity':
      return {
        kind: 'activity' as const,
        downloads: (
          lesson.details as { downloads: { title: string; href: string; bytes: number }[] }
        ).downloads,
      }
    case 'check': {
      const details = lesson.details as CheckDetails
      // the right answers stay on the server until an attempt is marked
      const questions = details.questions.map((q) => ({
        prompt: q.prompt,
        multiple: q.multiple,
        options: q.options.map((o) => ({ text: o.text })),
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
