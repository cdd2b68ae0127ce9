import { describe, expect, test } from 'vitest'
import {
  clearAccountFailures,
  isSignInBlocked,
  recordSignInFailure,
  SIGN_IN_LIMITS,
} from '#app/auth/rate-limit.server.ts'
import { signIn } from '#app/auth/sign-in.server.ts'
import { DEMO_PASSWORD } from '#db/seed.ts'

describe('sign-in rate limits', () => {
  test('an account is blocked after five failures in the window, and freed after it', () => {
    const email = 'someone-limited@example.test'
    const now = Date.now()
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount - 1; i++)
      recordSignInFailure(email, `10.0.0.${i}`, now)
    expect(isSignInBlocked(email, '10.9.9.9', now)).toBe(false)
    recordSignInFailure(email, '10.0.0.99', now)
    expect(isSignInBlocked(email, '10.9.9.9', now)).toBe(true)
    expect(isSignInBlocked(email, '10.9.9.9', now + SIGN_IN_LIMITS.windowMs + 1)).toBe(false)
    clearAccountFailures(email)
    expect(isSignInBlocked(email, '10.9.9.9', now)).toBe(false)
  })

  test('one address is blocked after twenty failures, whichever accounts it tried', () => {
    const address = '192.0.2.77'
    const now = Date.now()
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++)
      recordSignInFailure(`guess${i}@example.test`, address, now)
    expect(isSignInBlocked('fresh@example.test', address, now)).toBe(true)
    expect(isSignInBlocked('fresh@example.test', '192.0.2.78', now)).toBe(false)
  })

  test('a blocked account is refused even with the right password', async () => {
    const email = 'teacher.lancashire@demo.upstream.test'
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      expect(await signIn(email, 'wrong password', '198.51.100.1')).toEqual({
        ok: false,
        reason: 'invalid',
      })
    }
    expect(await signIn(email, DEMO_PASSWORD, '198.51.100.2')).toEqual({
      ok: false,
      reason: 'too-many-attempts',
    })
    clearAccountFailures(email)
    expect(await signIn(email, DEMO_PASSWORD, '198.51.100.2')).toMatchObject({
      ok: true,
      role: 'learner',
    })
  })
})
