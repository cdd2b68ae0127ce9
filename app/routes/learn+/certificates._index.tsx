import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { English, InLanguage } from '#app/components/in-language.tsx'
import { moduleText } from '#app/i18n/content.ts'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ScrollableTable } from '#app/components/scrollable-tables.tsx'
import { myCertificates } from '#app/learning/certificates.server.ts'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'My certificates')]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'learn')
  return { certificates: myCertificates(user.id).map(({ userId: _userId, ...c }) => c) }
}

export default function Certificates() {
  const { t, i18n } = useTranslation()
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
            caption={i18n.plural(certificates.length, {
              one: '{{count}} certificate',
              other: '{{count}} certificates',
            })}
            headings={[t('Module and certificate'), t('Completed on'), t('CPD')]}
            rows={certificates}
            row={(c) => (
              <tr key={c.code}>
                <td>
                  {/* the download first, so it is in view on a phone */}
                  <a href={`/learn/certificates/${c.code}/pdf`}>
                    {c.version === null ? (
                      <>
                        <English>{c.title}</English>, {t('live training')}
                      </>
                    ) : (
                      <>
                        <InLanguage content={moduleText(c, i18n.language)} /> (
                        {t('version {{version}}', { version: c.version })})
                      </>
                    )}
                    : {t('certificate (PDF)')}
                  </a>
                  <br />
                  <span className="muted">{t('Code {{code}}', { code: c.code })}</span>
                  {c.validUntil ? (
                    <>
                      <br />
                      {t('Valid until {{date}}', { date: i18n.date(c.validUntil) })}
                    </>
                  ) : null}
                </td>
                <td>{i18n.date(c.completedAt)}</td>
                <td>
                  {i18n.plural(c.cpdMinutes, {
                    one: '{{count}} minute',
                    other: '{{count}} minutes',
                  })}
                </td>
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
