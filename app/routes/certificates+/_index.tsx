import { redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { bindFields, ErrorSummary, TextField } from '#app/components/forms.tsx'
import { checkCertificateCode } from '#app/learning/certificates.server.ts'

export const meta: MetaFunction = ({ matches }) => [
  pageTitle(matches, 'Check a certificate code'),
  { name: 'robots', content: 'noindex' },
]

/** Public: a GET form, so it works without JavaScript and the code's page is where it lands. */
export async function loader({ request }: LoaderFunctionArgs) {
  const typed = new URL(request.url).searchParams.get('code')
  if (typed === null) return { values: {}, errors: undefined }
  const checked = checkCertificateCode(typed)
  if (checked.ok) return redirect(`/certificates/${checked.code}`)
  return { values: { code: typed.slice(0, 100) }, errors: { code: checked.error } }
}

export default function CheckCertificateCode() {
  const { t } = useTranslation()
  const { values, errors } = useLoaderData<typeof loader>()
  const field = bindFields(values, errors)
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{t('Check a certificate')}</h1>
      <p>
        {t(
          'Type the verification code printed on an Upstream certificate to see whether it is valid, for whom and for what.',
        )}
      </p>
      <Form method="get" className="card">
        <TextField
          {...field('code')}
          label={t('Certificate code')}
          hint={t('For example, ABCDE-23456')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={100}
        />
        <button className="button" type="submit">
          {t('Check the code')}
        </button>
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
