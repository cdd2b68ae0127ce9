import { and, asc, count, eq } from 'drizzle-orm'
import { organisationsInScope, peopleInScope, type Scope } from '#app/auth/permissions.server.ts'
import { db, organisations, users, vrus } from '#app/db.server.ts'

/** Registered people and organisations in a scope, counted (never named), by sector. */
export function workforceSummary(scope: Scope) {
  const active = and(peopleInScope(scope), eq(users.active, true))
  const [people] = db.select({ n: count() }).from(users).where(active).all()
  const [orgs] = db
    .select({ n: count() })
    .from(organisations)
    .where(organisationsInScope(scope))
    .all()
  const bySector = db
    .select({ sector: users.sector, people: count() })
    .from(users)
    .where(active)
    .groupBy(users.sector)
    .orderBy(asc(users.sector))
    .all()
  return { people: people?.n ?? 0, organisations: orgs?.n ?? 0, bySector }
}

/** Every unit side by side, for administrators. */
export function unitsSideBySide() {
  const organisationCounts = db
    .select({ vruId: organisations.vruId, n: count() })
    .from(organisations)
    .groupBy(organisations.vruId)
    .all()
  const peopleCounts = db
    .select({ vruId: users.vruId, n: count() })
    .from(users)
    .where(eq(users.active, true))
    .groupBy(users.vruId)
    .all()
  const byUnit = (rows: { vruId: number | null; n: number }[]) =>
    new Map(rows.map((r) => [r.vruId, r.n]))
  const orgs = byUnit(organisationCounts)
  const people = byUnit(peopleCounts)
  return db
    .select({ id: vrus.id, name: vrus.name })
    .from(vrus)
    .orderBy(asc(vrus.name))
    .all()
    .map((unit) => ({
      ...unit,
      organisations: orgs.get(unit.id) ?? 0,
      people: people.get(unit.id) ?? 0,
    }))
}
