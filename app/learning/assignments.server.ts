import { and, asc, desc, eq, isNull, or, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import { z } from 'zod'
import { type Scope, organisationsInScope } from '#app/auth/permissions.server.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import { recordAudit } from '#app/audit/audit.server.ts'
import {
  assignments,
  completions,
  db,
  enrolments,
  modules,
  moduleVersions,
  organisations,
  users,
} from '#app/db.server.ts'
import { getOrganisation } from '#app/organisations/organisations.server.ts'
import { endOfLondonDay, isoDayFrom, isRealDay, londonDay } from '#app/utils/uk-dates.ts'
import { listCatalogue } from './catalogue.server.ts'
import { modulesThatExpire } from './in-date.server.ts'

// ---- Days. A due date is a day in England and Wales; it lasts until that day's midnight.

// ---- Who an assignment is for

export const TARGETS = ['organisation', 'jobRole', 'people'] as const

/**
 * Joins assignments to the people they cover: by name, their whole organisation, or their job
 * role there. /learn, the organisation's compliance page and the reports all use this one rule.
 */
export function assignmentCoversPerson() {
  return and(
    eq(assignments.organisationId, users.organisationId),
    isNull(assignments.removedAt),
    or(
      eq(assignments.userId, users.id),
      and(
        isNull(assignments.userId),
        or(isNull(assignments.jobRole), eq(assignments.jobRole, users.jobRole)),
      ),
    ),
  )
}

/**
 * The condition on `users` (beside `assignments`) that keeps the people an assignment is for:
 * named, everyone in the organisation, or everyone there with the job role. The same rule as
 * /learn reads (assignedTo in dashboard.server.ts).
 */
export const coveredByAssignment = sql`${users.organisationId} = ${assignments.organisationId}
  and ${users.active} = 1
  and (${assignments.userId} is null or ${users.id} = ${assignments.userId})
  and (${assignments.userId} is not null or ${assignments.jobRole} is null or ${assignments.jobRole} = ${users.jobRole})`

/**
 * A person's due date under an assignment (beside `users`): an assignment that gives newcomers
 * a number of days counts them from the day someone joined, if they joined after it was made.
 */
export const dueForPerson = sql<number | null>`(case
  when ${assignments.dueWithinDays} is not null and ${users.createdAt} > ${assignments.createdAt}
  then ${users.createdAt} + ${assignments.dueWithinDays} * 86400000
  else ${assignments.dueAt} end)`

const completedModule = sql`exists (select 1 from ${completions} where ${completions.userId} = ${users.id} and ${completions.moduleId} = ${assignments.moduleId})`

/** The title of the latest published version of a module. */
export const moduleTitle = sql<string>`(select ${moduleVersions.title} from ${moduleVersions}
  where ${moduleVersions.moduleId} = ${modules.id} and ${moduleVersions.status} = 'published'
  order by ${moduleVersions.version} desc limit 1)`

/** The same version's titles in other languages (a pack's Welsh), for `moduleText`. */
const moduleTranslations = sql`(select ${moduleVersions.translations} from ${moduleVersions}
  where ${moduleVersions.moduleId} = ${modules.id} and ${moduleVersions.status} = 'published'
  order by ${moduleVersions.version} desc limit 1)`.mapWith(moduleVersions.translations)

// ---- The form

const targetChosen = (payload: { issues: readonly { path?: PropertyKey[] }[] }) =>
  payload.issues.every((issue) => issue.path?.[0] !== 'target')

export const AssignmentSchema = z
  .object({
    organisationId: z.coerce
      .number({ error: 'Choose an organisation' })
      .int()
      .positive({ error: 'Choose an organisation' }),
    moduleId: z.coerce
      .number({ error: 'Choose a module to assign' })
      .int()
      .positive({ error: 'Choose a module to assign' }),
    target: z.enum(TARGETS, { error: 'Choose who the module is for' }),
    jobRole: z.string().max(120, 'The job role must be 120 characters or fewer').optional(),
    people: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((v) => (v === undefined ? [] : [v].flat())),
    dueDate: z
      .string()
      // a browser without a date picker sends what was typed, often day/month/year
      .transform(isoDayFrom)
      .pipe(
        z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Enter the due date as a date, like 31/03/2027' })
          .refine(isRealDay, { error: 'Enter a due date that exists, like 31/03/2027' })
          // today is allowed: a module is due by the end of its day
          .refine((day) => day >= londonDay(), { error: 'The due date must be today or later' }),
      )
      .optional(),
    keepInDate: z
      .string()
      .optional()
      .transform((v) => v === 'on'),
    // an empty box is no number of days, not zero
    dueWithinDays: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z.coerce
        .number({ error: 'Enter a number of days from 1 to 365' })
        .int({ error: 'Enter a whole number of days from 1 to 365' })
        .min(1, { error: 'Enter a number of days from 1 to 365' })
        .max(365, { error: 'Enter a number of days from 1 to 365' })
        .optional(),
    ),
  })
  // checked even when other fields are wrong, so every problem shows at once
  .refine((input) => input.target !== 'jobRole' || input.jobRole, {
    path: ['jobRole'],
    error: 'Choose the job role',
    when: targetChosen,
  })
  .refine((input) => input.target !== 'people' || input.people.length > 0, {
    path: ['people'],
    error: 'Choose at least one person',
    when: targetChosen,
  })
