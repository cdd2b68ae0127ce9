import { useTranslation } from '#app/i18n/i18n.ts'
import {
  bindFields,
  Choice,
  ChoiceGroup,
  TextAreaField,
  TextField,
} from '#app/components/forms.tsx'
import { SESSION_MODE_LABELS } from '#app/live-training/labels.ts'
import { type FieldErrors } from '#app/utils/forms.ts'

/**
 * When and where a session is held, its places and its trainers: for scheduling one and for
 * changing it. `values.trainerIds`: the ticked trainers' ids, separated by commas.
 */
export function SessionTimeAndPlace({
  values,
  errors,
  trainers,
}: {
  values: Record<string, string | undefined>
  errors: FieldErrors | undefined
  trainers: { id: string; name: string }[]
}) {
  const { t } = useTranslation()
  const field = bindFields(values, errors)
  const ticked = new Set((values.trainerIds ?? '').split(',').filter(Boolean))
  return (
    <>
      <ChoiceGroup name="mode" legend={t('How is it held?')} error={errors?.mode}>
        {(['in_person', 'online'] as const).map((mode) => (
          <Choice
            key={mode}
            type="radio"
            id={`mode-${mode}`}
            name="mode"
            value={mode}
            defaultChecked={(values.mode ?? 'in_person') === mode}
            label={t(SESSION_MODE_LABELS[mode])}
          />
        ))}
      </ChoiceGroup>
      <TextField
        {...field('day')}
        type="date"
        label={t('Day')}
        hint={t('For example, 2027-01-12.')}
      />
      <TextField
        {...field('time')}
        type="time"
        label={t('Start time (UK time)')}
        hint={t('On the 24-hour clock, for example 16:00.')}
      />
      <TextField {...field('durationMinutes')} inputMode="numeric" label={t('Length in minutes')} />
      <TextField {...field('capacity')} inputMode="numeric" label={t('Places')} />
      <TextField {...field('venue')} label={t('Venue (in person)')} />
      <TextAreaField {...field('address')} label={t('Address (in person)')} />
      <TextField
        {...field('joiningLink')}
        type="url"
        label={t('Joining link (online)')}
        hint={t('Shown only to people booked, from an hour before the start.')}
      />
      <TextAreaField
        {...field('accessibility')}
        label={t('Accessibility notes (optional)')}
        hint={t(
          'Step-free access, hearing loop, captions, breaks: what people need to know to take part.',
        )}
      />
      <TextField
        {...field('cancelUpToHours')}
        defaultValue={values.cancelUpToHours ?? '24'}
        inputMode="numeric"
        label={t('Places can be given up until this many hours before the start')}
      />
      <ChoiceGroup
        name="trainerIds"
        legend={t('Trainers')}
        hint={t('Who runs it: they see it among their sessions and take the register.')}
        error={errors?.trainerIds}
      >
        <ul className="choice-list">
          {trainers.map((trainer, i) => (
            <Choice
              key={trainer.id}
              as="li"
              type="checkbox"
              id={i === 0 ? 'trainerIds' : `trainer-${i}`}
              name="trainerIds"
              value={trainer.id}
              defaultChecked={ticked.has(trainer.id)}
              label={trainer.name}
            />
          ))}
        </ul>
      </ChoiceGroup>
    </>
  )
}
