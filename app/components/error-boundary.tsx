import { isRouteErrorResponse, Link, useRouteError } from '@remix-run/react'
import { useTranslation } from 'react-i18next'

const TITLES: Record<number, string> = {
  400: 'Something in the request was not right',
  403: 'You do not have access to this page',
  404: 'Page not found',
}

/** One boundary for every route: a calm page that says what happened and where to go. */
export function GeneralErrorBoundary() {
  const error = useRouteError()
  const { t } = useTranslation()
  if (isRouteErrorResponse(error)) {
    const title = TITLES[error.status] ?? 'Sorry, something went wrong'
    const detail = typeof error.data === 'string' && error.status < 500 ? error.data : null
    return (
      <div className="error-page">
        <h1>{t(title)}</h1>
        {detail && detail !== title ? <p>{t(detail)}</p> : null}
        {error.status === 404 ? <p>{t('If you typed the web address, check it is correct.')}</p> : null}
        <p>
          <Link to="/">{t('Go to your home page')}</Link>
        </p>
      </div>
    )
  }
  if (typeof document !== 'undefined') console.error(error)
  return (
    <div className="error-page">
      <h1>{t('Sorry, something went wrong')}</h1>
      <p>{t('Try again in a moment. If it keeps happening, tell your administrator.')}</p>
      <p>
        <Link to="/">{t('Go to your home page')}</Link>
      </p>
    </div>
  )
}
