import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'

/**
 * Keys are the English text itself (gettext style): English is complete by construction and a
 * Welsh string is added by writing its translation in cy.ts. See docs/decisions/002-i18n.md.
 */
export const LANGUAGES = ['en', 'cy'] as const
export type Language = (typeof LANGUAGES)[number]

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language)
}

/**
 * `translations`: the chosen language's strings, sent with the page by the root loader only when
 * they are needed, so an English page carries none.
 */
export function createI18n(language: Language, translations: Record<string, string> | null = null) {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: translations ? { [language]: { translation: translations } } : {},
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnEmptyString: false,
    showSupportNotice: false,
  })
  return instance
}
