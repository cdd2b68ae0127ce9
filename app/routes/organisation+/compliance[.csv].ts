import { type LoaderFunctionArgs } from '@remix-run/node'
import { recordAudit } from '#app/audit/audit.server.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { getLanguage, i18nFor } from '#app/i18n/language.server.ts'
import {
  complianceCsv,
  complianceFiltersFrom,
  filterCompliance,
  staffCompliance,
} from '#app/organisations/compliance.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'
import { londonDay } from '#app/utils/uk-dates.ts'

/** The lead's own staff compliance list as CSV, as filtered on the page, for an inspection. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'organisation')
  invariantResponse(user.organisationId, 'Page not found', { status: 404 })
  const filters = complianceFiltersFrom(new URL(request.url).searchParams)
  const rows = filterCompliance(staffCompliance(user.organisationId), filters)
  recordAudit({
    action: 'report_exported',
    actor: user,
    address: context.clientAddress,
    subject: `organisation:${user.organisationId}`,
    details: { report: 'staff compliance', rows: rows.length, format: 'csv' },
  })
  const day = londonDay()
  const csv = complianceCsv(rows, i18nFor(await getLanguage(request)))
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="upstream-staff-compliance-${day}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
