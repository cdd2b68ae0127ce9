import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { InLanguage } from '#app/components/in-language.tsx'
import { mayUse, requireArea, scopeFor } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ScrollableTable } from '#app/components/scrollable-tables.tsx'
import { listAssignments } from '#app/learning/assignments.server.ts'
import { getOrganisation } from '#app/organisations/organisations.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'
import { idFrom } from '#app/utils/route-params.ts'
import { AssignedTo, assignmentTitle } from './__assigned-to.tsx'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Assignments')]

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
  const { t, i18n } = useTranslation()
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
            : i18n.plural(assigned, {
                one: 'Module assigned to {{count}} person.',
                other: 'Module assigned to {{count}} people.',
              })}
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
        caption={i18n.plural(assignments.length, {
          one: '{{count}} current assignment',
          other: '{{count}} current assignments',
        })}
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
              <Link to={`/assignments/${a.id}`}>
                <InLanguage content={assignmentTitle(a, i18n.language)} />
              </Link>
              <br />
              <span className="muted">
                {t('{{done}} of {{count}} completed', {
                  done: i18n.number(a.completed),
                  count: i18n.number(a.covered),
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
                  {i18n.date(a.dueAt)}
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
                      module: assignmentTitle(a, i18n.language).text,
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
