import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'

export const meta: MetaFunction = () => [{ title: 'My learning – Upstream' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'learn')
  return { name: user.name }
}

export default function Learn() {
  const { t } = useTranslation()
  const { name } = useLoaderData<typeof loader>()
  return (
    <>
      <h1>{t('My learning')}</h1>
      <p className="lead">{t('Hello {{name}}.', { name })}</p>
      <h2>{t('Assigned to you')}</h2>
      <p>{t('Nothing is assigned to you yet. When your organisation assigns a module, it appears here with its due date.')}</p>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
