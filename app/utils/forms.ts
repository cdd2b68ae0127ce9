import { type z } from 'zod'

/** Field name → an error message (an English sentence, translated where it is shown). */
export type FieldErrors = Record<string, string>

export type FormResult<T> =
  | { success: true; data: T; values: Record<string, string> }
  | { success: false; errors: FieldErrors; values: Record<string, string> }

/**
 * Parses a submitted form with its zod schema. Empty fields count as missing, and on failure
 * the typed values come back so the page can show them again (no lost work).
 */
export function parseForm<S extends z.ZodType>(
  formData: FormData,
  schema: S,
): FormResult<z.output<S>> {
  const values: Record<string, string> = {}
  const input: Record<string, string | string[]> = {}
  for (const [key, value] of formData) {
    if (typeof value !== 'string') continue
    if (key !== 'password' && key !== 'confirmPassword' && key !== 'currentPassword')
      values[key] = value
    const trimmed = value.trim()
    if (trimmed === '') continue
    const existing = input[key]
    input[key] = existing === undefined ? value : ([] as string[]).concat(existing, value)
  }
  const parsed = schema.safeParse(input)
  if (parsed.success) return { success: true, data: parsed.data, values }
  const errors: FieldErrors = {}
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form')
    errors[field] ??= issue.message
  }
  return { success: false, errors, values }
}
