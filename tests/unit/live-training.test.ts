/**
 * Live training (decision 016): a trainer schedules a session of a course, people book it, the
 * full session keeps a waiting list in the order people asked, a freed place goes to the first
 * waiting, and everyone is told by email with a calendar invitation.
 */
import { eq } from 'drizzle-orm'
import { describe, expect, test } from 'vitest'
import { courseSessions, db, organisations } from '#app/db.server.ts'
import {
  bookSession,
  cancelBooking,
  cancelSession,
  changeSession,
  sessionBookings,
  sessionsOpenToPerson,
} from '#app/live-training/bookings.server.ts'
import {
  CourseSchema,
  courseToRun,
  createCourse,
  scheduleSession,
  SessionSchema,
  trainersOf,
} from '#app/live-training/courses.server.ts'
import { backgroundMailSettled } from '#app/utils/email.server.ts'
import { addPerson, DEMO, emailsTo, sessionUser, vruId } from './helpers.ts'

/**
 * The one email to this person whose subject matches. Mail goes in the background, side by side,
 * so two sent in the same millisecond need not be in the outbox in the order they were asked.
 */
function emailTo(address: string, subject: RegExp) {
  const found = emailsTo(address).filter((m) => subject.test(m.subject))
  expect(found.map((m) => m.subject)).toHaveLength(1)
  return found[0]!
}

const now = new Date('2027-01-04T12:00:00Z')

let counter = 0
function newPlace(unit = 'merseyside') {
  return db
    .insert(organisations)
    .values({
      vruId: vruId(unit),
      name: `Live Training Place ${++counter}`,
      type: 'secondary',
      localAuthority: 'Liverpool',
    })
    .returning()
    .get()
}
function newPerson(placeId: number, role: 'learner' | 'organisation_lead' = 'learner') {
  return sessionUser(addPerson(`live.${++counter}@example.test`, placeId, role))
}

const trainer = () => sessionUser(DEMO.merseysideTrainer)

function newCourse() {
  const created = createCourse(
    trainer(),
    CourseSchema.parse({
      title: `Trauma-informed responses, live ${++counter}`,
      summary: 'A two-hour workshop on responding to distress in the classroom.',
      practiceLevel: 'trauma-skilled',
      audience: 'all-staff',
      cpdMinutes: '120',
    }),
  )
  if (!created.ok) throw new Error(JSON.stringify(created.errors))
  return created.id
}

const sessionForm = (overrides: Record<string, unknown> = {}) =>
  SessionSchema.safeParse({
    mode: 'in_person',
    day: '2027-01-12',
    time: '16:00',
    durationMinutes: '90',
    capacity: '1',
    venue: 'Riverside Academy hall',
    address: '1 River Road, Liverpool L1 1AA',
    cancelUpToHours: '24',
    audience: 'unit',
    ...overrides,
  })

function newSession(overrides: Record<string, unknown> = {}, courseId = newCourse()) {
  const parsed = sessionForm(overrides)
  if (!parsed.success) throw new Error(parsed.error.message)
  const scheduled = scheduleSession(trainer(), courseId, parsed.data, now)
  if (!scheduled.ok) throw new Error(JSON.stringify(scheduled.errors))
  return scheduled.id
}

