import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { requireArea, scopeFor, worksAcrossUnits } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ORGANISATION_TYPE_LABELS } from '#app/organisations/labels.ts'
import { listOrganisations } from '#app/organisations/organisations.server.ts'

export const meta: MetaFunction = () => [{ title: 'Organisations – Upstream' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'organisations')
  const search = new URL(request.url).searchParams.get('q')?.trim().slice(0, 100) ?? ''
  return {
    search,
    showUnit: worksAcrossUnits(user),
    organisations: listOrganisations(scopeFor(user), { search: search || undefined }),
  }
}

export default function Organisations() {
  const { t } = useTranslation()
  const { search, showUnit, organisations } = useLoaderData<typeof loader>()
  return (
    <>
      <h1>{t('Organisations')}</h1>
      <p>
        <Link to="/organisations/new" className="button">
          {t('Add an organisation')}
        </Link>
      </p>
      <Form method="get" role="search" className="field">
        <label htmlFor="q">{t('Search by name')}</label>
        <div className="button-row">
          <input id="q" name="q" type="search" defaultValue={search} />
          <button type="submit" className="button button--secondary">
            {t('Search')}
          </button>
        </div>
      </Form>
      <div className="table-wrap">
        <table>
          <caption>{t('{{count}} organisations', { count: organisations.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Name')}</th>
              <th scope="col">{t('Type')}</th>
              <th scope="col">{t('Local authority area')}</th>
              {showUnit ? <th scope="col">{t('Violence Reduction Unit')}</th> : null}
              <th scope="col">{t('People')}</th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((o) => (
              <tr key={o.id}>
                <td>
                  <Link to={`/organisations/${o.id}`}>{o.name}</Link>
                  {o.active ? null : (
                    <>
                      {' '}
                      <span className="tag tag--inactive">{t('Closed')}</span>
                    </>
                  )}
                </td>
                <td>{t(ORGANISATION_TYPE_LABELS[o.type])}</td>
                <td>
                  {o.localAuthority}
                  {o.areaName && o.areaName !== o.localAuthority ? ` (${o.areaName})` : ''}
                </td>
                {showUnit ? <td>{o.vruName}</td> : null}
                <td>{o.people}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
