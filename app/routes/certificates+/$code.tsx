import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { findCertificate } from '#app/learning/certificates.server.ts'
import { londonDay } from '#app/utils/uk-dates.ts'

export const meta: MetaFunction = ({ matches }) => [
  pageTitle(matches, 'Check a certificate'),
  { name: 'robots', content: 'noindex' },
]

/** Public: anyone with the code may check it; it shows validity, for whom and what, nothing more. */
export async function loader({ params }: LoaderFunctionArgs) {
  const certificate = findCertificate(params.code ?? '')
  // 404 for an unknown code, so a verifying tool can tell valid from invalid; the page explains
  return data(
    {
      code: (params.code ?? '').toUpperCase().slice(0, 40),
      certificate: certificate
        ? {
            name: certificate.name,
            title: certificate.title,
            version: certificate.version,
            completedAt: certificate.completedAt,
            cpdMinutes: certificate.cpdMinutes,
            validUntil: certificate.validUntil,
            runOut: certificate.validUntil !== null && certificate.validUntil < londonDay(),
            vruName: certificate.vruName,
          }
        : null,
    },
    { status: certificate ? 200 : 404 },
  )
}

export default function VerifyCertificate() {
  const { t, i18n } = useTranslation()
  const { code, certificate } = useLoaderData<typeof loader>()
  if (!certificate) {
    return (
      <>
        <h1>{t('No certificate has this code')}</h1>
        <p>
          {t('Check the code {{code}} was typed exactly as it is printed on the certificate.', {
            code,
          })}
        </p>
        <CheckAnother />
      </>
    )
  }
  return (
    <>
      <h1>
        {certificate.runOut
          ? t('This certificate is genuine, and the training it records has run out')
          : t('This certificate is valid')}
      </h1>
      <dl className="summary-list">
        <dt>{t('Awarded to')}</dt>
        <dd>{certificate.name}</dd>
        <dt>{certificate.version === null ? t('For attending') : t('For completing')}</dt>
        <dd>
          {certificate.version === null
            ? t('{{title}}, live training', { title: certificate.title })
            : `${certificate.title} (${t('version {{version}}', { version: certificate.version })})`}
        </dd>
        <dt>{t('Completed on')}</dt>
        <dd>{i18n.date(certificate.completedAt)}</dd>
        <dt>{t('CPD')}</dt>
        <dd>{t('{{minutes}} minutes', { minutes: certificate.cpdMinutes })}</dd>
        {certificate.validUntil ? (
          <>
            <dt>{t('Valid until')}</dt>
            <dd>{i18n.date(certificate.validUntil)}</dd>
          </>
        ) : null}
        {certificate.vruName ? (
          <>
            <dt>{t('Delivered for')}</dt>
            <dd>{certificate.vruName}</dd>
          </>
        ) : null}
        <dt>{t('Verification code')}</dt>
        <dd>{code}</dd>
      </dl>
      <CheckAnother />
    </>
  )
}

function CheckAnother() {
  const { t } = useTranslation()
  return (
    <p>
      <Link to="/certificates">{t('Check another code')}</Link>
    </p>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
