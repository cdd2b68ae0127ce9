import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { requireArea, scopeFor } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { workforceSummary } from '#app/reporting/workforce.server.ts'

export const meta: MetaFunction = () => [{ title: 'Administration – Upstream' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'admin')
  return { summary: workforceSummary(scopeFor(user)) }
}

export default function Admin() {
  const { t } = useTranslation()
  const { summary } = useLoaderData<typeof loader>()
  return (
    <>
      <h1>{t('Administration')}</h1>
      <ul className="card-list">
        <li className="card">
          <h2>
            <Link to="/admin/vrus">{t('Violence Reduction Units')}</Link>
          </h2>
          <p>{t('Add a unit, rename one, or set up areas for a hub-and-spoke unit.')}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/organisations">{t('Organisations')}</Link>
          </h2>
          <p>{t('{{count}} organisations across all units.', { count: summary.organisations })}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/people">{t('People')}</Link>
          </h2>
          <p>{t('{{count}} people with an active account.', { count: summary.people })}</p>
        </li>
      </ul>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
