/**
 * Demo training that stays in date: the demo school lead's school must keep safeguarding in
 * date, and its staff stand at every point of that (in date, renewal due, just run out, long
 * expired, renewed with the refresher, never done), as do the demo teacher and the demo nurse
 * in Wales, so the compliance list, /learn and the reminders show expiry on any day the demo
 * is started. Dates are counted back from now, since the modules' validity is rolling.
 */
import crypto from 'node:crypto'
import { and, asc, eq, isNotNull } from 'drizzle-orm'
import { type SessionUser } from '#app/auth/session.server.ts'
import { assignments, completions, db, modules, organisations, users } from '#app/db.server.ts'
import { workThroughModule } from './work-through.ts'

const INDUCTION = 'safeguarding-induction-england'
const REFRESHER = 'safeguarding-refresher-england'
const WALES = 'keeping-learners-safe-wales'
const DAY = 24 * 60 * 60 * 1000

/** Riverside staff and what they did, in days before now (each in the order it happened). */
const RIVERSIDE_STAFF: { name: string; jobRole: string; done: [string, number][] }[] = [
  { name: 'Hannah Doyle', jobRole: 'Teacher', done: [[INDUCTION, 100]] },
  { name: 'Marcus Reid', jobRole: 'Teacher', done: [[INDUCTION, 60]] },
  { name: 'Kate Pryce', jobRole: 'Teaching assistant', done: [[INDUCTION, 330]] },
  { name: 'Leon Carter', jobRole: 'Teaching assistant', done: [[INDUCTION, 370]] },
  { name: 'Fatima Begum', jobRole: 'Receptionist', done: [[INDUCTION, 500]] },
  {
    name: 'Owen Hughes',
    jobRole: 'Teacher',
    done: [
      [INDUCTION, 420],
      [REFRESHER, 80],
    ],
  },
  { name: 'Grace Mensah', jobRole: 'Lunchtime supervisor', done: [] },
  // five of the ten not in date: few enough out of date to matter, enough for the VRU's figure
  { name: 'Ben Ashworth', jobRole: 'Site manager', done: [[INDUCTION, 900]] },
]

/**
 * A second school of the unit keeps the induction in date too, all its staff in date (some due
 * to renew), so the VRU lead's share in date compares two schools. Its staff are the demo
 * learning's (learning.ts), days before now that each did the induction.
 */
const SECOND_SCHOOL = {
  name: 'Brookside Primary School, Wirral',
  done: [20, 45, 90, 150, 200, 290, 310, 330],
}

function moduleId(slug: string) {
  return db.select({ id: modules.id }).from(modules).where(eq(modules.slug, slug)).get()?.id
}

function person(email: string): SessionUser | undefined {
  return db.select().from(users).where(eq(users.email, email)).get()
}

/** Only into a database where no completion expires yet, and only once the packs are loaded. */
export function seedDemoInDate(now = Date.now()) {
  const induction = moduleId(INDUCTION)
  if (!induction || !moduleId(REFRESHER)) return false
  if (db.select().from(completions).where(isNotNull(completions.validUntil)).get()) return false
  const lead = person('lead.school@demo.upstream.test')
  if (!lead?.organisationId) return false
  const ago = (days: number) => new Date(now - days * DAY)
  // they sign in with the demo password, as the demo accounts do
  const { passwordHash } = db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, lead.id))
    .get()!
  // the whole school keeps the induction in date; newcomers have 30 days
  db.insert(assignments)
    .values({
      moduleId: induction,
      organisationId: lead.organisationId,
      dueAt: ago(-28),
      keepInDate: true,
      dueWithinDays: 30,
      assignedById: lead.id,
      createdAt: ago(600),
    })
    .run()
  RIVERSIDE_STAFF.forEach((staff, i) => {
    const created = db
      .insert(users)
      .values({
        id: crypto.randomUUID(),
        email: `riverside${i + 1}@demo.upstream.test`,
        name: staff.name,
        role: 'learner',
        vruId: lead.vruId,
        organisationId: lead.organisationId,
        sector: 'education',
        jobRole: staff.jobRole,
        passwordHash,
        createdAt: ago(700),
      })
      .returning()
      .get()
    const learner = person(created.email)!
    for (const [slug, days] of staff.done) workThroughModule(learner, slug, ago(days))
  })
  const second = db
    .select()
    .from(organisations)
    .where(eq(organisations.name, SECOND_SCHOOL.name))
    .get()
  if (second) {
    db.insert(assignments)
      .values({
        moduleId: induction,
        organisationId: second.id,
        dueAt: ago(-28),
        keepInDate: true,
        assignedById: lead.id,
        createdAt: ago(600),
      })
      .run()
    const staff = db
      .select()
      .from(users)
      .where(and(eq(users.organisationId, second.id), eq(users.active, true)))
      .orderBy(asc(users.email))
      .all()
    staff.forEach((learner, i) => {
      const days = SECOND_SCHOOL.done[i % SECOND_SCHOOL.done.length]!
      workThroughModule(learner, INDUCTION, ago(days))
    })
  }
  // the demo accounts: renewal due, so /learn offers to renew
  const teacher = person('teacher.merseyside@demo.upstream.test')
  if (teacher) workThroughModule(teacher, INDUCTION, ago(320))
  const nurse = person('nurse.wales@demo.upstream.test')
  if (nurse && moduleId(WALES)) workThroughModule(nurse, WALES, ago(335))
  return true
}
