import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { recordAudit } from '#app/audit/audit.server.ts'
import { endSession, readSession } from '#app/auth/session.server.ts'

export async function loader() {
  return redirect('/')
}

// The body is never read: signing out works whatever is sent, from a page or a script.
export async function action({ request, context }: ActionFunctionArgs) {
  const { user } = await readSession(request)
  if (user)
    recordAudit({
      action: 'sign_out',
      actor: user,
      address: context.clientAddress,
      subject: `person:${user.id}`,
    })
  return redirect('/login?signedOut=1', { headers: { 'Set-Cookie': await endSession(request) } })
}
