import { type ReactNode } from 'react'
import { type ContentText } from '#app/i18n/content.ts'
import { useTranslation } from '#app/i18n/i18n.ts'

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

/**
 * A sentence of the interface with content inside it (a module's title): the sentence in the
 * page's language, each piece of content marked with its own. `sentence` is `t(key)` given no
 * values, so its `{{placeholders}}` are still in it.
 */
export function SentenceWith({
  sentence,
  content,
}: {
  sentence: string
  content: Record<string, ContentText>
}) {
  const parts = sentence.split(/\{\{\s*(\w+)\s*\}\}/)
  return (
    <>
      {parts.map((part, i) => {
        const piece = i % 2 === 1 ? content[part] : undefined
        return piece ? <InLanguage key={i} content={piece} /> : part
      })}
    </>
  )
}
