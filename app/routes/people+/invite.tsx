import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { InvitationSchema, invitePerson } from '#app/auth/invitations.server.ts'
import {
  grantableRoles,
  requireArea,
  scopeFor,
  worksAcrossUnits,
} from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import {
  bindFields,
  ErrorSummary,
  SelectField,
  TextField,
  SubmitOrCancel,
} from '#app/components/forms.tsx'
import { ROLE_LABELS, SECTOR_LABELS, optionsFrom } from '#app/organisations/labels.ts'
import { listOrganisations } from '#app/organisations/organisations.server.ts'
import { listVrus } from '#app/organisations/vrus.server.ts'
import { invalid, parseForm, readForm } from '#app/utils/forms.server.ts'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Invite someone')]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'people')
  const organisations = listOrganisations(scopeFor(user)).map((o) => ({
    value: String(o.id),
    label: worksAcrossUnits(user) ? `${o.name} (${o.vruName})` : o.name,
  }))
  return {
    roles: grantableRoles(user),
    organisations,
    vrus: worksAcrossUnits(user)
      ? listVrus().map((v) => ({ value: String(v.id), label: v.name }))
      : [],
    preselectedOrganisation: new URL(request.url).searchParams.get('organisationId') ?? '',
  }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireArea(request, 'people')
  const form = parseForm(await readForm(request), InvitationSchema)
  if (!form.success) return invalid(form.errors, form.values)
  const result = await invitePerson(user, form.data, Date.now(), context.clientAddress)
  if (!result.ok) return invalid(result.errors, form.values)
  // no link on the page: the invitation reaches only the mailbox, and the answer is the same
  // whether or not the address already has an account elsewhere
  return { ok: true as const, email: form.data.email }
}

export default function Invite() {
  const { t } = useTranslation()
  const { roles, organisations, vrus, preselectedOrganisation } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.ok === false ? actionData.errors : undefined
  const values = actionData?.ok === false ? actionData.values : {}
  const field = bindFields(values, errors)
  return (
    <>
      <h1>{t('Invite someone')}</h1>
      {actionData?.ok ? (
        <div className="notice notice--success" role="status">
          <p>
            {t('We have emailed an invitation to {{email}}. It works for 14 days.', {
              email: actionData.email,
            })}
          </p>
        </div>
      ) : null}
      <ErrorSummary errors={errors} />
      <Form method="post" noValidate key={actionData?.ok ? actionData.email : 'form'}>
        <TextField {...field('name')} label={t('Full name')} autoComplete="off" />
        <TextField
          {...field('email')}
          type="email"
          label={t('Work email address')}
          autoComplete="off"
          spellCheck={false}
        />
        <SelectField
          name="role"
          label={t('Role in Upstream')}
          hint={t('Most people are learners. Organisation leads see and manage their own staff.')}
          options={roles.map((r) => ({ value: r, label: t(ROLE_LABELS[r]) }))}
          defaultValue={values.role ?? 'learner'}
          error={errors?.role}
        />
        {organisations.length > 1 ? (
          <SelectField
            name="organisationId"
            label={t('Organisation')}
            hint={t('For learners and organisation leads.')}
            options={organisations}
            placeholder={t('Choose an organisation')}
            defaultValue={values.organisationId ?? preselectedOrganisation}
            error={errors?.organisationId}
          />
        ) : organisations[0] ? (
          <input type="hidden" name="organisationId" value={organisations[0].value} />
        ) : null}
        {vrus.length > 0 ? (
          <SelectField
            {...field('vruId')}
            label={t('Violence Reduction Unit')}
            hint={t('For VRU leads and trainers.')}
            options={vrus}
            placeholder={t('Choose a unit')}
          />
        ) : null}
        <TextField
          {...field('jobRole')}
          label={t('Job role (optional)')}
          hint={t('For example: Teacher, Pastoral lead, Youth worker')}
        />
        <SelectField
          {...field('sector')}
          label={t('Sector (optional)')}
          options={optionsFrom(SECTOR_LABELS).map((o) => ({ ...o, label: t(o.label) }))}
          placeholder={t('Choose a sector')}
        />
        <SubmitOrCancel label={t('Send invitation')} cancelTo="/people" />
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
