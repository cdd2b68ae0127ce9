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
import { Choice, ChoiceGroup, ErrorSummary } from '#app/components/forms.tsx'
import { cancelBooking } from '#app/live-training/bookings.server.ts'
import {
  BOOKING_STATUS_LABELS,
  sessionPlace,
  sessionTime,
  sessionWhen,
  sessionWhere,
} from '#app/live-training/labels.ts'
import {
  bookStaff,
  BookStaffSchema,
  StaffBookingIntentSchema,
  staffForSession,
} from '#app/live-training/staff-bookings.server.ts'
import { invalid, parseForm, readForm, readIntent } from '#app/utils/forms.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'
import { idFrom } from '#app/utils/route-params.ts'
import { StaffBookingResults } from './__staff-booking-results.tsx'

export const meta: MetaFunction = ({ matches }) => [
  pageTitle(matches, 'Book staff – Live training'),
]

/** The most people listed to tick at once; the name filter finds the rest. */
const SHOWN = 200

async function sessionFor(request: Request, param: string | undefined) {
  const user = await requireArea(request, 'organisation')
  const sessionId = idFrom(param) ?? 0
  const { t } = i18nFor(await getLanguage(request))
  // 404, not 403: a session open to none of the lead's staff is not theirs to see
  const found = staffForSession(user, sessionId, new Date(), t)
  invariantResponse(found, 'Page not found', { status: 404 })
  return { user, sessionId, found, t }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { found } = await sessionFor(request, params.sessionId)
  const { session, course, staff, ...places } = found
  const q = (new URL(request.url).searchParams.get('q') ?? '').trim().slice(0, 120)
  const needle = q.toLowerCase()
  const choosable = staff.filter(
    (p) =>
      p.status === null &&
      p.closedReason === null &&
      (!needle || p.name.toLowerCase().includes(needle) || p.email.includes(needle)),
  )
  return {
    ...places,
    q,
    course: { title: course.title },
    when: sessionTime(session),
    where: sessionPlace(session),
    cancelUpToHours: session.cancelUpToHours,
    placed: staff.filter((p) => p.status !== null),
    choosable: choosable.slice(0, SHOWN),
    choosableCount: choosable.length,
    closed: staff.filter((p) => p.status === null && p.closedReason !== null),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, sessionId, t } = await sessionFor(request, params.sessionId)
  const formData = await readForm(request)
  switch (readIntent(formData, StaffBookingIntentSchema)) {
    case 'book-staff': {
      const form = parseForm(formData, BookStaffSchema)
      // every ticked person, so the form comes back as it was
      const values = { people: formData.getAll('people').map(String).join(',') }
      if (!form.success) return invalid(form.errors, values)
      const results = bookStaff(user, sessionId, form.data.people, new Date(), t)
      return { ok: true as const, results }
    }
    case 'cancel-staff': {
      const personId = String(formData.get('personId') ?? '')
      const answer = cancelBooking(user, personId, sessionId, new Date(), t)
      if (!answer.ok) return invalid({ form: answer.message })
      return { ok: true as const, results: null }
    }
  }
}

