/**
 * Staff compliance for an organisation lead: each member of staff and each module assigned to
 * them, with where they are in it. Names appear here because the lead manages these staff; the
 * route passes the lead's own organisation and nothing else.
 */
import { and, asc, eq, isNotNull, isNull, max, sql } from 'drizzle-orm'
import { z } from 'zod'
import { assignments, completions, db, enrolments, users } from '#app/db.server.ts'
import { type I18n } from '#app/i18n/i18n.ts'
import { i18nFor } from '#app/i18n/language.server.ts'
import { moduleTitlesOf } from '#app/learning/catalogue.server.ts'
import { assignmentCoversPerson, dueForPerson } from '#app/learning/assignments.server.ts'
import { modulesThatExpire, standingsOf } from '#app/learning/in-date.server.ts'
import { inDateStatus, type InDateStatus } from '#app/learning/validity.ts'
import { toCsv } from '#app/utils/csv.ts'
import { addDays, londonDay } from '#app/utils/uk-dates.ts'
import {
  COMPLIANCE_STATUS_LABELS,
  COMPLIANCE_PAGE_ROWS,
  COMPLIANCE_STATUSES,
  EXPIRING_FILTER,
  type ComplianceStatus,
} from './labels.ts'

export const ComplianceFiltersSchema = z.object({
  status: z
    .enum([...COMPLIANCE_STATUSES, EXPIRING_FILTER])
    .optional()
    .catch(undefined),
  module: z.coerce.number().int().positive().optional().catch(undefined),
  jobRole: z.string().max(120).optional().catch(undefined),
  name: z.string().max(120).optional().catch(undefined),
})
export type ComplianceFilters = z.infer<typeof ComplianceFiltersSchema>

export function complianceFiltersFrom(params: URLSearchParams): ComplianceFilters {
  const input = Object.fromEntries([...params].filter(([, v]) => v.trim() !== ''))
  return ComplianceFiltersSchema.parse(input)
}

const IN_DATE_STATUS = {
  in_date: 'in-date',
  renewal_due: 'renewal-due',
  expired: 'expired',
} as const satisfies Record<InDateStatus, ComplianceStatus>

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
      dueAt: sql<number | null>`min(${dueForPerson})`,
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
      .where(and(staff, isNotNull(completions.moduleId)))
      .groupBy(completions.userId, completions.moduleId)
      .all()
      .map((c) => [key(c.userId, c.moduleId!), c.at]),
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
  const standings = new Map(
    standingsOf({ organisationId }).map((s) => [key(s.userId, s.moduleId), s]),
  )
  const today = londonDay(now)
  const expiring = modulesThatExpire(assigned.map((r) => r.moduleId))
  const titles = moduleTitlesOf(assigned.map((r) => r.moduleId))
  return assigned.map((row) => {
    const completedAt = completed.get(key(row.userId, row.moduleId)) ?? null
    const standing = standings.get(key(row.userId, row.moduleId))
    const due = row.dueAt ? new Date(row.dueAt).getTime() : null
    const status: ComplianceStatus = standing
      ? IN_DATE_STATUS[inDateStatus(standing.validUntil, today, standing.windowDays)]
      : completedAt
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
      // the last renewal, by the refresher too, is when they last did it
      completedAt: standing
        ? standing.lastCompletedAt
        : completedAt
          ? new Date(completedAt).getTime()
          : null,
      validUntil: standing?.validUntil ?? null,
      expires: expiring.has(row.moduleId),
      status,
    }
  })
}

/** Running out within this many days counts as expiring, for the filter an inspector asks for. */
const EXPIRING_WITHIN_DAYS = 30

function isExpiring(row: ComplianceRow, today: string) {
  return (
    row.status === 'expired' ||
    (row.validUntil !== null && row.validUntil <= addDays(today, EXPIRING_WITHIN_DAYS))
  )
}

/**
 * The share of staff in date on every module assigned to them that expires (renewal due still
 * counts: they are in date until the day). Staff with no such module are not counted.
 */
export function staffInDate(rows: ComplianceRow[]) {
  const expires = new Map<string, boolean>()
  for (const row of rows) {
    if (!row.expires) continue
    const inDate = row.status === 'in-date' || row.status === 'renewal-due'
    expires.set(row.userId, (expires.get(row.userId) ?? true) && inDate)
  }
  const values = [...expires.values()]
  return { inDate: values.filter(Boolean).length, of: values.length }
}
export type ComplianceRow = ReturnType<typeof staffCompliance>[number]

/**
 * One page of the (filtered) list, from `page` in the address: a school of 2,000 staff has
 * 12,000 rows for six modules, more than a page can carry or anyone can read.
 */
export function compliancePage<T>(rows: T[], params: URLSearchParams) {
  const pages = Math.max(1, Math.ceil(rows.length / COMPLIANCE_PAGE_ROWS))
  const asked = z.coerce
    .number()
    .int()
    .min(1)
    .catch(1)
    .parse(params.get('page') ?? 1)
  const page = Math.min(asked, pages)
  const first = (page - 1) * COMPLIANCE_PAGE_ROWS
  return {
    rows: rows.slice(first, first + COMPLIANCE_PAGE_ROWS),
    page: { number: page, pages, first: first + 1, total: rows.length },
  }
}

export function filterCompliance(
  rows: ComplianceRow[],
  filters: ComplianceFilters,
  today = londonDay(),
) {
  const name = filters.name?.toLowerCase()
  return rows.filter(
    (r) =>
      (!filters.status ||
        (filters.status === EXPIRING_FILTER
          ? isExpiring(r, today)
          : r.status === filters.status)) &&
      (!filters.module || r.moduleId === filters.module) &&
      (!filters.jobRole || r.jobRole === filters.jobRole) &&
      (!name || r.name.toLowerCase().includes(name) || r.email.includes(name)),
  )
}

/**
 * The compliance list as CSV for an inspection: one row per person and module, its headings and
 * statuses in the reader's language (English unless told).
 */
export function complianceCsv(rows: ComplianceRow[], { t }: I18n = i18nFor('en')) {
  return toCsv([
    [
      t('Name'),
      t('Email'),
      t('Job role'),
      t('Module'),
      t('Status'),
      t('Due'),
      t('Completed'),
      t('In date until'),
    ],
    ...rows.map((r) => [
      r.name,
      r.email,
      r.jobRole ?? '',
      r.module,
      t(COMPLIANCE_STATUS_LABELS[r.status]),
      r.dueAt ? londonDay(r.dueAt) : '',
      r.completedAt ? londonDay(r.completedAt) : '',
      r.validUntil ?? '',
    ]),
  ])
}
