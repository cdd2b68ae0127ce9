import { useTranslation } from '#app/i18n/i18n.ts'
import { bindFields, CheckboxField, TextField } from '#app/components/forms.tsx'

export function VruFields({
  values,
  errors,
}: {
  values: Record<string, string | undefined>
  errors?: Record<string, string>
}) {
  const { t } = useTranslation()
  const field = bindFields(values, errors)
  return (
    <>
      <TextField {...field('name')} label={t('Name')} hint={t('As the unit uses it')} />
      <TextField {...field('area')} label={t('Area covered')} />
      <TextField
        {...field('slug')}
        label={t('Short name')}
        hint={t('Used in web addresses and exports, like west-midlands')}
        spellCheck={false}
      />
      <CheckboxField
        name="bilingual"
        label={t('Works in English and Welsh')}
        defaultChecked={values.bilingual === 'on'}
      />
      <CheckboxField name="active" label={t('Active')} defaultChecked={values.active === 'on'} />
    </>
  )
}
