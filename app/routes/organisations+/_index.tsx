import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { requireArea, scopeFor, worksAcrossUnits } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { SearchForm } from '#app/components/forms.tsx'
import { ScrollableTable } from '#app/components/scrollable-tables.tsx'
import { ORGANISATION_TYPE_LABELS } from '#app/organisations/labels.ts'
import { listOrganisations } from '#app/organisations/organisations.server.ts'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Organisations')]

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
  const { t, i18n } = useTranslation()
  const { search, showUnit, organisations } = useLoaderData<typeof loader>()
  return (
    <>
      <h1>{t('Organisations')}</h1>
      <p>
        <Link to="/organisations/new" className="button">
          {t('Add an organisation')}
        </Link>
      </p>
      <SearchForm label={t('Search by name')} defaultValue={search} />
      <ScrollableTable
        caption={i18n.plural(organisations.length, {
          one: '{{count}} organisation',
          other: '{{count}} organisations',
        })}
        headings={[
          t('Name'),
          t('Type'),
          t('Local authority area'),
          showUnit && t('Violence Reduction Unit'),
          t('People'),
        ]}
        rows={organisations}
        row={(o) => (
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
        )}
      />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
