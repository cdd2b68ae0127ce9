import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { recordAudit } from '#app/audit/audit.server.ts'
import { requireArea, scopeFor } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ErrorSummary, SelectField } from '#app/components/forms.tsx'
import { PeopleTable } from '#app/components/people-table.tsx'
import { ORGANISATION_TYPE_LABELS } from '#app/organisations/labels.ts'
import {
  getOrganisation,
  OrganisationSchema,
  updateOrganisation,
} from '#app/organisations/organisations.server.ts'
import { listPeople } from '#app/organisations/people.server.ts'
import { placementOptions } from '#app/organisations/placement.server.ts'
import { invalid, parseForm, readForm } from '#app/utils/forms.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'
import { idFrom } from '#app/utils/route-params.ts'
import { OrganisationFields } from './__organisation-fields.tsx'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  data ? { title: `${data.organisation.name} – Upstream` } : pageTitle(matches, 'Organisation'),
]

function organisationFor(scope: ReturnType<typeof scopeFor>, param: string | undefined) {
  const id = idFrom(param)
  // 404, not 403: an organisation outside the scope must not be seen to exist
  const organisation = id ? getOrganisation(scope, id) : undefined
  invariantResponse(organisation, 'Page not found', { status: 404 })
  return organisation
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'organisations')
  const scope = scopeFor(user)
  const organisation = organisationFor(scope, params.organisationId)
  return {
    organisation,
    people: listPeople(scope, { organisationId: organisation.id }),
    ...placementOptions(user, scope),
  }
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireArea(request, 'organisations')
  const scope = scopeFor(user)
  const organisation = organisationFor(scope, params.organisationId)
  const form = parseForm(await readForm(request), OrganisationSchema)
  if (!form.success) return invalid(form.errors, form.values)
  const result = updateOrganisation(scope, organisation.id, form.data)
  if (!result.ok) return invalid(result.errors, form.values)
  recordAudit({
    action: 'organisation_changed',
    actor: user,
    address: context.clientAddress,
    vruId: organisation.vruId,
    subject: `organisation:${organisation.id}`,
    details: { after: form.data },
  })
  return { ok: true as const, errors: undefined }
}

export default function Organisation() {
  const { t } = useTranslation()
  const { organisation, people, vrus, areas } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const values =
    actionData?.ok === false
      ? actionData.values
      : {
          name: organisation.name,
          type: organisation.type,
          localAuthority: organisation.localAuthority,
          wellbeingContact: organisation.wellbeingContact ?? '',
          vruId: String(organisation.vruId),
          areaId: organisation.areaId ? String(organisation.areaId) : '',
          active: String(organisation.active),
        }
  return (
    <>
      <p>
        <Link to="/organisations">{t('Back to organisations')}</Link>
      </p>
      <h1>{organisation.name}</h1>
      <dl className="summary-list">
        <dt>{t('Type')}</dt>
        <dd>{t(ORGANISATION_TYPE_LABELS[organisation.type])}</dd>
        <dt>{t('Violence Reduction Unit')}</dt>
        <dd>{organisation.vruName}</dd>
        <dt>{t('Local authority area')}</dt>
        <dd>{organisation.localAuthority}</dd>
        {organisation.areaName ? (
          <>
            <dt>{t('Area within the unit')}</dt>
            <dd>{organisation.areaName}</dd>
          </>
        ) : null}
      </dl>
      <h2>{t('Staff')}</h2>
      <p>
        <Link
          to={`/people/invite?organisationId=${organisation.id}`}
          className="button button--secondary"
        >
          {t('Invite staff')}
        </Link>
      </p>
      <PeopleTable
        people={people}
        caption={t('Staff of {{name}}', { name: organisation.name })}
        showPlace={false}
      />
      <h2>{t('Assigned modules')}</h2>
      <div className="button-row">
        <Link
          to={`/assignments/new?organisationId=${organisation.id}`}
          className="button button--secondary"
        >
          {t('Assign a module')}
        </Link>
        <Link to={`/assignments?organisationId=${organisation.id}`}>
          {t('See current assignments')}
        </Link>
      </div>
      <h2 id="edit">{t('Edit details')}</h2>
      {actionData?.ok ? (
        <div className="notice notice--success" role="status">
          {t('Changes saved.')}
        </div>
      ) : null}
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" noValidate>
        <OrganisationFields
          values={values}
          errors={actionData?.errors}
          vrus={vrus.filter((v) => v.value === String(organisation.vruId))}
          areas={areas.filter((a) => a.vruId === organisation.vruId)}
        />
        <SelectField
          name="active"
          label={t('Status')}
          options={[
            { value: 'true', label: t('Open') },
            { value: 'false', label: t('Closed (keeps its records)') },
          ]}
          defaultValue={values.active ?? 'true'}
        />
        <button type="submit" className="button">
          {t('Save changes')}
        </button>
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
