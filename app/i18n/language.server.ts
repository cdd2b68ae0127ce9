import { createCookie } from '@remix-run/node'
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { readSession, type SessionUser } from '#app/auth/session.server.ts'
import { db, users } from '#app/db.server.ts'
import { env } from '#app/utils/env.server.ts'
import { cy } from './cy/index.ts'
import { createI18n, isLanguage, LANGUAGES, type I18n, type Language } from './i18n.ts'

const languageCookie = createCookie('upstream_language', {
  path: '/',
  sameSite: 'lax',
  httpOnly: true,
  secure: env.SECURE_COOKIES,
  maxAge: 60 * 60 * 24 * 365,
})

/** The language of a request: the signed-in person's choice, else the cookie, else English. */
export async function getLanguage(request: Request): Promise<Language> {
  const { user } = await readSession(request)
  if (user?.language) return user.language
  const value: unknown = await languageCookie.parse(request.headers.get('Cookie'))
  return isLanguage(value) ? value : 'en'
}

export function serializeLanguage(language: Language) {
  return languageCookie.serialize(language)
}

/** Keeps a signed-in person's choice on their account, so their emails follow it too. */
export function rememberLanguage(user: SessionUser, language: Language) {
  db.update(users).set({ language }).where(eq(users.id, user.id)).run()
}

/** Text in a language on the server (emails, PDFs, CSV headers). */
export function i18nFor(language: Language | null | undefined): I18n {
  return language === 'cy' ? createI18n('cy', cy) : createI18n('en')
}

/** The language switcher's form: the language chosen and the page it was chosen on. */
export const LanguageChoiceSchema = z.object({
  language: z.enum(LANGUAGES),
  redirectTo: z.string().optional(),
})
