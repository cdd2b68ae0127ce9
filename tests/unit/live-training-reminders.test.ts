/**
 * Reminders for booked live training (issue 18): everyone booked hears the day before and an hour
 * before (online: then with the joining link), once each, and only while they hold a place on a
 * session that is going ahead.
 */
import { describe, expect, test } from 'vitest'
import { db, organisations } from '#app/db.server.ts'
import {
  bookSession,
  cancelBooking,
  cancelSession,
  changeSession,
} from '#app/live-training/bookings.server.ts'
import {
  CourseSchema,
  createCourse,
  scheduleSession,
  SessionSchema,
} from '#app/live-training/courses.server.ts'
import { sendSessionReminders } from '#app/live-training/reminders.server.ts'
import { backgroundMailSettled } from '#app/utils/email.server.ts'
import { addPerson, DEMO, emailsTo, sessionUser, vruId } from './helpers.ts'

const MINUTE = 60 * 1000
const HOUR = 60 * MINUTE
const now = new Date('2027-01-04T12:00:00Z')
/** 16:00 on 12 January 2027 in UK time (GMT): the sessions' default start. */
const start = Date.parse('2027-01-12T16:00:00Z')
const before = (ms: number, from = start) => new Date(from - ms)

let counter = 0
function newPerson() {
  const place = db
    .insert(organisations)
    .values({
      vruId: vruId('merseyside'),
      name: `Reminder Place ${++counter}`,
      type: 'secondary',
      localAuthority: 'Liverpool',
    })
    .returning()
    .get()
  return sessionUser(addPerson(`remind.${++counter}@example.test`, place.id))
}

const trainer = () => sessionUser(DEMO.merseysideTrainer)

const sessionForm = (overrides: Record<string, unknown> = {}) => {
  const parsed = SessionSchema.safeParse({
    mode: 'in_person',
    day: '2027-01-12',
    time: '16:00',
    durationMinutes: '90',
    capacity: '10',
    venue: 'Riverside Academy hall',
    address: '1 River Road, Liverpool L1 1AA',
    cancelUpToHours: '24',
    audience: 'unit',
    ...overrides,
  })
  if (!parsed.success) throw new Error(parsed.error.message)
  return parsed.data
}

function newSession(overrides: Record<string, unknown> = {}) {
  const course = createCourse(
    trainer(),
    CourseSchema.parse({
      title: `Responding to distress ${++counter}`,
      summary: 'A workshop on responding to distress in the classroom.',
      practiceLevel: 'trauma-skilled',
      audience: 'all-staff',
      cpdMinutes: '90',
    }),
  )
  if (!course.ok) throw new Error(JSON.stringify(course.errors))
  const scheduled = scheduleSession(trainer(), course.id, sessionForm(overrides), now)
  if (!scheduled.ok) throw new Error(JSON.stringify(scheduled.errors))
  return scheduled.id
}

/** Runs the reminders at this moment; what went out for this session, as [email, kind]. */
async function remindAt(at: Date, sessionId: number) {
  const { sent, failed } = await sendSessionReminders(at)
  expect(failed).toEqual([])
  return sent.filter((s) => s.sessionId === sessionId).map((s) => [s.email, s.kind])
}

async function remindersTo(email: string) {
  await backgroundMailSettled()
  return emailsTo(email).filter((m) => m.subject.startsWith('Reminder:'))
}

