import { type LoaderFunctionArgs } from '@remix-run/node'
import { requireArea } from '#app/auth/permissions.server.ts'
import { getLanguage } from '#app/i18n/language.server.ts'
import { certificatesPdf, myCertificate } from '#app/learning/certificates.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'

/** One certificate as a PDF, for the person it was awarded to only. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'learn')
  const certificate = myCertificate(user.id, params.code ?? '')
  invariantResponse(certificate, 'Page not found', { status: 404 })
  return new Response(await certificatesPdf([certificate], await getLanguage(request)), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="upstream-certificate-${certificate.code}.pdf"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
