import { redirect } from '@remix-run/node'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { getLanguage } from '#app/i18n/language.server.ts'
import { InLanguage } from '#app/components/in-language.tsx'
import { requireArea, scopeFor, type Scope } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ScrollableTable } from '#app/components/scrollable-tables.tsx'
import {
  AssignmentIntentSchema,
  assignedPeople,
  getAssignment,
  removeAssignment,
} from '#app/learning/assignments.server.ts'
import { readForm, readIntent } from '#app/utils/forms.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'
import { idFrom } from '#app/utils/route-params.ts'
import { AssignedTo, assignmentTitle } from './__assigned-to.tsx'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  data
    ? pageTitle(matches, '{{name}} – Assignments', { name: data.title })
    : pageTitle(matches, 'Assignment'),
]

function assignmentFor(scope: Scope, param: string | undefined) {
  const id = idFrom(param)
  // 404, not 403: an assignment of another unit or organisation must not be seen to exist
  const assignment = id ? getAssignment(scope, id) : undefined
  invariantResponse(assignment, 'Page not found', { status: 404 })
  return assignment
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'assignments')
  const assignment = assignmentFor(scopeFor(user), params.assignmentId)
  // the page's title, in Welsh where the pack has it
  const title = assignmentTitle(assignment, await getLanguage(request)).text
  return { assignment, title, people: assignedPeople(assignment.id), now: Date.now() }
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireArea(request, 'assignments')
  const scope = scopeFor(user)
  const assignment = assignmentFor(scope, params.assignmentId)
  readIntent(await readForm(request), AssignmentIntentSchema)
  removeAssignment(user, scope, assignment.id, { address: context.clientAddress })
  const back = new URLSearchParams({ removed: '1' })
  if (scope.kind !== 'organisation') back.set('organisationId', String(assignment.organisationId))
  throw redirect(`/assignments?${back}`)
}

export default function Assignment() {
  const { t, i18n } = useTranslation()
  const { assignment, people, now } = useLoaderData<typeof loader>()
  const completed = people.filter((p) => p.completedAt).length
  return (
    <>
      <p>
        <Link to="/assignments">{t('Back to assignments')}</Link>
      </p>
      <h1>
        <InLanguage content={assignmentTitle(assignment, i18n.language)} />
      </h1>
      {assignment.removedAt ? (
        <div className="notice" role="status">
          {t('This assignment was removed on {{date}}. Completions already earned are kept.', {
            date: i18n.date(assignment.removedAt),
          })}
        </div>
      ) : null}
      <dl className="summary-list">
        <dt>{t('Organisation')}</dt>
        <dd>{assignment.organisationName}</dd>
        <dt>{t('For')}</dt>
        <dd>
          <AssignedTo assignment={assignment} />
        </dd>
        <dt>{t('Due')}</dt>
        <dd>
          {assignment.dueAt
            ? new Date(assignment.dueAt).getTime() < now
              ? t('{{date}} (passed)', { date: i18n.date(assignment.dueAt) })
              : i18n.date(assignment.dueAt)
            : t('No due date')}
        </dd>
        <dt>{t('Assigned by')}</dt>
        <dd>
          {t('{{name}} on {{date}}', {
            name: assignment.assignedByName ?? t('someone no longer on Upstream'),
            date: i18n.date(assignment.createdAt),
          })}
        </dd>
      </dl>

      <h2>{t('Who has completed it')}</h2>
      <ScrollableTable
        caption={t('{{done}} of {{count}} completed', {
          done: i18n.number(completed),
          count: i18n.number(people.length),
        })}
        headings={[t('Name'), t('Job role'), t('Progress')]}
        rows={people}
        empty={t('No one this assignment is for uses Upstream at the moment.')}
        row={(p) => (
          <tr key={p.id}>
            <td>{p.name}</td>
            <td>{p.jobRole ?? '–'}</td>
            <td>
              {p.completedAt
                ? t('Completed on {{date}}', { date: i18n.date(p.completedAt) })
                : p.started
                  ? t('In progress')
                  : t('Not started')}
            </td>
          </tr>
        )}
      />

      {assignment.removedAt ? null : (
        <>
          <h2>{t('Remove this assignment')}</h2>
          <p>
            {t(
              'It leaves their list of assigned modules and no more reminders are sent. Anything already completed stays completed, with its certificate.',
            )}
          </p>
          <Form method="post">
            <input type="hidden" name="intent" value="remove" />
            <button type="submit" className="button button--warning">
              {t('Remove assignment')}
            </button>
          </Form>
        </>
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
