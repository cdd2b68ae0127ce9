import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { lessonEditor, submitLessonForm } from '#app/authoring/lessons.server.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { CheckboxField, ErrorSummary, TextAreaField, TextField } from '#app/components/forms.tsx'
import { LESSON_KIND_LABELS } from '#app/learning/labels.ts'
import { type FieldErrors } from '#app/utils/forms.ts'
import { MarkdownPreview, useUploadProgress } from './__lesson-editor.tsx'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.values.title || 'Lesson'} – Studio – Upstream` },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'studio')
  return lessonEditor(user, params.moduleSlug ?? '', params.lesson ?? '')
}

export async function action({ request, params }: ActionFunctionArgs) {
  const result = await submitLessonForm(request, params.moduleSlug ?? '', params.lesson ?? '')
  if (result.ok) return redirect(result.redirectTo)
  return data({ errors: result.errors, values: result.values }, { status: 400 })
}

/** How many numbered groups (questions, letters) the values hold, plus blanks to add more. */
function slots(values: Record<string, string>, prefix: string) {
  let n = 0
  while (`${prefix}${n}.${prefix === 'q' ? 'prompt' : 'from'}` in values) n++
  // a new knowledge check starts with room for three questions
  return n + (n === 0 && prefix === 'q' ? 3 : 1)
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
        <TextField
          name="title"
          label={t('Lesson title')}
          defaultValue={v('title')}
          error={errors?.title}
        />
        <TextField
          name="minutes"
          label={t('Minutes it takes')}
          inputMode="numeric"
          defaultValue={v('minutes')}
          error={errors?.minutes}
        />
        {kind === 'check' ? null : (
          <CheckboxField
            name="optional"
            label={t('Optional: the module can be completed without it')}
            defaultChecked={v('optional') === 'on'}
          />
        )}
        <TextAreaField
          name="contentNote"
          label={t('Content note (optional)')}
          hint={t(
            'Shown first: what may distress, so the learner chooses to go on, read instead, or leave.',
          )}
          rows={2}
          defaultValue={v('contentNote')}
          error={errors?.contentNote}
        />
        {kind === 'reading' ? (
          <MarkdownPreview defaultValue={v('body')} error={errors?.body} />
        ) : (
          <TextAreaField
            name="body"
            label={kind === 'activity' ? t('Lesson plan or discussion guide') : t('Introduction')}
            hint={t('Markdown. Raw HTML is removed.')}
            rows={6}
            defaultValue={v('body')}
            error={errors?.body}
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
          <CheckFields values={values} errors={errors} optionSlots={editor.optionSlots} />
        ) : null}
        {kind === 'reflection' ? (
          <TextAreaField
            name="prompts"
            label={t('Reflection questions, one a line')}
            hint={t('Answers are private to the learner: no one else ever reads them.')}
            rows={4}
            defaultValue={v('prompts')}
            error={errors?.prompts}
          />
        ) : null}
        <TextAreaField
          name="sources"
          label={t('Sources (optional), one a line')}
          hint={t('The study or organisation and year for every research fact in the lesson.')}
          rows={3}
          defaultValue={v('sources')}
          error={errors?.sources}
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

type FieldsProps = { values: Record<string, string>; errors?: FieldErrors }

function FileField({
  name,
  label,
  hint,
  accept,
  error,
}: {
  name: string
  label: string
  hint: string
  accept: string
  error?: string
}) {
  const { t } = useTranslation()
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={name}>{label}</label>
      <p className="hint" id={`${name}-hint`}>
        {hint}
      </p>
      {error ? (
        <p className="field-error" id={`${name}-error`}>
          <span className="visually-hidden">{t('Error:')} </span>
          {t(error)}
        </p>
      ) : null}
      <input
        type="file"
        id={name}
        name={name}
        accept={accept}
        aria-describedby={error ? `${name}-hint ${name}-error` : `${name}-hint`}
        aria-invalid={error ? true : undefined}
      />
    </div>
  )
}

function FilmFields({ values, errors, limit }: FieldsProps & { limit: number }) {
  const { t } = useTranslation()
  const size = `${Math.round((limit / 1024 ** 3) * 10) / 10} GB`
  return (
    <fieldset>
      <legend>{t('The film')}</legend>
      <input type="hidden" name="filmPath" value={values.filmPath ?? ''} />
      <FileField
        name="film"
        label={values.filmPath ? t('Replace the film (MP4 or WebM)') : t('Film (MP4 or WebM)')}
        hint={
          values.filmPath
            ? t('Now: media/{{path}}. Up to {{size}}.', { path: values.filmPath, size })
            : t('Up to {{size}}.', {
                size: limit < 1024 ** 3 ? `${Math.round(limit / 1024 ** 2)} MB` : size,
              })
        }
        accept="video/mp4,video/webm"
        error={errors?.film}
      />
      <input type="hidden" name="captionsPath" value={values.captionsPath ?? ''} />
      <FileField
        name="captions"
        label={values.captionsPath ? t('Replace the captions (WebVTT)') : t('Captions (WebVTT)')}
        hint={
          values.captionsPath
            ? t('Now: media/{{path}}.', { path: values.captionsPath })
            : t('A .vtt file; a broken one is refused with the line that is wrong.')
        }
        accept=".vtt,text/vtt"
        error={errors?.captions}
      />
      <TextField
        name="captionsLabel"
        label={t('Captions label')}
        defaultValue={values.captionsLabel ?? 'English'}
      />
      <TextField
        name="captionsLanguage"
        label={t('Captions language code')}
        hint={t('Two letters, like en or cy.')}
        defaultValue={values.captionsLanguage ?? 'en'}
      />
      <TextAreaField
        name="transcript"
        label={t('Transcript')}
        hint={t('Markdown. Reading it counts the same as watching the film.')}
        rows={8}
        defaultValue={values.transcript ?? ''}
        error={errors?.transcript}
      />
    </fieldset>
  )
}

function LetterFields({ values, errors }: FieldsProps) {
  const { t } = useTranslation()
  const count = slots(values, 'letter')
  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        <fieldset
          key={i}
          id={`letter${i}`}
          className={errors?.[`letter${i}`] ? 'field field--error' : 'field'}
        >
          <legend>
            {i < count - 1 ? t('Letter {{n}}', { n: i + 1 }) : t('Add a letter (optional)')}
          </legend>
          {errors?.[`letter${i}`] ? (
            <p className="field-error">{t(errors[`letter${i}`]!)}</p>
          ) : null}
          <TextField
            name={`letter${i}.from`}
            label={t('From')}
            defaultValue={values[`letter${i}.from`] ?? ''}
          />
          <TextField
            name={`letter${i}.to`}
            label={t('To')}
            defaultValue={values[`letter${i}.to`] ?? ''}
          />
          <TextField
            name={`letter${i}.date`}
            label={t('Date')}
            defaultValue={values[`letter${i}.date`] ?? ''}
          />
          <TextAreaField
            name={`letter${i}.body`}
            label={t('Letter')}
            rows={6}
            defaultValue={values[`letter${i}.body`] ?? ''}
          />
        </fieldset>
      ))}
    </>
  )
}

function ActivityFields({ values, errors, limit }: FieldsProps & { limit: number }) {
  const { t } = useTranslation()
  const downloads: number[] = []
  for (let i = 0; `download${i}.file` in values; i++) downloads.push(i)
  return (
    <fieldset>
      <legend>{t('Downloads (PDF)')}</legend>
      {downloads.map((i) => (
        <div key={i} className="download-row">
          <input
            type="hidden"
            name={`download${i}.file`}
            value={values[`download${i}.file`] ?? ''}
          />
          <TextField
            name={`download${i}.title`}
            label={t('Title of media/{{path}}', { path: values[`download${i}.file`] ?? '' })}
            defaultValue={values[`download${i}.title`] ?? ''}
          />
          <CheckboxField name={`download${i}.remove`} label={t('Remove this download')} />
        </div>
      ))}
      <TextField
        name="newDownloadTitle"
        label={t('Title of a new PDF (optional)')}
        defaultValue={values.newDownloadTitle ?? ''}
        error={errors?.newDownloadTitle}
      />
      <FileField
        name="newDownload"
        label={t('New PDF (optional)')}
        hint={t('A PDF, up to {{size}}.', { size: `${Math.round(limit / 1024 ** 2)} MB` })}
        accept="application/pdf"
        error={errors?.newDownload}
      />
    </fieldset>
  )
}

function CheckFields({ values, errors, optionSlots }: FieldsProps & { optionSlots: number }) {
  const { t } = useTranslation()
  const count = slots(values, 'q')
  return (
    <>
      <TextField
        name="passMark"
        label={t('Pass mark for this check (%), optional')}
        hint={t('Leave empty to use the module’s pass mark.')}
        inputMode="numeric"
        defaultValue={values.passMark ?? ''}
        error={errors?.passMark}
      />
      {Array.from({ length: count }, (_, q) => {
        let options = optionSlots
        while (`q${q}.o${options}.text` in values) options++
        const error = errors?.[`q${q}`]
        return (
          <fieldset
            key={q}
            id={`q${q}`}
            className={error ? 'field field--error question-builder' : 'field question-builder'}
          >
            <legend>
              {values[`q${q}.prompt`] !== undefined
                ? t('Question {{n}}', { n: q + 1 })
                : t('Question {{n}} (optional: fill in to add it)', { n: q + 1 })}
            </legend>
            {error ? (
              <p className="field-error">
                <span className="visually-hidden">{t('Error:')} </span>
                {t(error)}
              </p>
            ) : null}
            <TextField
              name={`q${q}.prompt`}
              id={`q${q}-prompt`}
              label={t('Question {{n}}: the question', { n: q + 1 })}
              defaultValue={values[`q${q}.prompt`] ?? ''}
            />
            <CheckboxField
              name={`q${q}.multiple`}
              id={`q${q}-multiple`}
              label={t('Question {{n}}: more than one option is right', { n: q + 1 })}
              defaultChecked={values[`q${q}.multiple`] === 'on'}
            />
            {Array.from({ length: options }, (_, o) => (
              <div key={o} className="option-builder">
                <TextField
                  name={`q${q}.o${o}.text`}
                  id={`q${q}-o${o}-text`}
                  label={t('Question {{n}}, option {{m}}', { n: q + 1, m: o + 1 })}
                  defaultValue={values[`q${q}.o${o}.text`] ?? ''}
                />
                <CheckboxField
                  name={`q${q}.o${o}.correct`}
                  id={`q${q}-o${o}-correct`}
                  label={t('Question {{n}}, option {{m}} is right', { n: q + 1, m: o + 1 })}
                  defaultChecked={values[`q${q}.o${o}.correct`] === 'on'}
                />
                <TextField
                  name={`q${q}.o${o}.feedback`}
                  id={`q${q}-o${o}-feedback`}
                  label={t('Question {{n}}, feedback on option {{m}}', { n: q + 1, m: o + 1 })}
                  defaultValue={values[`q${q}.o${o}.feedback`] ?? ''}
                />
              </div>
            ))}
          </fieldset>
        )
      })}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
