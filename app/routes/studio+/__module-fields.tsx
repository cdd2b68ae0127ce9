import { type RefresherChoice } from '#app/authoring/staying-in-date.server.ts'
import { contentOption, moduleText } from '#app/i18n/content.ts'
import { useTranslation } from '#app/i18n/i18n.ts'
import {
  CheckboxField,
  FieldError,
  SelectField,
  TextAreaField,
  TextField,
} from '#app/components/forms.tsx'
import { ModuleTexts, WelshLanguages } from './__module-welsh.tsx'
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
  refreshers,
  withWelsh = false,
}: {
  values: ModuleFormValues
  errors?: Record<string, string>
  mayBeNational: boolean
  /** the module's texts in Welsh beside the English, and the languages it offers */
  withWelsh?: boolean
  /** modules that may renew this one */
  refreshers: RefresherChoice[]
}) {
  const { t } = useTranslation()
  const str = (name: string) => values[name] ?? ''
  const field = fieldBinder(values, errors)
  const many = (name: string) => str(name).split(',').filter(Boolean)
  return (
    <>
      {withWelsh ? <WelshLanguages values={values} errors={errors} /> : null}
      <ModuleTexts values={values} errors={errors} withWelsh={withWelsh} />
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
      <StayingInDateFields values={values} errors={errors} refreshers={refreshers} />
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

/** How long a completion keeps someone in date, its refresher, and asking everyone again. */
function StayingInDateFields({
  values,
  errors,
  refreshers,
}: {
  values: ModuleFormValues
  errors?: Record<string, string>
  refreshers: RefresherChoice[]
}) {
  const { t, i18n } = useTranslation()
  const field = fieldBinder(values, errors)
  return (
    <fieldset className="field-group">
      <legend>{t('Staying in date')}</legend>
      <SelectField
        name="expires"
        label={t('Does training in this module run out?')}
        options={[
          { value: 'never', label: t('No, it never runs out') },
          { value: 'months', label: t('Yes, a number of months after completing') },
          { value: 'yearly', label: t('Yes, on a day each year (like 31 August)') },
        ]}
        defaultValue={values.expires || 'never'}
        error={errors?.expires}
      />
      <TextField
        {...field('validMonths')}
        label={t('Months it stays in date (when it runs out after some months)')}
        inputMode="numeric"
      />
      <TextField
        {...field('validUntil')}
        label={t('Day each year it runs out (when it runs out on a day)')}
        hint={t(
          'A day and month, like 31 August. Someone who finishes in the renewal window before it is in date until the year after.',
        )}
      />
      <TextField
        {...field('renewalWindowDays')}
        label={t('Days before it runs out that learners may renew')}
        hint={t('Renewing early adds to the old date, so nobody loses time. Usually 60.')}
        inputMode="numeric"
      />
      <SelectField
        name="refresher"
        label={t('Refresher that renews it (optional)')}
        hint={t('A shorter module, taken after this one, that keeps it in date.')}
        options={refreshers.map((m) =>
          contentOption(m.slug, moduleText(m, i18n.language), i18n.language),
        )}
        placeholder={t('No refresher: take this module again')}
        defaultValue={values.refresher ?? ''}
        error={errors?.refresher}
      />
      <TextField
        {...field('requiredAgainBy')}
        type="date"
        label={t('Ask everyone who did an earlier version to take it again by (optional)')}
        hint={t('For a yearly update of the guidance. Leave it empty otherwise.')}
      />
      <TextAreaField
        {...field('requiredAgainReason')}
        label={t('Why they must take it again (learners see this)')}
        rows={2}
      />
    </fieldset>
  )
}
