import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { bindFields, Choice, ChoiceGroup, ErrorSummary, TextField } from '#app/components/forms.tsx'
import { ScrollableTable } from '#app/components/scrollable-tables.tsx'
import { SessionTimeAndPlace } from './__session-fields.tsx'
import { courseEvaluation } from '#app/live-training/evaluation.server.ts'
import {
  courseToRun,
  organisationChoices,
  scheduleSession,
  SessionSchema,
  sessionsOfCourse,
  trainerChoices,
} from '#app/live-training/courses.server.ts'
import {
  SESSION_AUDIENCE_LABELS,
  SESSION_MODE_LABELS,
  sessionTime,
  sessionWhen,
} from '#app/live-training/labels.ts'
import { PRACTICE_LEVEL_LABELS } from '#app/learning/labels.ts'
import { invalid, parseForm, readForm } from '#app/utils/forms.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'
import { idFrom } from '#app/utils/route-params.ts'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Course – Live training')]

async function courseFor(request: Request, param: string | undefined) {
  const user = await requireArea(request, 'training')
  // 404, not 403: another unit's course must not be seen to exist
  const course = courseToRun(user, idFrom(param) ?? 0)
  invariantResponse(course, 'Page not found', { status: 404 })
  return { user, course }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, course } = await courseFor(request, params.courseId)
  return {
    course,
    sessions: sessionsOfCourse(course.id).map((s) => ({
      id: s.id,
      when: sessionTime(s),
      mode: s.mode,
      capacity: s.capacity,
      booked: s.booked,
      waiting: s.waiting,
      cancelled: s.cancelledAt !== null,
      // what the register says, once it is taken: people, not names
      register:
        s.registerTakenAt === null
          ? null
          : { attended: s.attended, partial: s.partial, noShows: s.absent + s.cancelledLate },
    })),
    organisations: organisationChoices(course),
    evaluation: courseEvaluation(course.id),
    trainers: trainerChoices(course),
    me: user.id,
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, course } = await courseFor(request, params.courseId)
  const formData = await readForm(request)
  const form = parseForm(formData, SessionSchema)
  // every ticked organisation, so the form comes back as it was
  const values = {
    ...form.values,
    organisationIds: formData.getAll('organisationIds').join(','),
    trainerIds: formData.getAll('trainerIds').join(','),
  }
  if (!form.success) return invalid(form.errors, values)
  const scheduled = scheduleSession(user, course.id, form.data)
  if (!scheduled.ok) return invalid(scheduled.errors, values)
  throw redirect(`/training/sessions/${scheduled.id}`)
}

const FIELD_IDS = {
  mode: 'mode-in_person',
  audience: 'audience-unit',
  organisationIds: 'organisation-0',
}

export default function Course() {
  const { t, i18n } = useTranslation()
  const { course, sessions, organisations, evaluation, trainers, me } =
    useLoaderData<typeof loader>()
  const answer = useActionData<typeof action>()
  // the person scheduling it runs it, unless they choose otherwise
  const values = answer?.values ?? { trainerIds: me }
  const field = bindFields(values, answer?.errors)
  const ticked = new Set((values.organisationIds ?? '').split(',').filter(Boolean))
  return (
    <>
      <p>
        <Link to="/training/courses">{t('Back to live training')}</Link>
      </p>
      <h1>{course.title}</h1>
      <p className="lead">{course.summary}</p>
      <p>
        {t(PRACTICE_LEVEL_LABELS[course.practiceLevel])} ·{' '}
        {t('{{minutes}} minutes of CPD', { minutes: course.cpdMinutes })}
      </p>

      <ScrollableTable
        caption={t('Sessions')}
        headings={[t('When'), t('How'), t('Booked'), t('Waiting'), t('Attended'), t('No-shows')]}
        rows={sessions}
        empty={t('No sessions yet: schedule the first below.')}
        row={(s) => (
          <tr key={s.id}>
            <th scope="row">
              <Link to={`/training/sessions/${s.id}`}>{sessionWhen(i18n, s.when)}</Link>
              {s.cancelled ? ` (${t('cancelled')})` : null}
            </th>
            <td>{t(SESSION_MODE_LABELS[s.mode])}</td>
            <td>{t('{{booked}} of {{capacity}}', { booked: s.booked, capacity: s.capacity })}</td>
            <td>{s.waiting}</td>
            <td>
              {s.register
                ? s.register.partial > 0
                  ? t('{{attended}}, and {{partial}} partly', s.register)
                  : s.register.attended
                : '–'}
            </td>
            <td>{s.register ? s.register.noShows : '–'}</td>
          </tr>
        )}
      />

      <h2>{t('What attendees said')}</h2>
      <p>
        {evaluation.shown
          ? t(
              'Asked afterwards how confident they felt before the session and feel now (1 to 5), the {{people}} people who answered said {{before}} before and {{after}} now, on average.',
              {
                people: evaluation.people,
                before: evaluation.before.toFixed(1),
                after: evaluation.after.toFixed(1),
              },
            )
          : t(
              'Shown once at least 5 people who attended have answered the questions afterwards, so no one’s answers can be picked out.',
            )}
      </p>

      <h2 id="schedule">{t('Schedule a session')}</h2>
      <ErrorSummary errors={answer?.errors} fieldIds={FIELD_IDS} />
      <Form method="post" noValidate aria-labelledby="schedule">
        <SessionTimeAndPlace values={values} errors={answer?.errors} trainers={trainers} />
        <ChoiceGroup name="audience" legend={t('Who may book?')} error={answer?.errors.audience}>
          {(['unit', 'organisations', 'job-roles', 'national'] as const).map((audience) => (
            <Choice
              key={audience}
              type="radio"
              id={`audience-${audience}`}
              name="audience"
              value={audience}
              defaultChecked={(values.audience ?? 'unit') === audience}
              label={t(SESSION_AUDIENCE_LABELS[audience])}
            />
          ))}
        </ChoiceGroup>
        <ChoiceGroup
          name="organisationIds"
          legend={t('Organisations')}
          hint={t('If it is for particular organisations.')}
          error={answer?.errors.organisationIds}
        >
          <ul className="choice-list">
            {organisations.map((o, i) => (
              <Choice
                key={o.id}
                as="li"
                type="checkbox"
                id={`organisation-${i}`}
                name="organisationIds"
                value={o.id}
                defaultChecked={ticked.has(String(o.id))}
                label={o.name}
              />
            ))}
          </ul>
        </ChoiceGroup>
        <TextField
          {...field('jobRoles')}
          label={t('Job roles')}
          hint={t(
            'If it is for particular job roles: separate them with commas, for example Teacher, Teaching assistant.',
          )}
        />
        <button type="submit" className="button">
          {t('Schedule the session')}
        </button>
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
