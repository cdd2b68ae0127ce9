import { and, asc, count, eq, like, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import { organisationsInScope, type Scope } from '#app/auth/permissions.server.ts'
import { areas, db, ORGANISATION_TYPES, organisations, users, vrus } from '#app/db.server.ts'

/** What lists and pages show of an organisation, with its unit's and area's names. */
const organisationColumns = {
  id: organisations.id,
  name: organisations.name,
  type: organisations.type,
  localAuthority: organisations.localAuthority,
  active: organisations.active,
  vruName: vrus.name,
  areaName: areas.name,
}

export function listOrganisations(scope: Scope, filters: { vruId?: number; search?: string } = {}) {
  const conditions: SQL[] = [organisationsInScope(scope)]
  if (filters.vruId) conditions.push(eq(organisations.vruId, filters.vruId))
  if (filters.search) conditions.push(like(organisations.name, `%${filters.search}%`))
  return db
    .select({ ...organisationColumns, people: count(users.id) })
    .from(organisations)
    .innerJoin(vrus, eq(vrus.id, organisations.vruId))
    .leftJoin(areas, eq(areas.id, organisations.areaId))
    .leftJoin(users, eq(users.organisationId, organisations.id))
    .where(and(...conditions))
    .groupBy(organisations.id)
    .orderBy(asc(vrus.name), asc(organisations.name))
    .limit(500)
    .all()
}

/** The organisation if the scope may see it; undefined otherwise (routes answer 404). */
export function getOrganisation(scope: Scope, id: number) {
  return db
    .select({
      ...organisationColumns,
      wellbeingContact: organisations.wellbeingContact,
      vruId: organisations.vruId,
      areaId: organisations.areaId,
    })
    .from(organisations)
    .innerJoin(vrus, eq(vrus.id, organisations.vruId))
    .leftJoin(areas, eq(areas.id, organisations.areaId))
    .where(and(eq(organisations.id, id), organisationsInScope(scope)))
    .get()
}

export const OrganisationSchema = z.object({
  vruId: z.coerce.number({ error: 'Choose the Violence Reduction Unit' }).int().positive(),
  areaId: z.coerce.number({ error: 'Choose an area from the list' }).int().positive().optional(),
  name: z
    .string({ error: 'Enter the name of the organisation' })
    .max(160, 'The name must be 160 characters or fewer'),
  type: z.enum(ORGANISATION_TYPES, { error: 'Choose the type of organisation' }),
  localAuthority: z
    .string({ error: 'Enter the local authority area' })
    .max(120, 'The local authority area must be 120 characters or fewer'),
  wellbeingContact: z
    .string()
    .max(500, 'The wellbeing contact must be 500 characters or fewer')
    .optional(),
  active: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
})
export type OrganisationInput = z.infer<typeof OrganisationSchema>

export const AreaSchema = z.object({
  name: z
    .string({ error: 'Enter the name of the area' })
    .max(120, 'The name must be 120 characters or fewer'),
})

/** Problems with an organisation's unit or area for this scope, as field errors. */
function placementErrors(scope: Scope, input: OrganisationInput) {
  const errors: Record<string, string> = {}
  if (scope.kind !== 'all' && (scope.kind !== 'vru' || scope.vruId !== input.vruId)) {
    errors.vruId = 'Choose your own Violence Reduction Unit'
  }
  if (input.areaId) {
    const area = db.select().from(areas).where(eq(areas.id, input.areaId)).get()
    if (!area || area.vruId !== input.vruId) errors.areaId = 'Choose an area of the same unit'
  }
  return errors
}

export function createOrganisation(scope: Scope, input: OrganisationInput) {
  const errors = placementErrors(scope, input)
  if (Object.keys(errors).length > 0) return { ok: false as const, errors }
  const created = db
    .insert(organisations)
    .values({
      ...input,
      areaId: input.areaId ?? null,
      wellbeingContact: input.wellbeingContact ?? null,
    })
    .returning({ id: organisations.id })
    .get()
  return { ok: true as const, id: created.id }
}

/** Edits an organisation; its unit does not change here, so its people's unit stays right. */
export function updateOrganisation(scope: Scope, id: number, input: OrganisationInput) {
  const existing = getOrganisation(scope, id)
  if (!existing) return { ok: false as const, errors: { form: 'Organisation not found' } }
  const errors = placementErrors(scope, { ...input, vruId: existing.vruId })
  if (Object.keys(errors).length > 0) return { ok: false as const, errors }
  db.update(organisations)
    .set({
      name: input.name,
      type: input.type,
      localAuthority: input.localAuthority,
      areaId: input.areaId ?? null,
      wellbeingContact: input.wellbeingContact ?? null,
      active: input.active,
    })
    .where(eq(organisations.id, id))
    .run()
  return { ok: true as const, id }
}

/** Areas of the units a scope may see, with their unit's name. */
export function listAreas(scope: Scope) {
  const condition =
    scope.kind === 'all' ? undefined : eq(areas.vruId, scope.kind === 'self' ? -1 : scope.vruId)
  return db
    .select({ id: areas.id, name: areas.name, vruId: areas.vruId, vruName: vrus.name })
    .from(areas)
    .innerJoin(vrus, eq(vrus.id, areas.vruId))
    .where(condition)
    .orderBy(asc(vrus.name), asc(areas.name))
    .all()
}

export function createArea(scope: Scope, vruId: number, name: string) {
  if (scope.kind !== 'all' && (scope.kind !== 'vru' || scope.vruId !== vruId)) {
    return { ok: false as const, errors: { name: 'You can add areas to your own unit only' } }
  }
  const clash = db
    .select()
    .from(areas)
    .where(and(eq(areas.vruId, vruId), eq(areas.name, name)))
    .get()
  if (clash)
    return { ok: false as const, errors: { name: 'This unit already has an area with that name' } }
  db.insert(areas).values({ vruId, name }).run()
  return { ok: true as const }
}
