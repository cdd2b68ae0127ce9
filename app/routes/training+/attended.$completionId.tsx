import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ErrorSummary } from '#app/components/forms.tsx'
import { RatingScale } from '#app/components/rating-scale.tsx'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import {
  attendanceToRate,
  LIVE_STATEMENTS,
  LiveRatingsSchema,
  rateAttendance,
} from '#app/live-training/evaluation.server.ts'
import { EvaluationIntentSchema } from '#app/learning/evaluations.server.ts'
import { invalid, parseForm, readForm, readIntent } from '#app/utils/forms.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'
import { idFrom } from '#app/utils/route-params.ts'

export const meta: MetaFunction = ({ matches }) => [
  pageTitle(matches, 'How confident do you feel?'),
]

async function attendanceFor(request: Request, param: string | undefined) {
  const user = await requireArea(request, 'learn')
  const completionId = idFrom(param) ?? 0
  // 404, not 403: someone else's attendance must not be seen to exist
  const attendance = attendanceToRate(user.id, completionId)
  invariantResponse(attendance, 'Page not found', { status: 404 })
  return { user, attendance }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { attendance } = await attendanceFor(request, params.completionId)
  return {
    title: attendance.title,
    day: attendance.startsAt,
    rated: attendance.rated,
    statements: LIVE_STATEMENTS,
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, attendance } = await attendanceFor(request, params.completionId)
  const formData = await readForm(request)
  if (readIntent(formData, EvaluationIntentSchema) === 'skip') throw redirect('/training')
  const form = parseForm(formData, LiveRatingsSchema)
  if (!form.success) return invalid(form.errors, form.values)
  rateAttendance(user.id, attendance.completionId, form.data)
  throw redirect('/training?rated=1')
}

export default function RateAttendance() {
  const { t, i18n } = useTranslation()
  const { title, day, rated, statements } = useLoaderData<typeof loader>()
  const answer = useActionData<typeof action>()
  const errors = answer?.errors
  const scale = (name: string, legend: string) => (
    <RatingScale
      name={name}
      legend={legend}
      error={errors?.[name]}
      defaultValue={answer?.values[name]}
    />
  )
  return (
    <>
      <p>
        <Link to="/training">{t('Back to live training')}</Link>
      </p>
      <h1>{t('How confident do you feel?')}</h1>
      <p className="lead">{t('{{title}}, {{day}}', { title, day: i18n.date(day) })}</p>
      {rated ? (
        <p>{t('You have already answered these questions for this session. Thank you.')}</p>
      ) : (
        <>
          <p>
            {t(
              'For each statement, say how much you agreed before the session and how much you agree now. There are no right answers. Your answers are only counted together with others’, to show whether the training helps; nobody sees yours.',
            )}
          </p>
          <ErrorSummary
            errors={errors}
            fieldIds={Object.fromEntries(
              Object.keys(errors ?? {}).map((name) => [name, `${name}-1`]),
            )}
          />
          <Form method="post" noValidate>
            {statements.map((statement, i) => (
              <section key={statement} aria-labelledby={`statement-${i}`}>
                <h2 id={`statement-${i}`}>{t(statement)}</h2>
                {scale(`b${i}`, t('Before the session'))}
                {scale(`a${i}`, t('Now'))}
              </section>
            ))}
            <div className="button-row">
              <button type="submit" className="button" name="intent" value="save">
                {t('Save my answers')}
              </button>
              <button type="submit" className="button button--secondary" name="intent" value="skip">
                {t('Skip these questions')}
              </button>
            </div>
          </Form>
        </>
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
