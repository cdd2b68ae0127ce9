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
import {
  ColumnHeadings,
  hasWelshColumn,
  Pair,
  WelshControls,
  WelshField,
} from './__welsh-fields.tsx'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  pageTitle(matches, '{{title}} – Studio', { title: data?.values.title || 'Lesson' }),
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'studio')
  const module = requireStudioModule(user, params.moduleSlug ?? '', 'edit')
  const addWelsh = new URL(request.url).searchParams.has('welsh')
  return orRefuse(lessonEditor(module, params.lesson ?? '', addWelsh))
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
  const welsh = hasWelshColumn(values)
  const inWelsh = (name: string, label: string, rows?: number) =>
    welsh ? (
      <WelshField name={name} label={label} values={values} errors={errors} rows={rows} />
    ) : null
  const address = `/studio/modules/${editor.moduleSlug}/lessons/${editor.lessonSlug}`
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
        action={address}
        className={welsh ? 'lesson-form lesson-form--welsh' : 'lesson-form'}
      >
        {kind === 'check' || !welsh ? (
          // Enter in a field saves, not "Add Welsh" or the first of the check's buttons: the
          // first submit button in a form is the one Enter presses
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
        <WelshControls values={values} errors={errors} hasWelsh={editor.hasWelsh} />
        <ColumnHeadings values={values} />
        <Pair
          english={<TextField {...field('title')} label={t('Lesson title')} />}
          welsh={inWelsh('title', t('Lesson title in Welsh'))}
        />
        <TextField {...field('minutes')} label={t('Minutes it takes')} inputMode="numeric" />
        {kind === 'check' ? null : (
          <CheckboxField
            name="optional"
            label={t('Optional: the module can be completed without it')}
            defaultChecked={v('optional') === 'on'}
          />
        )}
        <Pair
          english={
            <TextAreaField
              {...field('contentNote')}
              label={t('Content note (optional)')}
              hint={t(
                'Shown first: what may distress, so the learner chooses to go on, read instead, or leave.',
              )}
              rows={2}
            />
          }
          welsh={inWelsh('contentNote', t('Content note in Welsh (optional)'), 2)}
        />
        {kind === 'reading' ? (
          <Pair
            english={<MarkdownPreview defaultValue={v('body')} error={errors?.body} />}
            welsh={inWelsh('body', t('Text in Welsh'), 14)}
          />
        ) : (
          <Pair
            english={
              <TextAreaField
                {...field('body')}
                label={
                  kind === 'activity' ? t('Lesson plan or discussion guide') : t('Introduction')
                }
                hint={t('Markdown. Raw HTML is removed.')}
                rows={6}
              />
            }
            welsh={inWelsh(
              'body',
              kind === 'activity'
                ? t('Lesson plan or discussion guide in Welsh')
                : t('Introduction in Welsh'),
              6,
            )}
          />
        )}
        {kind === 'film' ? (
          <FilmFields values={values} errors={errors} limit={editor.uploadLimit} />
        ) : null}
        {kind === 'film' && welsh ? (
          <p className="hint">
            {t('Welsh learners see the same film, with the captions and transcript above.')}
          </p>
        ) : null}
        {kind === 'letters' ? <LetterFields values={values} errors={errors} welsh={welsh} /> : null}
        {kind === 'activity' ? (
          <ActivityFields
            values={values}
            errors={errors}
            limit={editor.uploadLimit}
            welsh={welsh}
          />
        ) : null}
        {kind === 'check' ? (
          <CheckFields
            // drawn afresh when a question or option comes or goes, so each field shows its value
            key={JSON.stringify(values)}
            values={values}
            errors={errors}
            maxOptions={editor.maxOptions}
            focus={actionData?.focus ?? null}
            welsh={welsh}
          />
        ) : null}
        {kind === 'reflection' ? (
          <Pair
            english={
              <TextAreaField
                {...field('prompts')}
                label={t('Reflection questions, one a line')}
                hint={t('Answers are private to the learner: no one else ever reads them.')}
                rows={4}
              />
            }
            welsh={inWelsh(
              'prompts',
              t('Reflection questions in Welsh, one a line, in the same order'),
              4,
            )}
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
