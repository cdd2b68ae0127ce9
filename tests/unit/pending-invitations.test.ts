/**
 * Pending invitations: a lead sees, resends and cancels only their own organisation's, and a
 * staff file sent twice invites nobody twice.
 */
import { eq, ne } from 'drizzle-orm'
import { describe, expect, test } from 'vitest'
import {
  cancelInvitation,
  findOpenInvitation,
  invitationToCancel,
  invitePerson,
  pendingInvitations,
  resendInvitation,
} from '#app/auth/invitations.server.ts'
import { scopeFor } from '#app/auth/permissions.server.ts'
import { auditEvents, db, organisations } from '#app/db.server.ts'
import { checkStaffCsv } from '#app/organisations/bulk-invite.server.ts'
import { addPerson, DEMO, emailsTo, lastLinkToken, sessionUser } from './helpers.ts'

const lead = () => sessionUser(DEMO.schoolLead)

async function invite(email: string) {
  await invitePerson(lead(), { name: `Name ${email}`, email, role: 'learner' })
  const found = pendingInvitations(scopeFor(lead())).find((i) => i.email === email)
  if (!found) throw new Error(`No pending invitation for ${email}`)
  return found
}

const auditActions = (email: string) =>
  db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.subject, `invitation:${email}`))
    .all()
    .map((e) => e.action)

describe('pending invitations', () => {
  test('the lead sees their own; another school and another unit see none of them', async () => {
    const email = `pending.${Date.now()}@school.test`
    const invitation = await invite(email)
    expect(invitation.name).toBe(`Name ${email}`)
    expect(
      pendingInvitations(scopeFor(sessionUser(DEMO.merseysideLead))).map((i) => i.email),
    ).toContain(email)
    expect(
      pendingInvitations(scopeFor(sessionUser(DEMO.lancashireLead))).map((i) => i.email),
    ).not.toContain(email)
    // nor can another school's lead in the same unit, nor another unit's lead, act on it
    const otherSchool = db
      .select()
      .from(organisations)
      .where(ne(organisations.id, lead().organisationId!))
      .all()
      .find((o) => o.vruId === lead().vruId)!
    const otherLead = sessionUser(
      addPerson(`other.lead.${Date.now()}@school.test`, otherSchool.id, 'organisation_lead'),
    )
    expect(pendingInvitations(scopeFor(otherLead)).map((i) => i.email)).not.toContain(email)
    expect((await resendInvitation(otherLead, invitation.id)).ok).toBe(false)
    expect(cancelInvitation(otherLead, invitation.id).ok).toBe(false)
    const other = sessionUser(DEMO.lancashireLead)
    expect((await resendInvitation(other, invitation.id)).ok).toBe(false)
    expect(cancelInvitation(other, invitation.id).ok).toBe(false)
    expect(invitationToCancel(other, invitation.id).ok).toBe(false)
  })

  test('resending emails a fresh link and the old one stops working', async () => {
    const email = `resend.${Date.now()}@school.test`
    const invitation = await invite(email)
    const oldToken = lastLinkToken(email, 'invitations')!
    expect(findOpenInvitation(oldToken)).toBeTruthy()
    const later = Date.now() + 1000
    expect(await resendInvitation(lead(), String(invitation.id), later)).toEqual({
      ok: true,
      email,
    })
    const newToken = lastLinkToken(email, 'invitations')!
    expect(newToken).not.toBe(oldToken)
    expect(findOpenInvitation(oldToken)).toBeUndefined()
    expect(findOpenInvitation(newToken)?.email).toBe(email)
    expect(emailsTo(email).map((e) => e.subject)).toEqual([
      'You are invited to Upstream',
      'You are invited to Upstream',
    ])
    expect(auditActions(email)).toEqual(['invitation_sent', 'invitation_resent'])
  })

  test('cancelling removes the invitation and its link; bad ids are refused, not thrown', async () => {
    const email = `cancel.${Date.now()}@school.test`
    const invitation = await invite(email)
    const token = lastLinkToken(email, 'invitations')!
    expect(invitationToCancel(lead(), invitation.id)).toMatchObject({ ok: true, email })
    expect(cancelInvitation(lead(), invitation.id)).toEqual({ ok: true, email })
    expect(findOpenInvitation(token)).toBeUndefined()
    expect(pendingInvitations(scopeFor(lead())).map((i) => i.email)).not.toContain(email)
    expect(cancelInvitation(lead(), invitation.id).ok).toBe(false)
    for (const bad of ['x', '-1', null, '1.5']) {
      expect(cancelInvitation(lead(), bad).ok).toBe(false)
      expect((await resendInvitation(lead(), bad)).ok).toBe(false)
    }
    expect(auditActions(email)).toEqual(['invitation_sent', 'invitation_cancelled'])
  })
})

test('a staff file sent again marks who is already invited or joined', async () => {
  const stamp = Date.now()
  const pending = `again.${stamp}@school.test`
  await invite(pending)
  const csv = [
    'Name,Email,Job role',
    `New Person,new.${stamp}@school.test,Teacher`,
    `Pending Person,${pending},Teacher`,
    `Tom Barker,${DEMO.merseysideTeacher},Teacher`,
  ].join('\n')
  const { rows } = checkStaffCsv(lead(), csv)
  expect(rows.map((r) => [r.name, r.errors, r.already])).toEqual([
    ['New Person', [], undefined],
    ['Pending Person', [], 'invited'],
    ['Tom Barker', [], 'joined'],
  ])
  // another unit's lead is not told of this organisation's invitation
  const elsewhere = checkStaffCsv(sessionUser(DEMO.lancashireLead), csv)
  expect(elsewhere.rows[1]!.already).toBeUndefined()
})
