import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { requireArea, scopeFor } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { PeopleTable } from '#app/components/people-table.tsx'
import { ORGANISATION_TYPE_LABELS } from '#app/organisations/labels.ts'
import { getOrganisation } from '#app/organisations/organisations.server.ts'
import { listPeople } from '#app/organisations/people.server.ts'
import { invariantResponse } from '#app/utils/misc.ts'

export const meta: MetaFunction = () => [{ title: 'My organisation – Upstream' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'organisation')
  const scope = scopeFor(user)
  const organisation = user.organisationId ? getOrganisation(scope, user.organisationId) : undefined
  invariantResponse(
    organisation,
    'Your account is not linked to an organisation. Ask your VRU to link it.',
    { status: 404 },
  )
  return { organisation, staff: listPeople(scope) }
}

export default function MyOrganisation() {
  const { t } = useTranslation()
  const { organisation, staff } = useLoaderData<typeof loader>()
  return (
    <>
      <h1>{organisation.name}</h1>
      <p className="lead">
        {t(ORGANISATION_TYPE_LABELS[organisation.type])} · {organisation.localAuthority} ·{' '}
        {organisation.vruName}
      </p>
      <h2>{t('Staff')}</h2>
      <p>
        <Link to="/people/invite" className="button">
          {t('Invite staff')}
        </Link>
      </p>
      <PeopleTable
        people={staff}
        caption={t('{{count}} staff on Upstream', { count: staff.length })}
        showPlace={false}
      />
      <h2>{t('Assigned modules')}</h2>
      <p>{t('Ask your staff, a job role or named people to complete a module by a date.')}</p>
      <div className="button-row">
        <Link to="/assignments/new" className="button">
          {t('Assign a module')}
        </Link>
        <Link to="/assignments">{t('See current assignments')}</Link>
      </div>
      <h2>{t('Staff wellbeing contact')}</h2>
      <p>
        {organisation.wellbeingContact ??
          t('Not set. Your VRU can add one so that staff see it beside every lesson.')}
      </p>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
