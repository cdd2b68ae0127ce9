import { createContext, createElement, useContext, type ReactNode } from 'react'

/**
 * Keys are the English text itself (gettext style): English is complete by construction and a
 * Welsh string is added by writing its translation in cy.ts. See docs/decisions/002-i18n.md.
 */
export const LANGUAGES = ['en', 'cy'] as const
export type Language = (typeof LANGUAGES)[number]

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language)
}

export type Translator = (key: string, values?: Record<string, string | number>) => string

export type I18n = {
  language: Language
  /** Whether the key has a translation in the chosen language (English always has). */
  exists: (key: string) => boolean
  t: Translator
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g

/**
 * `translations`: the chosen language's strings, sent with the page by the root loader only when
 * they are needed, so an English page carries none.
 */
export function createI18n(
  language: Language,
  translations: Record<string, string> | null = null,
): I18n {
  const strings = translations ?? {}
  return {
    language,
    exists: (key) => language === 'en' || Object.hasOwn(strings, key),
    t: (key, values) => {
      const text = (Object.hasOwn(strings, key) ? strings[key] : '') || key
      if (!values) return text
      return text.replace(PLACEHOLDER, (match, name: string) =>
        name in values ? String(values[name]) : match,
      )
    },
  }
}

const I18nContext = createContext<I18n>(createI18n('en'))

export function I18nProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return createElement(I18nContext.Provider, { value: i18n }, children)
}

export function useTranslation() {
  const i18n = useContext(I18nContext)
  return { t: i18n.t, i18n }
}
