/**
 * An organisation lead and live training (decision 016): they book their own staff onto a
 * session (a place, else the waiting list, each person emailed), are told per person what came
 * of it, and see their staff's places and attendance, and nobody else's.
 */
import { and, eq } from 'drizzle-orm'
import { describe, expect, test } from 'vitest'
import { scopeFor } from '#app/auth/permissions.server.ts'
import { bookings, db, organisations, users } from '#app/db.server.ts'
import { bookSession, cancelBooking } from '#app/live-training/bookings.server.ts'
import {
  CourseSchema,
  createCourse,
  scheduleSession,
  SessionSchema,
} from '#app/live-training/courses.server.ts'
import {
  BookStaffSchema,
  bookStaff,
  sessionsOpenToStaff,
  staffForSession,
  staffLiveTraining,
} from '#app/live-training/staff-bookings.server.ts'
import { backgroundMailSettled } from '#app/utils/email.server.ts'
import { addPerson, DEMO, emailsTo, sessionUser, vruId } from './helpers.ts'

const now = new Date('2027-01-04T12:00:00Z')
const DAY = 24 * 60 * 60 * 1000

let counter = 0
function newPlace(unit = 'merseyside') {
  return db
    .insert(organisations)
    .values({
      vruId: vruId(unit),
      name: `Org Lead Booking Place ${++counter}`,
      type: 'primary',
      localAuthority: 'Liverpool',
    })
    .returning()
    .get()
}
function newPerson(placeId: number, role: 'learner' | 'organisation_lead' = 'learner') {
  const person = sessionUser(addPerson(`orgbook.${++counter}@example.test`, placeId, role))
  db.update(users)
    .set({ name: `Person ${String(counter).padStart(3, '0')}` })
    .where(eq(users.id, person.id))
    .run()
  return sessionUser(person.email)
}

/** A school with its lead and three staff, two of them teachers. */
function newSchool(unit = 'merseyside') {
  const place = newPlace(unit)
  const lead = newPerson(place.id, 'organisation_lead')
  const staff = [newPerson(place.id), newPerson(place.id), newPerson(place.id)]
  db.update(users).set({ jobRole: 'Teacher' }).where(eq(users.id, staff[0]!.id)).run()
  db.update(users).set({ jobRole: 'Teacher' }).where(eq(users.id, staff[1]!.id)).run()
  db.update(users).set({ jobRole: 'Receptionist' }).where(eq(users.id, staff[2]!.id)).run()
  return { place, lead, staff }
}

const trainer = () => sessionUser(DEMO.merseysideTrainer)

function newSession(overrides: Record<string, unknown> = {}) {
  const course = createCourse(
    trainer(),
    CourseSchema.parse({
      title: `Responding to distress ${++counter}`,
      summary: 'A workshop.',
      practiceLevel: 'trauma-skilled',
      audience: 'all-staff',
      cpdMinutes: '120',
    }),
  )
  if (!course.ok) throw new Error(JSON.stringify(course.errors))
  const parsed = SessionSchema.parse({
    mode: 'in_person',
    day: '2027-01-12',
    time: '16:00',
    durationMinutes: '90',
    capacity: '2',
    venue: 'The hall',
    address: '1 River Road, Liverpool',
    cancelUpToHours: '24',
    audience: 'unit',
    ...overrides,
  })
  const session = scheduleSession(trainer(), course.id, parsed, now)
  if (!session.ok) throw new Error(JSON.stringify(session.errors))
  return session.id
}

const outcomes = (results: ReturnType<typeof bookStaff>) =>
  results.map((r) => [r.name, r.outcome, r.reason])

