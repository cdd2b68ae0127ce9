import { and, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import { type Scope } from '#app/auth/permissions.server.ts'
import { AUDIT_ACTIONS, auditEvents, db, vrus, type AuditAction } from '#app/db.server.ts'

type Actor = { id: string; name: string; email: string; vruId: number | null }

/**
 * Records one audited action: sign-ins, role and membership changes, publishing, assignments and
 * exports. `address` is the client address from the load context (`context.clientAddress`).
 * Written in the caller's transaction when there is one, so the action and its record land
 * together.
 */
export function recordAudit(
  event: {
    action: AuditAction
    /** who did it; null for a failed sign-in, which names only the email tried in `details` */
    actor: Actor | null
    address?: string | null
    /** the unit it belongs to; defaults to the actor's unit */
    vruId?: number | null
    subject?: string | null
    details?: Record<string, unknown> | null
  },
  database: Pick<typeof db, 'insert'> = db,
) {
  database
    .insert(auditEvents)
    .values({
      at: new Date(),
      actorId: event.actor?.id ?? null,
      actor: event.actor ? `${event.actor.name} <${event.actor.email}>` : null,
      action: event.action,
      vruId: event.vruId !== undefined ? event.vruId : (event.actor?.vruId ?? null),
      subject: event.subject ?? null,
      details: event.details ?? null,
      address: event.address ?? null,
    })
    .run()
}

export const AUDIT_PAGE_SIZE = 50

export const AuditFilterSchema = z.object({
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  vru: z.coerce.number().int().positive().optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
})
export type AuditFilter = z.infer<typeof AuditFilterSchema>

/** Reads the viewer's filters from a URL; anything malformed is dropped rather than refused. */
export function auditFilterFrom(url: URL): AuditFilter {
  const raw = Object.fromEntries(
    [...url.searchParams].filter(([, value]) => value !== '').map(([k, v]) => [k, v.slice(0, 40)]),
  )
  return AuditFilterSchema.parse(raw)
}

/**
 * One page of events, newest first: an administrator sees every unit's and the national ones,
 * a VRU lead only their unit's (the filter on unit cannot widen that).
 */
export function listAuditEvents(scope: Scope, filter: AuditFilter) {
  const conditions: SQL[] = []
  if (scope.kind === 'vru') conditions.push(eq(auditEvents.vruId, scope.vruId))
  else if (scope.kind !== 'all') conditions.push(sql`0 = 1`)
  if (filter.vru) conditions.push(eq(auditEvents.vruId, filter.vru))
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action))
  if (filter.from) conditions.push(gte(auditEvents.at, new Date(`${filter.from}T00:00:00Z`)))
  if (filter.to)
    conditions.push(lt(auditEvents.at, new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000)))
  const where = and(...conditions)
  const total = db.select({ n: count() }).from(auditEvents).where(where).get()?.n ?? 0
  const events = db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      actor: auditEvents.actor,
      action: auditEvents.action,
      vruName: vrus.name,
      subject: auditEvents.subject,
      details: auditEvents.details,
      address: auditEvents.address,
    })
    .from(auditEvents)
    .leftJoin(vrus, eq(vrus.id, auditEvents.vruId))
    .where(where)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((filter.page - 1) * AUDIT_PAGE_SIZE)
    .all()
  return { total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), events }
}
