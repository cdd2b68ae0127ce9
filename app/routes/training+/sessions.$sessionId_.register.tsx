import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useEffect, useRef, useState } from 'react'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import {
  bindFields,
  Choice,
  ChoiceGroup,
  ErrorSummary,
  SelectField,
  TextField,
} from '#app/components/forms.tsx'
import { type Attendance } from '#app/db.server.ts'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { getLanguage, i18nFor } from '#app/i18n/language.server.ts'
import {
  ATTENDANCE_LABELS,
  sessionPlace,
  sessionTime,
  sessionWhen,
  sessionWhere,
} from '#app/live-training/labels.ts'
import {
  addWalkIn,
  MarksSchema,
  RegisterIntentSchema,
  saveRegister,
  WalkInSchema,
} from '#app/live-training/register.server.ts'
import { invalid, parseForm, readForm, readIntent } from '#app/utils/forms.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'
import { registerOf } from './__register.server.ts'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Register – Live training')]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { sessionId, found } = await registerOf(request, params.sessionId)
  return {
    sessionId,
    course: { title: found.course.title, partialCounts: found.course.partialCounts },
    when: sessionTime(found.session),
    where: sessionPlace(found.session),
    closedBecause: found.closedBecause,
    people: found.people,
    organisations: found.organisations.map((o) => ({ value: String(o.id), label: o.name })),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, sessionId } = await registerOf(request, params.sessionId)
  const formData = await readForm(request)
  switch (readIntent(formData, RegisterIntentSchema)) {
    case 'save-register': {
      const form = parseForm(formData, MarksSchema)
      if (!form.success) return invalid(form.errors, form.values)
      const { intent: _, ...marks } = form.data
      const saved = saveRegister(user, sessionId, marks)
      invariantResponse(saved, 'Page not found', { status: 404 })
      if (!saved.ok) return invalid(saved.errors, form.values)
      return { ok: true as const, saved, added: undefined, errors: undefined, values: undefined }
    }
    case 'add-walk-in': {
      const form = parseForm(formData, WalkInSchema)
      if (!form.success) return invalid(form.errors, form.values)
      const { t } = i18nFor(await getLanguage(request))
      const added = addWalkIn(user, sessionId, form.data, new Date(), t)
      invariantResponse(added, 'Page not found', { status: 404 })
      if (!added.ok) return invalid(added.errors, form.values)
      return { ok: true as const, added, saved: undefined, errors: undefined, values: undefined }
    }
  }
}

const MARKS = ['attended', 'partial', 'absent', 'cancelled_late'] as const

/**
 * Ticks not yet saved are kept on the phone (a connection can drop mid-session) and put back
 * when the page opens again; a save that works clears them.
 */
function useTicksKeptOnPhone(sessionId: number, saved: boolean) {
  const form = useRef<HTMLFormElement>(null)
  const key = `upstream-register-${sessionId}`
  const [restored, setRestored] = useState(0)
  useEffect(() => {
    if (saved) {
      localStorage.removeItem(key)
      return
    }
    const kept = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, string>
    let count = 0
    for (const [name, value] of Object.entries(kept)) {
      const input = form.current?.querySelector<HTMLInputElement>(
        `input[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`,
      )
      if (input && !input.checked) {
        input.checked = true
        count++
      }
    }
    setRestored(count)
  }, [key, saved])
  const keep = () => {
    if (!form.current) return
    const ticks: Record<string, string> = {}
    for (const [name, value] of new FormData(form.current)) {
      if (name.startsWith('b') && typeof value === 'string') ticks[name] = value
    }
    localStorage.setItem(key, JSON.stringify(ticks))
  }
  return { form, keep, restored }
}