describe('scheduling', () => {
  test('a session is held in UK time: 16:00 on a January day is 16:00 UTC, in July 15:00 UTC', () => {
    const winter = newSession()
    const summer = newSession({ day: '2027-07-12' })
    const startOf = (id: number) =>
      db.select().from(courseSessions).where(eq(courseSessions.id, id)).get()!.startsAt
    expect(startOf(winter).toISOString()).toBe('2027-01-12T16:00:00.000Z')
    expect(startOf(summer).toISOString()).toBe('2027-07-12T15:00:00.000Z')
  })

  test('impossible sessions are refused with a message on the field to correct', () => {
    const problems = (overrides: Record<string, unknown>) => {
      const parsed = sessionForm(overrides)
      return parsed.success
        ? {}
        : Object.fromEntries(parsed.error.issues.map((i) => [i.path[0], i.message]))
    }
    expect(problems({ capacity: '0' })).toEqual({ capacity: 'A session needs at least 1 place' })
    expect(problems({ day: '2027-02-30' })).toEqual({
      day: 'Enter a day that exists, like 2027-01-12',
    })
    expect(problems({ time: '25:00' }).time).toMatch(/24-hour clock/)
    expect(problems({ venue: '' })).toEqual({
      venue: 'Enter the venue, like Riverside Academy hall',
    })
    expect(problems({ mode: 'online', joiningLink: 'teams meeting' })).toEqual({
      joiningLink: 'Enter the joining link, starting https://',
    })
    expect(problems({ audience: 'organisations' })).toEqual({
      organisationIds: 'Choose at least one organisation',
    })
    // a day that has passed is refused when the session is scheduled
    const past = sessionForm({ day: '2027-01-03' })
    expect(past.success && scheduleSession(trainer(), newCourse(), past.data, now)).toEqual({
      ok: false,
      errors: { day: 'Choose a day and time that have not passed yet' },
    })
  })

  test("a session's trainers are of the course's unit; none chosen, the person scheduling it", () => {
    const alone = newSession()
    expect(trainersOf(alone).map((t) => t.id)).toEqual([trainer().id])
    const lead = sessionUser(DEMO.merseysideLead)
    const both = newSession({ trainerIds: [trainer().id, lead.id] })
    expect(
      trainersOf(both)
        .map((t) => t.id)
        .sort(),
    ).toEqual([trainer().id, lead.id].sort())
    const outsider = sessionForm({ trainerIds: sessionUser(DEMO.lancashireLead).id })
    expect(outsider.success && scheduleSession(trainer(), newCourse(), outsider.data, now)).toEqual(
      {
        ok: false,
        errors: { trainerIds: "Choose trainers of the course's unit" },
      },
    )
  })

  test("a trainer runs their own unit's courses only", () => {
    const courseId = newCourse()
    expect(courseToRun(trainer(), courseId)?.id).toBe(courseId)
    expect(courseToRun(sessionUser(DEMO.lancashireLead), courseId)).toBeUndefined()
    expect(courseToRun(sessionUser(DEMO.merseysideLead), courseId)?.id).toBe(courseId)
    expect(courseToRun(sessionUser(DEMO.merseysideTeacher), courseId)).toBeUndefined()
  })
})

