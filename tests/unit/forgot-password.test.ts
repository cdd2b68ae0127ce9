/**
 * The forgotten-password form: the same answer, in the same time, whether or not an account has
 * the address; and a limit on how often a link can be asked for.
 */
import { eq } from 'drizzle-orm'
import { describe, expect, test } from 'vitest'
import { askForPasswordReset } from '#app/auth/password-reset.server.ts'
import { RESET_LIMITS } from '#app/auth/rate-limit.server.ts'
import { db, passwordResets, users } from '#app/db.server.ts'
import { action } from '#app/routes/_auth+/forgot-password.tsx'
import { backgroundMailSettled } from '#app/utils/email.server.ts'
import { addPerson, emailsTo, organisationNamed, userRow } from './helpers.ts'

type Answer = { data: unknown; init: { status: number } | null }

/** Posts the form to the route's action as a browser would; status and body as answered. */
async function ask(
  email: string,
  address = '192.0.2.10',
): Promise<{ status: number; body: unknown }> {
  const body = new FormData()
  body.set('email', email)
  const result = (await action({
    request: new Request('http://localhost:3000/forgot-password', { method: 'POST', body }),
    params: {},
    context: { clientAddress: address, cspNonce: '' },
  })) as unknown
  if (result && typeof result === 'object' && 'init' in result) {
    const answer = result as Answer
    return { status: answer.init?.status ?? 200, body: answer.data }
  }
  return { status: 200, body: result }
}

const school = () => organisationNamed('Riverside Academy, Liverpool').id
const resetsOf = (email: string) =>
  db
    .select()
    .from(passwordResets)
    .where(eq(passwordResets.userId, userRow(email).id))
    .all()

describe('the forgotten-password form', () => {
  test('an address with an account and one without get the same answer', async () => {
    const known = addPerson(`known.${Date.now()}@example.test`, school())
    const unknown = `unknown.${Date.now()}@example.test`
    const a = await ask(known, '192.0.2.11')
    const b = await ask(unknown, '192.0.2.12')
    expect(a.status).toBe(200)
    expect(b.status).toBe(200)
    // the only difference is the address the person typed, which the page repeats
    expect(JSON.stringify(a.body).replace(known, 'EMAIL')).toBe(
      JSON.stringify(b.body).replace(unknown, 'EMAIL'),
    )
    await backgroundMailSettled()
    expect(emailsTo(known)).toHaveLength(1)
    expect(emailsTo(unknown)).toEqual([])
  })

  test('the email is in the language the person chose on their account', async () => {
    const welsh = addPerson(`cymraeg.${Date.now()}@example.test`, school())
    db.update(users).set({ language: 'cy' }).where(eq(users.email, welsh)).run()
    const english = addPerson(`saesneg.${Date.now()}@example.test`, school())
    await ask(welsh, '192.0.2.31')
    await ask(english, '192.0.2.32')
    await backgroundMailSettled()
    const [inWelsh] = emailsTo(welsh)
    expect(inWelsh?.subject).toBe('Ailosod eich cyfrinair Upstream')
    expect(inWelsh?.text).toContain('Mae rhywun wedi gofyn am ailosod y cyfrinair')
    expect(inWelsh?.text).not.toContain('Someone asked to reset')
    const [inEnglish] = emailsTo(english)
    expect(inEnglish?.subject).toBe('Reset your Upstream password')
    expect(inEnglish?.text).toContain('Someone asked to reset the password')
  })

  test('the answer does not wait for the account look-up or the email', async () => {
    // The action is awaited to the end; the mail work is queued behind a setImmediate, which
    // Node runs only after every pending promise callback, so at this point it cannot have
    // started: no reset link is stored and no .eml file is in the outbox. An answer that
    // waited for the email (as before) would find both here.
    const known = addPerson(`patient.${Date.now()}@example.test`, school())
    expect((await ask(known, '192.0.2.13')).status).toBe(200)
    expect(resetsOf(known)).toEqual([])
    expect(emailsTo(known)).toEqual([])

    await backgroundMailSettled()
    expect(resetsOf(known)).toHaveLength(1)
    expect(emailsTo(known).map((e) => e.subject)).toEqual(['Reset your Upstream password'])
  })

  test('too many requests for one address, or from one place, are refused with a clear message', async () => {
    const person = addPerson(`insistent.${Date.now()}@example.test`, school())
    for (let i = 0; i < RESET_LIMITS.perEmail; i++)
      expect((await ask(person, `198.51.100.${i}`)).status).toBe(200)
    const refused = await ask(person, '198.51.100.200')
    expect(refused.status).toBe(429)
    expect(refused.body).toMatchObject({
      ok: false,
      errors: { email: expect.stringContaining('Use the newest link you have, or wait an hour') },
      values: { email: person },
    })
    await backgroundMailSettled()
    expect(emailsTo(person)).toHaveLength(RESET_LIMITS.perEmail)

    // one address asking for many different emails
    const now = Date.now()
    for (let i = 0; i < RESET_LIMITS.perAddress; i++)
      expect(askForPasswordReset(`spray${i}.${now}@example.test`, '203.0.113.5', now).ok).toBe(true)
    expect(askForPasswordReset(`spray.last.${now}@example.test`, '203.0.113.5', now).ok).toBe(false)
    // another address is not held up by it, and an hour later the first may ask again
    expect(askForPasswordReset(`other.${now}@example.test`, '203.0.113.6', now).ok).toBe(true)
    expect(
      askForPasswordReset(
        `spray.later.${now}@example.test`,
        '203.0.113.5',
        now + 60 * 60 * 1000 + 1,
      ).ok,
    ).toBe(true)
    await backgroundMailSettled()
  })
})
