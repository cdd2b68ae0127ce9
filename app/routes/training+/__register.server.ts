/** What the register's routes share on the HTTP side: the register a request may reach. */
import { requireArea } from '#app/auth/permissions.server.ts'
import { registerFor } from '#app/live-training/register.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'
import { idFrom } from '#app/utils/route-params.ts'

/** The register of the session in the URL, for someone who may take it; else 404. */
export async function registerOf(request: Request, param: string | undefined) {
  const user = await requireArea(request, 'training')
  const sessionId = idFrom(param) ?? 0
  const found = registerFor(user, sessionId)
  // 404, not 403: another unit's session must not be seen to exist
  invariantResponse(found, 'Page not found', { status: 404 })
  return { user, sessionId, found }
}
