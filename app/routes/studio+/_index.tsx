import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { getVru } from '#app/organisations/vrus.server.ts'

export const meta: MetaFunction = () => [{ title: 'Studio – Upstream' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'studio')
  return { unitName: user.vruId ? (getVru(user.vruId)?.name ?? null) : null }
}

export default function Studio() {
  const { t } = useTranslation()
  const { unitName } = useLoaderData<typeof loader>()
  return (
    <>
      <h1>{t('Studio')}</h1>
      <p className="lead">
        {unitName
          ? t('Modules of {{unit}} and the national library.', { unit: unitName })
          : t('Modules of every unit and the national library.')}
      </p>
      <p>{t('No modules yet.')}</p>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
