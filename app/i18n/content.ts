import { type Language } from './i18n.ts'

/** Text written in one language only, as stored with it: a module's title, a pack's lessons. */
export type ContentText = { text: string; language: Language }

/**
 * A module's title or summary in the page's language where the pack has it, else the English.
 * `translations` is the module version's column: `{ cy: { title, summary } }`.
 */
export function moduleText(
  module: {
    title: string
    summary?: string | null
    translations?: Partial<Record<string, { title?: string; summary?: string }>> | null
  },
  language: Language,
  field: 'title' | 'summary' = 'title',
): ContentText {
  const translated = language === 'en' ? undefined : module.translations?.[language]?.[field]
  if (translated) return { text: translated, language }
  return { text: (field === 'title' ? module.title : module.summary) ?? '', language: 'en' }
}

/** A choice in a list whose label is content (a module's title), marked where its language is not the page's. */
export function contentOption(value: string, content: ContentText, pageLanguage: Language) {
  return content.language === pageLanguage
    ? { value, label: content.text }
    : { value, label: content.text, lang: content.language }
}
