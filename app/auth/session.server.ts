/**
 * The only module that uses lucia (v3 is no longer developed upstream): replacing it means
 * rewriting this file alone. See docs/decisions/001-lucia-behind-one-module.md.
 */
import { DrizzleSQLiteAdapter } from '@lucia-auth/adapter-drizzle'
import { Lucia, TimeSpan } from 'lucia'
import { sql } from 'drizzle-orm'
import { db, sessions, users, type Role } from '#app/db.server.ts'
import { env } from '#app/utils/env.server.ts'

const lucia = new Lucia(new DrizzleSQLiteAdapter(db, sessions, users), {
  sessionExpiresIn: new TimeSpan(14, 'd'),
  sessionCookie: {
    name: 'upstream_session',
    attributes: { secure: env.SECURE_COOKIES, sameSite: 'lax' },
  },
  getUserAttributes: (row) => ({
    email: row.email,
    name: row.name,
    role: row.role,
    vruId: row.vruId,
    organisationId: row.organisationId,
    active: row.active,
    language: row.language,
  }),
})

declare module 'lucia' {
  interface Register {
    Lucia: typeof lucia
    DatabaseUserAttributes: {
      email: string
      name: string
      role: Role
      vruId: number | null
      organisationId: number | null
      active: boolean
      language: 'en' | 'cy' | null
    }
  }
}

export type SessionUser = {
  id: string
  email: string
  name: string
  role: Role
  vruId: number | null
  organisationId: number | null
  /** The language chosen on their account, if they have chosen one. */
  language?: 'en' | 'cy' | null
}

/** The signed-in person, and a cookie to send when lucia extended the session. */
// The root loader and the page's own loader both ask who is signed in: validate once a request.
const sessionOfRequest = new WeakMap<Request, ReturnType<typeof readSessionCookie>>()

export function readSession(request: Request) {
  let session = sessionOfRequest.get(request)
  if (!session) {
    session = readSessionCookie(request.headers.get('Cookie'))
    sessionOfRequest.set(request, session)
  }
  return session
}

/** The same, from a Cookie header. */
export async function readSessionCookie(
  cookieHeader: string | null | undefined,
): Promise<{ user: SessionUser | null; setCookie: string | null }> {
  const sessionId = lucia.readSessionCookie(cookieHeader ?? '')
  if (!sessionId) return { user: null, setCookie: null }
  const { session, user } = await lucia.validateSession(sessionId)
  if (!session || !user) {
    return { user: null, setCookie: lucia.createBlankSessionCookie().serialize() }
  }
  if (!user.active) {
    await lucia.invalidateUserSessions(user.id)
    return { user: null, setCookie: lucia.createBlankSessionCookie().serialize() }
  }
  const { id, email, name, role, vruId, organisationId, language } = user
  return {
    user: { id, email, name, role, vruId, organisationId, language },
    setCookie: session.fresh ? lucia.createSessionCookie(session.id).serialize() : null,
  }
}

const sessionUserById = db
  .select({
    id: users.id,
    email: users.email,
    name: users.name,
    role: users.role,
    vruId: users.vruId,
    organisationId: users.organisationId,
    active: users.active,
    expiresAt: sessions.expiresAt,
  })
  .from(sessions)
  .innerJoin(users, sql`${users.id} = ${sessions.userId}`)
  .where(sql`${sessions.id} = ${sql.placeholder('sessionId')}`)
  .prepare()

/**
 * The same check as readSessionCookie (a live, unexpired session of an active person) as one
 * prepared query and without extending the session: for film heartbeats, thousands a second.
 * Page requests still extend it, so a person watching a film stays signed in.
 */
export function readSessionCookieQuickly(
  cookieHeader: string | null | undefined,
  now = Date.now(),
): SessionUser | null {
  const sessionId = lucia.readSessionCookie(cookieHeader ?? '')
  if (!sessionId) return null
  const cached = recentlyChecked.get(sessionId)
  if (cached && cached.until > now) return cached.user
  const row = sessionUserById.get({ sessionId })
  if (!row || !row.active || row.expiresAt * 1000 <= now) return null
  const { id, email, name, role, vruId, organisationId } = row
  const user = { id, email, name, role, vruId, organisationId }
  if (recentlyChecked.size > 50_000) recentlyChecked.clear()
  recentlyChecked.set(sessionId, {
    user,
    until: Math.min(now + RECHECK_AFTER_MS, row.expiresAt * 1000),
  })
  return user
}

/**
 * A film sends a heartbeat every 15 s; a session checked in the last few seconds is not looked up
 * again. Signing out, deactivation and role changes clear it here at once (one process).
 */
const RECHECK_AFTER_MS = 5_000
const recentlyChecked = new Map<string, { user: SessionUser; until: number }>()
function forgetChecks(match: (sessionId: string, user: SessionUser) => boolean) {
  for (const [sessionId, { user }] of recentlyChecked)
    if (match(sessionId, user)) recentlyChecked.delete(sessionId)
}

/** Signs a person in with a new session id, ending the one the browser held (rotation). */
export async function startSession(request: Request, userId: string) {
  const previous = lucia.readSessionCookie(request.headers.get('Cookie') ?? '')
  if (previous) {
    forgetChecks((id) => id === previous)
    await lucia.invalidateSession(previous)
  }
  const session = await lucia.createSession(userId, {})
  return lucia.createSessionCookie(session.id).serialize()
}

/** Signs out: the session ends on the server, not only in the browser. */
export async function endSession(request: Request) {
  const sessionId = lucia.readSessionCookie(request.headers.get('Cookie') ?? '')
  if (sessionId) {
    forgetChecks((id) => id === sessionId)
    await lucia.invalidateSession(sessionId)
  }
  return lucia.createBlankSessionCookie().serialize()
}

/** Ends every session of a person: on deactivation, role change or password reset. */
export async function endAllSessions(userId: string) {
  forgetChecks((_, user) => user.id === userId)
  await lucia.invalidateUserSessions(userId)
}
