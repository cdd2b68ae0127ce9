import { and, desc, eq, isNull, sql } from 'drizzle-orm'
import { type SessionUser } from '#app/auth/session.server.ts'
import {
  assignments,
  db,
  enrolments,
  lessons,
  modules,
  moduleVersions,
  users,
} from '#app/db.server.ts'
import { assignmentCoversPerson, dueForPerson } from './assignments.server.ts'

/** Modules assigned to this person: by name, to their whole organisation, or to their job role. */
export function assignedTo(user: SessionUser) {
  if (!user.organisationId) return []
  const rows = db
    .select({
      moduleId: assignments.moduleId,
      slug: modules.slug,
      dueAt: sql`${dueForPerson}`.mapWith((v: number | null) => (v === null ? null : new Date(v))),
    })
    .from(assignments)
    .innerJoin(users, assignmentCoversPerson())
    .innerJoin(modules, eq(modules.id, assignments.moduleId))
    .where(eq(users.id, user.id))
    .all()
  // the earliest due date wins when the same module is assigned more than once
  const byModule = new Map<number, (typeof rows)[number]>()
  for (const row of rows) {
    const seen = byModule.get(row.moduleId)
    if (!seen || (row.dueAt && (!seen.dueAt || row.dueAt < seen.dueAt)))
      byModule.set(row.moduleId, row)
  }
  return [...byModule.values()]
}

/** Modules the person is part-way through, most recent first, with the lesson to continue at. */
export function inProgress(userId: string) {
  return db
    .select({
      moduleId: enrolments.moduleId,
      slug: modules.slug,
      title: moduleVersions.title,
      updatedAt: enrolments.updatedAt,
      lastLessonSlug: lessons.slug,
      lastLessonTitle: lessons.title,
    })
    .from(enrolments)
    .innerJoin(modules, eq(modules.id, enrolments.moduleId))
    .innerJoin(moduleVersions, eq(moduleVersions.id, enrolments.moduleVersionId))
    .leftJoin(lessons, eq(lessons.id, enrolments.lastLessonId))
    .where(and(eq(enrolments.userId, userId), isNull(enrolments.completedAt)))
    .orderBy(desc(enrolments.updatedAt))
    .all()
}

type Started = ReturnType<typeof inProgress>[number]
type Assigned = ReturnType<typeof assignedTo>[number]

/**
 * Each module in progress in one place on the learner's page: the one touched last in the
 * Continue box (with its due date when assigned), an assigned one on its assignment card, and
 * the rest in the in-progress list.
 */
export function placeInProgress(started: Started[], assigned: Assigned[]) {
  const [next, ...others] = started
  const assignedIds = new Set(assigned.map((a) => a.moduleId))
  return {
    next: next
      ? { ...next, dueAt: assigned.find((a) => a.moduleId === next.moduleId)?.dueAt ?? null }
      : null,
    assigned: assigned
      .filter((a) => a.moduleId !== next?.moduleId)
      .map((a) => ({ ...a, started: others.find((s) => s.moduleId === a.moduleId) ?? null })),
    others: others.filter((s) => !assignedIds.has(s.moduleId)),
  }
}

/** Where Continue takes a learner: the lesson last open, or the module's page. */
export function continuePath(started: Pick<Started, 'slug' | 'lastLessonSlug'>) {
  return started.lastLessonSlug
    ? `/learn/modules/${started.slug}/lessons/${started.lastLessonSlug}`
    : `/learn/modules/${started.slug}`
}
