import { data, redirect } from '@remix-run/node'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { lessonEditor } from '#app/authoring/lessons.server.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { CheckboxField, ErrorSummary, TextAreaField, TextField } from '#app/components/forms.tsx'
import { LESSON_KIND_LABELS } from '#app/learning/labels.ts'
import { type FieldErrors } from '#app/utils/forms.ts'
import { MarkdownPreview, useUploadProgress } from './__lesson-editor.tsx'
import { fieldBinder } from './__module-fields.tsx'
import { CheckFields } from './__check-fields.tsx'
import { ActivityFields, FilmFields, LetterFields } from './__lesson-fields.tsx'
import { orRefuse, requireStudioModule, submitLessonForm } from './__studio.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  pageTitle(matches, '{{title}} – Studio', { title: data?.values.title || 'Lesson' }),
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'studio')
  const module = requireStudioModule(user, params.moduleSlug ?? '', 'edit')
  return orRefuse(lessonEditor(module, params.lesson ?? ''))
}

export async function action({ request, params }: ActionFunctionArgs) {
  const result = await submitLessonForm(request, params.moduleSlug ?? '', params.lesson ?? '')
  if (result.ok) return redirect(result.redirectTo)
  const { errors, values } = result
  const focus = 'focus' in result ? result.focus : null
  // a question or option added or removed is not an error: the form is simply drawn again
  return data({ errors, values, focus }, { status: Object.keys(errors).length > 0 ? 400 : 200 })
}

export default function LessonEditor() {
  const { t } = useTranslation()
  const editor = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const upload = useUploadProgress()
  const errors: FieldErrors | undefined = upload.result?.errors ?? actionData?.errors
  const values = upload.result?.values ?? actionData?.values ?? editor.values
  const busy = useNavigation().state === 'submitting' || upload.sending
  const kind = editor.kind
  const v = (name: string) => values[name] ?? ''
  const field = fieldBinder(values, errors)
  const withFiles = kind === 'film' || kind === 'activity'
  return (
    <>
      <p className="lesson-breadcrumb">
        <Link to="/studio">{t('Studio')}</Link> ·{' '}
        <Link to={`/studio/modules/${editor.moduleSlug}`}>{editor.moduleTitle}</Link> ·{' '}
        {t(LESSON_KIND_LABELS[kind])}
      </p>
      <h1>{t('Edit lesson: {{title}}', { title: editor.values.title || t('untitled') })}</h1>
      <ErrorSummary errors={errors} />
      <Form
        method="post"
        encType="multipart/form-data"
        noValidate
        onSubmit={withFiles ? upload.onSubmit : undefined}
        action={`/studio/modules/${editor.moduleSlug}/lessons/${editor.lessonSlug}`}
      >
        {kind === 'check' ? (
          // Enter in a field saves, not the first of the check's buttons: the first submit
          // button in a form is the one Enter presses
          <button
            type="submit"
            name="intent"
            value="save"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
          >
            {t('Save the lesson')}
          </button>
        ) : null}
        <TextField {...field('title')} label={t('Lesson title')} />
        <TextField {...field('minutes')} label={t('Minutes it takes')} inputMode="numeric" />
        {kind === 'check' ? null : (
          <CheckboxField
            name="optional"
            label={t('Optional: the module can be completed without it')}
            defaultChecked={v('optional') === 'on'}
          />
        )}
        <TextAreaField
          {...field('contentNote')}
          label={t('Content note (optional)')}
          hint={t(
            'Shown first: what may distress, so the learner chooses to go on, read instead, or leave.',
          )}
          rows={2}
        />
        {kind === 'reading' ? (
          <MarkdownPreview defaultValue={v('body')} error={errors?.body} />
        ) : (
          <TextAreaField
            {...field('body')}
            label={kind === 'activity' ? t('Lesson plan or discussion guide') : t('Introduction')}
            hint={t('Markdown. Raw HTML is removed.')}
            rows={6}
          />
        )}
        {kind === 'film' ? (
          <FilmFields values={values} errors={errors} limit={editor.uploadLimit} />
        ) : null}
        {kind === 'letters' ? <LetterFields values={values} errors={errors} /> : null}
        {kind === 'activity' ? (
          <ActivityFields values={values} errors={errors} limit={editor.uploadLimit} />
        ) : null}
        {kind === 'check' ? (
          <CheckFields
            // drawn afresh when a question or option comes or goes, so each field shows its value
            key={JSON.stringify(values)}
            values={values}
            errors={errors}
            maxOptions={editor.maxOptions}
            focus={actionData?.focus ?? null}
          />
        ) : null}
        {kind === 'reflection' ? (
          <TextAreaField
            {...field('prompts')}
            label={t('Reflection questions, one a line')}
            hint={t('Answers are private to the learner: no one else ever reads them.')}
            rows={4}
          />
        ) : null}
        <TextAreaField
          {...field('sources')}
          label={t('Sources (optional), one a line')}
          hint={t('The study or organisation and year for every research fact in the lesson.')}
          rows={3}
        />
        {upload.sending ? (
          <div className="field">
            <label htmlFor="upload-progress">{t('Uploading')}</label>
            <progress id="upload-progress" max={100} value={upload.percent}>
              {upload.percent}%
            </progress>{' '}
            <span aria-live="polite">{upload.percent}%</span>
          </div>
        ) : null}
        <button type="submit" className="button" disabled={busy}>
          {t('Save the lesson')}
        </button>
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
