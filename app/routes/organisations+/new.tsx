import { redirect } from '@remix-run/node'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { requireArea, scopeFor } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ErrorSummary, SubmitOrCancel } from '#app/components/forms.tsx'
import { recordAudit } from '#app/audit/audit.server.ts'
import { createOrganisation, OrganisationSchema } from '#app/organisations/organisations.server.ts'
import { placementOptions } from '#app/organisations/placement.server.ts'
import { invalid, parseForm, readForm } from '#app/utils/forms.server.ts'
import { OrganisationFields } from './__organisation-fields.tsx'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Add an organisation')]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'organisations')
  return placementOptions(user, scopeFor(user))
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireArea(request, 'organisations')
  const form = parseForm(await readForm(request), OrganisationSchema)
  if (!form.success) return invalid(form.errors, form.values)
  const result = createOrganisation(scopeFor(user), form.data)
  if (!result.ok) return invalid(result.errors, form.values)
  recordAudit({
    action: 'organisation_changed',
    actor: user,
    address: context.clientAddress,
    vruId: form.data.vruId,
    subject: `organisation:${result.id}`,
    details: { created: form.data },
  })
  return redirect(`/organisations/${result.id}`)
}

export default function NewOrganisation() {
  const { t } = useTranslation()
  const { vrus, areas } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <>
      <h1>{t('Add an organisation')}</h1>
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" noValidate>
        <OrganisationFields
          values={actionData?.values ?? {}}
          errors={actionData?.errors}
          vrus={vrus}
          areas={areas}
        />
        <SubmitOrCancel label={t('Add organisation')} cancelTo="/organisations" />
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
