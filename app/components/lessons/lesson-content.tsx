import { Link } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { LessonBody, type LessonBodyProps } from './lesson-body.tsx'

/** A lesson under its title, as the learner's page and the studio's preview both show it. */
export function LessonContent({
  bodyHtml,
  sources,
  ...body
}: LessonBodyProps & { bodyHtml: string; sources: string[] }) {
  const { t } = useTranslation()
  return (
    <>
      {bodyHtml ? <div className="prose" dangerouslySetInnerHTML={{ __html: bodyHtml }} /> : null}
      <LessonBody {...body} />
      {sources.length > 0 ? (
        <section aria-labelledby="sources-heading" className="sources">
          <h2 id="sources-heading">{t('Sources')}</h2>
          <ul>
            {sources.map((source) => (
              <li key={source}>{source}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}

/** The way back to the previous lesson and on to the next (or out of the module). */
export function LessonNav({
  previousHref,
  next,
}: {
  previousHref: string | null
  next: { href: string; label: string } | null
}) {
  const { t } = useTranslation()
  return (
    <nav aria-label={t('Lessons')} className="lesson-nav">
      {previousHref ? <Link to={previousHref}>{t('Previous lesson')}</Link> : <span />}
      {next ? <Link to={next.href}>{next.label}</Link> : null}
    </nav>
  )
}
