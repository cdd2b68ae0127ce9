import { and, count, eq, gt, lt } from 'drizzle-orm'
import { db, signInFailures } from '#app/db.server.ts'

/**
 * Sign-in limits, counted over failed attempts only so a person who signs in often is never
 * slowed: 5 failures in 15 minutes for one account, 20 for one client address.
 */
export const SIGN_IN_LIMITS = {
  windowMs: 15 * 60 * 1000,
  perAccount: 5,
  perAddress: 20,
}

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`
const addressKey = (address: string) => `address:${address}`

function failuresSince(key: string, since: number) {
  const [row] = db
    .select({ n: count() })
    .from(signInFailures)
    .where(and(eq(signInFailures.key, key), gt(signInFailures.at, new Date(since))))
    .all()
  return row?.n ?? 0
}

export function isSignInBlocked(email: string, address: string, now = Date.now()) {
  const since = now - SIGN_IN_LIMITS.windowMs
  return (
    failuresSince(accountKey(email), since) >= SIGN_IN_LIMITS.perAccount ||
    failuresSince(addressKey(address), since) >= SIGN_IN_LIMITS.perAddress
  )
}

export function recordSignInFailure(email: string, address: string, now = Date.now()) {
  const at = new Date(now)
  db.transaction((tx) => {
    tx.insert(signInFailures)
      .values([
        { key: accountKey(email), at },
        { key: addressKey(address), at },
      ])
      .run()
    // keep the table small: nothing older than the window matters
    tx.delete(signInFailures)
      .where(lt(signInFailures.at, new Date(now - SIGN_IN_LIMITS.windowMs)))
      .run()
  })
}

/** A successful sign-in clears the account's count (not the address's). */
export function clearAccountFailures(email: string) {
  db.delete(signInFailures)
    .where(eq(signInFailures.key, accountKey(email)))
    .run()
}