describe('booking staff', () => {
  test('places go in the order ticked, then the waiting list; each person is emailed', async () => {
    const { lead, staff } = newSchool()
    const sessionId = newSession()
    const results = bookStaff(
      lead,
      sessionId,
      staff.map((s) => s.id),
      now,
    )
    expect(outcomes(results)).toEqual([
      [staff[0]!.name, 'booked', null],
      [staff[1]!.name, 'booked', null],
      [staff[2]!.name, 'waiting', null],
    ])
    const row = db
      .select()
      .from(bookings)
      .where(and(eq(bookings.sessionId, sessionId), eq(bookings.userId, staff[0]!.id)))
      .get()!
    expect(row.bookedById).toBe(lead.id)
    await backgroundMailSettled()
    expect(emailsTo(staff[0]!.email).map((m) => m.subject)).toEqual([
      expect.stringMatching(/^You are booked on/),
    ])
    expect(emailsTo(staff[2]!.email).map((m) => m.subject)).toEqual([
      expect.stringMatching(/^You are on the waiting list/),
    ])
  })

  test('someone already booked or waiting keeps their place and is not emailed again', async () => {
    const { lead, staff } = newSchool()
    const sessionId = newSession({ capacity: '1' })
    bookSession(staff[0]!, staff[0]!.id, sessionId, now)
    bookSession(staff[1]!, staff[1]!.id, sessionId, now)
    await backgroundMailSettled()
    const results = bookStaff(lead, sessionId, [staff[0]!.id, staff[1]!.id], now)
    expect(outcomes(results)).toEqual([
      [staff[0]!.name, 'already-booked', null],
      [staff[1]!.name, 'already-waiting', null],
    ])
    await backgroundMailSettled()
    expect(emailsTo(staff[0]!.email)).toHaveLength(1)
  })

  test('a session not open to someone says why, and books the others', () => {
    const { lead, staff } = newSchool()
    const sessionId = newSession({ audience: 'job-roles', jobRoles: 'Teacher' })
    expect(outcomes(bookStaff(lead, sessionId, [staff[2]!.id, staff[0]!.id], now))).toEqual([
      [staff[2]!.name, 'not-open', 'it is only for these job roles: Teacher'],
      [staff[0]!.name, 'booked', null],
    ])
  })

  test("another school's staff, or an unknown id, are refused and not booked", () => {
    const { lead } = newSchool()
    const other = newSchool()
    const sessionId = newSession()
    const results = bookStaff(lead, sessionId, [other.staff[0]!.id, 'no-such-person'], now)
    expect(results.map((r) => r.outcome)).toEqual(['refused', 'refused'])
    expect(db.select().from(bookings).where(eq(bookings.userId, other.staff[0]!.id)).all()).toEqual(
      [],
    )
  })

  test('a lead cancels a member of staff’s place; the first waiting gets it', () => {
    const { lead, staff } = newSchool()
    const sessionId = newSession({ capacity: '1' })
    bookStaff(lead, sessionId, [staff[0]!.id, staff[1]!.id], now)
    expect(cancelBooking(lead, staff[0]!.id, sessionId, now)).toEqual({
      ok: true,
      promoted: staff[1]!.id,
    })
  })

  test('the form needs at least one person ticked', () => {
    expect(BookStaffSchema.safeParse({}).error?.issues[0]?.message).toBe(
      'Choose at least one member of staff to book',
    )
    expect(BookStaffSchema.parse({ people: 'a' })).toEqual({ people: ['a'] })
  })
})

describe('what the lead sees of a session', () => {
  test('their staff with places, and why it is not open to the rest', () => {
    const { lead, staff } = newSchool()
    const sessionId = newSession({ audience: 'job-roles', jobRoles: 'Teacher' })
    bookStaff(lead, sessionId, [staff[0]!.id], now)
    const found = staffForSession(lead, sessionId, now)!
    const byId = new Map(found.staff.map((p) => [p.id, p]))
    expect(byId.get(staff[0]!.id)).toMatchObject({ status: 'booked', closedReason: null })
    expect(byId.get(staff[1]!.id)).toMatchObject({ status: null, closedReason: null })
    expect(byId.get(staff[2]!.id)?.closedReason).toMatch(/job roles: Teacher/)
    expect(found.placesLeft).toBe(1)
    expect(found.session.joiningLink).toBeNull()
  })

  test("another unit's lead cannot see a unit's session; a past one is not bookable", () => {
    const lancashire = newSchool('lancashire')
    const sessionId = newSession()
    expect(staffForSession(lancashire.lead, sessionId, now)).toBeUndefined()
    expect(sessionsOpenToStaff(lancashire.lead, now).map((s) => s.session.id)).not.toContain(
      sessionId,
    )
    const { lead } = newSchool()
    expect(staffForSession(lead, sessionId, new Date('2027-02-01T00:00:00Z'))).toBeUndefined()
  })

  test('sessions open to their staff count the staff it is open to and those booked', () => {
    const { lead, staff } = newSchool()
    const sessionId = newSession({ audience: 'job-roles', jobRoles: 'Teacher' })
    bookStaff(lead, sessionId, [staff[0]!.id], now)
    const listed = sessionsOpenToStaff(lead, now).find((s) => s.session.id === sessionId)
    expect(listed).toMatchObject({ openTo: 2, booked: 1, waiting: 0 })
  })
})

describe('live training on the compliance page', () => {
  test("places to come and attendance past, of the lead's staff only", () => {
    const { lead, staff } = newSchool()
    const other = newSchool()
    const soon = newSession({ capacity: '1' })
    const later = newSession({ day: '2027-01-20' })
    bookStaff(lead, soon, [staff[0]!.id, staff[1]!.id], now)
    bookStaff(lead, later, [staff[2]!.id], now)
    bookStaff(other.lead, later, [other.staff[0]!.id], now)
    const seen = staffLiveTraining(scopeFor(lead), now)
    expect(seen.upcoming.map((r) => [r.name, r.status])).toEqual([
      [staff[0]!.name, 'booked'],
      [staff[1]!.name, 'waiting'],
      [staff[2]!.name, 'booked'],
    ])
    expect(seen.upcomingTotal).toBe(3)
    expect(seen.past).toEqual([])

    // after the sessions: the register of the first, none yet for the second
    db.update(bookings)
      .set({ attendance: 'partial' })
      .where(and(eq(bookings.sessionId, soon), eq(bookings.userId, staff[0]!.id)))
      .run()
    const after = staffLiveTraining(scopeFor(lead), new Date(now.getTime() + 30 * DAY))
    expect(after.upcoming).toEqual([])
    // the waiting list never had a place, so it is not on the register
    expect(after.past.map((r) => [r.name, r.attendance])).toEqual([
      [staff[2]!.name, null],
      [staff[0]!.name, 'partial'],
    ])
    expect(after.pastTotal).toBe(2)
  })
})