export default function BookStaff() {
  const { t, i18n } = useTranslation()
  const data = useLoaderData<typeof loader>()
  const answer = useActionData<typeof action>()
  const errors = answer && !answer.ok ? answer.errors : undefined
  const chosen = new Set(
    answer && !answer.ok ? (answer.values.people ?? '').split(',').filter(Boolean) : [],
  )
  return (
    <>
      <p>
        <Link to="/training">{t('Back to live training')}</Link>
      </p>
      <h1>{t('Book staff on {{title}}', { title: data.course.title })}</h1>
      <dl className="facts">
        <dt>{t('When')}</dt>
        <dd>{sessionWhen(i18n, data.when)}</dd>
        <dt>{t('Where')}</dt>
        <dd>{sessionWhere(i18n, data.where)}</dd>
        <dt>{t('Places')}</dt>
        <dd>
          {data.placesLeft > 0
            ? t('{{count}} left', { count: data.placesLeft })
            : t('Full: {{waiting}} on the waiting list', { waiting: data.waiting })}
        </dd>
      </dl>
      {answer?.ok && answer.results ? <StaffBookingResults results={answer.results} /> : null}
      {answer?.ok && !answer.results ? (
        <p className="notice notice--success" role="status">
          {t('Done: the place is given up, and they have been emailed to confirm.')}
        </p>
      ) : null}
      <ErrorSummary errors={errors} fieldIds={{ people: 'people-0' }} />

      <h2 id="placed-heading">{t('Your staff booked or waiting')}</h2>
      {data.placed.length === 0 ? (
        <p>{t('None of your staff has a place on this session yet.')}</p>
      ) : (
        <ul className="choice-list" aria-labelledby="placed-heading">
          {data.placed.map((p, i) => (
            <li key={p.id} className="staff-place">
              <span id={`placed-${i}`}>
                {p.name}{' '}
                <strong className="status-tag">
                  {t(BOOKING_STATUS_LABELS[p.status ?? 'booked'])}
                </strong>
              </span>
              {p.status === 'waiting' || data.mayCancel ? (
                <Form method="post">
                  <input type="hidden" name="personId" value={p.id} />
                  <button
                    className="button button--secondary"
                    name="intent"
                    value="cancel-staff"
                    aria-describedby={`placed-${i}`}
                  >
                    {p.status === 'waiting' ? t('Take off the waiting list') : t('Cancel place')}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {!data.mayCancel && data.placed.length > 0 ? (
        <p className="muted">
          {t(
            'Places can be given up until {{hours}} hours before the start: tell the trainer if someone cannot come.',
            { hours: data.cancelUpToHours },
          )}
        </p>
      ) : null}

      <h2 id="book-heading">{t('Book more staff')}</h2>
      <p>
        {t(
          'Each person gets a place while there are places, then a place on the waiting list. We email each of them the details and a calendar invitation.',
        )}
      </p>
      <Form method="get" role="search" className="field">
        <label htmlFor="q">{t('Find staff by name or email')}</label>
        <div className="button-row">
          <input id="q" name="q" type="search" defaultValue={data.q} />
          <button type="submit" className="button button--secondary">
            {t('Search')}
          </button>
        </div>
      </Form>
      <Form method="post" noValidate aria-labelledby="book-heading">
        <ChoiceGroup
          name="people"
          legend={t('Staff to book')}
          hint={
            data.choosableCount > data.choosable.length
              ? t('The first {{shown}} of {{count}} by name: search to find others.', {
                  shown: data.choosable.length,
                  count: data.choosableCount,
                })
              : undefined
          }
          error={errors?.people}
        >
          {data.choosable.length === 0 ? (
            <p>
              {data.q
                ? t('No one else matches that search.')
                : t('Everyone this session is open to has a place already.')}
            </p>
          ) : (
            <ul className="choice-list">
              {data.choosable.map((p, i) => (
                <Choice
                  key={p.id}
                  as="li"
                  type="checkbox"
                  id={`people-${i}`}
                  name="people"
                  value={p.id}
                  defaultChecked={chosen.has(p.id)}
                  label={
                    <>
                      {p.name}
                      {p.jobRole ? <span className="muted"> · {p.jobRole}</span> : null}
                    </>
                  }
                />
              ))}
            </ul>
          )}
        </ChoiceGroup>
        <button type="submit" name="intent" value="book-staff" className="button">
          {t('Book the staff ticked')}
        </button>
      </Form>

      {data.closed.length > 0 ? (
        <>
          <h2 id="closed-heading">{t('Staff this session is not open to')}</h2>
          <ul aria-labelledby="closed-heading">
            {data.closed.map((p) => (
              <li key={p.id}>
                {p.name}: {p.closedReason ? t(p.closedReason) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
