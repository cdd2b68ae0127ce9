import { redirect } from '@remix-run/node'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { acceptInvitation, findOpenInvitation } from '#app/auth/invitations.server.ts'
import { JoinSchema } from '#app/auth/forms.server.ts'
import { HOME_BY_ROLE } from '#app/auth/permissions.server.ts'
import { startSession } from '#app/auth/session.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ErrorSummary, TextField } from '#app/components/forms.tsx'
import { NewPasswordFields } from '#app/components/new-password-fields.tsx'
import { ROLE_LABELS } from '#app/organisations/labels.ts'
import { invalid, parseForm, readForm } from '#app/utils/forms.server.ts'

// Every sentence on this page has Welsh in app/i18n/cy.ts.

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Join Upstream')]

export async function loader({ params }: LoaderFunctionArgs) {
  const invitation = findOpenInvitation(params.token ?? '')
  if (!invitation) return { invitation: null }
  const { email, name, role, organisationName, vruName } = invitation
  return { invitation: { email, name, role, organisationName, vruName } }
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const form = parseForm(await readForm(request), JoinSchema)
  if (!form.success) return invalid(form.errors, form.values)
  const joined = await acceptInvitation(
    params.token ?? '',
    form.data,
    Date.now(),
    context.clientAddress,
  )
  if (!joined) {
    return invalid(
      {
        form: 'This invitation has expired or has been used. Ask the person who invited you for a new one.',
      },
      { name: form.data.name },
    )
  }
  return redirect(HOME_BY_ROLE[joined.role], {
    headers: { 'Set-Cookie': await startSession(request, joined.userId) },
  })
}

export default function AcceptInvitation() {
  const { t } = useTranslation()
  const { invitation } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.errors
  if (!invitation) {
    return (
      <>
        <h1>{t('This invitation no longer works')}</h1>
        <p>
          {t(
            'Invitations work once, for 14 days. Ask the person who invited you to send a new one.',
          )}
        </p>
      </>
    )
  }
  return (
    <>
      <h1>{t('Join Upstream')}</h1>
      <p className="lead">
        {invitation.organisationName
          ? t('You have been invited as {{role}} at {{place}}.', {
              role: t(ROLE_LABELS[invitation.role]).toLowerCase(),
              place: invitation.organisationName,
            })
          : invitation.vruName
            ? t('You have been invited as {{role}} at {{place}}.', {
                role: t(ROLE_LABELS[invitation.role]).toLowerCase(),
                place: invitation.vruName,
              })
            : t('You have been invited as {{role}}.', {
                role: t(ROLE_LABELS[invitation.role]).toLowerCase(),
              })}
      </p>
      <dl className="summary-list">
        <dt>{t('Email address')}</dt>
        <dd>{invitation.email}</dd>
      </dl>
      <ErrorSummary errors={errors} />
      <Form method="post" noValidate>
        <TextField
          name="name"
          label={t('Your name')}
          hint={t('As you would like it on your certificates.')}
          autoComplete="name"
          defaultValue={actionData?.values.name ?? invitation.name}
          error={errors?.name}
        />
        <NewPasswordFields errors={errors} />
        <button type="submit" className="button">
          {t('Join and sign in')}
        </button>
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
