import { type LoaderFunctionArgs } from '@remix-run/node'
import { recordAudit } from '#app/audit/audit.server.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { getLanguage } from '#app/i18n/language.server.ts'
import { registerCsv } from '#app/live-training/register-csv.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'
import { idFrom } from '#app/utils/route-params.ts'

/** The people booked on a session as CSV (name, email, attendance), to fill in and upload back. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'training')
  const sessionId = idFrom(params.sessionId) ?? 0
  const register = registerCsv(user, sessionId, new Date(), await getLanguage(request))
  // 404, not 403: another unit's session must not be seen to exist
  invariantResponse(register, 'Page not found', { status: 404 })
  // names and work emails leave Upstream: recorded as every export of people is
  recordAudit({
    action: 'report_exported',
    actor: user,
    address: context.clientAddress,
    vruId: register.vruId ?? user.vruId,
    subject: `session:${sessionId}`,
    details: { report: 'session register', rows: register.people, format: 'csv' },
  })
  return new Response(register.csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="upstream-register-${register.day}-session-${sessionId}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
