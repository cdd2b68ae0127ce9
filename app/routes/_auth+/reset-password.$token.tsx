import { redirect } from '@remix-run/node'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { isResetTokenUsable, resetPassword } from '#app/auth/password-reset.server.ts'
import { NewPasswordSchema } from '#app/auth/forms.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ErrorSummary } from '#app/components/forms.tsx'
import { NewPasswordFields } from '#app/components/new-password-fields.tsx'
import { invalid, parseForm, readForm } from '#app/utils/forms.server.ts'

// Every sentence on this page has Welsh in app/i18n/cy.ts.

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Choose a new password')]

export async function loader({ params }: LoaderFunctionArgs) {
  return { usable: isResetTokenUsable(params.token ?? '') }
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const form = parseForm(await readForm(request), NewPasswordSchema)
  if (!form.success) return invalid(form.errors)
  if (
    !(await resetPassword(
      params.token ?? '',
      form.data.password,
      Date.now(),
      context.clientAddress,
    ))
  ) {
    return invalid({ form: 'This link has expired or has been used. Ask for a new one.' })
  }
  return redirect('/login?passwordReset=1')
}

export default function ResetPassword() {
  const { t } = useTranslation()
  const { usable } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.errors
  if (!usable) {
    return (
      <>
        <h1>{t('This link no longer works')}</h1>
        <p>{t('Password reset links work once, for one hour.')}</p>
        <p>
          <Link to="/forgot-password">{t('Ask for a new link')}</Link>
        </p>
      </>
    )
  }
  return (
    <>
      <h1>{t('Choose a new password')}</h1>
      <ErrorSummary errors={errors} />
      <Form method="post" noValidate>
        <NewPasswordFields errors={errors} />
        <button type="submit" className="button">
          {t('Save new password')}
        </button>
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
