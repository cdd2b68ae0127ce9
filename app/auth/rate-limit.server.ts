import { and, count, eq, gt, inArray, lt, max, sql } from 'drizzle-orm'
import { db, signInFailures } from '#app/db.server.ts'

/**
 * Throttling that slows guessing without letting a stranger lock anyone out (OWASP ASVS 4.0
 * V2.2.1). A *failure* is a sign-in whose email and password did not match (no such account,
 * deactivated, or wrong password); it is counted three ways: for the pair (account, address),
 * for the account from every address, and for the address across every account.
 *
 * 1. A pair that has never failed (in the last 24 hours) is never held up: the password is
 *    checked, and the right one signs in, whatever strangers did to the account or at the
 *    address. This is what keeps the owner, and a school's other staff, able to sign in.
 * 2. A pair with 5 failures in 24 hours must wait 15 minutes after its last failure; each further
 *    failure doubles the wait (30 minutes, 1 hour, 2 hours …, at most 24 hours). While it waits,
 *    nothing it sends is checked, not even the right password; a sign-in clears the pair.
 * 3. When an account has had 10 or more failures in the last hour from all addresses together, a
 *    pair that has itself failed must wait 1 minute after its last failure, plus 1 minute for
 *    every failure beyond 10 (at most an hour). A distributed guesser thus gets a first guess
 *    from each address, then about one an hour from each; with argon2id's cost per check,
 *    thousands of guesses on one account need hundreds of addresses for a day.
 * 4. An address with 100 or more failures in the last hour (across all accounts) may not retry
 *    any account it has failed on for an hour after that failure. Accounts it has not failed on
 *    are still checked, so a colleague at the same school with the right password signs in.
 * 5. A password reset clears every failure counted for its account.
 *
 * The rules depend only on the email as typed, never on whether an account has it, so the
 * answers still say nothing about which emails have accounts. An attempt counts as a failure
 * from the moment it starts (and is taken back if it succeeds), so requests sent in parallel
 * cannot all slip past the count.
 *
 * The same table also counts requests for reset links (`reset-*` keys, see RESET_LIMITS).
 */
export const SIGN_IN_LIMITS = {
  pairFailures: 5,
  pairWindowMs: 24 * 60 * 60 * 1000,
  pairFirstWaitMs: 15 * 60 * 1000,
  pairMaxWaitMs: 24 * 60 * 60 * 1000,
  accountFailuresPerHour: 10,
  accountWaitStepMs: 60 * 1000,
  accountMaxWaitMs: 60 * 60 * 1000,
  addressFailuresPerHour: 100,
  addressWaitMs: 60 * 60 * 1000,
}

/** Requests for a reset link in an hour: from one address, and for one email address. */
export const RESET_LIMITS = {
  windowMs: 60 * 60 * 1000,
  perAddress: 30,
  perEmail: 3,
}

const HOUR_MS = 60 * 60 * 1000
// nothing older than the longest window matters
const KEEP_MS = SIGN_IN_LIMITS.pairWindowMs

const normalise = (email: string) => email.trim().toLowerCase()
const pairPrefix = (email: string) => `pair:${normalise(email)}|`
const pairKey = (email: string, address: string) => `${pairPrefix(email)}${address}`
const accountKey = (email: string) => `account:${normalise(email)}`
const addressKey = (address: string) => `address:${address}`

function eventsSince(key: string, since: number) {
  const row = db
    .select({ n: count(), last: max(signInFailures.at) })
    .from(signInFailures)
    .where(and(eq(signInFailures.key, key), gt(signInFailures.at, new Date(since))))
    .get()
  return { n: row?.n ?? 0, last: row?.last?.getTime() ?? 0 }
}

let lastSweep = 0

