/**
 * Who may do what, and what each person may see (tenancy). Routes call these guards; queries
 * take the scope computed here and never decide tenancy on their own.
 */
import { redirect } from '@remix-run/node'
import { and, eq, inArray, isNull, or, sql, type Placeholder, type SQL } from 'drizzle-orm'
import { type SQLiteColumn } from 'drizzle-orm/sqlite-core'
import {
  classroomDeliveries,
  invitations,
  modules,
  organisations,
  users,
  type Role,
  type SessionAudience,
} from '#app/db.server.ts'
import { getVru } from '#app/organisations/vrus.server.ts'
import { NATIONAL, type ReportScope } from '#app/reporting/types.ts'
import { readSession, type SessionUser } from './session.server.ts'
import { AUTH_MESSAGES } from './labels.ts'

export const HOME_BY_ROLE: Record<Role, string> = {
  learner: '/learn',
  organisation_lead: '/organisation',
  trainer: '/studio',
  vru_lead: '/reports',
  admin: '/admin',
}

/** The parts of the service and the roles that may use each. */
export const AREA_ROLES = {
  learn: ['learner', 'organisation_lead'],
  organisation: ['organisation_lead'],
  studio: ['trainer', 'admin'],
  reports: ['vru_lead', 'admin'],
  admin: ['admin'],
  // organisations of a unit (all units for administrators)
  organisations: ['vru_lead', 'admin'],
  // people, within the scope of each role
  people: ['organisation_lead', 'vru_lead', 'admin'],
  // modules assigned to organisations, job roles and people, within the scope of each role
  assignments: ['vru_lead', 'organisation_lead', 'admin'],
  // the audit log: every unit's for administrators, their own unit's for VRU leads
  audit: ['vru_lead', 'admin'],
  // live training: scheduling courses' sessions and taking their registers (decision 016)
  training: ['trainer', 'vru_lead', 'admin'],
} as const satisfies Record<string, readonly Role[]>
export type Area = keyof typeof AREA_ROLES

export type Scope =
  | { kind: 'all' }
  | { kind: 'vru'; vruId: number }
  | { kind: 'organisation'; vruId: number; organisationId: number }
  | { kind: 'self'; userId: string }

export async function getOptionalUser(request: Request) {
  return (await readSession(request)).user
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getOptionalUser(request)
  if (!user) {
    const url = new URL(request.url)
    const redirectTo = `${url.pathname}${url.search}`
    throw redirect(`/login?${new URLSearchParams({ redirectTo })}`)
  }
  return user
}

export async function requireAnonymous(request: Request) {
  const user = await getOptionalUser(request)
  if (user) throw redirect(HOME_BY_ROLE[user.role])
}

export function mayUse(user: Pick<SessionUser, 'role'>, area: Area) {
  return (AREA_ROLES[area] as readonly Role[]).includes(user.role)
}

/** The signed-in person if their role may use this part of the service; 403 otherwise. */
export async function requireArea(request: Request, area: Area) {
  const user = await requireUser(request)
  if (!mayUse(user, area)) {
    throw new Response(AUTH_MESSAGES.noAccess, { status: 403 })
  }
  return user
}

export function scopeFor(user: SessionUser): Scope {
  switch (user.role) {
    case 'admin':
      return { kind: 'all' }
    case 'vru_lead':
    case 'trainer':
      return user.vruId ? { kind: 'vru', vruId: user.vruId } : { kind: 'self', userId: user.id }
    case 'organisation_lead':
      return user.vruId && user.organisationId
        ? { kind: 'organisation', vruId: user.vruId, organisationId: user.organisationId }
        : { kind: 'self', userId: user.id }
    case 'learner':
      return { kind: 'self', userId: user.id }
  }
}

/** A condition on `users` that keeps only the people a scope may see. */
export function peopleInScope(scope: Scope): SQL {
  switch (scope.kind) {
    case 'all':
      return sql`1 = 1`
    case 'vru':
      return eq(users.vruId, scope.vruId)
    case 'organisation':
      return eq(users.organisationId, scope.organisationId)
    case 'self':
      return eq(users.id, scope.userId)
  }
}

/** A condition on `organisations` that keeps only those a scope may see. */
export function organisationsInScope(scope: Scope): SQL {
  return placedInScope(scope, organisations.vruId, organisations.id)
}

