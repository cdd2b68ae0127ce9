/**
 * Inviting never tells an inviter that an address has an account outside the people they manage
 * (account enumeration across units and schools).
 */
import { and, eq } from 'drizzle-orm'
import { describe, expect, test } from 'vitest'
import { invitePerson } from '#app/auth/invitations.server.ts'
import { auditEvents, db, invitations, users } from '#app/db.server.ts'
import { checkStaffCsv, inviteStaff } from '#app/organisations/bulk-invite.server.ts'
import { DEMO, emailsTo, sessionUser } from './helpers.ts'

const invitationsFor = (email: string) =>
  db.select().from(invitations).where(eq(invitations.email, email)).all()
const auditFor = (email: string) =>
  db
    .select({ action: auditEvents.action, vruId: auditEvents.vruId, details: auditEvents.details })
    .from(auditEvents)
    .where(and(eq(auditEvents.subject, `invitation:${email}`)))
    .all()

describe('an address with an account in another unit', () => {
  test('a single invitation is answered as for a new address, and its owner gets a note', async () => {
    const lead = sessionUser(DEMO.schoolLead)
    const elsewhere = DEMO.lancashireTeacher
    const fresh = `fresh.${Date.now()}@example.test`
    const usersBefore = db.select().from(users).all().length

    const toNew = await invitePerson(lead, { name: 'New Person', email: fresh, role: 'learner' })
    const toExisting = await invitePerson(lead, {
      name: 'Someone',
      email: elsewhere.toUpperCase(),
      role: 'learner',
    })
    expect(toExisting).toEqual(toNew)
    expect(toExisting).toEqual({ ok: true })
    // the inviter's unit sees the same record for both
    expect(
      auditFor(elsewhere).map(({ details, ...rest }) => ({ ...rest, role: details?.role })),
    ).toEqual(auditFor(fresh).map(({ details, ...rest }) => ({ ...rest, role: details?.role })))

    // no invitation and no account for the existing address; the owner is told, with no link to join
    expect(invitationsFor(elsewhere)).toEqual([])
    expect(db.select().from(users).all()).toHaveLength(usersBefore)
    const [note, ...more] = emailsTo(elsewhere)
    expect(more).toEqual([])
    expect(note!.subject).toBe('Someone tried to invite you to Upstream')
    expect(note!.text).toContain(`${lead.name} tried to invite this email address to Upstream`)
    expect(note!.text).toContain('you can ignore this email')
    expect(note!.text).not.toMatch(/\/invitations\//)
  })

  test('in a CSV file it counts as invited, with the same note and no invitation', async () => {
    const lead = sessionUser(DEMO.schoolLead)
    const stamp = Date.now()
    const csv = [
      'Name,Email,Job role',
      `Ada Byron,ada.${stamp}@school.test,Teacher`,
      `Rhys Evans,${DEMO.walesNurse},School nurse`,
      `Tom Barker,${DEMO.merseysideTeacher},Teacher`,
    ].join('\n')
    const { rows } = checkStaffCsv(lead, csv)
    // only the lead's own member of staff is named as joined; the nurse in Wales is not
    expect(rows.map((r) => [r.errors, r.already])).toEqual([
      [[], undefined],
      [[], undefined],
      [[], 'joined'],
    ])
    const { invited, failed } = await inviteStaff(
      lead,
      rows.filter((r) => r.errors.length === 0 && !r.already),
    )
    expect({ invited: invited.length, failed }).toEqual({ invited: 2, failed: [] })
    expect(invitationsFor(`ada.${stamp}@school.test`)).toHaveLength(1)
    expect(invitationsFor(DEMO.walesNurse)).toEqual([])
    expect(emailsTo(DEMO.walesNurse).map((e) => e.subject)).toEqual([
      'Someone tried to invite you to Upstream',
    ])
  })
})
