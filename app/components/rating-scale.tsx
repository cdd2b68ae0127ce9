import { type ReactNode } from 'react'
import { useTranslation } from '#app/i18n/i18n.ts'

const SCALE = [1, 2, 3, 4, 5] as const

/**
 * One self-rating, 1 (not at all) to 5 (completely), as radios under a legend: the modules'
 * before-and-after questions and the ones asked after live training share it.
 */
export function RatingScale({
  name,
  legend,
  error,
  defaultValue,
}: {
  name: string
  legend: ReactNode
  error?: string
  defaultValue?: string
}) {
  const { t } = useTranslation()
  const scaleLabels = [t('Not at all'), t('A little'), t('Somewhat'), t('Mostly'), t('Completely')]
  return (
    <fieldset
      className={error ? 'field field--error scale' : 'field scale'}
      aria-describedby={error ? `${name}-error` : undefined}
    >
      <legend>{legend}</legend>
      {error ? (
        <p className="field-error" id={`${name}-error`}>
          {t(error)}
        </p>
      ) : null}
      <div className="scale__options">
        {SCALE.map((n) => (
          <label key={n} htmlFor={`${name}-${n}`} className="scale__option">
            <input
              type="radio"
              id={`${name}-${n}`}
              name={name}
              value={n}
              defaultChecked={defaultValue === String(n)}
            />
            <span>
              {n} <span className="scale__label">{scaleLabels[n - 1]}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
