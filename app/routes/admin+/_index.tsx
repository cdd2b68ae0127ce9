import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { requireArea, scopeFor } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { workforceSummary } from '#app/reporting/workforce.server.ts'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Administration')]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'admin')
  return { summary: workforceSummary(scopeFor(user)) }
}

export default function Admin() {
  const { t, i18n } = useTranslation()
  const { summary } = useLoaderData<typeof loader>()
  return (
    <>
      <h1>{t('Administration')}</h1>
      <ul className="card-list">
        {[
          {
            to: '/admin/vrus',
            title: t('Violence Reduction Units'),
            text: t('Add a unit, rename one, or set up areas for a hub-and-spoke unit.'),
          },
          {
            to: '/organisations',
            title: t('Organisations'),
            text: i18n.plural(summary.organisations, {
              one: '{{count}} organisation across all units.',
              other: '{{count}} organisations across all units.',
            }),
          },
          {
            to: '/people',
            title: t('People'),
            text: i18n.plural(summary.people, {
              one: '{{count}} person with an active account.',
              other: '{{count}} people with an active account.',
            }),
          },
        ].map((area) => (
          <li className="card" key={area.to}>
            <h2>
              <Link to={area.to}>{area.title}</Link>
            </h2>
            <p>{area.text}</p>
          </li>
        ))}
      </ul>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
