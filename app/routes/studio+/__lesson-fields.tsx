/** The lesson editor's fields for each kind of lesson that has more than a body. */
import { useTranslation } from '#app/i18n/i18n.ts'
import { CheckboxField, FieldError, TextAreaField, TextField } from '#app/components/forms.tsx'
import { type FieldErrors } from '#app/utils/forms.ts'
import { cy, Pair, WelshField } from './__welsh-fields.tsx'

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

export function LetterFields({ values, errors, welsh = false }: FieldsProps & { welsh?: boolean }) {
  const { t } = useTranslation()
  const count = letterSlots(values)
  const inWelsh = (name: string, label: string, rows?: number, id?: string, error?: string) =>
    welsh ? <WelshField {...{ name, label, rows, id, error, values, errors }} /> : null
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
          {errors?.[cy(`letter${i}`)] ? (
            <p className="field-error">{t(errors[cy(`letter${i}`)]!)}</p>
          ) : null}
          <Pair
            english={
              <TextField
                name={`letter${i}.from`}
                label={t('From')}
                defaultValue={values[`letter${i}.from`] ?? ''}
              />
            }
            welsh={inWelsh(`letter${i}.from`, t('From, in Welsh'), undefined, cy(`letter${i}`))}
          />
          <Pair
            english={
              <TextField
                name={`letter${i}.to`}
                label={t('To')}
                defaultValue={values[`letter${i}.to`] ?? ''}
              />
            }
            welsh={inWelsh(`letter${i}.to`, t('To, in Welsh'))}
          />
          <Pair
            english={
              <TextField
                name={`letter${i}.date`}
                label={t('Date')}
                defaultValue={values[`letter${i}.date`] ?? ''}
              />
            }
            welsh={inWelsh(`letter${i}.date`, t('Date, in Welsh'))}
          />
          <Pair
            english={
              <TextAreaField
                name={`letter${i}.body`}
                label={t('Letter')}
                rows={6}
                defaultValue={values[`letter${i}.body`] ?? ''}
              />
            }
            welsh={inWelsh(`letter${i}.body`, t('Letter, in Welsh'), 6)}
          />
        </fieldset>
      ))}
    </>
  )
}

export function ActivityFields({
  values,
  errors,
  limit,
  welsh = false,
}: FieldsProps & { limit: number; welsh?: boolean }) {
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
          <Pair
            english={
              <TextField
                name={`download${i}.title`}
                label={t('Title of media/{{path}}', { path: values[`download${i}.file`] ?? '' })}
                defaultValue={values[`download${i}.title`] ?? ''}
              />
            }
            welsh={
              welsh ? (
                <WelshField
                  name={`download${i}.title`}
                  label={t('Title of media/{{path}} in Welsh', {
                    path: values[`download${i}.file`] ?? '',
                  })}
                  values={values}
                  error={i === 0 ? errors?.[cy('downloads')] : undefined}
                  id={i === 0 ? cy('downloads') : undefined}
                />
              ) : null
            }
          />
          <CheckboxField name={`download${i}.remove`} label={t('Remove this download')} />
        </div>
      ))}
      <Pair
        english={
          <TextField
            name="newDownloadTitle"
            label={t('Title of a new PDF (optional)')}
            defaultValue={values.newDownloadTitle ?? ''}
            error={errors?.newDownloadTitle}
          />
        }
        welsh={
          welsh ? (
            <WelshField
              name="newDownloadTitle"
              label={t('Title of a new PDF in Welsh (optional)')}
              values={values}
              error={downloads.length === 0 ? errors?.[cy('downloads')] : undefined}
              id={downloads.length === 0 ? cy('downloads') : undefined}
            />
          ) : null
        }
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
