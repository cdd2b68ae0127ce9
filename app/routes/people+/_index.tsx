import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { requireArea, scopeFor } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { SearchForm } from '#app/components/forms.tsx'
import { PeopleTable } from '#app/components/people-table.tsx'
import { listPeople } from '#app/organisations/people.server.ts'

export const meta: MetaFunction = () => [{ title: 'People – Upstream' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'people')
  const search = new URL(request.url).searchParams.get('q')?.trim().slice(0, 100) ?? ''
  const erased = new URL(request.url).searchParams.has('erased')
  return { erased, search, people: listPeople(scopeFor(user), { search: search || undefined }) }
}

export default function People() {
  const { t } = useTranslation()
  const { erased, search, people } = useLoaderData<typeof loader>()
  return (
    <>
      <h1>{t('People')}</h1>
      {erased ? (
        <div className="notice notice--success" role="status">
          {t('The person has been erased. Their completed training still counts, anonymously.')}
        </div>
      ) : null}
      <p>
        <Link to="/people/invite" className="button">
          {t('Invite someone')}
        </Link>
      </p>
      <SearchForm label={t('Search by name or email')} defaultValue={search} />
      <PeopleTable people={people} caption={t('{{count}} people', { count: people.length })} />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
