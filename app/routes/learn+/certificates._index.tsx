import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ScrollableTable } from '#app/components/scrollable-tables.tsx'
import { myCertificates } from '#app/learning/certificates.server.ts'
import { formatDate } from '#app/utils/uk-dates.ts'

export const meta: MetaFunction = () => [{ title: 'My certificates – Upstream' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'learn')
  return { certificates: myCertificates(user.id).map(({ userId: _userId, ...c }) => c) }
}

export default function Certificates() {
  const { t } = useTranslation()
  const { certificates } = useLoaderData<typeof loader>()
  return (
    <>
      <h1>{t('My certificates')}</h1>
      {certificates.length === 0 ? (
        <p>{t('When you complete a module, its certificate appears here.')}</p>
      ) : (
        <>
          <p>
            <a className="button" href="/learn/certificates/all.pdf">
              {t('Download all my certificates (PDF)')}
            </a>
          </p>
          <ScrollableTable
            caption={
              certificates.length === 1
                ? t('1 certificate')
                : t('{{count}} certificates', { count: certificates.length })
            }
            headings={[t('Module and certificate'), t('Completed on'), t('CPD')]}
            rows={certificates}
            row={(c) => (
              <tr key={c.code}>
                <td>
                  {/* the download first, so it is in view on a phone */}
                  <a href={`/learn/certificates/${c.code}/pdf`}>
                    {c.version === null
                      ? t('{{title}}, live training', { title: c.title })
                      : `${c.title} (${t('version {{version}}', { version: c.version })})`}
                    : {t('certificate (PDF)')}
                  </a>
                  <br />
                  <span className="muted">{t('Code {{code}}', { code: c.code })}</span>
                  {c.validUntil ? (
                    <>
                      <br />
                      {t('Valid until {{date}}', { date: formatDate(c.validUntil) })}
                    </>
                  ) : null}
                </td>
                <td>{formatDate(c.completedAt)}</td>
                <td>{t('{{minutes}} minutes', { minutes: c.cpdMinutes })}</td>
              </tr>
            )}
          />
        </>
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
