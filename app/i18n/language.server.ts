import { createCookie } from '@remix-run/node'
import { z } from 'zod'
import { env } from '#app/utils/env.server.ts'
import { isLanguage, LANGUAGES, type Language } from './i18n.ts'

const languageCookie = createCookie('upstream_language', {
  path: '/',
  sameSite: 'lax',
  httpOnly: true,
  secure: env.SECURE_COOKIES,
  maxAge: 60 * 60 * 24 * 365,
})

export async function getLanguage(request: Request): Promise<Language> {
  const value: unknown = await languageCookie.parse(request.headers.get('Cookie'))
  return isLanguage(value) ? value : 'en'
}

export function serializeLanguage(language: Language) {
  return languageCookie.serialize(language)
}

/** The language switcher's form: the language chosen and the page it was chosen on. */
export const LanguageChoiceSchema = z.object({
  language: z.enum(LANGUAGES),
  redirectTo: z.string().optional(),
})