export type AssignmentInput = z.infer<typeof AssignmentSchema>

export const AssignmentIntentSchema = z.enum(['remove'])

/** What the form offers for an organisation in scope: its unit's modules, job roles and staff. */
export function assignmentChoices(scope: Scope, organisationId: number) {
  const organisation = getOrganisation(scope, organisationId)
  if (!organisation) return null
  const staff = db
    .select({ id: users.id, name: users.name, jobRole: users.jobRole })
    .from(users)
    .where(and(eq(users.organisationId, organisation.id), eq(users.active, true)))
    .orderBy(asc(users.name))
    .all()
  const jobRoles = [...new Set(staff.flatMap((p) => (p.jobRole ? [p.jobRole] : [])))].sort()
  return { organisation, modules: listCatalogue(organisation.vruId), jobRoles, staff }
}

type Actor = SessionUser
type Done = { ok: true; ids: number[] } | { ok: false; errors: Record<string, string> }

/** Assigns a module to an organisation, a job role there, or named people (one assignment each). */
export function createAssignments(
  actor: Actor,
  scope: Scope,
  input: AssignmentInput,
  { address = null }: { address?: string | null } = {},
): Done {
  const choices = assignmentChoices(scope, input.organisationId)
  if (!choices)
    return { ok: false, errors: { organisationId: 'Choose an organisation you manage' } }
  const { organisation, staff } = choices
  const errors: Record<string, string> = {}
  const module = choices.modules.find((m) => m.moduleId === input.moduleId)
  if (!module) errors.moduleId = 'Choose a module from the list'
  else if (input.keepInDate && modulesThatExpire([module.moduleId]).size === 0) {
    errors.keepInDate =
      'The module you chose does not expire, so there is nothing to keep in date. Untick this, or choose a module that stays in date for a time.'
  }

  let jobRole: string | null = null
  let people: string[] = []
  if (input.target === 'jobRole') {
    // the stored spelling, so that /learn's exact match finds the people
    const wanted = input.jobRole!.trim().toLowerCase()
    jobRole = choices.jobRoles.find((r) => r.trim().toLowerCase() === wanted) ?? null
    if (!jobRole)
      errors.jobRole = 'Choose a job role that someone at this organisation has, from the list'
  } else if (input.target === 'people') {
    people = [...new Set(input.people)]
    if (people.some((id) => !staff.some((p) => p.id === id)))
      errors.people = 'Choose people who work at this organisation'
  }

  if (module && Object.keys(errors).length === 0) {
    const current = db
      .select({ jobRole: assignments.jobRole, userId: assignments.userId })
      .from(assignments)
      .where(
        and(
          eq(assignments.moduleId, module.moduleId),
          eq(assignments.organisationId, organisation.id),
          isNull(assignments.removedAt),
        ),
      )
      .all()
    const clash =
      input.target === 'organisation'
        ? current.some((a) => !a.userId && !a.jobRole)
        : input.target === 'jobRole'
          ? current.some((a) => !a.userId && a.jobRole === jobRole)
          : current.some((a) => a.userId && people.includes(a.userId))
    if (clash) {
      errors[input.target === 'organisation' ? 'moduleId' : input.target] =
        input.target === 'people'
          ? 'Someone you chose already has this module assigned. Remove that assignment first to change its due date, or leave them out.'
          : input.target === 'jobRole'
            ? 'This module is already assigned to this job role. Remove that assignment first to change its due date.'
            : 'This module is already assigned to everyone at this organisation. Remove that assignment first to change its due date.'
    }
  }
  if (!module || Object.keys(errors).length > 0) return { ok: false, errors }

  const dueAt = input.dueDate ? endOfLondonDay(input.dueDate) : null
  const rows =
    input.target === 'people'
      ? people.map((userId) => ({ userId, jobRole: null }))
      : [{ userId: null, jobRole }]
  const ids = db.transaction((tx) =>
    rows.map((row) => {
      const { id } = tx
        .insert(assignments)
        .values({
          moduleId: module.moduleId,
          organisationId: organisation.id,
          jobRole: row.jobRole,
          userId: row.userId,
          dueAt,
          keepInDate: input.keepInDate,
          dueWithinDays: input.dueWithinDays ?? null,
          assignedById: actor.id,
        })
        .returning({ id: assignments.id })
        .get()
      recordAudit(
        {
          action: 'assignment_created',
          actor,
          address,
          vruId: organisation.vruId,
          subject: `assignment:${id}`,
          details: {
            module: module.slug,
            organisationId: organisation.id,
            jobRole: row.jobRole,
            userId: row.userId,
            dueDate: input.dueDate ?? null,
            keepInDate: input.keepInDate,
            dueWithinDays: input.dueWithinDays ?? null,
          },
        },
        tx,
      )
      return id
    }),
  )
  return { ok: true, ids }
}