export default function Register() {
  const { t, i18n } = useTranslation()
  const data = useLoaderData<typeof loader>()
  const answer = useActionData<typeof action>()
  const saved = answer?.ok ? answer.saved : undefined
  const added = answer?.ok ? answer.added : undefined
  const navigation = useNavigation()
  const values = answer?.values ?? {}
  const walkInSent = answer?.values?.intent === 'add-walk-in'
  const markErrors = walkInSent ? {} : (answer?.errors ?? {})
  const walkIn = bindFields(
    walkInSent ? values : undefined,
    walkInSent ? answer?.errors : undefined,
  )
  const { form, keep, restored } = useTicksKeptOnPhone(data.sessionId, Boolean(saved))
  const markOf = (bookingId: number, saved: Attendance | null) =>
    !walkInSent && values[`b${bookingId}`] ? values[`b${bookingId}`] : (saved ?? '')
  return (
    <>
      <p>
        <Link to={`/training/sessions/${data.sessionId}`}>{t('Back to the session')}</Link>
      </p>
      <h1>{t('Register: {{title}}', { title: data.course.title })}</h1>
      <dl className="facts">
        <dt>{t('When')}</dt>
        <dd>{sessionWhen(i18n, data.when)}</dd>
        <dt>{t('Where')}</dt>
        <dd>{sessionWhere(i18n, data.where)}</dd>
      </dl>
      <p>
        <Link to={`/training/sessions/${data.sessionId}/register/upload`}>
          {t('Upload a register as CSV')}
        </Link>
      </p>
      {data.closedBecause ? (
        <p className="notice">{t(data.closedBecause)}</p>
      ) : (
        <>
          {saved ? (
            <p className="notice notice--success" role="status">
              {t('Register saved: {{marked}} marked, {{attended}} counted as attending.', {
                marked: saved.marked,
                attended: saved.attended,
              })}
            </p>
          ) : null}
          {restored > 0 ? (
            <p className="notice" role="status">
              {t(
                'Ticks you made before the connection dropped are back. Save the register to keep them.',
              )}
            </p>
          ) : null}
          <ErrorSummary
            errors={markErrors}
            fieldIds={Object.fromEntries(
              data.people.map((p) => [`b${p.bookingId}`, `b${p.bookingId}-attended`]),
            )}
          />
          <p>
            {data.course.partialCounts
              ? t('Attending, or partly attending, counts as completing the course.')
              : t('Only attending the whole session counts as completing the course.')}{' '}
            {t(
              'You can come back and correct the register later, or enter a paper one after the session.',
            )}
          </p>
          <Form method="post" noValidate ref={form} onChange={keep} aria-label={t('Register')}>
            {data.people.length === 0 ? (
              <p>{t('No one is booked. Add anyone who came below.')}</p>
            ) : (
              <ul className="register">
                {data.people.map((p) => (
                  <li key={p.bookingId}>
                    <ChoiceGroup
                      name={`b${p.bookingId}`}
                      legend={p.name}
                      hint={[p.organisation, p.walkIn ? t('walk-in') : null]
                        .filter(Boolean)
                        .join(' · ')}
                      error={markErrors[`b${p.bookingId}`]}
                    >
                      <div className="register__marks">
                        {MARKS.map((mark) => (
                          <Choice
                            key={mark}
                            type="radio"
                            id={`b${p.bookingId}-${mark}`}
                            name={`b${p.bookingId}`}
                            value={mark}
                            defaultChecked={markOf(p.bookingId, p.attendance) === mark}
                            label={t(ATTENDANCE_LABELS[mark])}
                          />
                        ))}
                      </div>
                    </ChoiceGroup>
                  </li>
                ))}
              </ul>
            )}
            {data.people.length > 0 ? (
              <button
                type="submit"
                name="intent"
                value="save-register"
                className="button register__save"
                disabled={navigation.state === 'submitting'}
              >
                {t('Save the register')}
              </button>
            ) : null}
          </Form>
          <h2 id="walk-in-heading">{t('Add someone who came without booking')}</h2>
          <p>
            {t(
              'They are marked attended. Someone new to Upstream gets an account in the organisation you choose, and an email to set a password, so the attendance is theirs.',
            )}
          </p>
          {added ? (
            <p className="notice notice--success" role="status">
              {added.invited
                ? t('{{name}} is added and has been emailed to set a password.', {
                    name: added.name,
                  })
                : t('{{name}} is added.', { name: added.name })}
            </p>
          ) : null}
          {walkInSent ? <ErrorSummary errors={answer?.errors} /> : null}
          <Form method="post" noValidate aria-labelledby="walk-in-heading">
            <TextField {...walkIn('name')} label={t('Name')} autoComplete="off" />
            <TextField
              {...walkIn('email')}
              type="email"
              label={t('Work email')}
              autoComplete="off"
            />
            <SelectField
              {...walkIn('organisationId')}
              label={t('Where they work (if they are new to Upstream)')}
              options={data.organisations}
              placeholder={t('Choose an organisation')}
            />
            <button
              type="submit"
              name="intent"
              value="add-walk-in"
              className="button button--secondary"
            >
              {t('Add to the register')}
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
