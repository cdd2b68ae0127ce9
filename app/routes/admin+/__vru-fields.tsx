import { useTranslation } from '#app/i18n/i18n.ts'
import { CheckboxField, TextField } from '#app/components/forms.tsx'

export function VruFields({
  values,
  errors,
}: {
  values: Record<string, string | undefined>
  errors?: Record<string, string>
}) {
  const { t } = useTranslation()
  return (
    <>
      <TextField
        name="name"
        label={t('Name')}
        hint={t('As the unit uses it')}
        defaultValue={values.name ?? ''}
        error={errors?.name}
      />
      <TextField
        name="area"
        label={t('Area covered')}
        defaultValue={values.area ?? ''}
        error={errors?.area}
      />
      <TextField
        name="slug"
        label={t('Short name')}
        hint={t('Used in web addresses and exports, like west-midlands')}
        spellCheck={false}
        defaultValue={values.slug ?? ''}
        error={errors?.slug}
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
