import { Link } from '@remix-run/react'
import { InLanguage } from '#app/components/in-language.tsx'
import { useTranslation } from '#app/i18n/i18n.ts'
import { type Language } from '#app/i18n/i18n.ts'
import { LessonLanguage } from './content-lang.ts'
import { LessonBody, type LessonBodyProps } from './lesson-body.tsx'

/**
 * The `lang` for a lesson's text: its own language where the page is in another (an English
 * lesson on a Welsh page, or the reverse), so it is read and pronounced right; else none.
 */
export function contentLang(language: string | undefined) {
  return language ?? 'en'
}

/**
 * What a native speaker should still review in a translated lesson: shown plainly, never hidden,
 * so a learner knows the wording may change.
 */
export function ReviewNote({ review }: { review: string | null | undefined }) {
  const { t } = useTranslation()
  if (!review) return null
  return (
    <p className="notice">
      {t(
        'This translation is waiting for a review by a Welsh speaker, so some wording may change.',
      )}
    </p>
  )
}

/** A lesson under its title, as the learner's page and the studio's preview both show it. */
export function LessonContent({
  bodyHtml,
  sources,
  language,
  ...body
}: LessonBodyProps & { bodyHtml: string; sources: string[]; language?: Language }) {
  const { t } = useTranslation()
  return (
    // the questions, prompts and letters below take the lesson's language from here
    <LessonLanguage.Provider value={language ?? 'en'}>
      {bodyHtml ? (
        <div
          className="prose"
          lang={contentLang(language)}
          dangerouslySetInnerHTML={{ __html: bodyHtml }}
        />
      ) : null}
      <LessonBody {...body} />
      {sources.length > 0 ? (
        <section aria-labelledby="sources-heading" className="sources">
          <h2 id="sources-heading">{t('Sources')}</h2>
          {/* research is cited as it was published, in English */}
          <ul lang="en">
            {sources.map((source) => (
              <li key={source}>{source}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </LessonLanguage.Provider>
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

/** Hard material's note, before the lesson: go on, read the transcript instead, or leave. */
export function ContentNote({
  note,
  kind,
  base,
}: {
  note: { text: string; language: Language }
  kind: string
  base: string
}) {
  const { t } = useTranslation()
  return (
    <section className="content-note" aria-labelledby="content-note-heading">
      <h2 id="content-note-heading">{t('Before you start: content note')}</h2>
      <InLanguage as="p" content={note} />
      <p>
        {t(
          'Take it at your own pace. You can stop at any point and come back; your place is kept.',
        )}
      </p>
      <div className="button-row">
        <Link className="button" to="?continue=1">
          {t('Continue to the lesson')}
        </Link>
        {kind === 'film' ? (
          <Link className="button button--secondary" to="?continue=1&view=transcript">
            {t('Read the transcript instead')}
          </Link>
        ) : null}
        <Link to={base}>{t('Leave this lesson for now')}</Link>
      </div>
    </section>
  )
}