/** A condition on a table placed in a unit and an organisation; a person's own scope sees none. */
function placedInScope(scope: Scope, vruId: SQLiteColumn, organisationId: SQLiteColumn): SQL {
  switch (scope.kind) {
    case 'all':
      return sql`1 = 1`
    case 'vru':
      return eq(vruId, scope.vruId)
    case 'organisation':
      return eq(organisationId, scope.organisationId)
    case 'self':
      return sql`0 = 1`
  }
}

/** A module's owner: null for the national library. */
type ModuleOwner = { ownerVruId: number | null }

/**
 * Who may open a module as a learner would: the national library is open to everyone; a unit's
 * modules to its own people; administrators open all.
 */
export function mayOpenModule(user: Pick<SessionUser, 'role' | 'vruId'>, module: ModuleOwner) {
  return user.role === 'admin' || module.ownerVruId === null || module.ownerVruId === user.vruId
}

/**
 * The same rule as a condition on `modules`, for the catalogue of a unit's people: the national
 * library and the unit's own. A placeholder lets a prepared query take the unit later; bound to
 * null it matches no owner, leaving the national library.
 */
export function modulesOpenTo(vruId: number | null | Placeholder): SQL {
  return vruId === null
    ? isNull(modules.ownerVruId)
    : or(isNull(modules.ownerVruId), eq(modules.ownerVruId, vruId))!
}

/**
 * Who may open teach mode for a module's classroom lessons: school staff who learn here, for the
 * modules their catalogue shows them; trainers and administrators to preview what they publish.
 */
export function mayTeach(user: Pick<SessionUser, 'role' | 'vruId'>, module: ModuleOwner) {
  return (mayUse(user, 'learn') || mayUse(user, 'studio')) && mayOpenModule(user, module)
}

/** The signed-in person if their role may ever open teach mode; 403 otherwise. */
export async function requireTeacher(request: Request) {
  const user = await requireUser(request)
  if (!mayUse(user, 'learn') && !mayUse(user, 'studio')) {
    throw new Response(AUTH_MESSAGES.teachModeFor, {
      status: 403,
    })
  }
  return user
}

/** National modules are edited by administrators only; a unit's by its trainers and administrators. */
export function mayEditModule(user: Pick<SessionUser, 'role' | 'vruId'>, module: ModuleOwner) {
  if (user.role === 'admin') return true
  return user.role === 'trainer' && module.ownerVruId !== null && module.ownerVruId === user.vruId
}

/** Roles a person may give others, by invitation or by changing a role. */
export function grantableRoles(user: Pick<SessionUser, 'role'>): Role[] {
  switch (user.role) {
    case 'admin':
      return ['admin', 'vru_lead', 'trainer', 'organisation_lead', 'learner']
    case 'vru_lead':
      return ['vru_lead', 'trainer', 'organisation_lead', 'learner']
    case 'organisation_lead':
      return ['organisation_lead', 'learner']
    default:
      return []
  }
}

/** Roles that belong to an organisation (the others belong to a unit, or to the platform). */
export const ORGANISATION_ROLES: readonly Role[] = ['organisation_lead', 'learner']

/** Where a person with this role belongs: administrators to the whole platform. */
export function roleBelongsTo(role: Role): 'organisation' | 'unit' | 'platform' {
  if (ORGANISATION_ROLES.includes(role)) return 'organisation'
  return role === 'admin' ? 'platform' : 'unit'
}

export function mayGrantRole(user: Pick<SessionUser, 'role'>, role: Role) {
  return grantableRoles(user).includes(role)
}

/** A person may change (edit, deactivate) someone whose role they could give. */
export function mayChangePerson(user: Pick<SessionUser, 'role'>, person: { role: Role }) {
  return mayGrantRole(user, person.role)
}

/**
 * The roles offered when changing `person`'s role: those `user` may give, of the same kind
 * (organisation or not) as the person's own.
 */
export function rolesOfferedFor(user: Pick<SessionUser, 'role'>, person: { role: Role }) {
  const inOrganisation = ORGANISATION_ROLES.includes(person.role)
  return grantableRoles(user).filter((r) => ORGANISATION_ROLES.includes(r) === inOrganisation)
}

/**
 * Why `actor` may not give `person` the role `role`, or null if they may (or it is unchanged).
 * A move between an organisation, a unit and the platform is a new invitation, not an edit.
 */