function recordEvents(keys: string[], now: number) {
  const ids = db
    .insert(signInFailures)
    .values(keys.map((key) => ({ key, at: new Date(now) })))
    .returning({ id: signInFailures.id })
    .all()
    .map((row) => row.id)
  // old rows are swept at most once a minute: the sweep reads the whole table, and under attack
  // it could otherwise run for every guess
  if (Math.abs(now - lastSweep) > 60 * 1000) {
    lastSweep = now
    db.delete(signInFailures)
      .where(lt(signInFailures.at, new Date(now - KEEP_MS)))
      .run()
  }
  return ids
}

/** How long this address must wait before it may try this account again; 0 when it may now. */
export function signInWait(email: string, address: string, now = Date.now()) {
  const pair = eventsSince(pairKey(email, address), now - SIGN_IN_LIMITS.pairWindowMs)
  if (pair.n === 0) return 0
  let wait = 0
  if (pair.n >= SIGN_IN_LIMITS.pairFailures) {
    const doublings = Math.min(pair.n - SIGN_IN_LIMITS.pairFailures, 16)
    wait = Math.min(SIGN_IN_LIMITS.pairFirstWaitMs * 2 ** doublings, SIGN_IN_LIMITS.pairMaxWaitMs)
  }
  const account = eventsSince(accountKey(email), now - HOUR_MS)
  if (account.n >= SIGN_IN_LIMITS.accountFailuresPerHour) {
    const steps = account.n - SIGN_IN_LIMITS.accountFailuresPerHour + 1
    wait = Math.max(
      wait,
      Math.min(SIGN_IN_LIMITS.accountWaitStepMs * steps, SIGN_IN_LIMITS.accountMaxWaitMs),
    )
  }
  if (eventsSince(addressKey(address), now - HOUR_MS).n >= SIGN_IN_LIMITS.addressFailuresPerHour) {
    wait = Math.max(wait, SIGN_IN_LIMITS.addressWaitMs)
  }
  return Math.max(0, pair.last + wait - now)
}

/**
 * Counts an attempt as a failure before its password is checked (so parallel requests see it);
 * pass the result to `signInSucceeded` if the password was right.
 */
export function recordSignInFailure(email: string, address: string, now = Date.now()) {
  return recordEvents([pairKey(email, address), accountKey(email), addressKey(address)], now)
}

/** Takes back the attempt counted by `recordSignInFailure` and clears the pair's failures. */
export function signInSucceeded(email: string, address: string, attempt: number[]) {
  db.delete(signInFailures).where(inArray(signInFailures.id, attempt)).run()
  db.delete(signInFailures)
    .where(eq(signInFailures.key, pairKey(email, address)))
    .run()
}

/** After a password reset: the person has shown they hold the mailbox, so nothing holds them up. */
export function clearAccountFailures(email: string) {
  const prefix = pairPrefix(email)
  db.delete(signInFailures)
    .where(
      sql`${signInFailures.key} = ${accountKey(email)} or instr(${signInFailures.key}, ${prefix}) = 1`,
    )
    .run()
}

/** The words for a refused sign-in; a fixed few, so each has its Welsh in cy.ts. */
export function tooManySignInAttemptsMessage(waitMs: number) {
  if (waitMs <= 15 * 60 * 1000)
    return 'There have been too many attempts to sign in. Wait 15 minutes and try again, or reset your password.'
  if (waitMs <= HOUR_MS)
    return 'There have been too many attempts to sign in. Wait an hour and try again, or reset your password.'
  return 'There have been too many attempts to sign in. Try again tomorrow, or reset your password.'
}

/**
 * Whether a reset link may be asked for now; counts the request when it may. Keyed on the email
 * as typed, so the answer is the same whether or not an account has it.
 */
export function mayRequestPasswordReset(email: string, address: string, now = Date.now()) {
  const byAddress = `reset-address:${address}`
  const byEmail = `reset-email:${normalise(email)}`
  const since = now - RESET_LIMITS.windowMs
  if (
    eventsSince(byAddress, since).n >= RESET_LIMITS.perAddress ||
    eventsSince(byEmail, since).n >= RESET_LIMITS.perEmail
  )
    return false
  recordEvents([byAddress, byEmail], now)
  return true
}
