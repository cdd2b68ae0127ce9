import { createContext, useContext } from 'react'
import { useTranslation, type Language } from '#app/i18n/i18n.ts'

/** The language the lesson on the page is written in (its Welsh where the learner has it). */
export const LessonLanguage = createContext<Language>('en')

/**
 * The `lang` for a pack's own text (a lesson's body, questions, prompts): set only when it is
 * in another language than the page, so a screen reader pronounces it right.
 */
export function useContentLang(language?: Language) {
  const { i18n } = useTranslation()
  const lesson = useContext(LessonLanguage)
  const written = language ?? lesson
  return written === i18n.language ? undefined : written
}
