/**
 * Pending invitations as the people page lists them: where each invited person will work, their
 * role, a search, and Resend and Cancel answered the same way on every page that offers them.
 */
import { describe, expect, test } from 'vitest'
import {
  answerInvitationIntent,
  invitePerson,
  pendingInvitations,
} from '#app/auth/invitations.server.ts'
import { scopeFor } from '#app/auth/permissions.server.ts'
import { DEMO, sessionUser } from './helpers.ts'

const lead = () => sessionUser(DEMO.schoolLead)
const unitLead = () => sessionUser(DEMO.merseysideLead)

/** The form a Resend or Cancel button sends. */
function formOf(fields: Record<string, unknown>) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined) form.set(name, String(value))
  }
  return form
}

async function invite(email: string) {
  await invitePerson(lead(), { name: `Name ${email}`, email, role: 'learner' })
  const found = pendingInvitations(scopeFor(unitLead())).find((i) => i.email === email)
  if (!found) throw new Error(`No pending invitation for ${email}`)
  return found
}

describe('pending invitations on the people page', () => {
  test('name the role and the organisation, and a search narrows them', async () => {
    const email = `people.page.${Date.now()}@school.test`
    const invitation = await invite(email)
    expect(invitation.role).toBe('learner')
    expect(invitation.organisationName).toMatch(/^Riverside Academy/)
    expect(invitation.vruName).toBe('Merseyside Violence Reduction Partnership')
    const scope = scopeFor(unitLead())
    expect(pendingInvitations(scope, { search: email }).map((i) => i.email)).toEqual([email])
    expect(pendingInvitations(scope, { search: 'nobody-by-this-name' })).toEqual([])
  })

  test('resend and cancel: the unit lead may, another unit is told it is not there', async () => {
    const email = `people.answer.${Date.now()}@school.test`
    const { id } = await invite(email)
    const other = sessionUser(DEMO.lancashireLead)
    for (const confirmed of [undefined, 'yes']) {
      expect(
        await answerInvitationIntent(other, 'cancel', formOf({ id, confirmed })),
      ).toMatchObject({
        kind: 'invitation',
        ok: false,
      })
    }
    expect(await answerInvitationIntent(other, 'resend', formOf({ id: String(id) }))).toMatchObject(
      {
        ok: false,
      },
    )
    expect(await answerInvitationIntent(unitLead(), 'resend', formOf({ id: String(id) }))).toEqual({
      kind: 'invitation',
      ok: true,
      message: 'We have emailed a new link to {{email}}. The old link no longer works.',
      values: { email },
    })
    // cancelling asks first, and only the confirmed form removes it
    expect(await answerInvitationIntent(unitLead(), 'cancel', formOf({ id: String(id) }))).toEqual({
      kind: 'confirm-cancel',
      id,
      email,
      name: `Name ${email}`,
    })
    expect(pendingInvitations(scopeFor(unitLead()), { search: email })).toHaveLength(1)
    expect(
      await answerInvitationIntent(
        unitLead(),
        'cancel',
        formOf({ id: String(id), confirmed: 'yes' }),
      ),
    ).toMatchObject({ ok: true })
    expect(pendingInvitations(scopeFor(unitLead()), { search: email })).toHaveLength(0)
    // bad input is a refusal, not an error
    expect(await answerInvitationIntent(unitLead(), 'resend', formOf({ id: 'abc' }))).toMatchObject(
      {
        ok: false,
      },
    )
  })
})

describe('the demo data', () => {
  const demoInvitations = (user: Parameters<typeof scopeFor>[0]) =>
    pendingInvitations(scopeFor(user)).filter((i) => i.email.endsWith('@demo.upstream.test'))

  test("has invitations waiting at the lead's school and in Lancashire, each unit seeing its own", () => {
    const school = demoInvitations(lead())
    expect(school.map((i) => i.name)).toEqual(['Siobhan Roberts', 'Chris Lowe', 'Megan Doyle'])
    // the oldest link runs out within two days, so a lead sees why Resend is there
    const soonest = new Date(school[0]!.expiresAt).getTime() - Date.now()
    expect(soonest).toBeGreaterThan(0)
    expect(soonest).toBeLessThan(2 * 24 * 60 * 60 * 1000)
    expect(demoInvitations(unitLead()).map((i) => i.email)).toEqual(school.map((i) => i.email))
    const lancashire = demoInvitations(sessionUser(DEMO.lancashireLead))
    expect(lancashire.map((i) => i.name)).toEqual(['Owen Clarke', 'Hannah Pierce'])
    expect(lancashire.every((i) => i.organisationName?.startsWith('Brookside Primary'))).toBe(true)
  })
})
