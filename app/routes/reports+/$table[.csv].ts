import { type LoaderFunctionArgs } from '@remix-run/node'
import { recordAudit } from '#app/audit/audit.server.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { getLanguage } from '#app/i18n/language.server.ts'
import { periodSlug } from '#app/reporting/periods.ts'
import { reportCsv } from '#app/reporting/report-export.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'

/** One table of the report as CSV, for the unit the asker may see; recorded in the audit log. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'reports')
  const exported = await reportCsv(
    user,
    new URL(request.url).searchParams,
    params.table ?? '',
    await getLanguage(request),
  )
  invariantResponse(exported, 'Page not found', { status: 404 })
  recordAudit({
    action: 'report_exported',
    actor: user,
    address: context.clientAddress,
    vruId: exported.vruId || null,
    subject: `report:${exported.table.id}`,
    details: { period: exported.periodLabel, unit: exported.scopeName, format: 'csv' },
  })
  const name = `upstream-${exported.slug}-${exported.table.id}-${periodSlug(exported.period)}.csv`
  return new Response(exported.csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
