import { type ReactNode } from 'react'
import { useTranslation, type Language } from '#app/i18n/i18n.ts'

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

/**
 * Content shown in the language it is written in: on a page in another language it is marked
 * (`lang`), so a screen reader pronounces it right and a reader sees that it exists only so.
 */
export function InLanguage({
  content,
  as: Element = 'span',
}: {
  content: ContentText
  as?: 'span' | 'p' | 'div'
}) {
  const { i18n } = useTranslation()
  if (content.language === i18n.language) return <>{content.text}</>
  return <Element lang={content.language}>{content.text}</Element>
}

/** Content that exists only in English (a name, a pack's text), marked so on a Welsh page. */
export function English({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation()
  return i18n.language === 'en' ? <>{children}</> : <span lang="en">{children}</span>
}
