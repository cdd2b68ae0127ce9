/**
 * Demo learning, for `npm start` with demo data: staff of three units' demo organisations (not
 * the demo accounts, nor the demo school lead's own school) who finished modules over the
 * current financial year, through the same functions a learner's browser reaches, so the demo's
 * reports have figures to show. Only into a database with no completions yet.
 */
import crypto from 'node:crypto'
import { and, count, eq, ne } from 'drizzle-orm'
import {
  completions,
  db,
  organisations,
  users,
  vrus,
  type OrganisationType,
  type Sector,
} from '#app/db.server.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import { saveEvaluation } from '#app/learning/evaluations.server.ts'
import { startModule } from '#app/learning/progress.server.ts'
import { currentFinancialYear, periodRange } from '#app/reporting/periods.ts'
import { workThroughModule } from './work-through.ts'

/** Staff per unit: enough that most groups show figures rather than "fewer than 5". */
const STAFF = { merseyside: 36, lancashire: 18, wales: 12 } as const
const MODULES = ['aces-foundations', 'trauma-informed-schools', 'knife-crime-exploitation']
const SECTOR_OF: Partial<Record<OrganisationType, Sector>> = {
  police: 'police',
  health: 'health',
  youth_service: 'youth_work',
}
const FIRST_NAMES = ['Sam', 'Priya', 'Tom', 'Aisha', 'Gareth', 'Niamh', 'Kwame', 'Ellie', 'Dan']
const SURNAMES = ['Evans', 'Khan', 'Murphy', 'Okafor', 'Jones', 'Walsh', 'Price', 'Byrne']
const DAY = 24 * 60 * 60 * 1000

/** Whole numbers below `below` from a fixed seed (mulberry32): the same demo every time. */
function numbers(seed: number) {
  let state = seed
  return (below: number) => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * below)
  }
}

/** Works through a module as a learner would, rating themselves before and after. */
function finish(person: SessionUser, slug: string, at: Date, random: (below: number) => number) {
  const enrolment = startModule(person, slug, at)
  if (!enrolment) return
  saveEvaluation(enrolment.id, 'pre', [2 + random(2), 2 + random(2)])
  workThroughModule(person, slug, at, { failFirst: () => random(4) === 0 })
  saveEvaluation(enrolment.id, 'post', [4 + random(2), 3 + random(3)])
}

export function seedDemoLearning(now = Date.now()) {
  const [done] = db.select({ n: count() }).from(completions).all()
  if (done && done.n > 0) return false
  const random = numbers(2026)
  const yearStart = periodRange(currentFinancialYear(now)).start
  const days = Math.max(1, Math.floor((now - yearStart) / DAY))
  const lead = db.select().from(users).where(eq(users.role, 'organisation_lead')).get()
  for (const [slug, staff] of Object.entries(STAFF)) {
    const unit = db.select().from(vrus).where(eq(vrus.slug, slug)).get()
    if (!unit) continue
    const places = db
      .select()
      .from(organisations)
      .where(and(eq(organisations.vruId, unit.id), ne(organisations.id, lead?.organisationId ?? 0)))
      .all()
    for (let i = 0; i < staff && places.length > 0; i++) {
      const place = places[i % places.length]!
      const name = `${FIRST_NAMES[random(FIRST_NAMES.length)]} ${SURNAMES[random(SURNAMES.length)]}`
      const person = db
        .insert(users)
        .values({
          id: crypto.randomUUID(),
          email: `staff${i + 1}.${slug}@demo.upstream.test`,
          name,
          role: 'learner',
          vruId: unit.id,
          organisationId: place.id,
          sector: SECTOR_OF[place.type] ?? 'education',
          jobRole: 'Staff member',
        })
        .returning()
        .get()
      // one to three modules each, on days spread over the year so far, in the order they
      // happened (as a learner's do: the summary counts each against the ones before); a few
      // left part-way
      const modules = MODULES.slice(0, 1 + random(3))
      const dates = modules.map(() => yearStart + (random(days) + 0.4) * DAY).sort((a, b) => a - b)
      modules.forEach((module, k) => {
        const at = new Date(dates[k]!)
        if (k === 2 && random(3) === 0) startModule(person, module, at)
        else finish(person, module, at, random)
      })
    }
  }
  return true
}
