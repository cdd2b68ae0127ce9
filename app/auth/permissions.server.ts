/**
 * Who may do what, and what each person may see (tenancy). Routes call these guards; queries
 * take the scope computed here and never decide tenancy on their own.
 */
import { redirect } from '@remix-run/node'
import { eq, sql, type SQL } from 'drizzle-orm'
import { organisations, users, type Role } from '#app/db.server.ts'
import { readSession, type SessionUser } from './session.server.ts'

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
    throw new Response('You do not have access to this page.', { status: 403 })
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
  switch (scope.kind) {
    case 'all':
      return sql`1 = 1`
    case 'vru':
      return eq(organisations.vruId, scope.vruId)
    case 'organisation':
      return eq(organisations.id, scope.organisationId)
    case 'self':
      return sql`0 = 1`
  }
}

/** A module's owner: null for the national library. */
type ModuleOwner = { ownerVruId: number | null }

/**
 * Who may open a module as a learner would (the rule the catalogue applies in SQL): the national
 * library is open to everyone; a unit's modules to its own people; administrators open all.
 */
export function mayOpenModule(user: Pick<SessionUser, 'role' | 'vruId'>, module: ModuleOwner) {
  return user.role === 'admin' || module.ownerVruId === null || module.ownerVruId === user.vruId
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