describe('booking', () => {
  test('the second to book a one-place session waits, and is given the place when the first gives it up', async () => {
    const sessionId = newSession()
    const place = newPlace()
    const first = newPerson(place.id)
    const second = newPerson(place.id)

    expect(bookSession(first, first.id, sessionId, now)).toEqual({ ok: true, status: 'booked' })
    expect(bookSession(second, second.id, sessionId, now)).toEqual({ ok: true, status: 'waiting' })
    // booking twice changes nothing
    expect(bookSession(first, first.id, sessionId, now)).toEqual({ ok: true, status: 'booked' })
    expect(sessionBookings(trainer(), sessionId)?.people.map((p) => [p.name, p.status])).toEqual([
      [first.name, 'booked'],
      [second.name, 'waiting'],
    ])

    expect(cancelBooking(first, first.id, sessionId, now)).toEqual({
      ok: true,
      promoted: second.id,
    })
    expect(sessionBookings(trainer(), sessionId)?.people.map((p) => [p.name, p.status])).toEqual([
      [second.name, 'booked'],
    ])

    await backgroundMailSettled()
    expect(emailsTo(first.email)).toHaveLength(2)
    const booked = emailTo(first.email, /^You are booked on 'Trauma-informed responses, live/)
    expect(booked.text).toContain('When: 12 January 2027, 16:00 to 17:30 (UK time)')
    expect(booked.text).toContain('METHOD:REQUEST')
    expect(booked.text).toContain('DTSTART:20270112T160000Z')
    expect(emailTo(first.email, /^Your place on .* is cancelled$/).text).toContain('METHOD:CANCEL')
    expect(emailsTo(second.email)).toHaveLength(2)
    // a place on the waiting list is not put in the calendar; the place itself is
    expect(emailTo(second.email, /^You are on the waiting list for/).text).not.toContain(
      'BEGIN:VCALENDAR',
    )
    expect(emailTo(second.email, /^A place has come up: you are booked on/).text).toContain(
      'METHOD:REQUEST',
    )
  })

  test('a place cannot be given up after the cut-off; the waiting list can always be left', () => {
    const sessionId = newSession()
    const place = newPlace()
    const booked = newPerson(place.id)
    const waiting = newPerson(place.id)
    bookSession(booked, booked.id, sessionId, now)
    bookSession(waiting, waiting.id, sessionId, now)
    const dayBefore = new Date(Date.parse('2027-01-12T16:00:00Z') - 20 * 60 * 60 * 1000)
    expect(cancelBooking(booked, booked.id, sessionId, dayBefore)).toEqual({
      ok: false,
      message:
        'Places can be given up until 24 hours before the start. Tell the trainer if you cannot come.',
    })
    expect(cancelBooking(waiting, waiting.id, sessionId, dayBefore)).toEqual({
      ok: true,
      promoted: null,
    })
  })

  test('who may book: the unit, chosen organisations or job roles, everyone when national', () => {
    const place = newPlace()
    const other = newPlace()
    const teacher = newPerson(place.id)
    const lancashire = newPerson(newPlace('lancashire').id)
    const unitOnly = newSession({ capacity: '10' })
    const forPlace = newSession({
      capacity: '10',
      audience: 'organisations',
      organisationIds: [String(place.id)],
    })
    const national = newSession({ capacity: '10', audience: 'national' })
    const listed = (person: typeof teacher) =>
      sessionsOpenToPerson(person.id, now).map((s) => s.session.id)

    expect(listed(teacher)).toEqual(expect.arrayContaining([unitOnly, forPlace, national]))
    expect(listed(newPerson(other.id))).not.toContain(forPlace)
    expect(listed(lancashire)).toContain(national)
    expect(listed(lancashire)).not.toContain(unitOnly)
    expect(bookSession(lancashire, lancashire.id, unitOnly, now)).toEqual({
      ok: false,
      message: 'This session is not open to this person.',
    })
    expect(bookSession(lancashire, lancashire.id, national, now)).toEqual({
      ok: true,
      status: 'booked',
    })
    // the joining link of an online session is never in the list people book from
    const online = newSession({ mode: 'online', joiningLink: 'https://meet.example.test/abc' })
    expect(
      sessionsOpenToPerson(teacher.id, now).find((s) => s.session.id === online)?.session
        .joiningLink,
    ).toBeNull()
  })

  test('an organisation lead books their own staff, and no one else', () => {
    const place = newPlace()
    const lead = newPerson(place.id, 'organisation_lead')
    const staff = newPerson(place.id)
    const elsewhere = newPerson(newPlace().id)
    const sessionId = newSession({ capacity: '10' })
    expect(bookSession(lead, staff.id, sessionId, now)).toEqual({ ok: true, status: 'booked' })
    expect(bookSession(lead, elsewhere.id, sessionId, now)).toEqual({
      ok: false,
      message: 'You can book only for yourself or your own staff.',
    })
    expect(bookSession(staff, elsewhere.id, sessionId, now).ok).toBe(false)
  })

  test('a cancelled session tells everyone booked or waiting, and frees their places', async () => {
    const sessionId = newSession()
    const place = newPlace()
    const [a, b] = [newPerson(place.id), newPerson(place.id)]
    bookSession(a!, a!.id, sessionId, now)
    bookSession(b!, b!.id, sessionId, now)
    expect(cancelSession(sessionUser(DEMO.lancashireLead), sessionId, now)).toBe(false)
    expect(cancelSession(trainer(), sessionId, now)).toBe(true)
    expect(sessionBookings(trainer(), sessionId)?.people).toEqual([])
    await backgroundMailSettled()
    for (const person of [a!, b!]) {
      expect(emailTo(person.email, /^'.*' is cancelled$/).text).toContain('METHOD:CANCEL')
    }
    expect(bookSession(a!, a!.id, sessionId, now)).toEqual({
      ok: false,
      message: 'This session has been cancelled.',
    })
  })

  test('moving a session tells those booked with an updated invitation; more places go to those waiting, in order', async () => {
    const sessionId = newSession({ capacity: '1' })
    const place = newPlace()
    const [booked, firstWaiting, secondWaiting] = [1, 2, 3].map(() => newPerson(place.id))
    for (const person of [booked!, firstWaiting!, secondWaiting!]) {
      bookSession(person, person.id, sessionId, now)
    }
    const change = (overrides: Record<string, unknown>) => {
      const parsed = sessionForm(overrides)
      if (!parsed.success) throw new Error(parsed.error.message)
      return changeSession(trainer(), sessionId, parsed.data, now)
    }
    // another unit's lead cannot change it
    const parsed = sessionForm({ time: '17:00' })
    expect(
      parsed.success &&
        changeSession(sessionUser(DEMO.lancashireLead), sessionId, parsed.data, now),
    ).toEqual({
      ok: false,
      errors: { day: 'Choose a session you run' },
    })

    expect(change({ time: '17:00', capacity: '2' })).toEqual({ ok: true })
    expect(sessionBookings(trainer(), sessionId)?.people.map((p) => [p.name, p.status])).toEqual([
      [booked!.name, 'booked'],
      [firstWaiting!.name, 'booked'],
      [secondWaiting!.name, 'waiting'],
    ])
    expect(change({ time: '17:00', capacity: '1' })).toEqual({
      ok: false,
      errors: { capacity: '2 people are booked: keep at least 2 places, or cancel the session' },
    })

    await backgroundMailSettled()
    const moved = emailTo(booked!.email, /' has changed: the new time and place$/)
    expect(moved.text).toContain('When: 12 January 2027, 17:00 to 18:30 (UK time)')
    expect(moved.text).toContain('DTSTART:20270112T170000Z')
    expect(moved.text).toContain('SEQUENCE:1')
    emailTo(firstWaiting!.email, /^A place has come up/)
    expect(emailsTo(secondWaiting!.email).map((m) => m.subject)).toEqual([
      expect.stringMatching(/^You are on the waiting list/),
    ])
  })
})
