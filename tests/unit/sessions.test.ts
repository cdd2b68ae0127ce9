import { eq } from 'drizzle-orm'
import { describe, expect, test } from 'vitest'
import {
  endAllSessions,
  endSession,
  readSession,
  readSessionCookieQuickly,
  startSession,
} from '#app/auth/session.server.ts'
import { db, sessions } from '#app/db.server.ts'
import { cookiePair, DEMO, requestWith, signInAs, userRow } from './helpers.ts'

const sessionId = (setCookie: string) => cookiePair(setCookie).split('=')[1]!
const storedSession = (id: string) => db.select().from(sessions).where(eq(sessions.id, id)).get()
const attributes = (setCookie: string) =>
  setCookie
    .split(';')
    .slice(1)
    .map((part) => part.trim().toLowerCase())

describe('sessions', () => {
  test('a new session is readable from its cookie', async () => {
    const cookie = await signInAs(DEMO.walesNurse)
    expect(cookiePair(cookie)).toMatch(/^upstream_session=.+/)
    const { user } = await readSession(requestWith(cookie))
    expect(user).toMatchObject({
      email: DEMO.walesNurse,
      role: 'learner',
      id: userRow(DEMO.walesNurse).id,
    })
  })

  test('signing in again rotates the session: the previous id no longer works', async () => {
    const first = await signInAs(DEMO.lancashireTeacher)
    const second = await startSession(requestWith(first), userRow(DEMO.lancashireTeacher).id)
    expect(sessionId(second)).not.toBe(sessionId(first))
    expect(storedSession(sessionId(first))).toBeUndefined()
    expect((await readSession(requestWith(first))).user).toBeNull()
    expect((await readSession(requestWith(second))).user?.email).toBe(DEMO.lancashireTeacher)
  })

  test('a session id planted in the browser is not adopted at sign-in', async () => {
    const planted = 'upstream_session=attacker-chosen-id'
    const cookie = await startSession(requestWith(planted), userRow(DEMO.merseysideTeacher).id)
    expect(sessionId(cookie)).not.toBe('attacker-chosen-id')
    expect((await readSession(requestWith(planted))).user).toBeNull()
  })

  test('signing out ends the session on the server, not only in the browser', async () => {
    const cookie = await signInAs(DEMO.schoolLead)
    expect(storedSession(sessionId(cookie))).toBeDefined()
    const blank = await endSession(requestWith(cookie))
    expect(storedSession(sessionId(cookie))).toBeUndefined()
    // the old cookie, replayed, no longer signs anyone in
    const replay = await readSession(requestWith(cookie))
    expect(replay.user).toBeNull()
    expect(replay.setCookie).not.toBeNull()
    // and the browser is told to forget it
    expect(cookiePair(blank)).toBe('upstream_session=')
    expect(attributes(blank)).toContain('max-age=0')
  })

  test('ending all sessions signs a person out on every device but leaves others signed in', async () => {
    const phone = await signInAs(DEMO.merseysideTrainer)
    const laptop = await signInAs(DEMO.merseysideTrainer)
    const someoneElse = await signInAs(DEMO.merseysideLead)
    await endAllSessions(userRow(DEMO.merseysideTrainer).id)
    expect((await readSession(requestWith(phone))).user).toBeNull()
    expect((await readSession(requestWith(laptop))).user).toBeNull()
    expect((await readSession(requestWith(someoneElse))).user?.email).toBe(DEMO.merseysideLead)
  })

  test('the session cookie is HttpOnly, SameSite=Lax, site-wide, and not Secure over http', async () => {
    const cookie = await signInAs(DEMO.admin)
    const attrs = attributes(cookie)
    expect(attrs).toContain('httponly')
    expect(attrs).toContain('samesite=lax')
    expect(attrs).toContain('path=/')
    expect(attrs).not.toContain('secure')
    const blank = attributes(await endSession(requestWith(cookie)))
    expect(blank).toContain('httponly')
    expect(blank).toContain('samesite=lax')
  })

  test('a request without a cookie has no user and sets no cookie', async () => {
    expect(await readSession(requestWith(null))).toEqual({ user: null, setCookie: null })
  })
})

describe('the quick check used by film heartbeats', () => {
  test('sees a live session, and forgets it at once on sign-out and on ending every session', async () => {
    const first = await signInAs(DEMO.walesNurse)
    expect(readSessionCookieQuickly(cookiePair(first))?.email).toBe(DEMO.walesNurse)
    await endSession(requestWith(first))
    expect(readSessionCookieQuickly(cookiePair(first))).toBeNull()

    const second = await signInAs(DEMO.walesNurse)
    expect(readSessionCookieQuickly(cookiePair(second))?.email).toBe(DEMO.walesNurse)
    await endAllSessions(userRow(DEMO.walesNurse).id)
    expect(readSessionCookieQuickly(cookiePair(second))).toBeNull()
    expect(readSessionCookieQuickly('upstream_session=made-up')).toBeNull()
  })
})
