import { useTranslation } from '#app/i18n/i18n.ts'
import {
  CheckboxField,
  FieldError,
  SelectField,
  TextAreaField,
  TextField,
} from '#app/components/forms.tsx'
import { AUDIENCE_LABELS, PRACTICE_LEVEL_LABELS, TOPIC_LABELS } from '#app/learning/labels.ts'

/** Checkbox lists travel as comma-separated values, like every other field: strings. */
export type ModuleFormValues = Record<string, string | undefined>

function Checkboxes({
  name,
  legend,
  labels,
  chosen,
  error,
}: {
  name: string
  legend: string
  labels: Record<string, string>
  chosen: string[]
  error?: string
}) {
  const { t } = useTranslation()
  return (
    <fieldset
      className={error ? 'field field--error' : 'field'}
      id={name}
      aria-describedby={error ? `${name}-error` : undefined}
    >
      <legend>{legend}</legend>
      {error ? <FieldError id={`${name}-error`} error={error} /> : null}
      {Object.entries(labels).map(([value, label]) => (
        <CheckboxField
          key={value}
          name={name}
          id={`${name}-${value}`}
          value={value}
          label={t(label)}
          defaultChecked={chosen.includes(value)}
        />
      ))}
    </fieldset>
  )
}

/** A field's name, what it showed and its error: `<TextField {...field('title')} />`. */
export function fieldBinder(
  values: Record<string, string | undefined>,
  errors?: Record<string, string | undefined>,
) {
  return (name: string) => ({ name, defaultValue: values[name] ?? '', error: errors?.[name] })
}

/** The module's details, shared by the create and edit forms. */
export function ModuleFields({
  values,
  errors,
  mayBeNational,
}: {
  values: ModuleFormValues
  errors?: Record<string, string>
  mayBeNational: boolean
}) {
  const { t } = useTranslation()
  const str = (name: string) => values[name] ?? ''
  const field = fieldBinder(values, errors)
  const many = (name: string) => str(name).split(',').filter(Boolean)
  return (
    <>
      <TextField {...field('title')} label={t('Title')} />
      <TextAreaField
        {...field('summary')}
        label={t('Summary')}
        hint={t('One or two plain sentences: who it is for and what they will be able to do.')}
        rows={3}
      />
      <TextAreaField
        {...field('description')}
        label={t('Description (optional)')}
        hint={t('What it covers, shown on the module page. Markdown.')}
        rows={5}
      />
      <TextAreaField
        {...field('contentNote')}
        label={t('Content note (optional)')}
        hint={t('What in the module may distress, so a learner can choose when to take it.')}
        rows={2}
      />
      <Checkboxes
        name="audience"
        legend={t('Audience')}
        labels={AUDIENCE_LABELS}
        chosen={many('audience')}
        error={errors?.audience}
      />
      <Checkboxes
        name="topics"
        legend={t('Topics')}
        labels={TOPIC_LABELS}
        chosen={many('topics')}
        error={errors?.topics}
      />
      <SelectField
        name="practiceLevel"
        label={t('Practice level')}
        hint={t('The Trauma-Informed Wales framework level the module is written for.')}
        options={Object.entries(PRACTICE_LEVEL_LABELS).map(([value, label]) => ({
          value,
          label: t(label),
        }))}
        placeholder={t('Choose a level')}
        defaultValue={str('practiceLevel')}
        error={errors?.practiceLevel}
      />
      <TextField
        {...field('estimatedMinutes')}
        label={t('Minutes a learner takes')}
        inputMode="numeric"
      />
      <TextField
        {...field('cpdMinutes')}
        label={t('CPD minutes on the certificate')}
        inputMode="numeric"
      />
      <TextField
        {...field('passMark')}
        label={t('Pass mark for knowledge checks (%)')}
        inputMode="numeric"
      />
      {mayBeNational ? (
        <CheckboxField
          name="national"
          label={t('National library (every unit may use it)')}
          defaultChecked={str('national') === 'on'}
        />
      ) : null}
    </>
  )
}

/** The values a submitted module form showed, checkbox lists included. */
export function moduleFormValues(formData: FormData, values: Record<string, string>) {
  return {
    ...values,
    audience: formData.getAll('audience').map(String).join(','),
    topics: formData.getAll('topics').map(String).join(','),
  }
}
