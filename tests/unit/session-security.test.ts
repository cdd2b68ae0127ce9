import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { readSession } from '#app/auth/session.server.ts'
import { db, sessions } from '#app/db.server.ts'
import { readEnv } from '#app/utils/env.server.ts'
import { cookiePair, DEMO, requestWith, signInAs } from './helpers.ts'

test('cookies are Secure in production over https, and only there', () => {
  expect(
    readEnv({ NODE_ENV: 'production', APP_ORIGIN: 'https://upstream.example' }).SECURE_COOKIES,
  ).toBe(true)
  expect(
    readEnv({ NODE_ENV: 'production', APP_ORIGIN: 'http://localhost:3000' }).SECURE_COOKIES,
  ).toBe(false)
  expect(
    readEnv({ NODE_ENV: 'development', APP_ORIGIN: 'https://upstream.example' }).SECURE_COOKIES,
  ).toBe(false)
})

test('a session expires on the server: past its time the cookie signs nobody in', async () => {
  const cookie = await signInAs(DEMO.walesNurse)
  expect((await readSession(requestWith(cookie))).user?.email).toBe(DEMO.walesNurse)
  const id = cookiePair(cookie).split('=')[1]!
  const stored = db.select().from(sessions).where(eq(sessions.id, id)).get()
  // fourteen days, give or take the second it was made in
  const days = ((stored?.expiresAt ?? 0) * 1000 - Date.now()) / 86_400_000
  expect(days).toBeGreaterThan(13.99)
  expect(days).toBeLessThanOrEqual(14)

  db.update(sessions)
    .set({ expiresAt: Math.floor(Date.now() / 1000) - 1 })
    .where(eq(sessions.id, id))
    .run()
  const after = await readSession(requestWith(cookie))
  expect(after.user).toBeNull()
  // and the browser is told to forget it
  expect(after.setCookie).toMatch(/^upstream_session=;/)
  expect(db.select().from(sessions).where(eq(sessions.id, id)).get()).toBeUndefined()
})
