import { desc, eq } from 'drizzle-orm'
import { describe, expect, test } from 'vitest'
import { auditFilterFrom, listAuditEvents, recordAudit } from '#app/audit/audit.server.ts'
import { acceptInvitation, invitePerson } from '#app/auth/invitations.server.ts'
import { requestPasswordReset, resetPassword } from '#app/auth/password-reset.server.ts'
import { requireArea, scopeFor } from '#app/auth/permissions.server.ts'
import { signIn } from '#app/auth/sign-in.server.ts'
import { auditEvents, db, type AuditAction } from '#app/db.server.ts'
import { setPersonActive, updatePerson } from '#app/organisations/people.server.ts'
import {
  addPerson,
  DEMO,
  lastLinkToken,
  organisationNamed,
  requestWith,
  sessionUser,
  signInAs,
  userRow,
  vruId,
} from './helpers.ts'

const PASSWORD = 'upstream-demo-2026'

function lastEvent(action: AuditAction) {
  return db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, action))
    .orderBy(desc(auditEvents.id))
    .get()
}

describe('the audit log records', () => {
  test('a sign-in with who and from where, and a failed one with only the email tried', async () => {
    const teacher = userRow(DEMO.merseysideTeacher)
    expect(await signIn(DEMO.merseysideTeacher, PASSWORD, '203.0.113.7')).toMatchObject({
      ok: true,
    })
    expect(lastEvent('sign_in')).toMatchObject({
      actorId: teacher.id,
      actor: `${teacher.name} <${teacher.email}>`,
      address: '203.0.113.7',
      vruId: vruId('merseyside'),
    })
    expect(await signIn(DEMO.merseysideTeacher, 'wrong password', '203.0.113.8')).toMatchObject({
      ok: false,
    })
    const failed = lastEvent('sign_in_failed')
    expect(failed).toMatchObject({ actorId: null, actor: null, address: '203.0.113.8' })
    expect(failed?.details).toMatchObject({ email: DEMO.merseysideTeacher, reason: 'invalid' })
    // the password tried is never written down
    expect(JSON.stringify(failed)).not.toContain('wrong password')

    await signIn('nobody@nowhere.test', 'x', '203.0.113.9')
    expect(lastEvent('sign_in_failed')).toMatchObject({
      vruId: null,
      details: { email: 'nobody@nowhere.test', reason: 'invalid' },
    })
  })

  test('a role change with what it was before and after, and deactivation and reactivation', async () => {
    const school = organisationNamed('Riverside Academy, Liverpool').id
    const email = addPerson('audited-promotion@example.test', school)
    const id = userRow(email).id
    const lead = sessionUser(DEMO.schoolLead)
    await updatePerson(
      lead,
      scopeFor(lead),
      id,
      { name: 'Audited Promotion', role: 'organisation_lead', jobRole: 'Head of year' },
      '198.51.100.1',
    )
    const changed = lastEvent('person_changed')
    expect(changed).toMatchObject({
      actorId: lead.id,
      subject: `person:${id}`,
      address: '198.51.100.1',
      vruId: vruId('merseyside'),
    })
    expect(changed?.details).toEqual({
      before: { name: `Test audited-promotion`, role: 'learner', jobRole: null },
      after: { name: 'Audited Promotion', role: 'organisation_lead', jobRole: 'Head of year' },
    })

    await setPersonActive(lead, scopeFor(lead), id, false, '198.51.100.2')
    expect(lastEvent('person_deactivated')).toMatchObject({ subject: `person:${id}` })
    await setPersonActive(lead, scopeFor(lead), id, true, '198.51.100.3')
    expect(lastEvent('person_reactivated')).toMatchObject({
      subject: `person:${id}`,
      address: '198.51.100.3',
    })
  })

  test('an invitation sent and accepted, and a password reset', async () => {
    const lead = sessionUser(DEMO.schoolLead)
    const email = 'audited-invitee@example.test'
    const sent = await invitePerson(
      lead,
      { email, name: 'Audited Invitee', role: 'learner' },
      Date.now(),
      '192.0.2.1',
    )
    expect(sent.ok).toBe(true)
    expect(lastEvent('invitation_sent')).toMatchObject({
      actorId: lead.id,
      vruId: vruId('merseyside'),
      details: { email, role: 'learner' },
    })
    const token = lastLinkToken(email, 'invitations')!
    const joined = await acceptInvitation(
      token,
      { name: 'Audited Invitee', password: 'a long enough password' },
      Date.now(),
      '192.0.2.2',
    )
    expect(lastEvent('invitation_accepted')).toMatchObject({
      actorId: joined?.userId,
      address: '192.0.2.2',
      vruId: vruId('merseyside'),
    })

    await requestPasswordReset(email)
    await resetPassword(
      lastLinkToken(email, 'reset-password')!,
      'another long password',
      Date.now(),
      '192.0.2.3',
    )
    expect(lastEvent('password_reset')).toMatchObject({
      actorId: joined?.userId,
      address: '192.0.2.3',
    })
  })
})

