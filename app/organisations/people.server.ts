import { count, and, asc, eq, like, or, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import {
  mayChangePerson,
  organisationsInScope,
  peopleInScope,
  roleBelongsTo,
  roleChangeRefusal,
  type Scope,
} from '#app/auth/permissions.server.ts'
import { recordAudit } from '#app/audit/audit.server.ts'
import { endAllSessions, type SessionUser } from '#app/auth/session.server.ts'
import { db, organisations, ROLES, SECTORS, users, vrus } from '#app/db.server.ts'

const personColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  sector: users.sector,
  jobRole: users.jobRole,
  active: users.active,
  vruId: users.vruId,
  vruName: vrus.name,
  organisationId: users.organisationId,
  organisationName: organisations.name,
  createdAt: users.createdAt,
}

export function listPeople(
  scope: Scope,
  filters: { organisationId?: number; search?: string } = {},
) {
  const conditions: SQL[] = [peopleInScope(scope)]
  if (filters.organisationId) conditions.push(eq(users.organisationId, filters.organisationId))
  if (filters.search) {
    const pattern = `%${filters.search}%`
    conditions.push(or(like(users.name, pattern), like(users.email, pattern))!)
  }
  return db
    .select(personColumns)
    .from(users)
    .leftJoin(vrus, eq(vrus.id, users.vruId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(...conditions))
    .orderBy(asc(users.name))
    .limit(PEOPLE_LISTED)
    .all()
}

/** The most people a list shows at once; a search finds the rest. */
export const PEOPLE_LISTED = 500

/** How many people the scope holds, as listPeople lists them (an organisation's staff). */
export function countPeople(scope: Scope) {
  return db.select({ n: count() }).from(users).where(peopleInScope(scope)).get()?.n ?? 0
}

/** The person if the scope may see them; undefined otherwise (routes answer 404). */
export function getPerson(scope: Scope, id: string) {
  return db
    .select(personColumns)
    .from(users)
    .leftJoin(vrus, eq(vrus.id, users.vruId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.id, id), peopleInScope(scope)))
    .get()
}

export const PersonSchema = z.object({
  name: z
    .string({ error: 'Enter their name' })
    .max(120, 'The name must be 120 characters or fewer'),
  jobRole: z.string().max(120, 'The job role must be 120 characters or fewer').optional(),
  sector: z.enum(SECTORS, { error: 'Choose a sector from the list' }).optional(),
  role: z.enum(ROLES, { error: 'Choose their role in Upstream' }),
  organisationId: z.coerce
    .number({ error: 'Choose an organisation from the list' })
    .int()
    .positive()
    .optional(),
})
export type PersonChanges = z.infer<typeof PersonSchema>

export const PersonIntentSchema = z.enum(['save', 'deactivate', 'reactivate', 'erase'])

/**
 * Saves a person's profile, role and organisation as `actor` may. A role change or a move ends
 * the person's sessions so that what they may see changes at once.
 */
export async function updatePerson(
  actor: SessionUser,
  scope: Scope,
  id: string,
  changes: PersonChanges,
  address: string | null = null,
) {
  const person = getPerson(scope, id)
  if (!person) return { ok: false as const, errors: { form: 'Person not found' } }
  const errors: Record<string, string> = {}
  const roleRefusal = roleChangeRefusal(actor, person, changes.role)
  if (roleRefusal) errors.role = roleRefusal
  let organisationId = person.organisationId
  let vruId = person.vruId
  if (
    roleBelongsTo(changes.role) === 'organisation' &&
    changes.organisationId &&
    changes.organisationId !== person.organisationId
  ) {
    const target = db
      .select({ id: organisations.id, vruId: organisations.vruId })
      .from(organisations)
      .where(and(eq(organisations.id, changes.organisationId), organisationsInScope(scope)))
      .get()
    if (!target) errors.organisationId = 'Choose an organisation you manage'
    else {
      organisationId = target.id
      vruId = target.vruId
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false as const, errors }
  const after = {
    name: changes.name,
    jobRole: changes.jobRole ?? null,
    sector: changes.sector ?? null,
    role: changes.role,
    organisationId,
    vruId,
  }
  const before = {
    name: person.name,
    jobRole: person.jobRole,
    sector: person.sector,
    role: person.role,
    organisationId: person.organisationId,
    vruId: person.vruId,
  }
  // only what changed goes in the record, before and after
  const changed = (Object.keys(after) as (keyof typeof after)[]).filter(
    (key) => after[key] !== before[key],
  )
  db.transaction((tx) => {
    tx.update(users).set(after).where(eq(users.id, id)).run()
    if (changed.length > 0)
      recordAudit(
        {
          action: 'person_changed',
          actor,
          address,
          vruId: vruId ?? person.vruId,
          subject: `person:${id}`,
          details: {
            before: Object.fromEntries(changed.map((key) => [key, before[key]])),
            after: Object.fromEntries(changed.map((key) => [key, after[key]])),
          },
        },
        tx,
      )
  })
  if (changed.includes('role') || organisationId !== person.organisationId) await endAllSessions(id)
  return { ok: true as const }
}

/** Deactivates or reactivates a person; a deactivated person is signed out everywhere. */
export async function setPersonActive(
  actor: SessionUser,
  scope: Scope,
  id: string,
  active: boolean,
  address: string | null = null,
) {
  const person = getPerson(scope, id)
  if (!person) return { ok: false as const, errors: { form: 'Person not found' } }
  if (person.id === actor.id)
    return { ok: false as const, errors: { form: 'You cannot deactivate yourself' } }
  if (!mayChangePerson(actor, person)) {
    return { ok: false as const, errors: { form: 'You cannot change this person' } }
  }
  db.transaction((tx) => {
    tx.update(users).set({ active }).where(eq(users.id, id)).run()
    recordAudit(
      {
        action: active ? 'person_reactivated' : 'person_deactivated',
        actor,
        address,
        vruId: person.vruId,
        subject: `person:${id}`,
      },
      tx,
    )
  })
  if (!active) await endAllSessions(id)
  return { ok: true as const }
}
