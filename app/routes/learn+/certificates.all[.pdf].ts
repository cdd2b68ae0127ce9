import { type LoaderFunctionArgs } from '@remix-run/node'
import { requireArea } from '#app/auth/permissions.server.ts'
import { getLanguage } from '#app/i18n/language.server.ts'
import { certificatesPdf, myCertificates } from '#app/learning/certificates.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'

/** Every certificate of the signed-in person, one page each, for their CPD record. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'learn')
  const certificates = myCertificates(user.id)
  invariantResponse(certificates.length > 0, 'You have no certificates yet', { status: 404 })
  return new Response(await certificatesPdf(certificates, await getLanguage(request)), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'attachment; filename="upstream-certificates.pdf"',
      'Cache-Control': 'private, no-store',
    },
  })
}
