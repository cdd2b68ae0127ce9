import { redirect } from '@remix-run/node'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useNavigation, useSearchParams } from '@remix-run/react'
import { useEffect } from 'react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { SignInSchema } from '#app/auth/forms.server.ts'
import { HOME_BY_ROLE, requireAnonymous } from '#app/auth/permissions.server.ts'
import { tooManySignInAttemptsMessage } from '#app/auth/rate-limit.server.ts'
import { startSession } from '#app/auth/session.server.ts'
import { signIn } from '#app/auth/sign-in.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ErrorSummary, TextField } from '#app/components/forms.tsx'
import { invalid, parseForm, readForm } from '#app/utils/forms.server.ts'
import { safeRedirect } from '#app/utils/redirects.ts'

// Every sentence on this page has Welsh in app/i18n/cy.ts.

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Sign in')]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request)
  return null
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = parseForm(await readForm(request), SignInSchema)
  if (!form.success) return invalid(form.errors, form.values)
  const { email, password, redirectTo } = form.data
  const result = await signIn(email, password, context.clientAddress)
  if (!result.ok) {
    const message =
      result.reason === 'too-many-attempts'
        ? tooManySignInAttemptsMessage(result.waitMs)
        : 'The email address or password is not right. Check them and try again.'
    return invalid(
      { form: message },
      { email, redirectTo: redirectTo ?? '' },
      result.reason === 'too-many-attempts' ? 429 : 400,
    )
  }
  return redirect(safeRedirect(redirectTo, HOME_BY_ROLE[result.role]), {
    headers: { 'Set-Cookie': await startSession(request, result.userId) },
  })
}

export default function SignIn() {
  const { t } = useTranslation()
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const navigation = useNavigation()
  const values = actionData?.values
  const errors = actionData?.errors
  // after a failed attempt the password field starts empty, as it does without JavaScript
  useEffect(() => {
    const password = document.getElementById('password')
    if (actionData && password instanceof HTMLInputElement) password.value = ''
  }, [actionData])
  return (
    <>
      <h1>{t('Sign in')}</h1>
      {!errors && searchParams.has('signedOut') ? (
        <div className="notice" role="status">
          {t('You have signed out.')}
        </div>
      ) : null}
      {!errors && searchParams.has('passwordReset') ? (
        <div className="notice notice--success" role="status">
          {t('Your password has been changed. Sign in with your new password.')}
        </div>
      ) : null}
      <ErrorSummary errors={errors} />
      <Form method="post" noValidate>
        <input
          type="hidden"
          name="redirectTo"
          value={values?.redirectTo ?? searchParams.get('redirectTo') ?? ''}
        />
        <TextField
          name="email"
          type="email"
          label={t('Email address')}
          hint={t('Use your work email address.')}
          autoComplete="username"
          spellCheck={false}
          defaultValue={values?.email ?? ''}
          error={errors?.email}
        />
        <TextField
          name="password"
          type="password"
          label={t('Password')}
          autoComplete="current-password"
          error={errors?.password}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state === 'submitting'}>
            {t('Sign in')}
          </button>
          <Link to="/forgot-password">{t('Forgotten your password?')}</Link>
        </div>
      </Form>
      <h2>{t('New to Upstream?')}</h2>
      <p>
        {t(
          'Your organisation or Violence Reduction Unit sends you an invitation by email. Open the link in it to set your password.',
        )}
      </p>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
