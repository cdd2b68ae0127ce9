import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData, useSearchParams } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { mayLogDeliveries, requireArea } from '#app/auth/permissions.server.ts'
import { classroomPacks, listDeliveries } from '#app/classroom/deliveries.server.ts'
import { DeliveriesTable } from '#app/components/deliveries-table.tsx'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Lessons you have taught')]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'learn')
  return {
    mayLog: mayLogDeliveries(user) && classroomPacks(user.vruId).length > 0,
    // a person's own log: their scope is themself whatever their role
    deliveries: listDeliveries(user, { kind: 'self', userId: user.id }),
  }
}

export default function Deliveries() {
  const { t } = useTranslation()
  const { mayLog, deliveries } = useLoaderData<typeof loader>()
  const [params] = useSearchParams()
  return (
    <>
      <p>
        <Link to="/learn">{t('Back to my learning')}</Link>
      </p>
      <h1>{t('Lessons you have taught')}</h1>
      {params.get('logged') ? (
        <p className="notice notice--success" role="status">
          {t('Thank you: the lesson is logged. You can change it for a week.')}
        </p>
      ) : params.get('changed') ? (
        <p className="notice notice--success" role="status">
          {t('Your changes are saved.')}
        </p>
      ) : null}
      <p>
        {t(
          'When you teach a classroom pack such as To the Edge or Mia’s Story, log it here. Your VRU counts the schools and pupils its packs reach; nothing about any pupil is recorded.',
        )}
      </p>
      {mayLog ? (
        <p>
          <Link to="/learn/deliveries/new" className="button">
            {t('Log a lesson you taught')}
          </Link>
        </p>
      ) : null}
      <DeliveriesTable
        deliveries={deliveries}
        caption={t('Lessons you have taught')}
        showTeacher={false}
      />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
