import { data } from '@remix-run/node'
import { type FieldErrors } from './forms.ts'

/** A 400 answer for a failed form: its errors and what was typed, so nothing is lost. */
export function invalid(errors: FieldErrors, values: Record<string, string> = {}, status = 400) {
  return data({ ok: false as const, errors, values }, { status })
}
