import { type LoaderFunctionArgs } from '@remix-run/node'
import { recordAudit } from '#app/audit/audit.server.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { getLanguage } from '#app/i18n/language.server.ts'
import { periodLabel, periodSlug } from '#app/reporting/periods.ts'
import { boardSummaryPdf } from '#app/reporting/report-pdf.server.ts'
import { reportFor } from '#app/reporting/report-dispatch.server.ts'
import { scopeSlug, SUMMARY_ROWS } from '#app/reporting/report-export.server.ts'

/** The one-page board summary as a PDF; recorded in the audit log like every export. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'reports')
  const language = await getLanguage(request)
  // the tables' words in the reader's language; the PDF's own words are report-pdf.server.ts's
  const { report, period, scope } = await reportFor(user, new URL(request.url).searchParams, {
    limit: SUMMARY_ROWS,
    language,
  })
  recordAudit({
    action: 'report_exported',
    actor: user,
    address: context.clientAddress,
    vruId: scope.vruId || null,
    subject: 'report:board-summary',
    details: { period: periodLabel(period), unit: scope.name, format: 'pdf' },
  })
  const name = `upstream-${scopeSlug(scope)}-board-summary-${periodSlug(period)}.pdf`
  return new Response(await boardSummaryPdf(report, language), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
