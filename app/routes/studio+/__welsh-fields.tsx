/**
 * The lesson editor's Welsh column: each Welsh field beside the English one it translates (below
 * it on a narrow screen), its input marked `lang="cy"`. Only words are Welsh; what a lesson is
 * made of (kind, options, which are right) comes from the English.
 */
import { type ReactNode } from 'react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { CheckboxField, TextAreaField, TextField } from '#app/components/forms.tsx'
import { type FieldErrors } from '#app/utils/forms.ts'

/** The Welsh column's field names: the English field's after `cy.`. */
export const cy = (name: string) => `cy.${name}`

/** Whether the form has a Welsh column (a lesson with Welsh, or "Add Welsh" chosen). */
export const hasWelshColumn = (values: Record<string, string>) => values.welsh === 'on'

/** An English field and, when the lesson has a Welsh column, its Welsh beside it. */
export function Pair({ english, welsh }: { english: ReactNode; welsh?: ReactNode }) {
  if (!welsh) return <>{english}</>
  return (
    <div className="bilingual">
      <div className="bilingual__en">{english}</div>
      <div className="bilingual__cy">{welsh}</div>
    </div>
  )
}

type WelshFieldProps = {
  name: string
  label: string
  values: Record<string, string | undefined>
  errors?: FieldErrors
  hint?: string
  rows?: number
  id?: string
  error?: string
}

/** A Welsh text field (or, with `rows`, a text area): named `cy.<name>`, its input `lang="cy"`. */
export function WelshField({
  name,
  label,
  values,
  errors,
  hint,
  rows,
  id,
  error,
}: WelshFieldProps) {
  const props = {
    name: cy(name),
    id,
    label,
    hint,
    lang: 'cy',
    defaultValue: values[cy(name)] ?? '',
    error: error ?? errors?.[cy(name)],
  }
  return rows ? <TextAreaField {...props} rows={rows} /> : <TextField {...props} />
}

/**
 * Above the fields: "Add Welsh" for a lesson with none, or, with a Welsh column, the review
 * mark and a way to remove the Welsh.
 */
export function WelshControls({
  values,
  errors,
  hasWelsh,
}: {
  values: Record<string, string>
  errors?: FieldErrors
  hasWelsh: boolean
}) {
  const { t } = useTranslation()
  if (!hasWelshColumn(values))
    return (
      <section className="welsh-controls" aria-labelledby="welsh-heading">
        <h2 id="welsh-heading">{t('Welsh')}</h2>
        <p>{t('This lesson is in English only. Welsh learners see the English.')}</p>
        {/* a button of the lesson's form, so what was typed in English is kept */}
        <p>
          <button
            type="submit"
            name="intent"
            value="add-welsh"
            className="button button--secondary"
          >
            {t('Add Welsh')}
          </button>
        </p>
      </section>
    )
  return (
    <section className="welsh-controls" aria-labelledby="welsh-heading">
      <input type="hidden" name="welsh" value="on" />
      <h2 id="welsh-heading">{t('Welsh')}</h2>
      <p>
        {t(
          'Each Welsh field is beside its English. Questions, options and which are right come from the English; write only the words in Welsh.',
        )}
      </p>
      {values[cy('review')] === 'on' ? (
        <p className="tag tag--review">{t('Welsh to be reviewed')}</p>
      ) : null}
      <CheckboxField
        name={cy('review')}
        label={t('This Welsh needs a Welsh speaker’s review')}
        defaultChecked={values[cy('review')] === 'on'}
      />
      {/* a note for the reviewer, in whichever language the trainer writes it */}
      <TextAreaField
        name={cy('reviewNote')}
        label={t('What the reviewer should look at (optional)')}
        hint={t(
          'Kept with the lesson, and Welsh learners see that the wording may change. Write doubt down here rather than leaving it out.',
        )}
        defaultValue={values[cy('reviewNote')] ?? ''}
        error={errors?.[cy('reviewNote')]}
        rows={2}
      />
      {hasWelsh ? (
        <CheckboxField name={cy('remove')} label={t('Remove the Welsh from this lesson')} />
      ) : null}
    </section>
  )
}

/** The column headings, for a wide screen where the columns stand side by side. */
export function ColumnHeadings({ values }: { values: Record<string, string> }) {
  const { t } = useTranslation()
  if (!hasWelshColumn(values)) return null
  return (
    <div className="bilingual bilingual--headings" aria-hidden="true">
      <p className="bilingual__en">{t('English')}</p>
      <p className="bilingual__cy">{t('Welsh')}</p>
    </div>
  )
}
