import { isRouteErrorResponse, Link, useRouteError } from '@remix-run/react'
import { useTranslation, type Translator } from '#app/i18n/i18n.ts'

const titles = (t: Translator): Record<number, string> => ({
  400: t('Something in the request was not right'),
  403: t('You do not have access to this page'),
  404: t('Page not found'),
  // a POST to a page with no form (Remix's own 405, whose text is for developers)
  405: t('This page does not take forms'),
  415: t('Something in the request was not right'),
})

/** One boundary for every route: a calm page that says what happened and where to go. */
export function GeneralErrorBoundary() {
  const error = useRouteError()
  const { t, i18n } = useTranslation()
  // the page's own language may differ (see Layout): this text is all in the chosen language
  const lang = i18n.language
  const languageOf = (text: string) => (lang === 'en' || i18n.exists(text) ? undefined : 'en')
  if (isRouteErrorResponse(error)) {
    const title = titles(t)[error.status] ?? t('Sorry, something went wrong')
    // Remix's own 404 ("Error: No route matches URL …") is for developers, not for the person
    const isInternal = 'internal' in error && error.internal === true
    const detail =
      typeof error.data === 'string' && error.status < 500 && !isInternal ? error.data : null
    const sameAsTitle = t(detail?.replace(/\.$/, '') ?? '') === title
    return (
      <div className="error-page" lang={lang}>
        <h1>{title}</h1>
        {detail && !sameAsTitle ? <p lang={languageOf(detail)}>{t(detail)}</p> : null}
        {error.status === 403 ? (
          <p>
            {t(
              'If you need this page for your work, ask the person who manages your Upstream account.',
            )}
          </p>
        ) : null}
        {error.status === 404 ? (
          <p>{t('If you typed the web address, check it is correct.')}</p>
        ) : null}
        <p>
          <Link to="/">{t('Go to your home page')}</Link>
        </p>
      </div>
    )
  }
  if (typeof document !== 'undefined') console.error(error)
  return (
    <div className="error-page" lang={lang}>
      <h1>{t('Sorry, something went wrong')}</h1>
      <p>{t('Try again in a moment. If it keeps happening, tell your administrator.')}</p>
      <p>
        <Link to="/">{t('Go to your home page')}</Link>
      </p>
    </div>
  )
}
