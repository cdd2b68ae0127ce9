/** The knowledge check's fields: as many questions and options as the trainer makes. */
import { useTranslation } from '#app/i18n/i18n.ts'
import { CheckboxField, TextField } from '#app/components/forms.tsx'
import { type FieldErrors } from '#app/utils/forms.ts'
import { cy, Pair, WelshField } from './__welsh-fields.tsx'

type FieldsProps = { values: Record<string, string>; errors?: FieldErrors }

export function CheckFields({
  values,
  errors,
  maxOptions,
  focus,
  welsh = false,
}: FieldsProps & { maxOptions: number; focus: string | null; welsh?: boolean }) {
  const { t } = useTranslation()
  /** the Welsh beside an English field of the check, when the lesson has Welsh */
  const inWelsh = (name: string, label: string, id: string, error?: string) =>
    welsh ? (
      <WelshField name={name} id={id} label={label} values={values} errors={errors} error={error} />
    ) : null
  // the server sends every question and option the form shows, a new check one of two options
  let count = 0
  while (`q${count}.prompt` in values) count++
  // the field a button just added, or the question it changed, takes the focus: autofocus
  // works in the page as the server sends it, so without JavaScript too
  const focused = (id: string) => (focus === id ? { autoFocus: true } : {})
  return (
    <>
      <TextField
        name="passMark"
        label={t('Pass mark for this check (%), optional')}
        hint={t('Leave empty to use the module’s pass mark.')}
        inputMode="numeric"
        defaultValue={values.passMark ?? ''}
        error={errors?.passMark}
      />
      {Array.from({ length: count }, (_, q) => {
        let options = 0
        while (`q${q}.o${options}.text` in values) options++
        const error = errors?.[`q${q}`]
        const n = q + 1
        return (
          <fieldset
            key={q}
            id={`q${q}`}
            tabIndex={-1}
            {...focused(`q${q}`)}
            className={error ? 'field field--error question-builder' : 'field question-builder'}
          >
            <legend>{t('Question {{n}}', { n })}</legend>
            {error ? (
              <p className="field-error">
                <span className="visually-hidden">{t('Error:')} </span>
                {t(error)}
              </p>
            ) : null}
            <Pair
              english={
                <TextField
                  name={`q${q}.prompt`}
                  id={`q${q}-prompt`}
                  label={t('Question {{n}}: the question', { n })}
                  defaultValue={values[`q${q}.prompt`] ?? ''}
                  {...focused(`q${q}-prompt`)}
                />
              }
              welsh={inWelsh(
                `q${q}.prompt`,
                t('Question {{n}}: the question in Welsh', { n }),
                // the Welsh question's problems are shown and linked here
                cy(`q${q}`),
                errors?.[cy(`q${q}`)],
              )}
            />
            <Pair
              english={
                <TextField
                  name={`q${q}.contentNote`}
                  id={`q${q}-contentNote`}
                  label={t('Question {{n}}: content note (optional)', { n })}
                  hint={t(
                    'Only for a question with hard detail, such as a stabbing or abuse at home. Learners then choose to see the question, see it without the detail, or leave.',
                  )}
                  defaultValue={values[`q${q}.contentNote`] ?? ''}
                />
              }
              welsh={inWelsh(
                `q${q}.contentNote`,
                t('Question {{n}}: content note in Welsh', { n }),
                `cy-q${q}-contentNote`,
              )}
            />
            <Pair
              english={
                <TextField
                  name={`q${q}.alternative`}
                  id={`q${q}-alternative`}
                  label={t('Question {{n}}: the same question without the hard detail', { n })}
                  hint={t(
                    'Needed with a content note. The options and the right answer stay the same.',
                  )}
                  defaultValue={values[`q${q}.alternative`] ?? ''}
                />
              }
              welsh={inWelsh(
                `q${q}.alternative`,
                t('Question {{n}}: the same question without the hard detail, in Welsh', { n }),
                `cy-q${q}-alternative`,
              )}
            />
            <CheckboxField
              name={`q${q}.multiple`}
              id={`q${q}-multiple`}
              label={t('Question {{n}}: more than one option is right', { n })}
              defaultChecked={values[`q${q}.multiple`] === 'on'}
            />
            {Array.from({ length: options }, (_, o) => (
              <div key={o} className="option-builder">
                <Pair
                  english={
                    <TextField
                      name={`q${q}.o${o}.text`}
                      id={`q${q}-o${o}-text`}
                      label={t('Question {{n}}, option {{m}}', { n, m: o + 1 })}
                      defaultValue={values[`q${q}.o${o}.text`] ?? ''}
                      {...focused(`q${q}-o${o}-text`)}
                    />
                  }
                  welsh={inWelsh(
                    `q${q}.o${o}.text`,
                    t('Question {{n}}, option {{m}} in Welsh', { n, m: o + 1 }),
                    `cy-q${q}-o${o}-text`,
                  )}
                />
                <CheckboxField
                  name={`q${q}.o${o}.correct`}
                  id={`q${q}-o${o}-correct`}
                  label={t('Question {{n}}, option {{m}} is right', { n, m: o + 1 })}
                  defaultChecked={values[`q${q}.o${o}.correct`] === 'on'}
                />
                <Pair
                  english={
                    <TextField
                      name={`q${q}.o${o}.feedback`}
                      id={`q${q}-o${o}-feedback`}
                      label={t('Question {{n}}, feedback on option {{m}}', { n, m: o + 1 })}
                      defaultValue={values[`q${q}.o${o}.feedback`] ?? ''}
                    />
                  }
                  welsh={inWelsh(
                    `q${q}.o${o}.feedback`,
                    t('Question {{n}}, feedback on option {{m}} in Welsh', { n, m: o + 1 }),
                    `cy-q${q}-o${o}-feedback`,
                  )}
                />
                {/* a question keeps two options at least */}
                {options > 2 ? (
                  <ShapeButton intent={`remove-option:${q}:${o}`}>
                    {t('Remove option {{m}} of question {{n}}', { n, m: o + 1 })}
                  </ShapeButton>
                ) : null}
              </div>
            ))}
            <div className="button-row">
              {options < maxOptions ? (
                <ShapeButton intent={`add-option:${q}`}>
                  {t('Add an option to question {{n}}', { n })}
                </ShapeButton>
              ) : null}
              {count > 1 ? (
                <ShapeButton intent={`remove-question:${q}`}>
                  {t('Remove question {{n}}', { n })}
                </ShapeButton>
              ) : null}
            </div>
          </fieldset>
        )
      })}
      <div className="button-row check-builder-end">
        <ShapeButton intent="add-question">{t('Add a question')}</ShapeButton>
      </div>
    </>
  )
}

/**
 * A button that changes the check's questions or options: it sends the form with what was typed,
 * and the form comes back changed; nothing is saved until "Save the lesson".
 */
function ShapeButton({ intent, children }: { intent: string; children: React.ReactNode }) {
  return (
    <button type="submit" name="intent" value={intent} className="button button--secondary">
      {children}
    </button>
  )
}
