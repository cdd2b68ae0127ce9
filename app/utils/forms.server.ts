import { data } from '@remix-run/node'
import { type z } from 'zod'
import { type FieldErrors } from './forms.ts'
import { FORM_MESSAGES } from './labels.ts'

/** A 400 answer for a failed form: its errors and what was typed, so nothing is lost. */
export function invalid(errors: FieldErrors, values: Record<string, string> = {}, status = 400) {
  return data({ ok: false as const, errors, values }, { status })
}

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data']

const FORM_UNREADABLE = FORM_MESSAGES.unreadable

/**
 * Refuses, with a 415, a request whose body is not a form (JSON, plain text, no content type):
 * every action takes what a browser's form sends, and nothing else.
 */
export function requireFormContentType(request: Request) {
  const type = request.headers.get('Content-Type')?.split(';')[0]?.trim().toLowerCase() ?? ''
  if (!FORM_TYPES.includes(type))
    throw new Response(FORM_MESSAGES.notAForm, {
      status: 415,
      headers: { 'Accept-Post': FORM_TYPES.join(', ') },
    })
}

/**
 * The largest form readForm reads. The longest real ones (a 200 KB staff CSV sent back for
 * import, ten 10,000-character reflections, percent-encoded) stay well under it; files go
 * through the studio's streaming upload parser, which has its own limits.
 */
export const FORM_LIMIT_BYTES = 2 * 1024 * 1024

function tooLarge() {
  return new Response(FORM_MESSAGES.tooLarge, { status: 413 })
}

/** The body's bytes, refused as soon as they pass the limit, whatever Content-Length says. */
async function readLimited(request: Request) {
  if (Number(request.headers.get('Content-Length')) > FORM_LIMIT_BYTES) throw tooLarge()
  const chunks: Uint8Array[] = []
  let size = 0
  if (request.body) {
    const reader = request.body.getReader()
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      size += read.value.byteLength
      if (size > FORM_LIMIT_BYTES) {
        await reader.cancel()
        throw tooLarge()
      }
      chunks.push(read.value)
    }
  }
  return Buffer.concat(chunks)
}

/**
 * The one way an action reads its form: a body that is not a form answers 415, one over the
 * limit 413, one that cannot be parsed (a broken multipart boundary, a body cut short) 400,
 * never a 500.
 */
export async function readForm(request: Request): Promise<FormData> {
  requireFormContentType(request)
  try {
    const body = await readLimited(request)
    const type = request.headers.get('Content-Type') ?? ''
    return await new Response(body, { headers: { 'Content-Type': type } }).formData()
  } catch (error) {
    if (error instanceof Response) throw error
    throw new Response(FORM_UNREADABLE, { status: 400 })
  }
}

/** The form's `intent`, one of the schema's; a missing or unknown one answers 400. */
export function readIntent<T extends z.ZodEnum>(form: FormData, schema: T): z.output<T> {
  const intent = schema.safeParse(form.get('intent'))
  if (!intent.success) throw new Response(FORM_MESSAGES.unknownIntent, { status: 400 })
  return intent.data
}

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
