import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { getLanguage, i18nFor } from '#app/i18n/language.server.ts'
import { mayUse, requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import {
  bookSession,
  BookingIntentSchema,
  cancelBooking,
  sessionsOpenToPerson,
} from '#app/live-training/bookings.server.ts'
import { trainersOf } from '#app/live-training/courses.server.ts'
import { attendedTraining } from '#app/live-training/evaluation.server.ts'
import {
  BOOKING_STATUS_LABELS,
  LIVE_TRAINING_MESSAGES,
  sessionPlace,
  sessionTime,
  sessionWhen,
  sessionWhere,
} from '#app/live-training/labels.ts'
import { sessionsOpenToStaff } from '#app/live-training/staff-bookings.server.ts'
import { PRACTICE_LEVEL_LABELS } from '#app/learning/labels.ts'
import { readForm, readIntent } from '#app/utils/forms.server.ts'
import { idFrom } from '#app/utils/route-params.ts'
import { AttendedTraining } from './__attended-training.tsx'
import { SessionsForStaff } from './__sessions-for-staff.tsx'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Live training')]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'learn')
  return {
    attended: attendedTraining(user.id),
    rated: new URL(request.url).searchParams.get('rated') === '1',
    sessions: sessionsOpenToPerson(user.id).map(({ session, course, ...s }) => ({
      ...s,
      id: session.id,
      title: course.title,
      summary: course.summary,
      level: course.practiceLevel,
      cpdMinutes: course.cpdMinutes,
      mode: session.mode,
      when: sessionTime(session),
      where: sessionPlace(session),
      accessibility: session.accessibility,
      cancelUpToHours: session.cancelUpToHours,
      trainers: trainersOf(session.id)
        .map((trainer) => trainer.name)
        .join(', '),
    })),
    // an organisation lead also books their staff
    forStaff: mayUse(user, 'organisation')
      ? sessionsOpenToStaff(user).map(({ session, course, ...counts }) => ({
          ...counts,
          id: session.id,
          title: course.title,
          when: sessionTime(session),
        }))
      : null,
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireArea(request, 'learn')
  const form = await readForm(request)
  const intent = readIntent(form, BookingIntentSchema)
  const sessionId = idFrom(String(form.get('sessionId') ?? ''))
  if (!sessionId)
    return data(
      { ok: false as const, sessionId: 0, message: LIVE_TRAINING_MESSAGES.chooseSession },
      { status: 400 },
    )
  const answer =
    intent === 'book'
      ? bookSession(user, user.id, sessionId)
      : cancelBooking(user, user.id, sessionId, new Date(), i18nFor(await getLanguage(request)).t)
  if (!answer.ok)
    return data({ ok: false as const, sessionId, message: answer.message }, { status: 400 })
  const message =
    'status' in answer
      ? answer.status === 'booked'
        ? LIVE_TRAINING_MESSAGES.booked
        : LIVE_TRAINING_MESSAGES.waiting
      : LIVE_TRAINING_MESSAGES.cancelled
  return { ok: true as const, sessionId, message }
}

export default function LiveTraining() {
  const { t, i18n } = useTranslation()
  const { sessions, forStaff, attended, rated } = useLoaderData<typeof loader>()
  const answer = useActionData<typeof action>()
  return (
    <>
      <h1>{t('Live training')}</h1>
      <p className="lead">
        {t(
          'Workshops and webinars open to you. Book a place, or join the waiting list when a session is full: if a place comes up it goes to the first person waiting, who is emailed.',
        )}
        {forStaff ? (
          <>
            {' '}
            <a href="#book-staff-heading">{t('Book your staff onto a session')}</a>
          </>
        ) : null}
      </p>
      {answer && answer.sessionId === 0 ? (
        <p role="alert" className="notice notice--error">
          {t(answer.message)}
        </p>
      ) : null}
      {sessions.length === 0 ? (
        <p>
          {t(
            'No sessions are open to you at the moment. New ones appear here when your VRU schedules them.',
          )}
        </p>
      ) : (
        <ul className="card-list">
          {sessions.map((s) => (
            <li key={s.id} className="card">
              <h2 id={`session-${s.id}`}>{s.title}</h2>
              <p>{s.summary}</p>
              <dl className="facts">
                <dt>{t('When')}</dt>
                <dd>{sessionWhen(i18n, s.when)}</dd>
                <dt>{t('Where')}</dt>
                <dd>{sessionWhere(i18n, s.where)}</dd>
                {s.accessibility ? (
                  <>
                    <dt>{t('Access')}</dt>
                    <dd>{s.accessibility}</dd>
                  </>
                ) : null}
                <dt>{t('Trainers')}</dt>
                <dd>{s.trainers}</dd>
                <dt>{t('Level and CPD')}</dt>
                <dd>
                  {t(PRACTICE_LEVEL_LABELS[s.level])},{' '}
                  {t('{{minutes}} minutes of CPD', { minutes: s.cpdMinutes })}
                </dd>
                <dt>{t('Places')}</dt>
                <dd>
                  {s.placesLeft > 0
                    ? t('{{count}} left', { count: s.placesLeft })
                    : t('Full: {{waiting}} on the waiting list', { waiting: s.waiting })}
                </dd>
              </dl>
              {s.status ? (
                <p>
                  <strong className="status-tag">{t(BOOKING_STATUS_LABELS[s.status])}</strong>
                </p>
              ) : null}
              {s.joiningLink ? (
                <p>
                  <a className="button" href={s.joiningLink}>
                    {t('Join the session')}
                  </a>
                </p>
              ) : null}
              {answer && answer.sessionId === s.id ? (
                <p
                  role={answer.ok ? 'status' : 'alert'}
                  className={answer.ok ? 'notice' : 'notice notice--error'}
                >
                  {t(answer.message)}
                </p>
              ) : null}
              <Form method="post">
                <input type="hidden" name="sessionId" value={s.id} />
                {s.status === null ? (
                  <button
                    className="button"
                    name="intent"
                    value="book"
                    aria-describedby={`session-${s.id}`}
                  >
                    {s.placesLeft > 0 ? t('Book a place') : t('Join the waiting list')}
                  </button>
                ) : s.status === 'waiting' || s.mayCancel ? (
                  <button
                    className="button button--secondary"
                    name="intent"
                    value="cancel"
                    aria-describedby={`session-${s.id}`}
                  >
                    {s.status === 'waiting' ? t('Leave the waiting list') : t('Give up my place')}
                  </button>
                ) : (
                  <p className="muted">
                    {t(
                      'Places can be given up until {{hours}} hours before the start: tell the trainer if you cannot come.',
                      {
                        hours: s.cancelUpToHours,
                      },
                    )}
                  </p>
                )}
              </Form>
            </li>
          ))}
        </ul>
      )}
      <AttendedTraining attended={attended} rated={rated} />
      {forStaff ? <SessionsForStaff sessions={forStaff} /> : null}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
