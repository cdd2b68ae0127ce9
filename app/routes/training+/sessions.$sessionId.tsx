import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { getLanguage, i18nFor } from '#app/i18n/language.server.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { CheckboxField, ErrorSummary } from '#app/components/forms.tsx'
import { type SessionAudience } from '#app/db.server.ts'
import { SessionSchema, trainerChoices, trainersOf } from '#app/live-training/courses.server.ts'
import { CellLabel, ScrollableTable } from '#app/components/scrollable-tables.tsx'
import {
  cancelSession,
  changeSession,
  SessionIntentSchema,
  sessionBookings,
} from '#app/live-training/bookings.server.ts'
import {
  BOOKING_STATUS_LABELS,
  LIVE_TRAINING_MESSAGES,
  sessionPlace,
  sessionTime,
  sessionWhen,
  sessionWhere,
} from '#app/live-training/labels.ts'
import { invalid, parseForm, readForm, readIntent } from '#app/utils/forms.server.ts'
import { londonDay, ukClock } from '#app/utils/uk-dates.ts'
import { SessionTimeAndPlace } from './__session-fields.tsx'
import { invariantResponse } from '#app/utils/responses.ts'
import { idFrom } from '#app/utils/route-params.ts'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Session – Live training')]

async function sessionFor(request: Request, param: string | undefined) {
  const user = await requireArea(request, 'training')
  const sessionId = idFrom(param) ?? 0
  // 404, not 403: another unit's session must not be seen to exist
  const found = sessionBookings(user, sessionId)
  invariantResponse(found, 'Page not found', { status: 404 })
  return { user, sessionId, found }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { found, sessionId } = await sessionFor(request, params.sessionId)
  const { session, course, people } = found
  const trainers = trainersOf(sessionId)
  return {
    sessionId,
    course: { id: course.id, title: course.title },
    session: {
      when: sessionTime(session),
      where: sessionPlace(session),
      mode: session.mode,
      capacity: session.capacity,
      cancelled: session.cancelledAt !== null,
      past: session.startsAt.getTime() <= Date.now(),
    },
    // the form to change it, filled in with how it is now
    current: {
      mode: session.mode,
      day: londonDay(session.startsAt),
      time: ukClock(session.startsAt),
      durationMinutes: String(session.durationMinutes),
      capacity: String(session.capacity),
      venue: session.venue ?? '',
      address: session.address ?? '',
      joiningLink: session.joiningLink ?? '',
      accessibility: session.accessibility ?? '',
      cancelUpToHours: String(session.cancelUpToHours),
      trainerIds: trainers.map((t) => t.id).join(','),
    },
    trainers,
    trainerChoices: trainerChoices(course),
    audience: session.audience,
    booked: people.filter((p) => p.status === 'booked'),
    waiting: people.filter((p) => p.status === 'waiting'),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, sessionId } = await sessionFor(request, params.sessionId)
  const formData = await readForm(request)
  switch (readIntent(formData, SessionIntentSchema)) {
    case 'change-session': {
      const form = parseForm(formData, SessionSchema)
      // every ticked trainer, so the form comes back as it was
      const values = { ...form.values, trainerIds: formData.getAll('trainerIds').join(',') }
      if (!form.success) return invalid(form.errors, values)
      const { t } = i18nFor(await getLanguage(request))
      const changed = changeSession(user, sessionId, form.data, new Date(), t)
      if (!changed.ok) return invalid(changed.errors, values)
      return { ok: true as const, changed: true, errors: undefined, values: undefined }
    }
    case 'cancel-session': {
      if (formData.get('confirm') !== 'on') {
        return invalid({
          confirm: LIVE_TRAINING_MESSAGES.confirmCancel,
        })
      }
      cancelSession(user, sessionId)
      return { ok: true as const, changed: false, errors: undefined, values: undefined }
    }
  }
}

export default function Session() {
  const { t, i18n } = useTranslation()
  const {
    sessionId,
    course,
    session,
    current,
    audience,
    booked,
    waiting,
    trainers,
    trainerChoices,
  } = useLoaderData<typeof loader>()
  const answer = useActionData<typeof action>()
  // the cancel form's one error is its own; the change form's are the rest
  const { confirm: confirmError, ...changeErrors } = answer?.errors ?? {}
  const changeValues = answer?.values ?? current
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
        <dd>{sessionWhen(i18n, session.when)}</dd>
        <dt>{t('Where')}</dt>
        <dd>{sessionWhere(i18n, session.where)}</dd>
        <dt>{t('Trainers')}</dt>
        <dd>{trainers.map((trainer) => trainer.name).join(', ')}</dd>
        <dt>{t('Places')}</dt>
        <dd>
          {t('{{booked}} of {{capacity}} booked, {{waiting}} waiting', {
            booked: booked.length,
            capacity: session.capacity,
            waiting: waiting.length,
          })}
        </dd>
      </dl>
      {!session.cancelled ? (
        <p>
          <Link to={`/training/sessions/${sessionId}/register`} className="button">
            {t('Take the register')}
          </Link>
        </p>
      ) : null}
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
          <h2 id="change-heading">{t('Change the time or place')}</h2>
          <p>{t('Everyone booked is emailed the change, with an updated calendar invitation.')}</p>
          {answer?.ok && answer.changed ? (
            <p className="notice notice--success" role="status">
              {t('Saved. Everyone booked has been told.')}
            </p>
          ) : null}
          <ErrorSummary errors={changeErrors} fieldIds={{ mode: 'mode-in_person' }} />
          <Form method="post" noValidate aria-labelledby="change-heading">
            <AudienceAsItIs audience={audience} />
            <SessionTimeAndPlace
              values={changeValues}
              errors={changeErrors}
              trainers={trainerChoices}
            />
            <button type="submit" name="intent" value="change-session" className="button">
              {t('Save the change')}
            </button>
          </Form>
          <h2 id="cancel-heading">{t('Cancel this session')}</h2>
          <Form method="post" noValidate aria-labelledby="cancel-heading">
            <CheckboxField
              name="confirm"
              label={t(
                'Cancel it: everyone booked or waiting is emailed, and the session is taken out of their calendars',
              )}
              error={confirmError}
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

/** Who may book stays as it is when the time or place changes. */
function AudienceAsItIs({ audience }: { audience: SessionAudience }) {
  return (
    <>
      <input type="hidden" name="audience" value={audience.kind} />
      {audience.kind === 'organisations'
        ? audience.organisationIds.map((id) => (
            <input key={id} type="hidden" name="organisationIds" value={id} />
          ))
        : null}
      {audience.kind === 'job-roles' ? (
        <input type="hidden" name="jobRoles" value={audience.jobRoles.join(', ')} />
      ) : null}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
