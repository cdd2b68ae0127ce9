/**
 * UK GDPR rights: a person downloads everything held about them; an administrator erases a
 * person. Erasure removes what identifies them and keeps their completions (with unit,
 * organisation and time) so that historical counts of people upskilled do not change.
 */
import { and, eq, inArray, like, or, sql, type Column } from 'drizzle-orm'
import { recordAudit } from '#app/audit/audit.server.ts'
import { mayErasePeople, type Scope } from '#app/auth/permissions.server.ts'
import { endAllSessions, type SessionUser } from '#app/auth/session.server.ts'
import {
  auditEvents,
  checkAttempts,
  completions,
  db,
  enrolments,
  evaluations,
  invitations,
  lessonProgress,
  lessons,
  modules,
  moduleVersions,
  passwordResets,
  reflections,
  users,
  classroomDeliveries,
} from '#app/db.server.ts'
import { getPerson } from './people.server.ts'

export const ERASED_NAME = 'Erased person'

/** Everything held about one person, as one JSON-ready object (their own reflections included). */
export function exportPersonalData(userId: string) {
  const found = getPerson({ kind: 'self', userId }, userId)
  if (!found) return null
  // the download names their unit and organisation; their ids mean nothing to the person
  const {
    vruId: _vruId,
    organisationId: _organisationId,
    vruName,
    organisationName,
    ...own
  } = found
  const person = { ...own, organisation: organisationName, vru: vruName }
  const myEnrolments = db
    .select({
      id: enrolments.id,
      module: modules.slug,
      title: moduleVersions.title,
      version: moduleVersions.version,
      startedAt: enrolments.startedAt,
      updatedAt: enrolments.updatedAt,
      completedAt: enrolments.completedAt,
    })
    .from(enrolments)
    .innerJoin(modules, eq(modules.id, enrolments.moduleId))
    .innerJoin(moduleVersions, eq(moduleVersions.id, enrolments.moduleVersionId))
    .where(eq(enrolments.userId, userId))
    .all()
  const mine = db
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(eq(enrolments.userId, userId))
  const ofMine = (column: Column) => inArray(column, mine)
  return {
    exportedAt: new Date().toISOString(),
    profile: person,
    enrolments: myEnrolments,
    lessonProgress: db
      .select({
        enrolmentId: lessonProgress.enrolmentId,
        lesson: lessons.slug,
        position: lessonProgress.position,
        watchedSeconds: lessonProgress.watchedSeconds,
        completedAt: lessonProgress.completedAt,
        completedBy: lessonProgress.completedBy,
        updatedAt: lessonProgress.updatedAt,
      })
      .from(lessonProgress)
      .innerJoin(lessons, eq(lessons.id, lessonProgress.lessonId))
      .where(ofMine(lessonProgress.enrolmentId))
      .all(),
    checkAttempts: db
      .select({
        enrolmentId: checkAttempts.enrolmentId,
        lesson: lessons.slug,
        score: checkAttempts.score,
        passed: checkAttempts.passed,
        answers: checkAttempts.answers,
        createdAt: checkAttempts.createdAt,
      })
      .from(checkAttempts)
      .innerJoin(lessons, eq(lessons.id, checkAttempts.lessonId))
      .where(ofMine(checkAttempts.enrolmentId))
      .all(),
    reflections: db
      .select({
        lesson: lessons.slug,
        prompt: reflections.promptIndex,
        answer: reflections.answer,
        updatedAt: reflections.updatedAt,
      })
      .from(reflections)
      .innerJoin(lessons, eq(lessons.id, reflections.lessonId))
      .where(eq(reflections.userId, userId))
      .all(),
    evaluations: db
      .select({
        enrolmentId: evaluations.enrolmentId,
        stage: evaluations.stage,
        ratings: evaluations.ratings,
        createdAt: evaluations.createdAt,
      })
      .from(evaluations)
      .where(ofMine(evaluations.enrolmentId))
      .all(),
    completions: db
      .select({
        module: modules.slug,
        completedAt: completions.completedAt,
        score: completions.score,
        cpdMinutes: completions.cpdMinutes,
        certificateCode: completions.certificateCode,
      })
      .from(completions)
      .innerJoin(modules, eq(modules.id, completions.moduleId))
      .where(eq(completions.userId, userId))
      .all(),
    // lessons they taught: about the teacher, never about the pupils
    classroomDeliveries: db
      .select({
        pack: modules.slug,
        deliveredOn: classroomDeliveries.deliveredOn,
        lessons: classroomDeliveries.lessons,
        yearGroup: classroomDeliveries.yearGroup,
        pupils: classroomDeliveries.pupils,
        setting: classroomDeliveries.setting,
        coDeliveredWith: classroomDeliveries.coDeliveredWith,
        concernPassedOn: classroomDeliveries.concernPassedOn,
        loggedAt: classroomDeliveries.createdAt,
      })
      .from(classroomDeliveries)
      .innerJoin(modules, eq(modules.id, classroomDeliveries.moduleId))
      .where(eq(classroomDeliveries.teacherId, userId))
      .all(),
    auditEvents: db
      .select({
        at: auditEvents.at,
        action: auditEvents.action,
        actor: auditEvents.actor,
        subject: auditEvents.subject,
        address: auditEvents.address,
      })
      .from(auditEvents)
      .where(or(eq(auditEvents.actorId, userId), eq(auditEvents.subject, `person:${userId}`)))
      .all(),
  }
}

