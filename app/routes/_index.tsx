import { redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { getOptionalUser, HOME_BY_ROLE } from '#app/auth/permissions.server.ts'

export const meta: MetaFunction = ({ matches }) => [
  pageTitle(matches, 'Training for Violence Reduction Units'),
  {
    name: 'description',
    content:
      'Trauma-informed practice, ACEs, knife crime and exploitation training for school staff and frontline workers.',
  },
]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request)
  if (user) throw redirect(HOME_BY_ROLE[user.role])
  return null
}

export default function Index() {
  const { t } = useTranslation()
  return (
    <>
      <h1>{t('Training for the adults around young people')}</h1>
      <p className="lead">
        {t(
          'Upstream is where school staff and frontline workers in England and Wales take the trauma-informed practice, ACEs, knife crime and exploitation training of their Violence Reduction Unit.',
        )}
      </p>
      <p>
        {t(
          'Short modules you can finish in a 20-minute gap, on a phone or a school laptop. Stop at any point and carry on where you left off.',
        )}
      </p>
      <p>
        <Link to="/login" className="button">
          {t('Sign in')}
        </Link>
      </p>
    </>
  )
}
