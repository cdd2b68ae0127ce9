import { useTranslation } from '#app/i18n/i18n.ts'
import { TextField } from '#app/components/forms.tsx'

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
      <div className="field checkbox">
        <input
          type="checkbox"
          id="bilingual"
          name="bilingual"
          defaultChecked={values.bilingual === 'on'}
        />{' '}
        <label htmlFor="bilingual">{t('Works in English and Welsh')}</label>
      </div>
      <div className="field checkbox">
        <input type="checkbox" id="active" name="active" defaultChecked={values.active === 'on'} />{' '}
        <label htmlFor="active">{t('Active')}</label>
      </div>
    </>
  )
}