/** The download, recorded in the audit log. */
export function downloadPersonalData(user: SessionUser, address: string | null) {
  const data = exportPersonalData(user.id)
  recordAudit({ action: 'data_exported', actor: user, address, subject: `person:${user.id}` })
  return data
}

/**
 * Erases a person: name, email and job role replaced, password and sessions gone, reflections,
 * invitations and password reset links deleted, their name and email scrubbed from the audit log.
 * Completions stay, with unit, organisation and time, counted but no longer anyone's.
 */
export async function erasePerson(
  actor: SessionUser,
  scope: Scope,
  id: string,
  address: string | null = null,
) {
  if (!mayErasePeople(actor))
    return { ok: false as const, errors: { form: 'Only an administrator can erase a person' } }
  const person = getPerson(scope, id)
  if (!person) return { ok: false as const, errors: { form: 'Person not found' } }
  if (person.id === actor.id)
    return { ok: false as const, errors: { form: 'You cannot erase yourself' } }
  const shownAs = `${person.name} <${person.email}>`
  db.transaction((tx) => {
    tx.delete(reflections).where(eq(reflections.userId, id)).run()
    tx.delete(passwordResets).where(eq(passwordResets.userId, id)).run()
    tx.delete(invitations).where(eq(invitations.email, person.email)).run()
    tx.update(users)
      .set({
        name: ERASED_NAME,
        email: `erased-${id}@erased.invalid`,
        passwordHash: null,
        jobRole: null,
        active: false,
      })
      .where(eq(users.id, id))
      .run()
    // the record of actions survives; who the person was does not
    tx.update(auditEvents)
      .set({ actor: ERASED_NAME })
      .where(or(eq(auditEvents.actorId, id), eq(auditEvents.actor, shownAs)))
      .run()
    tx.update(auditEvents)
      .set({
        details: sql`replace(replace(${auditEvents.details}, ${person.email}, '[erased]'), ${JSON.stringify(person.name).slice(1, -1)}, '[erased]')`,
      })
      .where(
        and(
          sql`${auditEvents.details} is not null`,
          or(
            like(auditEvents.details, `%${person.email}%`),
            eq(auditEvents.subject, `person:${id}`),
          ),
        ),
      )
      .run()
    recordAudit(
      { action: 'person_erased', actor, address, vruId: person.vruId, subject: `person:${id}` },
      tx,
    )
  })
  await endAllSessions(id)
  return { ok: true as const }
}
