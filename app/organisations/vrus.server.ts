import { asc, count, eq } from 'drizzle-orm'
import { z } from 'zod'
import { db, organisations, vrus } from '#app/db.server.ts'

export function listVrus() {
  return db
    .select({
      id: vrus.id,
      slug: vrus.slug,
      name: vrus.name,
      area: vrus.area,
      bilingual: vrus.bilingual,
      active: vrus.active,
      organisations: count(organisations.id),
    })
    .from(vrus)
    .leftJoin(organisations, eq(organisations.vruId, vrus.id))
    .groupBy(vrus.id)
    .orderBy(asc(vrus.name))
    .all()
}

export function getVru(id: number) {
  return db.select().from(vrus).where(eq(vrus.id, id)).get()
}

const checkbox = z
  .literal('on')
  .optional()
  .transform((v) => v === 'on')

/** A unit's page has two forms: its details, and a new area. */
export const VruIntentSchema = z.enum(['save', 'add-area'])
export const VruSchema = z.object({
  slug: z
    .string({ error: 'Enter a short name for web addresses' })
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      'Use lower-case letters, numbers and hyphens only, like west-midlands',
    )
    .max(60, 'The short name must be 60 characters or fewer'),
  name: z
    .string({ error: 'Enter the name of the unit' })
    .max(160, 'The name must be 160 characters or fewer'),
  area: z
    .string({ error: 'Enter the area the unit covers' })
    .max(160, 'The area must be 160 characters or fewer'),
  bilingual: checkbox,
  active: checkbox,
})
export type VruInput = z.infer<typeof VruSchema>

export function saveVru(input: VruInput, id?: number) {
  const clash = db.select({ id: vrus.id }).from(vrus).where(eq(vrus.slug, input.slug)).get()
  if (clash && clash.id !== id) {
    return { ok: false as const, errors: { slug: 'Another unit already uses this short name' } }
  }
  if (id) {
    db.update(vrus).set(input).where(eq(vrus.id, id)).run()
    return { ok: true as const, id }
  }
  const created = db.insert(vrus).values(input).returning({ id: vrus.id }).get()
  return { ok: true as const, id: created.id }
}
