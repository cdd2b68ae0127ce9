import { type ActionFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { ForgotPasswordSchema } from '#app/auth/forms.server.ts'
import { askForPasswordReset } from '#app/auth/password-reset.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ErrorSummary, TextField } from '#app/components/forms.tsx'
import { invalid, parseForm, readForm } from '#app/utils/forms.server.ts'

// Every sentence on this page has Welsh in app/i18n/cy.ts.

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Reset your password')]

export async function action({ request, context }: ActionFunctionArgs) {
  const form = parseForm(await readForm(request), ForgotPasswordSchema)
  if (!form.success) return invalid(form.errors, form.values)
  if (!askForPasswordReset(form.data.email, context.clientAddress).ok) {
    return invalid(
      {
        email:
          'There have been several requests for a reset link for this address, or from here, in the last hour. Use the newest link you have, or wait an hour and try again.',
      },
      form.values,
      429,
    )
  }
  return { ok: true as const, email: form.data.email }
}

export default function ForgotPassword() {
  const { t } = useTranslation()
  const actionData = useActionData<typeof action>()
  if (actionData?.ok) {
    return (
      <>
        <h1>{t('Check your email')}</h1>
        <p>
          {t(
            'If an Upstream account uses {{email}}, we have sent it a link to reset the password. The link works for one hour.',
            {
              email: actionData.email,
            },
          )}
        </p>
        <p>
          <Link to="/login">{t('Back to sign in')}</Link>
        </p>
      </>
    )
  }
  const errors = actionData?.errors
  return (
    <>
      <h1>{t('Reset your password')}</h1>
      <p>
        {t(
          'Enter the email address you sign in with. We will send you a link to choose a new password.',
        )}
      </p>
      <ErrorSummary errors={errors} />
      <Form method="post" noValidate>
        <TextField
          name="email"
          type="email"
          label={t('Email address')}
          autoComplete="username"
          spellCheck={false}
          defaultValue={actionData?.values.email ?? ''}
          error={errors?.email}
        />
        <button type="submit" className="button">
          {t('Send reset link')}
        </button>
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
