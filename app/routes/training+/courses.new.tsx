import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { contentOption, moduleText } from '#app/i18n/content.ts'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import {
  bindFields,
  CheckboxField,
  ErrorSummary,
  SelectField,
  SubmitOrCancel,
  TextAreaField,
  TextField,
} from '#app/components/forms.tsx'
import { CourseSchema, createCourse, moduleChoices } from '#app/live-training/courses.server.ts'
import { AUDIENCE_LABELS, PRACTICE_LEVEL_LABELS } from '#app/learning/labels.ts'
import { optionsFrom } from '#app/organisations/labels.ts'
import { invalid, parseForm, readForm } from '#app/utils/forms.server.ts'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Make a course')]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'training')
  return {
    modules: moduleChoices(user),
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireArea(request, 'training')
  const form = parseForm(await readForm(request), CourseSchema)
  if (!form.success) return invalid(form.errors, form.values)
  const created = createCourse(user, form.data)
  if (!created.ok) return invalid(created.errors, form.values)
  throw redirect(`/training/courses/${created.id}`)
}

export default function NewCourse() {
  const { t, i18n } = useTranslation()
  const { modules } = useLoaderData<typeof loader>()
  const answer = useActionData<typeof action>()
  const field = bindFields(answer?.values, answer?.errors)
  const options = <K extends string>(labels: Record<K, string>) =>
    optionsFrom(labels).map((o) => ({ ...o, label: t(o.label) }))
  return (
    <>
      <p>
        <Link to="/training/courses">{t('Back to live training')}</Link>
      </p>
      <h1>{t('Make a course')}</h1>
      <p className="lead">{t('What you teach live. You schedule its sessions next.')}</p>
      <ErrorSummary errors={answer?.errors} />
      <Form method="post" noValidate>
        <TextField {...field('title')} label={t('Title')} />
        <TextAreaField
          {...field('summary')}
          label={t('Summary')}
          hint={t(
            'What it covers and who it is for, in a sentence or two. People read it when they book.',
          )}
        />
        <SelectField
          {...field('practiceLevel')}
          label={t('Practice level it teaches')}
          options={options(PRACTICE_LEVEL_LABELS)}
          placeholder={t('Choose a level')}
        />
        <SelectField
          {...field('audience')}
          label={t('Who it is for')}
          options={options(AUDIENCE_LABELS)}
          placeholder={t('Choose an audience')}
        />
        <TextField
          {...field('cpdMinutes')}
          inputMode="numeric"
          label={t('CPD minutes')}
          hint={t('What attending gives, for example 120 for a two-hour workshop.')}
        />
        <CheckboxField
          name="partialCounts"
          label={t('Partly attending counts as completing it')}
          defaultChecked={answer?.values.partialCounts === 'on'}
        />
        <SelectField
          {...field('moduleId')}
          label={t('Module it goes with (optional)')}
          hint={t('Pre-work to do online before the session, or the module it teaches live.')}
          options={modules.map((m) =>
            contentOption(String(m.moduleId), moduleText(m, i18n.language), i18n.language),
          )}
          placeholder={t('None')}
        />
        <CheckboxField
          name="coversModule"
          label={t(
            'Attending covers the module: it counts for assignments of the module and keeps people in date on it',
          )}
          defaultChecked={answer?.values.coversModule === 'on'}
        />
        <SubmitOrCancel label={t('Make the course')} cancelTo="/training/courses" />
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
