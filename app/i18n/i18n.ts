import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { cy } from './cy.ts'

/**
 * Keys are the English text itself (gettext style): English is complete by construction and a
 * Welsh string is added by writing its translation in cy.ts. See docs/decisions/002-i18n.md.
 */
export const LANGUAGES = ['en', 'cy'] as const
export type Language = (typeof LANGUAGES)[number]

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language)
}

export function createI18n(language: Language) {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { cy: { translation: cy } },
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnEmptyString: false,
  })
  return instance
}
