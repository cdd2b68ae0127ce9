import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { requireArea, scopeFor } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { SECTOR_LABELS } from '#app/organisations/labels.ts'
import { getVru } from '#app/organisations/vrus.server.ts'
import { unitsSideBySide, workforceSummary } from '#app/reporting/workforce.server.ts'

export const meta: MetaFunction = () => [{ title: 'Reports – Upstream' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'reports')
  const scope = scopeFor(user)
  return {
    unitName: user.vruId ? (getVru(user.vruId)?.name ?? null) : null,
    summary: workforceSummary(scope),
    units: scope.kind === 'all' ? unitsSideBySide() : null,
  }
}

export default function Reports() {
  const { t } = useTranslation()
  const { unitName, summary, units } = useLoaderData<typeof loader>()
  return (
    <>
      <h1>{t('Reports')}</h1>
      <p className="lead">{unitName ?? t('All Violence Reduction Units')}</p>
      <h2>{t('Workforce on Upstream')}</h2>
      <dl className="summary-list">
        <dt>{t('Organisations')}</dt>
        <dd>{summary.organisations}</dd>
        <dt>{t('People with an active account')}</dt>
        <dd>{summary.people}</dd>
      </dl>
      <div className="table-wrap">
        <table>
          <caption>{t('People with an active account, by sector')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Sector')}</th>
              <th scope="col">{t('People')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.bySector.map((row) => (
              <tr key={row.sector ?? 'none'}>
                <td>{row.sector ? t(SECTOR_LABELS[row.sector]) : t('Not recorded')}</td>
                <td>{row.people}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {units ? (
        <div className="table-wrap">
          <table>
            <caption>{t('Units side by side')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('Violence Reduction Unit')}</th>
                <th scope="col">{t('Organisations')}</th>
                <th scope="col">{t('People')}</th>
              </tr>
            </thead>
            <tbody>
              {units.map((unit) => (
                <tr key={unit.id}>
                  <td>{unit.name}</td>
                  <td>{unit.organisations}</td>
                  <td>{unit.people}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="muted">
        {t(
          'Training figures (professionals upskilled, completions and evaluation) appear here as people complete modules.',
        )}
      </p>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