export function roleChangeRefusal(
  actor: Pick<SessionUser, 'id' | 'role'>,
  person: { id: string; role: Role },
  role: Role,
): string | null {
  if (role === person.role) return null
  if (!mayGrantRole(actor, role) || !mayChangePerson(actor, person))
    return AUTH_MESSAGES.roleNotGiven
  if (roleBelongsTo(role) !== roleBelongsTo(person.role)) return AUTH_MESSAGES.moveByInvitation
  if (actor.id === person.id) return AUTH_MESSAGES.ownRole
  return null
}

/** Erasing a person cannot be undone, so only administrators may. */
export function mayErasePeople(user: Pick<SessionUser, 'role'>) {
  return user.role === 'admin'
}

/**
 * Administrators work across every unit: they choose the unit of whom they invite and what they
 * place, and lists name each organisation's unit. Everyone else works in their own unit.
 */
export function worksAcrossUnits(user: Pick<SessionUser, 'role'>) {
  return user.role === 'admin'
}

/** An organisation lead acts in their own organisation; the others choose one first. */
export function mayChooseOrganisation(user: Pick<SessionUser, 'role'>) {
  return user.role !== 'organisation_lead'
}

// Reports

/**
 * Which unit's figures the asker sees: a VRU lead their own (whatever the address says), an
 * administrator every unit together or the one they pick.
 */
export function reportScopeFor(user: SessionUser, unitParam: string | null): ReportScope {
  const scope = scopeFor(user)
  if (scope.kind === 'vru') {
    return { vruId: scope.vruId, name: getVru(scope.vruId)?.name ?? '' }
  }
  if (scope.kind === 'all') {
    const id = Number(unitParam)
    const unit = Number.isInteger(id) && id > 0 ? getVru(id) : undefined
    return unit
      ? { vruId: unit.id, name: unit.name }
      : { vruId: NATIONAL, name: 'All Violence Reduction Units' }
  }
  throw new Response(AUTH_MESSAGES.noAccess, { status: 403 })
}

/** Whether the asker chooses the unit of a report (administrators: one unit or all of them). */
export function picksReportUnit(user: SessionUser) {
  return scopeFor(user).kind === 'all'
}

// Studio

/** The modules a person sees in the studio, applied by the studio's queries. */
export type StudioScope = { all: true } | { vruId: number | null }

/** Trainers see their unit's modules and the national library; administrators see all. */
export function studioScope(user: Pick<SessionUser, 'role' | 'vruId'>): StudioScope {
  return user.role === 'admin' ? { all: true } : { vruId: user.vruId }
}

/**
 * Administrators choose a module's owner (national or a unit, as a pack's manifest says); a
 * trainer's module, made or imported, always belongs to their unit.
 */
export function mayChooseModuleOwner(user: Pick<SessionUser, 'role'>) {
  return user.role === 'admin'
}

/** The owner a new module gets, or null when the person may not make one (no unit to own it). */
export function newModuleOwner(
  user: Pick<SessionUser, 'role' | 'vruId'>,
  national: boolean,
): { ownerVruId: number | null } | null {
  if (mayChooseModuleOwner(user)) return { ownerVruId: national ? null : user.vruId }
  return user.vruId === null ? null : { ownerVruId: user.vruId }
}

/** A trainer may copy a national module they cannot change into their unit. */
export function mayCopyModule(user: Pick<SessionUser, 'role' | 'vruId'>, module: ModuleOwner) {
  return !mayEditModule(user, module) && user.role === 'trainer' && module.ownerVruId === null
}

// Invitations

/** A condition on `invitations` that keeps those a scope may see: a lead's own organisation's. */
export function invitationsInScope(scope: Scope): SQL {
  return placedInScope(scope, invitations.vruId, invitations.organisationId)
}

/** An invitation may be resent or cancelled by someone who could have sent it. */
export function mayManageInvitation(user: Pick<SessionUser, 'role'>, invitation: { role: Role }) {
  return mayGrantRole(user, invitation.role)
}

// ---- Live training (decision 016)

/** Trainers and VRU leads run their own unit's courses; administrators any. */
export function mayRunCourse(
  user: Pick<SessionUser, 'role' | 'vruId'>,
  course: { vruId: number | null },
) {
  if (!mayUse(user, 'training')) return false
  return user.role === 'admin' || (course.vruId !== null && course.vruId === user.vruId)
}

