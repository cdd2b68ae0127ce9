import { eq } from 'drizzle-orm'
import { describe, expect, test } from 'vitest'
import {
  acceptInvitation,
  findOpenInvitation,
  INVITATION_LIFETIME_MS,
  invitePerson,
} from '#app/auth/invitations.server.ts'
import {
  isResetTokenUsable,
  requestPasswordReset,
  RESET_LINK_LIFETIME_MS,
  resetPassword,
} from '#app/auth/password-reset.server.ts'
import { requireArea, scopeFor } from '#app/auth/permissions.server.ts'
import { readSession } from '#app/auth/session.server.ts'
import { signIn } from '#app/auth/sign-in.server.ts'
import { db, invitations, users } from '#app/db.server.ts'
import { listPeople } from '#app/organisations/people.server.ts'
import { DEMO_PASSWORD } from '#app/cli/demo/accounts.ts'
import {
  addPerson,
  DEMO,
  emailsTo,
  lastLinkToken,
  organisationNamed,
  requestWith,
  sessionUser,
  signInAs,
  userRow,
  vruId,
} from './helpers.ts'

const NEW_PASSWORD = 'a brand new passphrase'
const usersWithEmail = (email: string) =>
  db.select().from(users).where(eq(users.email, email)).all()
const invitationsFor = (email: string) =>
  db.select().from(invitations).where(eq(invitations.email, email)).all()

