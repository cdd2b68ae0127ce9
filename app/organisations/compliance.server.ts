/**
 * Staff compliance for an organisation lead: each member of staff and each module assigned to
 * them, with where they are in it. Names appear here because the lead manages these staff; the
 * route passes the lead's own organisation and nothing else.
 */
import { and, asc, eq, isNull, max, min } from 'drizzle-orm'
import { z } from 'zod'
import { assignments, completions, db, enrolments, users } from '#app/db.server.ts'
import { moduleTitlesOf } from '#app/learning/catalogue.server.ts'
import { assignmentCoversPerson } from '#app/learning/assignments.server.ts'
import { toCsv } from '#app/utils/csv.ts'
import { londonDay } from '#app/utils/uk-dates.ts'
import { COMPLIANCE_STATUS_LABELS, COMPLIANCE_STATUSES, type ComplianceStatus } from './labels.ts'

export const ComplianceFiltersSchema = z.object({
  status: z.enum(COMPLIANCE_STATUSES).optional().catch(undefined),
  module: z.coerce.number().int().positive().optional().catch(undefined),
  jobRole: z.string().max(120).optional().catch(undefined),
  name: z.string().max(120).optional().catch(undefined),
})
export type ComplianceFilters = z.infer<typeof ComplianceFiltersSchema>

export function complianceFiltersFrom(params: URLSearchParams): ComplianceFilters {
  const input = Object.fromEntries([...params].filter(([, v]) => v.trim() !== ''))
  return ComplianceFiltersSchema.parse(input)
}

/** Every active member of staff × every module assigned to them, with its status. */
export function staffCompliance(organisationId: number, now = Date.now()) {
  const staff = and(eq(users.organisationId, organisationId), eq(users.active, true))
  // the earliest due date wins when the same module is assigned more than once, as on /learn
  const assigned = db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      jobRole: users.jobRole,
      moduleId: assignments.moduleId,
      dueAt: min(assignments.dueAt),
    })
    .from(assignments)
    .innerJoin(users, assignmentCoversPerson())
    .where(staff)
    .groupBy(users.id, assignments.moduleId)
    .orderBy(asc(users.name))
    .all()
  const key = (userId: string, moduleId: number) => `${userId}:${moduleId}`
  const completed = new Map(
    db
      .select({
        userId: completions.userId,
        moduleId: completions.moduleId,
        at: max(completions.completedAt),
      })
      .from(completions)
      .innerJoin(users, eq(users.id, completions.userId))
      .where(staff)
      .groupBy(completions.userId, completions.moduleId)
      .all()
      .map((c) => [key(c.userId, c.moduleId), c.at]),
  )
  const started = new Set(
    db
      .select({ userId: enrolments.userId, moduleId: enrolments.moduleId })
      .from(enrolments)
      .innerJoin(users, eq(users.id, enrolments.userId))
      .where(and(staff, isNull(enrolments.completedAt)))
      .all()
      .map((e) => key(e.userId, e.moduleId)),
  )
  const titles = moduleTitlesOf(assigned.map((r) => r.moduleId))
  return assigned.map((row) => {
    const completedAt = completed.get(key(row.userId, row.moduleId)) ?? null
    const due = row.dueAt ? new Date(row.dueAt).getTime() : null
    const status: ComplianceStatus = completedAt
      ? 'complete'
      : due !== null && due < now
        ? 'overdue'
        : started.has(key(row.userId, row.moduleId))
          ? 'in-progress'
          : 'not-started'
    return {
      ...row,
      module: titles.get(row.moduleId) ?? `Module ${row.moduleId}`,
      dueAt: due,
      completedAt: completedAt ? new Date(completedAt).getTime() : null,
      status,
    }
  })
}
export type ComplianceRow = ReturnType<typeof staffCompliance>[number]

export function filterCompliance(rows: ComplianceRow[], filters: ComplianceFilters) {
  const name = filters.name?.toLowerCase()
  return rows.filter(
    (r) =>
      (!filters.status || r.status === filters.status) &&
      (!filters.module || r.moduleId === filters.module) &&
      (!filters.jobRole || r.jobRole === filters.jobRole) &&
      (!name || r.name.toLowerCase().includes(name) || r.email.includes(name)),
  )
}

/** The compliance list as CSV for an inspection: one row per person and module. */
export function complianceCsv(rows: ComplianceRow[]) {
  return toCsv([
    ['Name', 'Email', 'Job role', 'Module', 'Status', 'Due', 'Completed'],
    ...rows.map((r) => [
      r.name,
      r.email,
      r.jobRole ?? '',
      r.module,
      COMPLIANCE_STATUS_LABELS[r.status],
      r.dueAt ? londonDay(r.dueAt) : '',
      r.completedAt ? londonDay(r.completedAt) : '',
    ]),
  ])
}
