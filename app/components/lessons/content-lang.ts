import { useTranslation, type Language } from '#app/i18n/i18n.ts'

/**
 * The `lang` for a pack's own text (a lesson's body, questions, prompts): set only when the page
 * is in another language, so a screen reader pronounces it right. Packs are written in English.
 */
export function useContentLang(language: Language = 'en') {
  const { i18n } = useTranslation()
  return language === i18n.language ? undefined : language
}
