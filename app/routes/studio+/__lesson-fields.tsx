/** The lesson editor's fields for each kind of lesson that has more than a body. */
import { useTranslation } from '#app/i18n/i18n.ts'
import { CheckboxField, FieldError, TextAreaField, TextField } from '#app/components/forms.tsx'
import { type FieldErrors } from '#app/utils/forms.ts'

/** How many letters the values hold, plus a blank one to add another. */
function letterSlots(values: Record<string, string>) {
  let n = 0
  while (`letter${n}.from` in values) n++
  return n + 1
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
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={name}>{label}</label>
      <p className="hint" id={`${name}-hint`}>
        {hint}
      </p>
      {error ? <FieldError id={`${name}-error`} error={error} /> : null}
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

export function FilmFields({ values, errors, limit }: FieldsProps & { limit: number }) {
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

export function LetterFields({ values, errors }: FieldsProps) {
  const { t } = useTranslation()
  const count = letterSlots(values)
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

export function ActivityFields({ values, errors, limit }: FieldsProps & { limit: number }) {
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

export function CheckFields({
  values,
  errors,
  maxOptions,
  focus,
}: FieldsProps & { maxOptions: number; focus: string | null }) {
  const { t } = useTranslation()
  // the server sends every question and option the form shows, a new check one of two options
  let count = 0
  while (`q${count}.prompt` in values) count++
  // the field a button just added, or the question it changed, takes the focus: autofocus
  // works in the page as the server sends it, so without JavaScript too
  const focused = (id: string) => (focus === id ? { autoFocus: true } : {})
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
        let options = 0
        while (`q${q}.o${options}.text` in values) options++
        const error = errors?.[`q${q}`]
        const n = q + 1
        return (
          <fieldset
            key={q}
            id={`q${q}`}
            tabIndex={-1}
            {...focused(`q${q}`)}
            className={error ? 'field field--error question-builder' : 'field question-builder'}
          >
            <legend>{t('Question {{n}}', { n })}</legend>
            {error ? (
              <p className="field-error">
                <span className="visually-hidden">{t('Error:')} </span>
                {t(error)}
              </p>
            ) : null}
            <TextField
              name={`q${q}.prompt`}
              id={`q${q}-prompt`}
              label={t('Question {{n}}: the question', { n })}
              defaultValue={values[`q${q}.prompt`] ?? ''}
              {...focused(`q${q}-prompt`)}
            />
            <CheckboxField
              name={`q${q}.multiple`}
              id={`q${q}-multiple`}
              label={t('Question {{n}}: more than one option is right', { n })}
              defaultChecked={values[`q${q}.multiple`] === 'on'}
            />
            {Array.from({ length: options }, (_, o) => (
              <div key={o} className="option-builder">
                <TextField
                  name={`q${q}.o${o}.text`}
                  id={`q${q}-o${o}-text`}
                  label={t('Question {{n}}, option {{m}}', { n, m: o + 1 })}
                  defaultValue={values[`q${q}.o${o}.text`] ?? ''}
                  {...focused(`q${q}-o${o}-text`)}
                />
                <CheckboxField
                  name={`q${q}.o${o}.correct`}
                  id={`q${q}-o${o}-correct`}
                  label={t('Question {{n}}, option {{m}} is right', { n, m: o + 1 })}
                  defaultChecked={values[`q${q}.o${o}.correct`] === 'on'}
                />
                <TextField
                  name={`q${q}.o${o}.feedback`}
                  id={`q${q}-o${o}-feedback`}
                  label={t('Question {{n}}, feedback on option {{m}}', { n, m: o + 1 })}
                  defaultValue={values[`q${q}.o${o}.feedback`] ?? ''}
                />
                {/* a question keeps two options at least */}
                {options > 2 ? (
                  <ShapeButton intent={`remove-option:${q}:${o}`}>
                    {t('Remove option {{m}} of question {{n}}', { n, m: o + 1 })}
                  </ShapeButton>
                ) : null}
              </div>
            ))}
            <div className="button-row">
              {options < maxOptions ? (
                <ShapeButton intent={`add-option:${q}`}>
                  {t('Add an option to question {{n}}', { n })}
                </ShapeButton>
              ) : null}
              {count > 1 ? (
                <ShapeButton intent={`remove-question:${q}`}>
                  {t('Remove question {{n}}', { n })}
                </ShapeButton>
              ) : null}
            </div>
          </fieldset>
        )
      })}
      <div className="button-row check-builder-end">
        <ShapeButton intent="add-question">{t('Add a question')}</ShapeButton>
      </div>
    </>
  )
}

/**
 * A button that changes the check's questions or options: it sends the form with what was typed,
 * and the form comes back changed; nothing is saved until "Save the lesson".
 */
function ShapeButton({ intent, children }: { intent: string; children: React.ReactNode }) {
  return (
    <button type="submit" name="intent" value={intent} className="button button--secondary">
      {children}
    </button>
  )
}