describe('reminders for booked sessions', () => {
  test('someone booked in person hears the day before and an hour before, each once, with the venue', async () => {
    const sessionId = newSession()
    const person = newPerson()
    bookSession(person, person.id, sessionId, now)

    expect(await remindAt(before(30 * HOUR), sessionId)).toEqual([])
    expect(await remindAt(before(20 * HOUR), sessionId)).toEqual([[person.email, 'day_before']])
    expect(await remindAt(before(19 * HOUR), sessionId)).toEqual([])
    expect(await remindAt(before(50 * MINUTE), sessionId)).toEqual([[person.email, 'hour_before']])
    expect(await remindAt(before(45 * MINUTE), sessionId)).toEqual([])

    const [dayBefore, hourBefore, ...more] = await remindersTo(person.email)
    expect(more).toEqual([])
    expect(dayBefore!.subject).toMatch(
      /^Reminder: 'Responding to distress \d+' on 12 January 2027 at 16:00 \(UK time\)$/,
    )
    expect(dayBefore!.text).toContain('When: 12 January 2027, 16:00 to 17:30 (UK time)')
    expect(dayBefore!.text).toContain(
      'Where: In person: Riverside Academy hall, 1 River Road, Liverpool L1 1AA',
    )
    expect(dayBefore!.text).toContain('http://localhost:3000/training')
    // past the 24-hour cut-off a place can no longer be given up on Upstream
    expect(dayBefore!.text).toContain('If you cannot come after all, please let the trainer know.')
    expect(hourBefore!.subject).toMatch(/' starts at 16:00 \(UK time\)$/)
    expect(hourBefore!.text).toContain('Where: In person: Riverside Academy hall')
  })

  test('online: the day before says when the link comes; the hour before carries it', async () => {
    const link = 'https://meet.example.test/reminder-webinar'
    const sessionId = newSession({
      mode: 'online',
      joiningLink: link,
      venue: '',
      address: '',
      cancelUpToHours: '4',
    })
    const person = newPerson()
    bookSession(person, person.id, sessionId, now)
    await remindAt(before(20 * HOUR), sessionId)
    await remindAt(before(55 * MINUTE), sessionId)

    const [dayBefore, hourBefore] = await remindersTo(person.email)
    expect(dayBefore!.text).not.toContain(link)
    expect(dayBefore!.text).toContain('We will email you the joining link an hour before the start')
    expect(dayBefore!.text).toContain(
      'If you cannot come, please give up your place on Upstream up to 4 hours before the start',
    )
    expect(hourBefore!.text).toContain(`Where: Online. Join here: ${link}`)
  })

  test('people waiting, people who gave up their place and cancelled sessions hear nothing', async () => {
    const sessionId = newSession({ capacity: '1' })
    const [gaveUp, booked, waiting] = [newPerson(), newPerson(), newPerson()]
    bookSession(gaveUp!, gaveUp!.id, sessionId, now)
    cancelBooking(gaveUp!, gaveUp!.id, sessionId, now)
    bookSession(booked!, booked!.id, sessionId, now)
    bookSession(waiting!, waiting!.id, sessionId, now)

    const called = newSession()
    const calledOff = newPerson()
    bookSession(calledOff, calledOff.id, called, now)
    cancelSession(trainer(), called, now)

    expect(await remindAt(before(20 * HOUR), sessionId)).toEqual([[booked!.email, 'day_before']])
    expect(await remindAt(before(20 * HOUR), called)).toEqual([])
    expect(await remindAt(before(50 * MINUTE), called)).toEqual([])
    for (const person of [gaveUp!, waiting!, calledOff]) {
      expect(await remindersTo(person.email)).toEqual([])
    }
  })

  test('a place booked under 2 hours before the start gets only the hour-before reminder', async () => {
    const sessionId = newSession()
    const person = newPerson()
    bookSession(person, person.id, sessionId, before(90 * MINUTE))
    expect(await remindAt(before(90 * MINUTE), sessionId)).toEqual([])
    expect(await remindAt(before(50 * MINUTE), sessionId)).toEqual([[person.email, 'hour_before']])
    expect((await remindersTo(person.email)).map((m) => m.subject)).toEqual([
      expect.stringMatching(/ starts at 16:00 \(UK time\)$/),
    ])
  })

  test('two runs at the same moment send each reminder once', async () => {
    const sessionId = newSession()
    const person = newPerson()
    bookSession(person, person.id, sessionId, now)
    const [first, second] = await Promise.all([
      remindAt(before(20 * HOUR), sessionId),
      remindAt(before(20 * HOUR), sessionId),
    ])
    expect([...first, ...second]).toEqual([[person.email, 'day_before']])
    expect(await remindersTo(person.email)).toHaveLength(1)
  })

  test('a joining link changed after the hour-before reminder is sent again', async () => {
    const online = { mode: 'online', venue: '', address: '' }
    const sessionId = newSession({ ...online, joiningLink: 'https://meet.example.test/first' })
    const person = newPerson()
    bookSession(person, person.id, sessionId, now)
    await remindAt(before(50 * MINUTE), sessionId)
    const changed = changeSession(
      trainer(),
      sessionId,
      sessionForm({ ...online, joiningLink: 'https://meet.example.test/second' }),
      before(40 * MINUTE),
    )
    expect(changed).toEqual({ ok: true })
    expect(await remindAt(before(35 * MINUTE), sessionId)).toEqual([[person.email, 'hour_before']])
    const last = (await remindersTo(person.email)).at(-1)!
    expect(last.text).toContain('Join here: https://meet.example.test/second')
  })

  test('a place given up and booked again is reminded as a new place', async () => {
    const sessionId = newSession({ cancelUpToHours: '2' })
    const person = newPerson()
    bookSession(person, person.id, sessionId, now)
    await remindAt(before(20 * HOUR), sessionId)
    cancelBooking(person, person.id, sessionId, before(19 * HOUR))
    expect(await remindAt(before(18 * HOUR), sessionId)).toEqual([])
    bookSession(person, person.id, sessionId, before(18 * HOUR))
    expect(await remindAt(before(17 * HOUR), sessionId)).toEqual([[person.email, 'day_before']])
  })

  test('a session moved to another day is reminded again for its new time', async () => {
    const sessionId = newSession()
    const person = newPerson()
    bookSession(person, person.id, sessionId, now)
    expect(await remindAt(before(20 * HOUR), sessionId)).toEqual([[person.email, 'day_before']])

    const moved = changeSession(
      trainer(),
      sessionId,
      sessionForm({ day: '2027-01-13' }),
      before(19 * HOUR),
    )
    expect(moved).toEqual({ ok: true })
    const newStart = start + 24 * HOUR
    // the old time passes quietly
    expect(await remindAt(before(50 * MINUTE), sessionId)).toEqual([])
    expect(await remindAt(before(20 * HOUR, newStart), sessionId)).toEqual([
      [person.email, 'day_before'],
    ])
    expect(await remindAt(before(50 * MINUTE, newStart), sessionId)).toEqual([
      [person.email, 'hour_before'],
    ])
    const reminders = await remindersTo(person.email)
    expect(reminders.map((m) => m.subject)).toEqual([
      expect.stringMatching(/ on 12 January 2027 at 16:00/),
      expect.stringMatching(/ on 13 January 2027 at 16:00/),
      expect.stringMatching(/ starts at 16:00/),
    ])
    expect(reminders[2]!.text).toContain('When: 13 January 2027, 16:00 to 17:30 (UK time)')
  })
})
