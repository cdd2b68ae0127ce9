import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { CheckboxField } from '#app/components/forms.tsx'
import { CellLabel, ScrollableTable } from '#app/components/scrollable-tables.tsx'
import {
  cancelSession,
  SessionIntentSchema,
  sessionBookings,
} from '#app/live-training/bookings.server.ts'
import { whenOf, whereOf } from '#app/live-training/calendar.server.ts'
import { BOOKING_STATUS_LABELS } from '#app/live-training/labels.ts'
import { invalid, readForm, readIntent } from '#app/utils/forms.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'
import { idFrom } from '#app/utils/route-params.ts'

export const meta: MetaFunction = () => [{ title: 'Session – Live training – Upstream' }]

async function sessionFor(request: Request, param: string | undefined) {
  const user = await requireArea(request, 'training')
  const sessionId = idFrom(param) ?? 0
  // 404, not 403: another unit's session must not be seen to exist
  const found = sessionBookings(user, sessionId)
  invariantResponse(found, 'Page not found', { status: 404 })
  return { user, sessionId, found }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { found } = await sessionFor(request, params.sessionId)
  const { session, course, people } = found
  return {
    course: { id: course.id, title: course.title },
    session: {
      when: whenOf(session),
      where: whereOf(session),
      mode: session.mode,
      capacity: session.capacity,
      cancelled: session.cancelledAt !== null,
      past: session.startsAt.getTime() <= Date.now(),
    },
    booked: people.filter((p) => p.status === 'booked'),
    waiting: people.filter((p) => p.status === 'waiting'),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, sessionId } = await sessionFor(request, params.sessionId)
  const form = await readForm(request)
  readIntent(form, SessionIntentSchema)
  if (form.get('confirm') !== 'on') {
    return invalid({
      confirm: 'Tick the box to confirm: everyone booked is told and their places are freed',
    })
  }
  cancelSession(user, sessionId)
  return { ok: true as const, errors: undefined }
}

export default function Session() {
  const { t } = useTranslation()
  const { course, session, booked, waiting } = useLoaderData<typeof loader>()
  const answer = useActionData<typeof action>()
  // on a phone each person is a card, every cell in view
  const people = (list: typeof booked, caption: string, empty: string) => (
    <div className="table-cards">
      <ScrollableTable
        caption={caption}
        headings={[t('Name'), t('Email'), t('Job role'), t('Status')]}
        rows={list}
        empty={empty}
        row={(p) => (
          <tr key={p.userId}>
            <th scope="row">{p.name}</th>
            <td>
              <CellLabel>{t('Email')}</CellLabel>
              {p.email}
            </td>
            <td>
              <CellLabel>{t('Job role')}</CellLabel>
              {p.jobRole ?? '–'}
            </td>
            <td>
              <CellLabel>{t('Status')}</CellLabel>
              {t(BOOKING_STATUS_LABELS[p.status as 'booked' | 'waiting'])}
            </td>
          </tr>
        )}
      />
    </div>
  )
  return (
    <>
      <p>
        <Link to={`/training/courses/${course.id}`}>
          {t('Back to {{title}}', { title: course.title })}
        </Link>
      </p>
      <h1>{course.title}</h1>
      <dl className="facts">
        <dt>{t('When')}</dt>
        <dd>{session.when}</dd>
        <dt>{t('Where')}</dt>
        <dd>{session.where}</dd>
        <dt>{t('Places')}</dt>
        <dd>
          {t('{{booked}} of {{capacity}} booked, {{waiting}} waiting', {
            booked: booked.length,
            capacity: session.capacity,
            waiting: waiting.length,
          })}
        </dd>
      </dl>
      {session.cancelled ? (
        <p className="notice" role={answer?.ok ? 'status' : undefined}>
          {t('This session is cancelled. Everyone who was booked or waiting has been told.')}
        </p>
      ) : null}
      {people(booked, t('Booked'), t('No one has booked yet.'))}
      {people(
        waiting,
        t('Waiting list, first to be offered a place first'),
        t('No one is waiting.'),
      )}
      {!session.cancelled && !session.past ? (
        <>
          <h2 id="cancel-heading">{t('Cancel this session')}</h2>
          <Form method="post" noValidate aria-labelledby="cancel-heading">
            <CheckboxField
              name="confirm"
              label={t(
                'Cancel it: everyone booked or waiting is emailed, and the session is taken out of their calendars',
              )}
              error={answer?.errors?.confirm}
            />
            <button
              type="submit"
              name="intent"
              value="cancel-session"
              className="button button--secondary"
            >
              {t('Cancel the session')}
            </button>
          </Form>
        </>
      ) : null}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