/**
 * Who may be named a trainer of a course's sessions, as a condition on users: its unit's
 * trainers and VRU leads (mayRunCourse's people), or for a course of every unit, administrators.
 */
export function courseRunnersOf(course: { vruId: number | null }): SQL {
  return course.vruId === null
    ? eq(users.role, 'admin')
    : and(eq(users.vruId, course.vruId), inArray(users.role, ['trainer', 'vru_lead']))!
}

/** The unit a new course belongs to: the maker's, or every unit's (null) for an administrator. */
export function newCourseOwner(user: Pick<SessionUser, 'role' | 'vruId'>) {
  return user.role === 'admin' ? null : user.vruId
}

/** The courses a person running live training lists: their unit's, or every one for admins. */
export function coursesInScope(
  user: Pick<SessionUser, 'role' | 'vruId'>,
  vruColumn: SQLiteColumn,
): SQL | undefined {
  return user.role === 'admin' ? undefined : eq(vruColumn, user.vruId ?? -1)
}

/**
 * Whether a person may book a session: its course is their unit's or every unit's, and its
 * audience takes them (a national audience takes anyone with an account in a unit).
 */
export function sessionOpenTo(
  person: { vruId: number | null; organisationId: number | null; jobRole: string | null },
  course: { vruId: number | null },
  audience: SessionAudience,
) {
  return sessionClosedReason(person, course, audience) === null
}

/**
 * Why a session is not open to a person, in words a lead booking their staff can act on, or
 * null when it is open to them.
 */
export function sessionClosedReason(
  person: { vruId: number | null; organisationId: number | null; jobRole: string | null },
  course: { vruId: number | null },
  audience: SessionAudience,
): string | null {
  if (person.vruId === null) return 'their account is not linked to a VRU'
  if (audience.kind === 'national') return null
  if (course.vruId !== null && course.vruId !== person.vruId) {
    return "it is for another VRU's staff"
  }
  switch (audience.kind) {
    case 'unit':
      return null
    case 'organisations':
      return person.organisationId !== null &&
        audience.organisationIds.includes(person.organisationId)
        ? null
        : 'it is for particular organisations only'
    case 'job-roles': {
      const role = person.jobRole?.trim().toLowerCase()
      return role !== undefined && audience.jobRoles.some((r) => r.trim().toLowerCase() === role)
        ? null
        : `it is only for these job roles: ${audience.jobRoles.join(', ')}`
    }
  }
}

/** A person books for themself; an organisation lead also for their own staff. */
export function mayBookFor(
  actor: Pick<SessionUser, 'id' | 'role' | 'organisationId'>,
  person: { id: string; organisationId: number | null },
) {
  if (actor.id === person.id) return true
  return (
    actor.role === 'organisation_lead' &&
    actor.organisationId !== null &&
    actor.organisationId === person.organisationId
  )
}

// ---- Classroom delivery (decision 017)

/** School and frontline staff log the packs they teach; they must belong to an organisation. */
export function mayLogDeliveries(
  user: Pick<SessionUser, 'role' | 'vruId' | 'organisationId'>,
): user is Pick<SessionUser, 'role'> & { vruId: number; organisationId: number } {
  return (
    (user.role === 'learner' || user.role === 'organisation_lead') &&
    user.vruId !== null &&
    user.organisationId !== null
  )
}

/** How long a teacher may correct a delivery after logging it. */
export const DELIVERY_EDITABLE_MS = 7 * 24 * 60 * 60 * 1000

/** Only the teacher who logged a delivery changes it, and only for a week after logging it. */
export function mayEditDelivery(
  user: Pick<SessionUser, 'id'>,
  delivery: { teacherId: string; createdAt: Date },
  now: Date,
) {
  return (
    delivery.teacherId === user.id &&
    now.getTime() - delivery.createdAt.getTime() < DELIVERY_EDITABLE_MS
  )
}

/**
 * Deliveries a scope may list: a teacher's own, an organisation lead's organisation's, a unit's
 * own, every one for administrators.
 */
export function deliveriesInScope(scope: Scope): SQL {
  return scope.kind === 'self'
    ? eq(classroomDeliveries.teacherId, scope.userId)
    : placedInScope(scope, classroomDeliveries.vruId, classroomDeliveries.organisationId)
}
