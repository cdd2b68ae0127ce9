/** The module's details in Welsh beside the English, and the languages it offers. */
import { useTranslation } from '#app/i18n/i18n.ts'
import {
  bindFields,
  Choice,
  ChoiceGroup,
  TextAreaField,
  TextField,
} from '#app/components/forms.tsx'
import { Pair } from './__welsh-fields.tsx'

type ModuleFormValues = Record<string, string | undefined>

/** The languages the module offers; Welsh must then be there for every lesson to publish. */
export function WelshLanguages({
  values,
  errors,
}: {
  values: ModuleFormValues
  errors?: Record<string, string>
}) {
  const { t } = useTranslation()
  const chosen = values.languages || 'en'
  return (
    <ChoiceGroup
      name="languages"
      legend={t('Languages learners can read it in')}
      hint={t(
        'English and Welsh needs the Welsh of every lesson and of the title and summary; publishing says what is missing.',
      )}
      error={errors?.languages}
    >
      <Choice
        type="radio"
        name="languages"
        id="languages-en"
        value="en"
        label={t('English only')}
        defaultChecked={chosen === 'en'}
      />
      <Choice
        type="radio"
        name="languages"
        id="languages-en-cy"
        value="en-cy"
        label={t('English and Welsh')}
        defaultChecked={chosen === 'en-cy'}
      />
    </ChoiceGroup>
  )
}

/** Title, summary, description and content note, each with its Welsh beside it when asked. */
export function ModuleTexts({
  values,
  errors,
  withWelsh,
}: {
  values: ModuleFormValues
  errors?: Record<string, string>
  withWelsh: boolean
}) {
  const { t } = useTranslation()
  const field = bindFields(values, errors)
  const welsh = (name: string, label: string, rows?: number) => {
    if (!withWelsh) return null
    const props = { ...field(name), label, lang: 'cy' }
    return rows ? <TextAreaField {...props} rows={rows} /> : <TextField {...props} />
  }
  return (
    <>
      <Pair
        english={<TextField {...field('title')} label={t('Title')} />}
        welsh={welsh('cyTitle', t('Title in Welsh'))}
      />
      <Pair
        welsh={welsh('cySummary', t('Summary in Welsh'), 3)}
        english={
          <TextAreaField
            {...field('summary')}
            label={t('Summary')}
            hint={t('One or two plain sentences: who it is for and what they will be able to do.')}
            rows={3}
          />
        }
      />
      <Pair
        welsh={welsh('cyDescription', t('Description in Welsh (optional)'), 5)}
        english={
          <TextAreaField
            {...field('description')}
            label={t('Description (optional)')}
            hint={t('What it covers, shown on the module page. Markdown.')}
            rows={5}
          />
        }
      />
      <Pair
        welsh={welsh('cyContentNote', t('Content note in Welsh (optional)'), 2)}
        english={
          <TextAreaField
            {...field('contentNote')}
            label={t('Content note (optional)')}
            hint={t('What in the module may distress, so a learner can choose when to take it.')}
            rows={2}
          />
        }
      />
    </>
  )
}