describe('invitations', () => {
  test('an organisation lead invites a learner into their school and the link is emailed', async () => {
    const lead = sessionUser(DEMO.schoolLead)
    const result = await invitePerson(lead, {
      name: 'Priya Shah',
      email: '  Priya.Shah@Example.test ',
      role: 'learner',
    })
    expect(result.ok).toBe(true)
    const emails = emailsTo('priya.shah@example.test')
    expect(emails).toHaveLength(1)
    expect(emails[0]!.subject).toBe('You are invited to Upstream')
    const token = lastLinkToken('priya.shah@example.test', 'invitations')
    expect(token).toBeTruthy()

    const open = findOpenInvitation(token!)
    expect(open).toMatchObject({
      email: 'priya.shah@example.test',
      role: 'learner',
      organisationName: 'Riverside Academy, Liverpool',
      vruName: 'Merseyside Violence Reduction Partnership',
    })
    // only the hash of the token is stored
    expect(invitationsFor('priya.shah@example.test')[0]!.tokenHash).not.toBe(token)
  })

  test('accepting creates the account in the right place; it signs in; the link cannot be used again', async () => {
    const lead = sessionUser(DEMO.schoolLead)
    await invitePerson(lead, {
      name: 'Tom Jones',
      email: 'tom.jones@example.test',
      role: 'learner',
      jobRole: 'Teaching assistant',
    })
    const token = lastLinkToken('tom.jones@example.test', 'invitations')!

    const accepted = await acceptInvitation(token, { name: 'Tom Jones', password: NEW_PASSWORD })
    expect(accepted).toMatchObject({ role: 'learner' })
    const row = userRow('tom.jones@example.test')
    expect(row).toMatchObject({
      id: accepted!.userId,
      name: 'Tom Jones',
      role: 'learner',
      organisationId: organisationNamed('Riverside Academy, Liverpool').id,
      vruId: vruId('merseyside'),
      jobRole: 'Teaching assistant',
      active: true,
    })

    expect(await signIn('tom.jones@example.test', NEW_PASSWORD, '203.0.113.20')).toMatchObject({
      ok: true,
      role: 'learner',
    })
    const cookie = await signInAs('tom.jones@example.test')
    await expect(requireArea(requestWith(cookie), 'learn')).resolves.toMatchObject({
      email: 'tom.jones@example.test',
    })
    expect(listPeople(scopeFor(lead)).map((p) => p.email)).toContain('tom.jones@example.test')

    expect(findOpenInvitation(token)).toBeUndefined()
    expect(
      await acceptInvitation(token, { name: 'Someone Else', password: 'another password here' }),
    ).toBeNull()
    expect(usersWithEmail('tom.jones@example.test')).toHaveLength(1)
    expect(
      await signIn('tom.jones@example.test', 'another password here', '203.0.113.20'),
    ).toMatchObject({ ok: false })
  })

  test('an expired invitation is refused', async () => {
    const now = Date.now()
    const lead = sessionUser(DEMO.schoolLead)
    await invitePerson(
      lead,
      { name: 'Late Comer', email: 'late.comer@example.test', role: 'learner' },
      now,
    )
    const token = lastLinkToken('late.comer@example.test', 'invitations')!

    expect(findOpenInvitation(token, now + INVITATION_LIFETIME_MS - 1000)).toBeDefined()
    const later = now + INVITATION_LIFETIME_MS + 1000
    expect(findOpenInvitation(token, later)).toBeUndefined()
    expect(
      await acceptInvitation(token, { name: 'Late Comer', password: NEW_PASSWORD }, later),
    ).toBeNull()
    expect(usersWithEmail('late.comer@example.test')).toEqual([])
  })

  test('an unknown token finds nothing', async () => {
    expect(findOpenInvitation('not-a-token')).toBeUndefined()
    expect(
      await acceptInvitation('not-a-token', { name: 'Nobody', password: NEW_PASSWORD }),
    ).toBeNull()
  })

  test('a Lancashire lead cannot invite into a Merseyside organisation', async () => {
    const lancashire = sessionUser(DEMO.lancashireLead)
    const result = await invitePerson(lancashire, {
      name: 'Cross Border',
      email: 'cross.border@example.test',
      role: 'learner',
      organisationId: organisationNamed('Riverside Academy, Liverpool').id,
    })
    expect(result).toMatchObject({ ok: false, errors: { organisationId: expect.any(String) } })
    expect(invitationsFor('cross.border@example.test')).toEqual([])
    expect(emailsTo('cross.border@example.test')).toEqual([])
  })

  test('an organisation lead cannot invite into another school, nor give a unit or platform role', async () => {
    const lead = sessionUser(DEMO.schoolLead)
    const otherSchool = await invitePerson(lead, {
      name: 'Next Door',
      email: 'next.door@example.test',
      role: 'learner',
      organisationId: organisationNamed('Brookside Primary School, Wirral').id,
    })
    expect(otherSchool).toMatchObject({ ok: false, errors: { organisationId: expect.any(String) } })
    for (const role of ['trainer', 'vru_lead', 'admin'] as const) {
      const result = await invitePerson(lead, {
        name: 'Too High',
        email: 'too.high@example.test',
        role,
      })
      expect(result, role).toMatchObject({ ok: false, errors: { role: expect.any(String) } })
    }
    expect(invitationsFor('next.door@example.test')).toEqual([])
    expect(invitationsFor('too.high@example.test')).toEqual([])
  })

  test('a VRU lead invites a trainer into their own unit whatever unit the form names', async () => {
    const merseyside = sessionUser(DEMO.merseysideLead)
    const result = await invitePerson(merseyside, {
      name: 'New Trainer',
      email: 'new.trainer@example.test',
      role: 'trainer',
      vruId: vruId('lancashire'),
    })
    expect(result.ok).toBe(true)
    expect(invitationsFor('new.trainer@example.test')[0]).toMatchObject({
      vruId: vruId('merseyside'),
      organisationId: null,
    })
  })

  test("inviting one of the lead's own staff again is refused on the email field", async () => {
    const lead = sessionUser(DEMO.schoolLead)
    const result = await invitePerson(lead, {
      name: 'Again',
      email: 'Teacher.Merseyside@demo.upstream.test',
      role: 'learner',
    })
    expect(result).toMatchObject({
      ok: false,
      errors: { email: expect.stringContaining('among the people you manage') },
    })
    expect(invitationsFor(DEMO.merseysideTeacher)).toEqual([])
    expect(emailsTo(DEMO.merseysideTeacher)).toEqual([])
  })
})

