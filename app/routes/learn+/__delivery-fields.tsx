import { Form } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import {
  CO_DELIVERER_LABELS,
  SETTING_LABELS,
  yearGroupLabel,
  yearGroupsLabel,
} from '#app/classroom/labels.ts'
import {
  bindFields,
  Choice,
  ChoiceGroup,
  ErrorSummary,
  SelectField,
  SubmitOrCancel,
  TextField,
} from '#app/components/forms.tsx'
import { English } from '#app/components/in-language.tsx'
import { type FieldErrors } from '#app/utils/forms.ts'

type Pack = {
  moduleId: number
  title: string
  yearGroups: number[]
  lessons: { slug: string; title: string }[]
}

const YEARS = Array.from({ length: 13 }, (_, i) => i + 1)
const FIELD_IDS = { lessons: 'lessons-0', setting: 'setting-class', concernPassedOn: 'concern-yes' }

/**
 * The delivery form, the same for a new delivery and a correction: fixed choices only, so
 * nothing about a pupil can be typed in (decision 017).
 */
export function DeliveryFields({
  pack,
  values,
  errors,
  submitLabel,
  cancelTo,
}: {
  pack: Pack
  values: Record<string, string>
  errors?: FieldErrors
  submitLabel: string
  cancelTo: string
}) {
  const { t } = useTranslation()
  const field = bindFields(values, errors)
  // a pack with one classroom lesson: that is the one taught
  const chosenLessons = new Set(
    pack.lessons.length === 1
      ? [pack.lessons[0]!.slug]
      : (values.lessons ?? '').split(',').filter(Boolean),
  )
  return (
    <>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} />
      <div className="notice" role="note">
        <h2>{t('Nothing about pupils goes in this form')}</h2>
        <p>
          {t(
            'It counts the lesson, not the children: no names, and nothing a pupil said. If a pupil told you something worrying, tell your designated safeguarding lead straight away, in person, and record it in your school’s safeguarding system.',
          )}
        </p>
      </div>
      <Form method="post" noValidate>
        <input type="hidden" name="moduleId" value={pack.moduleId} />
        <TextField
          {...field('deliveredOn')}
          type="date"
          label={t('Day you taught it')}
          autoComplete="off"
        />
        <ChoiceGroup name="lessons" legend={t('Lesson or lessons taught')} error={errors?.lessons}>
          {pack.lessons.map((lesson, i) => (
            <Choice
              key={lesson.slug}
              type="checkbox"
              id={`lessons-${i}`}
              name="lessons"
              value={lesson.slug}
              label={<English>{lesson.title}</English>}
              defaultChecked={chosenLessons.has(lesson.slug)}
            />
          ))}
        </ChoiceGroup>
        <SelectField
          {...field('yearGroup')}
          label={t('Year group')}
          hint={t('{{pack}} is written for {{years}}.', {
            pack: pack.title,
            years: yearGroupsLabel(pack.yearGroups, t),
          })}
          placeholder={t('Choose a year group')}
          options={YEARS.map((y) => ({ value: String(y), label: yearGroupLabel(y, t) }))}
        />
        {errors?.confirmYearGroup || values.confirmYearGroup ? (
          <ChoiceGroup
            name="confirmYearGroup"
            legend={t('Confirm the year group')}
            error={errors?.confirmYearGroup}
          >
            <Choice
              type="checkbox"
              id="confirmYearGroup"
              name="confirmYearGroup"
              value="yes"
              label={t('Yes, I taught it to this year group')}
              defaultChecked={values.confirmYearGroup === 'yes'}
            />
          </ChoiceGroup>
        ) : null}
        <TextField
          {...field('pupils')}
          // GOV.UK's advice: text with a numeric keypad, not type=number (a wheel changes it)
          type="text"
          inputMode="numeric"
          className="input--short"
          label={t('Number of pupils')}
          hint={t('Roughly how many were in the room. A number only.')}
        />
        <ChoiceGroup name="setting" legend={t('Where')} error={errors?.setting}>
          {Object.entries(SETTING_LABELS).map(([value, label]) => (
            <Choice
              key={value}
              type="radio"
              id={`setting-${value}`}
              name="setting"
              value={value}
              label={t(label)}
              defaultChecked={(values.setting || 'class') === value}
            />
          ))}
        </ChoiceGroup>
        <SelectField
          {...field('coDeliveredWith')}
          label={t('Taught with someone else (optional)')}
          placeholder={t('No, I taught it alone')}
          options={Object.entries(CO_DELIVERER_LABELS).map(([value, label]) => ({
            value,
            label: t(label),
          }))}
        />
        <ChoiceGroup
          name="concernPassedOn"
          legend={t('Did you pass a concern about a pupil to your designated safeguarding lead?')}
          hint={t('Yes or no only. The concern itself goes to them, not here.')}
          error={errors?.concernPassedOn}
        >
          <Choice
            type="radio"
            id="concern-yes"
            name="concernPassedOn"
            value="yes"
            label={t('Yes')}
            defaultChecked={values.concernPassedOn === 'yes'}
          />
          <Choice
            type="radio"
            id="concern-no"
            name="concernPassedOn"
            value="no"
            label={t('No')}
            defaultChecked={values.concernPassedOn === 'no'}
          />
        </ChoiceGroup>
        {errors?.confirmDuplicate || values.confirmDuplicate ? (
          <ChoiceGroup
            name="confirmDuplicate"
            legend={t('Is this another group?')}
            error={errors?.confirmDuplicate}
          >
            <Choice
              type="checkbox"
              id="confirmDuplicate"
              name="confirmDuplicate"
              value="yes"
              label={t('Yes, this was another group: log it as well')}
              defaultChecked={values.confirmDuplicate === 'yes'}
            />
          </ChoiceGroup>
        ) : null}
        <SubmitOrCancel label={submitLabel} cancelTo={cancelTo} />
      </Form>
    </>
  )
}
