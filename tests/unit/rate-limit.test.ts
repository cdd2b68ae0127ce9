import { describe, expect, test } from 'vitest'
import { requestPasswordReset, resetPassword } from '#app/auth/password-reset.server.ts'
import {
  recordSignInFailure,
  signInWait,
  SIGN_IN_LIMITS,
  tooManySignInAttemptsMessage,
} from '#app/auth/rate-limit.server.ts'
import { signIn } from '#app/auth/sign-in.server.ts'
import { DEMO_PASSWORD } from '#app/cli/demo/accounts.ts'
import { addPerson, lastLinkToken, organisationNamed } from './helpers.ts'

const MINUTE = 60 * 1000
const school = () => organisationNamed('Riverside Academy, Liverpool').id
let counter = 0
/** A new learner with the demo password, so no test's failures touch another's account. */
function person(label: string) {
  return addPerson(`${label}.${Date.now()}.${counter++}@rate-limit.test`, school())
}

async function failTimes(email: string, address: string, times: number, now: number) {
  for (let i = 0; i < times; i++) {
    expect(await signIn(email, `wrong guess ${i}`, address, now)).toEqual({
      ok: false,
      reason: 'invalid',
    })
  }
}

describe('sign-in throttling that a stranger cannot turn into a lock-out', () => {
  test("the owner signs in from their own address after five strangers' failures elsewhere", async () => {
    const owner = person('owner')
    const now = Date.now()
    await failTimes(owner, '203.0.113.9', 5, now)
    // the stranger's address is held, even with the right password …
    expect(await signIn(owner, DEMO_PASSWORD, '203.0.113.9', now)).toMatchObject({
      ok: false,
      reason: 'too-many-attempts',
    })
    // … the owner, at their own address, is not
    expect(await signIn(owner, DEMO_PASSWORD, '198.51.100.20', now)).toMatchObject({
      ok: true,
      role: 'learner',
    })
  })

  test('many failures from a school address, on several accounts, do not stop a colleague there', async () => {
    const schoolAddress = '192.0.2.50'
    const now = Date.now()
    for (let k = 0; k < 5; k++) await failTimes(person(`tried${k}`), schoolAddress, 5, now)
    // past the address's own limit too (100 an hour), counted without argon2's cost
    for (let i = 0; i < SIGN_IN_LIMITS.addressFailuresPerHour; i++)
      recordSignInFailure(`guess${i}@rate-limit.test`, schoolAddress, now)

    const colleague = person('colleague')
    expect(await signIn(colleague, DEMO_PASSWORD, schoolAddress, now + 1000)).toMatchObject({
      ok: true,
    })
    // but an account the address has already failed on waits an hour there
    const once = person('once')
    await failTimes(once, schoolAddress, 1, now)
    expect(signInWait(once, schoolAddress, now + 1000)).toBe(60 * MINUTE - 1000)
  })

  test('the pair limit holds a guesser, for longer after each further failure', async () => {
    const target = person('target')
    const guesser = '203.0.113.40'
    const now = Date.now()
    await failTimes(target, guesser, SIGN_IN_LIMITS.pairFailures, now)
    const refused = await signIn(target, DEMO_PASSWORD, guesser, now + MINUTE)
    expect(refused).toEqual({ ok: false, reason: 'too-many-attempts', waitMs: 14 * MINUTE })
    expect(tooManySignInAttemptsMessage(14 * MINUTE)).toContain('Wait 15 minutes')

    // after 15 minutes one more guess, then 30 minutes, then an hour
    let at = now + 15 * MINUTE
    await failTimes(target, guesser, 1, at)
    expect(signInWait(target, guesser, at)).toBe(30 * MINUTE)
    at += 30 * MINUTE
    await failTimes(target, guesser, 1, at)
    expect(signInWait(target, guesser, at)).toBe(60 * MINUTE)
    expect(tooManySignInAttemptsMessage(60 * MINUTE)).toContain('Wait an hour')
    at += 60 * MINUTE
    await failTimes(target, guesser, 1, at)
    expect(signInWait(target, guesser, at)).toBe(120 * MINUTE)
    expect(tooManySignInAttemptsMessage(120 * MINUTE)).toContain('Try again tomorrow')

    // the right password, once the wait is over, signs in and clears the pair
    at += 120 * MINUTE
    expect(await signIn(target, DEMO_PASSWORD, guesser, at)).toMatchObject({ ok: true })
    expect(signInWait(target, guesser, at)).toBe(0)
  })

  test('a distributed guesser gets one guess per address, then waits that grow with the failures', async () => {
    const target = person('distributed')
    const now = Date.now()
    const addresses = Array.from({ length: 30 }, (_, i) => `198.18.0.${i + 1}`)
    for (const address of addresses) await failTimes(target, address, 1, now)

    // 30 failures in the hour: 1 minute at 10, one more for each beyond, so 21 minutes
    expect(signInWait(target, addresses[0]!, now)).toBe(21 * MINUTE)
    expect(await signIn(target, DEMO_PASSWORD, addresses[0]!, now + MINUTE)).toMatchObject({
      reason: 'too-many-attempts',
    })
    // still more failures: the wait reaches its most, an hour
    for (let i = 0; i < 60; i++) recordSignInFailure(target, `198.18.1.${i}`, now)
    expect(signInWait(target, addresses[1]!, now)).toBe(60 * MINUTE)
    // an hour on, the account's failures have aged out and the address may try again
    expect(signInWait(target, addresses[1]!, now + 60 * MINUTE + 1)).toBe(0)

    // the owner, at an address that has not failed, signs in throughout
    expect(await signIn(target, DEMO_PASSWORD, '198.51.100.99', now + MINUTE)).toMatchObject({
      ok: true,
    })
  })

  test('guesses sent all at once from one address cannot slip past the count', async () => {
    const target = person('parallel')
    const now = Date.now()
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        signIn(target, `parallel guess ${i}`, '203.0.113.77', now),
      ),
    )
    const reasons = results.map((r) => (r.ok ? 'signed in' : r.reason))
    expect(reasons.filter((r) => r === 'invalid')).toHaveLength(SIGN_IN_LIMITS.pairFailures)
    expect(reasons.filter((r) => r === 'too-many-attempts')).toHaveLength(7)
  })

  test('an email with no account is held exactly as one with an account', async () => {
    const now = Date.now()
    const real = person('real')
    const madeUp = `nobody.${now}@rate-limit.test`
    await failTimes(real, '203.0.113.60', 5, now)
    await failTimes(madeUp, '203.0.113.60', 5, now)
    expect(await signIn(real, 'another guess', '203.0.113.60', now)).toEqual(
      await signIn(madeUp, 'another guess', '203.0.113.60', now),
    )
  })

  test('a password reset lifts every hold on the account', async () => {
    const owner = person('reset')
    const now = Date.now()
    await failTimes(owner, '192.0.2.90', 5, now)
    expect(signInWait(owner, '192.0.2.90', now)).toBeGreaterThan(0)
    await requestPasswordReset(owner, now)
    const token = lastLinkToken(owner, 'reset-password')!
    expect(await resetPassword(token, 'a brand new password', now)).toBe(true)
    expect(signInWait(owner, '192.0.2.90', now)).toBe(0)
    expect(await signIn(owner, 'a brand new password', '192.0.2.90', now)).toMatchObject({
      ok: true,
    })
  })
})