describe('password reset', () => {
  const school = () => organisationNamed('Riverside Academy, Liverpool').id

  test('an unknown email gets nothing, and the request does not fail', async () => {
    await expect(requestPasswordReset('nobody.here@example.test')).resolves.toBeUndefined()
    expect(emailsTo('nobody.here@example.test')).toEqual([])
  })

  test('a known email gets a link, which works once only', async () => {
    const email = addPerson('forgetful@example.test', school())
    await requestPasswordReset('  Forgetful@Example.test ')
    const emails = emailsTo(email)
    expect(emails).toHaveLength(1)
    expect(emails[0]!.subject).toBe('Reset your Upstream password')
    const token = lastLinkToken(email, 'reset-password')!
    expect(token).toBeTruthy()
    expect(isResetTokenUsable(token)).toBe(true)

    expect(await resetPassword(token, NEW_PASSWORD)).toBe(true)
    expect(isResetTokenUsable(token)).toBe(false)
    expect(await resetPassword(token, 'a second new password')).toBe(false)
    expect(await signIn(email, NEW_PASSWORD, '203.0.113.30')).toMatchObject({ ok: true })
    expect(await signIn(email, 'a second new password', '203.0.113.30')).toMatchObject({
      ok: false,
    })
  })

  test('a link more than an hour old does not work, and the password stays the same', async () => {
    const email = addPerson('slow.reader@example.test', school())
    const now = Date.now()
    await requestPasswordReset(email, now)
    const token = lastLinkToken(email, 'reset-password')!

    const later = now + RESET_LINK_LIFETIME_MS + 1000
    expect(isResetTokenUsable(token, later)).toBe(false)
    expect(await resetPassword(token, NEW_PASSWORD, later)).toBe(false)
    expect(await signIn(email, DEMO_PASSWORD, '203.0.113.31')).toMatchObject({ ok: true })
    expect(await signIn(email, NEW_PASSWORD, '203.0.113.31')).toMatchObject({ ok: false })
  })

  test('using one reset link spends every other open link of that person', async () => {
    const email = addPerson('asked.twice@example.test', school())
    await requestPasswordReset(email)
    const first = lastLinkToken(email, 'reset-password')!
    await new Promise((resolve) => setTimeout(resolve, 5))
    await requestPasswordReset(email)
    const second = lastLinkToken(email, 'reset-password')!
    expect(second).not.toBe(first)

    expect(await resetPassword(second, NEW_PASSWORD)).toBe(true)
    expect(await resetPassword(first, 'someone else chose this')).toBe(false)
    expect(await signIn(email, NEW_PASSWORD, '203.0.113.33')).toMatchObject({ ok: true })
  })

  test('a deactivated account gets no link', async () => {
    const email = addPerson('gone.away@example.test', school())
    db.update(users).set({ active: false }).where(eq(users.email, email)).run()
    await requestPasswordReset(email)
    expect(emailsTo(email)).toEqual([])
  })

  test('after a reset, old sessions end; the new password signs in and the old one does not', async () => {
    const email = addPerson('reset.everywhere@example.test', school())
    const phone = await signInAs(email)
    const laptop = await signInAs(email)
    expect((await readSession(requestWith(phone))).user?.email).toBe(email)

    await requestPasswordReset(email)
    expect(await resetPassword(lastLinkToken(email, 'reset-password')!, NEW_PASSWORD)).toBe(true)

    expect((await readSession(requestWith(phone))).user).toBeNull()
    expect((await readSession(requestWith(laptop))).user).toBeNull()
    expect(await signIn(email, DEMO_PASSWORD, '203.0.113.32')).toEqual({
      ok: false,
      reason: 'invalid',
    })
    expect(await signIn(email, NEW_PASSWORD, '203.0.113.32')).toMatchObject({
      ok: true,
      userId: userRow(email).id,
    })
  })
})
