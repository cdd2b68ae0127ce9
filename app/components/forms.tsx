import { Form, Link } from '@remix-run/react'
import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { type FieldErrors } from '#app/utils/forms.ts'

/**
 * GOV.UK-style summary at the top of a form: focused on arrival, linking to each field (or, with
 * `links`, wherever the problem is put right; an empty link leaves the line unlinked).
 */
export function ErrorSummary({
  errors,
  fieldIds,
  links,
  title = 'There is a problem',
}: {
  errors?: FieldErrors
  fieldIds?: Record<string, string>
  links?: Record<string, string>
  title?: string
}) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDivElement>(null)
  const entries = Object.entries(errors ?? {})
  useEffect(() => {
    if (entries.length > 0) ref.current?.focus()
  })
  if (entries.length === 0) return null
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">{t(title)}</h2>
      <ul>
        {entries.map(([field, message]) => {
          const href = links
            ? links[field]
            : field === 'form'
              ? ''
              : `#${fieldIds?.[field] ?? field}`
          return <li key={field}>{href ? <a href={href}>{t(message)}</a> : t(message)}</li>
        })}
      </ul>
    </div>
  )
}

/**
 * Binds a form's fields to what was typed and what went wrong: `{...field('email')}` gives a
 * field its name, its value to show again and its error.
 */
export function bindFields(
  values: Record<string, string | undefined> | undefined,
  errors: FieldErrors | undefined,
) {
  return (name: string) => ({ name, defaultValue: values?.[name] ?? '', error: errors?.[name] })
}

type FieldProps = {
  name: string
  label: string
  hint?: ReactNode
  error?: string
  id?: string
}

type ControlProps = {
  id: string
  name: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

/** The label, hint and error every field has; `control` renders the input itself. */
function Field({
  name,
  label,
  hint,
  error,
  id,
  control,
}: FieldProps & { control: (props: ControlProps) => ReactNode }) {
  const fieldId = id ?? name
  const hintId = useId()
  const describedBy = [hint ? hintId : null, error ? `${fieldId}-error` : null]
    .filter(Boolean)
    .join(' ')
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={fieldId}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? <FieldError id={`${fieldId}-error`} error={error} /> : null}
      {control({
        id: fieldId,
        name,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
    </div>
  )
}

export function TextField({
  name,
  label,
  hint,
  error,
  id,
  ...input
}: FieldProps & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>) {
  return (
    <Field
      {...{ name, label, hint, error, id }}
      control={(props) => <input {...props} {...input} />}
    />
  )
}

export function SelectField({
  name,
  label,
  hint,
  error,
  id,
  options,
  placeholder,
  ...select
}: FieldProps & {
  /** `lang`: a label that is content in another language than the page's (a module's title) */
  options: readonly { value: string; label: string; lang?: string }[]
  placeholder?: string
} & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'id'>) {
  return (
    <Field
      {...{ name, label, hint, error, id }}
      control={(props) => (
        <select {...props} {...select}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  )
}

export function TextAreaField({
  name,
  label,
  hint,
  error,
  id,
  ...textarea
}: FieldProps & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'id'>) {
  return (
    <Field
      {...{ name, label, hint, error, id }}
      control={(props) => <textarea {...props} {...textarea} />}
    />
  )
}

/** The error line under a field's label, with its id for aria-describedby. */
export function FieldError({ id, error }: { id: string; error: string }) {
  const { t } = useTranslation()
  return (
    <p className="field-error" id={id}>
      <span className="visually-hidden">{t('Error:')} </span>
      {t(error)}
    </p>
  )
}

/** A checkbox beside its label; with `error`, the error stands above it. */
export function CheckboxField({
  name,
  label,
  id,
  error,
  ...input
}: { name: string; label: string; id?: string; error?: string } & Omit<
  React.InputHTMLAttributes<HTMLInputElement>,
  'name' | 'id' | 'type'
>) {
  const fieldId = id ?? name
  return (
    <div className={error ? 'field checkbox field--error' : 'field checkbox'}>
      {error ? <FieldError id={`${fieldId}-error`} error={error} /> : null}
      <input
        type="checkbox"
        id={fieldId}
        name={name}
        aria-describedby={error ? `${fieldId}-error` : undefined}
        {...input}
      />{' '}
      <label htmlFor={fieldId}>{label}</label>
    </div>
  )
}

/**
 * A group of radios or checkboxes under a legend (`name-hint` and `name-error` are the ids of its
 * hint and error); the choices are its children, each a `Choice`.
 */
export function ChoiceGroup({
  name,
  legend,
  hint,
  error,
  children,
}: {
  name: string
  legend: string
  hint?: string
  error?: string
  children: ReactNode
}) {
  const hintId = `${name}-hint`
  const errorId = `${name}-error`
  return (
    <fieldset
      className={error ? 'field field--error' : 'field'}
      aria-describedby={error ? errorId : hint ? hintId : undefined}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? <FieldError id={errorId} error={error} /> : null}
      {children}
    </fieldset>
  )
}

/** One radio or checkbox of a ChoiceGroup, beside its label; `li` inside a `.choice-list`. */
export function Choice({
  type,
  id,
  label,
  as: Wrapper = 'div',
  ...input
}: {
  type: 'radio' | 'checkbox'
  id: string
  label: ReactNode
  as?: 'div' | 'li'
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'>) {
  return (
    <Wrapper className="field checkbox">
      <input type={type} id={id} {...input} />
      <label htmlFor={id}>{label}</label>
    </Wrapper>
  )
}

/** A list page's search box (`q`), sent as a GET so the results have an address. */
export function SearchForm({ label, defaultValue }: { label: string; defaultValue: string }) {
  const { t } = useTranslation()
  return (
    <Form method="get" role="search" className="field">
      <label htmlFor="q">{label}</label>
      <div className="button-row">
        <input id="q" name="q" type="search" defaultValue={defaultValue} />
        <button type="submit" className="button button--secondary">
          {t('Search')}
        </button>
      </div>
    </Form>
  )
}

/** A form's submit button with a Cancel link back to where the person came from. */
export function SubmitOrCancel({ label, cancelTo }: { label: string; cancelTo: string }) {
  const { t } = useTranslation()
  return (
    <div className="button-row">
      <button type="submit" className="button">
        {label}
      </button>
      <Link to={cancelTo}>{t('Cancel')}</Link>
    </div>
  )
}