// ---- Reading assignments, always through a scope

const person = alias(users, 'person')
const assigner = alias(users, 'assigner')

const covered = sql<number>`(select count(*) from ${users} where ${coveredByAssignment})`
const completed = sql<number>`(select count(*) from ${users} where ${coveredByAssignment} and ${completedModule})`

const assignmentColumns = {
  id: assignments.id,
  moduleId: assignments.moduleId,
  moduleSlug: modules.slug,
  moduleTitle,
  moduleTranslations,
  organisationId: assignments.organisationId,
  organisationName: organisations.name,
  vruId: organisations.vruId,
  jobRole: assignments.jobRole,
  userId: assignments.userId,
  personName: person.name,
  dueAt: assignments.dueAt,
  assignedByName: assigner.name,
  createdAt: assignments.createdAt,
  removedAt: assignments.removedAt,
  covered,
  completed,
}

function selectAssignments(conditions: (SQL | undefined)[]) {
  return db
    .select(assignmentColumns)
    .from(assignments)
    .innerJoin(organisations, eq(organisations.id, assignments.organisationId))
    .innerJoin(modules, eq(modules.id, assignments.moduleId))
    .leftJoin(person, eq(person.id, assignments.userId))
    .leftJoin(assigner, eq(assigner.id, assignments.assignedById))
    .where(and(...conditions))
}

/** Current assignments of the organisations a scope may see, soonest due first. */
export function listAssignments(scope: Scope, filters: { organisationId?: number } = {}) {
  return selectAssignments([
    organisationsInScope(scope),
    isNull(assignments.removedAt),
    filters.organisationId ? eq(assignments.organisationId, filters.organisationId) : undefined,
  ])
    .orderBy(
      asc(organisations.name),
      sql`${assignments.dueAt} is null`,
      asc(assignments.dueAt),
      desc(assignments.id),
    )
    .limit(500)
    .all()
}

/** The assignment if the scope may see it; undefined otherwise (routes answer 404). */
export function getAssignment(scope: Scope, id: number) {
  return selectAssignments([organisationsInScope(scope), eq(assignments.id, id)]).get()
}

/** The people an assignment is for, with how far each has got with its module. */
export function assignedPeople(assignmentId: number) {
  return db
    .select({
      id: users.id,
      name: users.name,
      jobRole: users.jobRole,
      completedAt: sql<number | null>`(select max(${completions.completedAt}) from ${completions}
        where ${completions.userId} = ${users.id} and ${completions.moduleId} = ${assignments.moduleId})`,
      started: sql<number>`exists (select 1 from ${enrolments} where ${enrolments.userId} = ${users.id}
        and ${enrolments.moduleId} = ${assignments.moduleId} and ${enrolments.completedAt} is null)`,
    })
    .from(assignments)
    .innerJoin(users, coveredByAssignment)
    .where(eq(assignments.id, assignmentId))
    .orderBy(asc(users.name))
    .all()
}

/** Ends an assignment. Completions already earned stay: nothing but the assignment changes. */
export function removeAssignment(
  actor: Actor,
  scope: Scope,
  id: number,
  { address = null, now = new Date() }: { address?: string | null; now?: Date } = {},
) {
  const assignment = getAssignment(scope, id)
  if (!assignment) return null
  if (assignment.removedAt) return assignment
  db.transaction((tx) => {
    tx.update(assignments).set({ removedAt: now }).where(eq(assignments.id, id)).run()
    recordAudit(
      {
        action: 'assignment_removed',
        actor,
        address,
        vruId: assignment.vruId,
        subject: `assignment:${id}`,
        details: { module: assignment.moduleSlug, organisationId: assignment.organisationId },
      },
      tx,
    )
  })
  return { ...assignment, removedAt: now }
}
