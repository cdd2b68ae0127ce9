import { type LoaderFunctionArgs } from '@remix-run/node'
import { requireUser } from '#app/auth/permissions.server.ts'
import { downloadPersonalData } from '#app/organisations/data-rights.server.ts'

/** Everything Upstream holds about the signed-in person, as a JSON download (UK GDPR access). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const data = downloadPersonalData(user, context.clientAddress)
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="upstream-my-data.json"',
      'Cache-Control': 'no-store',
    },
  })
}
