import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { readSession } from '#app/auth/session.server.ts'
import {
  LanguageChoiceSchema,
  rememberLanguage,
  serializeLanguage,
} from '#app/i18n/language.server.ts'
import { parseForm, readForm } from '#app/utils/forms.server.ts'
import { safeRedirect } from '#app/utils/redirects.ts'
import { FORM_MESSAGES } from '#app/utils/labels.ts'

export async function loader() {
  return redirect('/')
}

/**
 * Remembers the chosen language on the person's account (when signed in) and in a cookie, and
 * goes back to the page it was chosen on.
 */
export async function action({ request }: ActionFunctionArgs) {
  const form = parseForm(await readForm(request), LanguageChoiceSchema)
  // the switcher is two buttons, so a failure is a hand-made request: the error page answers it
  if (!form.success) throw new Response(FORM_MESSAGES.language, { status: 400 })
  const { user } = await readSession(request)
  if (user) rememberLanguage(user, form.data.language)
  const back = safeRedirect(form.data.redirectTo)
  return redirect(back, { headers: { 'Set-Cookie': await serializeLanguage(form.data.language) } })
}
