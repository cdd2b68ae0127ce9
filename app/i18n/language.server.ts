import { createCookie } from '@remix-run/node'
import { env } from '#app/utils/env.server.ts'
import { isLanguage, type Language } from './i18n.ts'

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
