import { eq } from 'drizzle-orm'
import { recordAudit } from '#app/audit/audit.server.ts'
import { db, users, type Role } from '#app/db.server.ts'
import { hashPassword, verifyPassword } from './password.server.ts'
import { clearAccountFailures, isSignInBlocked, recordSignInFailure } from './rate-limit.server.ts'

// Verified when no account matches, so a wrong email takes as long as a wrong password.
const decoyHash = hashPassword('decoy password that never matches')

export type SignInResult =
  { ok: true; userId: string; role: Role } | { ok: false; reason: 'invalid' | 'too-many-attempts' }

export async function signIn(
  email: string,
  password: string,
  address: string,
): Promise<SignInResult> {
  const normalised = email.trim().toLowerCase()
  const user = db.select().from(users).where(eq(users.email, normalised)).get()
  // a failed attempt names only the email tried; the unit of a matching account may see it
  const failed = (reason: 'invalid' | 'too-many-attempts') => {
    recordAudit({
      action: 'sign_in_failed',
      actor: null,
      address,
      vruId: user?.vruId ?? null,
      subject: user ? `person:${user.id}` : null,
      details: { email: normalised.slice(0, 320), reason },
    })
    return { ok: false, reason } as const
  }
  if (isSignInBlocked(normalised, address)) return failed('too-many-attempts')
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password)
  if (!user || !user.passwordHash || !user.active || !valid) {
    recordSignInFailure(normalised, address)
    return failed('invalid')
  }
  clearAccountFailures(normalised)
  recordAudit({ action: 'sign_in', actor: user, address, subject: `person:${user.id}` })
  return { ok: true, userId: user.id, role: user.role }
}
