import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { AUDIT_ACTION_LABELS } from '#app/audit/labels.ts'
import { auditFilterFrom, listAuditEvents } from '#app/audit/audit.server.ts'
import { requireArea, scopeFor } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ScrollableTable } from '#app/components/scrollable-tables.tsx'
import { SelectField, TextField } from '#app/components/forms.tsx'
import { listVrus } from '#app/organisations/vrus.server.ts'
import { ukClockSeconds } from '#app/utils/uk-dates.ts'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Audit log')]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'audit')
  const scope = scopeFor(user)
  const filter = auditFilterFrom(new URL(request.url))
  const { total, pages, events } = listAuditEvents(scope, filter)
  return {
    filter,
    total,
    pages,
    events: events.map((e) => ({
      ...e,
      at: e.at.toISOString(),
      details: e.details ? JSON.stringify(e.details) : null,
    })),
    // only an administrator chooses a unit; a VRU lead sees their own
    vrus:
      scope.kind === 'all' ? listVrus().map((v) => ({ value: String(v.id), label: v.name })) : [],
  }
}

export default function AuditLog() {
  const { t, i18n } = useTranslation()
  const { filter, total, pages, events, vrus } = useLoaderData<typeof loader>()
  const pageLink = (page: number) => {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries({ ...filter, page }))
      if (value !== undefined && value !== '') params.set(key, String(value))
    return `?${params}`
  }
  return (
    <>
      <h1>{t('Audit log')}</h1>
      <p>
        {t(
          'Who signed in, changed people, organisations and units, and downloaded data: when, and from which address.',
        )}
      </p>
      <Form method="get" className="filters">
        <SelectField
          name="action"
          label={t('What happened')}
          placeholder={t('Everything')}
          options={Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({
            value,
            label: t(label),
          }))}
          defaultValue={filter.action ?? ''}
        />
        {vrus.length > 0 ? (
          <SelectField
            name="vru"
            label={t('Violence Reduction Unit')}
            placeholder={t('All units')}
            options={vrus}
            defaultValue={filter.vru ? String(filter.vru) : ''}
          />
        ) : null}
        <TextField name="from" type="date" label={t('From')} defaultValue={filter.from ?? ''} />
        <TextField name="to" type="date" label={t('To')} defaultValue={filter.to ?? ''} />
        <button type="submit" className="button button--secondary">
          {t('Show events')}
        </button>
      </Form>
      <ScrollableTable
        caption={i18n.plural(total, { one: '{{count}} event', other: '{{count}} events' })}
        headings={[t('When'), t('Who'), t('What happened'), t('To what'), t('From')]}
        rows={events}
        empty={t('No events match.')}
        row={(event) => (
          <tr key={event.id}>
            <td>
              <time dateTime={event.at} className="audit-time">
                {i18n.date(event.at)}
                <br />
                {ukClockSeconds(new Date(event.at))}
              </time>
            </td>
            <td>{event.actor ?? t('Nobody signed in')}</td>
            <td>
              {t(AUDIT_ACTION_LABELS[event.action])}
              {event.vruName ? <div className="muted">{event.vruName}</div> : null}
            </td>
            <td className="audit-details">
              <Subject subject={event.subject} />
              {event.details ? <div className="muted">{event.details}</div> : null}
            </td>
            <td>{event.address}</td>
          </tr>
        )}
      />
      {pages > 1 ? (
        <nav aria-label={t('Pages')} className="button-row">
          {filter.page > 1 ? <Link to={pageLink(filter.page - 1)}>{t('Newer events')}</Link> : null}
          <span>{t('Page {{page}} of {{pages}}', { page: filter.page, pages })}</span>
          {filter.page < pages ? (
            <Link to={pageLink(filter.page + 1)}>{t('Older events')}</Link>
          ) : null}
        </nav>
      ) : null}
    </>
  )
}

/** "person:<id>" links to the person (their page answers 404 to whoever may not see them). */
function Subject({ subject }: { subject: string | null }) {
  const { t } = useTranslation()
  if (!subject) return null
  const [kind, id] = subject.split(/:(.*)/s)
  if (kind === 'person' && id) return <Link to={`/people/${id}`}>{t('Person’s record')}</Link>
  return <span className="audit-subject">{subject}</span>
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
