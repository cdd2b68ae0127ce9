import { useTranslation } from '#app/i18n/i18n.ts'
import { TextField } from './forms.tsx'

export function NewPasswordFields({ errors }: { errors?: Record<string, string> }) {
  const { t } = useTranslation()
  return (
    <>
      <TextField
        name="password"
        type="password"
        label={t('New password')}
        hint={t(
          'At least 10 characters. A few ordinary words strung together make a strong password.',
        )}
        autoComplete="new-password"
        error={errors?.password}
      />
      <TextField
        name="confirmPassword"
        type="password"
        label={t('Type the new password again')}
        autoComplete="new-password"
        error={errors?.confirmPassword}
      />
    </>
  )
}
