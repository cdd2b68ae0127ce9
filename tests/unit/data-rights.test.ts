import { count, countDistinct, eq, sql } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { recordAudit } from '#app/audit/audit.server.ts'
import { scopeFor } from '#app/auth/permissions.server.ts'
import { readSession } from '#app/auth/session.server.ts'
import { signIn } from '#app/auth/sign-in.server.ts'
import {
  auditEvents,
  completions,
  db,
  invitations,
  passwordResets,
  reflections,
  users,
} from '#app/db.server.ts'
import { saveMyReflection } from '#app/learning/reflections.server.ts'
import { importPacks } from '#app/learning/packs.server.ts'
import { lessonsOf } from '#app/learning/progress.server.ts'
import { findCertificate } from '#app/learning/certificates.server.ts'
import {
  downloadPersonalData,
  erasePerson,
  ERASED_NAME,
} from '#app/organisations/data-rights.server.ts'
import {
  addPerson,
  DEMO,
  finishModule,
  organisationNamed,
  requestWith,
  sessionUser,
  signInAs,
  userRow,
} from './helpers.ts'

beforeAll(() => {
  importPacks()
})

/** A learner at Riverside Academy who has completed a module and written a reflection. */
function learnerWithHistory(label: string) {
  const email = addPerson(
    `${label}.${Date.now()}@example.test`,
    organisationNamed('Riverside Academy, Liverpool').id,
  )
  const learner = sessionUser(email)
  const { enrolment, completion } = finishModule(learner, 'aces-foundations')
  const reflection = lessonsOf(enrolment.moduleVersionId).find((l) => l.kind === 'reflection')!
  saveMyReflection(learner.id, reflection.id, 0, `My private thought, ${label}`)
  return { learner, completion: completion!, email }
}

/** Completions counted per unit and organisation: what a historical report rests on. */
function completionCounts() {
  return db
    .select({
      vruId: completions.vruId,
      organisationId: completions.organisationId,
      completions: count(),
      people: countDistinct(completions.userId),
      latest: sql<number>`max(${completions.completedAt})`,
    })
    .from(completions)
    .groupBy(completions.vruId, completions.organisationId)
    .orderBy(completions.vruId, completions.organisationId)
    .all()
}

describe('a person’s own data', () => {
  test('downloads as JSON with profile, learning, their reflections, certificates and audit events', async () => {
    const { learner, completion } = learnerWithHistory('downloader')
    await signIn(learner.email, 'upstream-demo-2026', '203.0.113.50')
    const data = downloadPersonalData(learner, '203.0.113.51')
    const json = JSON.parse(JSON.stringify(data)) as typeof data
    expect(json?.profile).toMatchObject({
      email: learner.email,
      name: learner.name,
      role: 'learner',
      organisation: 'Riverside Academy, Liverpool',
    })
    expect(JSON.stringify(json)).not.toContain('passwordHash')
    expect(json?.enrolments).toHaveLength(1)
    expect(json?.enrolments[0]).toMatchObject({ module: 'aces-foundations' })
    expect(json?.lessonProgress.length).toBeGreaterThan(3)
    expect(json?.checkAttempts.length).toBeGreaterThan(0)
    expect(json?.reflections).toEqual([
      expect.objectContaining({ answer: 'My private thought, downloader' }),
    ])
    expect(json?.completions).toEqual([
      expect.objectContaining({ certificateCode: completion.certificateCode }),
    ])
    expect(json?.auditEvents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'sign_in', address: '203.0.113.50' }),
      ]),
    )
    // only theirs: another learner's reflection is not in it
    const other = learnerWithHistory('someone-else')
    expect(JSON.stringify(downloadPersonalData(learner, null))).not.toContain('someone-else')
    expect(other.learner.id).not.toBe(learner.id)
    // and the download itself is recorded
    const last = db
      .select()
      .from(auditEvents)
      .orderBy(sql`${auditEvents.id} desc`)
      .get()
    expect(last).toMatchObject({ action: 'data_exported', actorId: learner.id })
  })
})

describe('erasing a person', () => {
  test('removes their personal data and keeps their completions as anonymous counts', async () => {
    const { learner, completion, email } = learnerWithHistory('erasable')
    // a password reset link, an open invitation to the same address, a session, an audit trail
    db.insert(passwordResets)
      .values({
        tokenHash: `erase-test-${Date.now()}`,
        userId: learner.id,
        expiresAt: new Date(Date.now() + 60_000),
      })
      .run()
    db.insert(invitations)
      .values({
        tokenHash: `erase-inv-${Date.now()}`,
        email,
        name: learner.name,
        role: 'learner',
        invitedById: userRow(DEMO.admin).id,
        expiresAt: new Date(Date.now() + 60_000),
      })
      .run()
    const cookie = await signInAs(email)
    await signIn(email, 'wrong', '203.0.113.60')
    recordAudit({
      action: 'person_changed',
      actor: sessionUser(DEMO.schoolLead),
      subject: `person:${learner.id}`,
      details: { before: { name: learner.name } },
    })

    const before = completionCounts()
    const admin = sessionUser(DEMO.admin)
    expect(await erasePerson(admin, scopeFor(admin), learner.id, '203.0.113.61')).toEqual({
      ok: true,
    })

    const row = db.select().from(users).where(eq(users.id, learner.id)).get()!
    expect(row).toMatchObject({
      name: ERASED_NAME,
      passwordHash: null,
      jobRole: null,
      active: false,
    })
    expect(row.email).not.toContain('erasable')
    expect(db.select().from(reflections).where(eq(reflections.userId, learner.id)).all()).toEqual(
      [],
    )
    expect(
      db.select().from(passwordResets).where(eq(passwordResets.userId, learner.id)).all(),
    ).toEqual([])
    expect(db.select().from(invitations).where(eq(invitations.email, email)).all()).toEqual([])
    expect((await readSession(requestWith(cookie))).user).toBeNull()
    // nothing in the audit log names them any more
    const log = JSON.stringify(db.select().from(auditEvents).all())
    expect(log).not.toContain(email)
    expect(log).not.toContain(learner.name)
    expect(
      db.select().from(auditEvents).where(eq(auditEvents.action, 'person_erased')).all(),
    ).toEqual([expect.objectContaining({ actorId: admin.id, subject: `person:${learner.id}` })])

    // and they can no longer sign in
    expect(await signIn(email, 'upstream-demo-2026', '203.0.113.62')).toMatchObject({ ok: false })
    // the historical counts are what they were, and the certificate no longer names anyone
    expect(completionCounts()).toEqual(before)
    expect(
      db.select().from(completions).where(eq(completions.id, completion.id)).get(),
    ).toMatchObject({
      vruId: completion.vruId,
      organisationId: completion.organisationId,
      completedAt: completion.completedAt,
    })
    expect(findCertificate(completion.certificateCode)?.name).toBe(ERASED_NAME)
  })

  test('only an administrator may erase, never themself, and only people who exist', async () => {
    const { learner } = learnerWithHistory('kept')
    for (const email of [DEMO.merseysideLead, DEMO.schoolLead]) {
      const actor = sessionUser(email)
      expect(await erasePerson(actor, scopeFor(actor), learner.id)).toMatchObject({ ok: false })
    }
    const admin = sessionUser(DEMO.admin)
    expect(await erasePerson(admin, scopeFor(admin), admin.id)).toMatchObject({ ok: false })
    expect(await erasePerson(admin, scopeFor(admin), 'no-such-person')).toMatchObject({ ok: false })
    expect(userRow(learner.email).name).toBe(learner.name)
  })
})
