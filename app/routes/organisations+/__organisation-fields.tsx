import { useTranslation } from '#app/i18n/i18n.ts'
import { bindFields, SelectField, TextField } from '#app/components/forms.tsx'
import { ORGANISATION_TYPE_LABELS, optionsFrom } from '#app/organisations/labels.ts'

type Option = { value: string; label: string }

/** The fields of an organisation, shared by the add and edit forms. */
export function OrganisationFields({
  values,
  errors,
  vrus,
  areas,
}: {
  values: Record<string, string | undefined>
  errors?: Record<string, string>
  vrus: Option[]
  areas: Option[]
}) {
  const { t } = useTranslation()
  const field = bindFields(values, errors)
  return (
    <>
      <TextField {...field('name')} label={t('Name')} />
      <SelectField
        {...field('type')}
        label={t('Type')}
        options={optionsFrom(ORGANISATION_TYPE_LABELS).map((o) => ({ ...o, label: t(o.label) }))}
        placeholder={t('Choose a type')}
      />
      <TextField
        {...field('localAuthority')}
        label={t('Local authority area')}
        hint={t('For example: Liverpool, Blackpool, Cardiff')}
      />
      {vrus.length > 1 ? (
        <SelectField
          {...field('vruId')}
          label={t('Violence Reduction Unit')}
          options={vrus}
          placeholder={t('Choose a unit')}
        />
      ) : vrus[0] ? (
        <input type="hidden" name="vruId" value={vrus[0].value} />
      ) : null}
      {areas.length > 0 ? (
        <SelectField
          {...field('areaId')}
          label={t('Area within the unit (optional)')}
          hint={t('For units organised as a hub with local areas.')}
          options={areas}
          placeholder={t('No area')}
        />
      ) : null}
      <TextField
        {...field('wellbeingContact')}
        label={t('Staff wellbeing contact (optional)')}
        hint={t(
          'Shown to staff in the support panel of every lesson, for example a wellbeing lead or an employee assistance line.',
        )}
      />
    </>
  )
}