describe('who sees the audit log', () => {
  test('an administrator sees every unit’s events and national ones; a VRU lead only their unit’s', () => {
    const merseyside = vruId('merseyside')
    const lancashire = vruId('lancashire')
    const admin = sessionUser(DEMO.admin)
    recordAudit({ action: 'vru_changed', actor: admin, vruId: merseyside, subject: 'mark:m' })
    recordAudit({ action: 'vru_changed', actor: admin, vruId: lancashire, subject: 'mark:l' })
    recordAudit({ action: 'backup_taken', actor: null, vruId: null, subject: 'mark:national' })

    const subjects = (user: ReturnType<typeof sessionUser>, query = '') =>
      listAuditEvents(scopeFor(user), auditFilterFrom(new URL(`http://x/audit?${query}`)))
        .events.map((e) => e.subject)
        .filter((s) => s?.startsWith('mark:'))

    expect(subjects(admin).sort()).toEqual(['mark:l', 'mark:m', 'mark:national'])
    expect(subjects(admin, `vru=${lancashire}`)).toEqual(['mark:l'])
    expect(subjects(admin, 'action=backup_taken')).toEqual(['mark:national'])
    expect(subjects(sessionUser(DEMO.merseysideLead))).toEqual(['mark:m'])
    expect(subjects(sessionUser(DEMO.lancashireLead))).toEqual(['mark:l'])
    // asking for another unit does not widen what a VRU lead sees
    expect(subjects(sessionUser(DEMO.merseysideLead), `vru=${lancashire}`)).toEqual([])
    // nor do roles without the audit area see anything through the query
    expect(subjects(sessionUser(DEMO.merseysideTeacher))).toEqual([])
  })

  test('filters by date, and pages through many events', () => {
    const admin = sessionUser(DEMO.admin)
    for (let i = 0; i < 120; i++)
      recordAudit({ action: 'data_exported', actor: admin, vruId: null, subject: `page:${i}` })
    const all = (query: string) =>
      listAuditEvents(scopeFor(admin), auditFilterFrom(new URL(`http://x/audit?${query}`)))
    const first = all('action=data_exported')
    expect(first.total).toBe(120)
    expect(first.pages).toBe(3)
    expect(first.events[0]?.subject).toBe('page:119')
    const third = all('action=data_exported&page=3')
    expect(third.events.map((e) => e.subject)).toHaveLength(20)
    expect(third.events.at(-1)?.subject).toBe('page:0')
    expect(all('action=data_exported&to=2000-01-01').total).toBe(0)
    const today = new Date().toISOString().slice(0, 10)
    expect(all(`action=data_exported&from=${today}&to=${today}`).total).toBe(120)
    // nonsense in the address is ignored, not a failure
    expect(all('action=<script>&page=-4&from=yesterday').total).toBeGreaterThanOrEqual(120)
  })

  test('only administrators and VRU leads may open the audit page', async () => {
    for (const email of [DEMO.admin, DEMO.merseysideLead]) {
      await expect(requireArea(requestWith(await signInAs(email)), 'audit')).resolves.toBeTruthy()
    }
    for (const email of [DEMO.merseysideTrainer, DEMO.schoolLead, DEMO.merseysideTeacher]) {
      const refused = await requireArea(requestWith(await signInAs(email)), 'audit').catch(
        (e: unknown) => e,
      )
      expect(refused).toBeInstanceOf(Response)
      expect(refused).toMatchObject({ status: 403 })
    }
  })
})
