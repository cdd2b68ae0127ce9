import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { isLanguage } from '#app/i18n/i18n.ts'
import { serializeLanguage } from '#app/i18n/language.server.ts'
import { readForm } from '#app/utils/forms.server.ts'
import { safeRedirect } from '#app/utils/redirects.ts'
import { invariantResponse } from '#app/utils/responses.ts'

export async function loader() {
  return redirect('/')
}

/** Remembers the chosen language in a cookie and goes back to the page it was chosen on. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request)
  const language = form.get('language')
  invariantResponse(isLanguage(language), 'Choose English or Cymraeg (Welsh).')
  const back = safeRedirect(form.get('redirectTo'))
  return redirect(back, { headers: { 'Set-Cookie': await serializeLanguage(language) } })
}
