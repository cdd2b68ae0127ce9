import { eq } from 'drizzle-orm'
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
  if (isSignInBlocked(normalised, address)) return { ok: false, reason: 'too-many-attempts' }
  const user = db.select().from(users).where(eq(users.email, normalised)).get()
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password)
  if (!user || !user.passwordHash || !user.active || !valid) {
    recordSignInFailure(normalised, address)
    return { ok: false, reason: 'invalid' }
  }
  clearAccountFailures(normalised)
  return { ok: true, userId: user.id, role: user.role }
}
