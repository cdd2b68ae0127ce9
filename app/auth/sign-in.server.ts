import { eq } from 'drizzle-orm'
import { recordAudit } from '#app/audit/audit.server.ts'
import { db, users, type Role } from '#app/db.server.ts'
import { hashPassword, verifyPassword } from './password.server.ts'
import { recordSignInFailure, signInSucceeded, signInWait } from './rate-limit.server.ts'

// Verified when no account matches, so a wrong email takes as long as a wrong password.
const decoyHash = hashPassword('decoy password that never matches')

export type SignInResult =
  | { ok: true; userId: string; role: Role }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'too-many-attempts'; waitMs: number }

export async function signIn(
  email: string,
  password: string,
  address: string,
  now = Date.now(),
): Promise<SignInResult> {
  const normalised = email.trim().toLowerCase()
  const user = db.select().from(users).where(eq(users.email, normalised)).get()
  // a failed attempt names only the email tried; the unit of a matching account may see it
  const audit = (reason: 'invalid' | 'too-many-attempts') =>
    recordAudit({
      action: 'sign_in_failed',
      actor: null,
      address,
      vruId: user?.vruId ?? null,
      subject: user ? `person:${user.id}` : null,
      details: { email: normalised.slice(0, 320), reason },
    })
  const waitMs = signInWait(normalised, address, now)
  if (waitMs > 0) {
    audit('too-many-attempts')
    return { ok: false, reason: 'too-many-attempts', waitMs }
  }
  // counted before the slow check, so parallel guesses from one address see each other
  const attempt = recordSignInFailure(normalised, address, now)
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password)
  if (!user || !user.passwordHash || !user.active || !valid) {
    audit('invalid')
    return { ok: false, reason: 'invalid' }
  }
  signInSucceeded(normalised, address, attempt)
  recordAudit({ action: 'sign_in', actor: user, address, subject: `person:${user.id}` })
  return { ok: true, userId: user.id, role: user.role }
}
