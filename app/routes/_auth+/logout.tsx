import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { endSession } from '#app/auth/session.server.ts'

export async function loader() {
  return redirect('/')
}

export async function action({ request }: ActionFunctionArgs) {
  return redirect('/login?signedOut=1', { headers: { 'Set-Cookie': await endSession(request) } })
}
