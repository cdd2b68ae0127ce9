import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { mayUse, requireArea, scopeFor } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ScrollableTable } from '#app/components/scrollable-tables.tsx'
import { listAssignments } from '#app/learning/assignments.server.ts'
import { formatDate } from '#app/utils/uk-dates.ts'
import { getOrganisation } from '#app/organisations/organisations.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'
import { idFrom } from '#app/utils/route-params.ts'
import { AssignedTo } from './__assigned-to.tsx'

export const meta: MetaFunction = () => [{ title: 'Assignments – Upstream' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'assignments')
  const scope = scopeFor(user)
  const params = new URL(request.url).searchParams
  const organisationParam = params.get('organisationId')
  // one organisation's assignments, when asked from its page; 404 for one outside the scope
  const organisation = organisationParam
    ? getOrganisation(scope, idFrom(organisationParam) ?? 0)
    : undefined
  invariantResponse(!organisationParam || organisation, 'Page not found', { status: 404 })
  return {
    organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
    backToOrganisation: Boolean(organisation) && mayUse(user, 'organisations'),
    showOrganisation: scope.kind !== 'organisation' && !organisation,
    removed: params.get('removed') !== null,
    assigned: Number(params.get('assigned')) || 0,
    assignments: listAssignments(scope, { organisationId: organisation?.id }),
    now: Date.now(),
  }
}

export default function Assignments() {
  const { t } = useTranslation()
  const {
    organisation,
    backToOrganisation,
    showOrganisation,
    removed,
    assigned,
    assignments,
    now,
  } = useLoaderData<typeof loader>()
  return (
    <>
      {organisation && backToOrganisation ? (
        <p>
          <Link to={`/organisations/${organisation.id}`}>
            {t('Back to {{name}}', { name: organisation.name })}
          </Link>
        </p>
      ) : null}
      <h1>
        {organisation
          ? t('Assignments at {{name}}', { name: organisation.name })
          : t('Assignments')}
      </h1>
      <p className="lead">
        {t(
          'Modules you have asked people to complete, and by when. Learners see them under “Assigned to you”.',
        )}
      </p>
      {assigned > 0 ? (
        <div className="notice notice--success" role="status">
          {assigned === 1
            ? t('Module assigned.')
            : t('Module assigned to {{count}} people.', { count: assigned })}
        </div>
      ) : null}
      {removed ? (
        <div className="notice notice--success" role="status">
          {t('Assignment removed. Completions already earned are kept.')}
        </div>
      ) : null}
      <p>
        <Link
          to={
            organisation ? `/assignments/new?organisationId=${organisation.id}` : '/assignments/new'
          }
          className="button"
        >
          {t('Assign a module')}
        </Link>
      </p>
      <ScrollableTable
        caption={
          assignments.length === 1
            ? t('1 current assignment')
            : t('{{count}} current assignments', { count: assignments.length })
        }
        headings={[
          t('Module'),
          t('For'),
          t('Due'),
          <span className="visually-hidden">{t('Actions')}</span>,
        ]}
        rows={assignments}
        empty={t('Nothing is assigned at the moment.')}
        row={(a) => (
          <tr key={a.id}>
            <td>
              <Link to={`/assignments/${a.id}`}>{a.moduleTitle}</Link>
              <br />
              <span className="muted">
                {t('{{done}} of {{count}} completed', {
                  done: a.completed,
                  count: a.covered,
                })}
              </span>
            </td>
            <td>
              <AssignedTo assignment={a} />
              {showOrganisation ? (
                <>
                  <br />
                  <span className="muted">{a.organisationName}</span>
                </>
              ) : null}
            </td>
            <td>
              {a.dueAt ? (
                <>
                  {formatDate(a.dueAt)}
                  {new Date(a.dueAt).getTime() < now ? (
                    <>
                      <br />
                      <span className="muted">{t('passed')}</span>
                    </>
                  ) : null}
                </>
              ) : (
                t('No due date')
              )}
            </td>
            <td>
              <Form method="post" action={`/assignments/${a.id}`}>
                <input type="hidden" name="intent" value="remove" />
                <button type="submit" className="link-button">
                  {t('Remove')}
                  <span className="visually-hidden">
                    {' '}
                    {t('{{module}} for {{whom}}', {
                      module: a.moduleTitle,
                      whom: a.personName ?? a.jobRole ?? a.organisationName,
                    })}
                  </span>
                </button>
              </Form>
            </td>
          </tr>
        )}
      />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
