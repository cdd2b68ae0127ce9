import { auditEvents, db, type AuditAction } from '#app/db.server.ts'

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
