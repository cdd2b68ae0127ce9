import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ScrollableTable } from '#app/components/scrollable-tables.tsx'
import { listCourses } from '#app/live-training/courses.server.ts'
import { PRACTICE_LEVEL_LABELS } from '#app/learning/labels.ts'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Live training')]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'training')
  return { courses: listCourses(user) }
}

export default function Courses() {
  const { t } = useTranslation()
  const { courses } = useLoaderData<typeof loader>()
  return (
    <>
      <h1>{t('Live training')}</h1>
      <p className="lead">
        {t(
          'Courses your unit teaches live, in person or online. Open a course to schedule its sessions and see who has booked.',
        )}
      </p>
      <p>
        <Link className="button" to="/training/courses/new">
          {t('Make a course')}
        </Link>
      </p>
      <ScrollableTable
        caption={t('Courses of live training')}
        headings={[t('Course'), t('Practice level'), t('CPD minutes'), t('Upcoming sessions')]}
        rows={courses}
        empty={t('No courses yet. Make one, then schedule its sessions.')}
        row={(course) => (
          <tr key={course.id}>
            <th scope="row">
              <Link to={`/training/courses/${course.id}`}>{course.title}</Link>
            </th>
            <td>{t(PRACTICE_LEVEL_LABELS[course.practiceLevel])}</td>
            <td>{course.cpdMinutes}</td>
            <td>{course.upcoming}</td>
          </tr>
        )}
      />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
