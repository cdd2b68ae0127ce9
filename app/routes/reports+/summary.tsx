import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { getLanguage, i18nFor } from '#app/i18n/language.server.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { FiguresTable, HeadlineFigures } from '#app/components/report-table.tsx'
import { reportFor } from '#app/reporting/report-dispatch.server.ts'
import { boardSummary, SUMMARY_NOTE, SUMMARY_ROWS } from '#app/reporting/report-export.server.ts'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Board summary')]

/** One page for a board paper: the headline and the largest groups, laid out to print. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'reports')
  const language = await getLanguage(request)
  const { report, query } = await reportFor(user, new URL(request.url).searchParams, {
    limit: SUMMARY_ROWS,
    language,
  })
  return {
    scopeName: report.scopeName,
    periodLabel: report.periodLabel,
    summary: boardSummary(report, i18nFor(language)),
    // the note's words live with the PDF's, on the server
    note: SUMMARY_NOTE,
    query,
  }
}

export default function BoardSummary() {
  const { t } = useTranslation()
  const { scopeName, periodLabel, summary, note, query } = useLoaderData<typeof loader>()
  return (
    <article className="board-summary">
      <p className="no-print">
        <Link to={`/reports?${query}`}>{t('Back to the full report')}</Link>
      </p>
      <p className="board-summary__kicker">{t('Upstream training report')}</p>
      <h1>
        {t(scopeName)}
        <span className="board-summary__period">{t(periodLabel)}</span>
      </h1>
      <HeadlineFigures figures={summary.headline} />
      <div className="board-summary__tables">
        {summary.tables.map((table) => (
          <FiguresTable key={table.id} table={table} links={false} />
        ))}
      </div>
      <p className="board-summary__note">{t(note)}</p>
      <p className="no-print button-row">
        <a className="button" href={`/reports/summary.pdf?${query}`} download>
          {t('Download as PDF')}
        </a>
        <span className="muted">
          {t('Or use your browser’s print command: this page fits on one A4 sheet.')}
        </span>
      </p>
    </article>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
