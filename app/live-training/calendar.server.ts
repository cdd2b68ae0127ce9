/**
 * What people booked on live training are told, with a calendar invitation (.ics, by the `ics`
 * package) their mail program offers to add: one event per session (its UID), replaced by a
 * higher SEQUENCE when the session changes and withdrawn (METHOD:CANCEL) when it is cancelled or
 * their place is given up.
 */
import { createEvent, type EventAttributes } from 'ics'
import { type courseSessions, type courses, type users } from '#app/db.server.ts'
import { formatDate } from '#app/utils/uk-dates.ts'
import { sendEmail } from '#app/utils/email.server.ts'
import { env } from '#app/utils/env.server.ts'
import { ukClock } from '#app/utils/uk-dates.ts'

type Person = typeof users.$inferSelect
type Session = typeof courseSessions.$inferSelect
type Course = typeof courses.$inferSelect

export type BookingEmail =
  'booked' | 'waiting' | 'promoted' | 'cancelled' | 'session-changed' | 'session-cancelled'

/** The session's day and time as people read them: "12 January 2027, 09:30 to 11:00 (UK time)". */
export function whenOf(session: Session) {
  const end = new Date(session.startsAt.getTime() + session.durationMinutes * 60_000)
  return `${formatDate(session.startsAt)}, ${ukClock(session.startsAt)} to ${ukClock(end)} (UK time)`
}

export function whereOf(session: Session) {
  return session.mode === 'online'
    ? 'Online: the joining link is on Upstream from an hour before the start'
    : `In person: ${[session.venue, session.address].filter(Boolean).join(', ')}`
}

/** The invitation for a session, or its withdrawal. */
export function sessionCalendar(session: Session, course: Course, method: 'REQUEST' | 'CANCEL') {
  const host = new URL(env.APP_ORIGIN).hostname
  const event: EventAttributes = {
    uid: `session-${session.id}@${host}`,
    sequence: session.sequence,
    method,
    status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    title: course.title,
    description: `${course.summary}\n\n${env.APP_ORIGIN}/training`,
    location: whereOf(session),
    start: session.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: session.durationMinutes },
    organizer: { name: 'Upstream', email: organiserEmail() },
  }
  const { error, value } = createEvent(event)
  if (error || !value) throw error ?? new Error('no calendar event')
  return value
}

function organiserEmail() {
  const address = /<([^>]+)>/.exec(env.MAIL_FROM)?.[1] ?? env.MAIL_FROM
  return address.trim()
}

const SUBJECTS: Record<BookingEmail, (course: Course) => string> = {
  booked: (c) => `You are booked on '${c.title}'`,
  waiting: (c) => `You are on the waiting list for '${c.title}'`,
  promoted: (c) => `A place has come up: you are booked on '${c.title}'`,
  cancelled: (c) => `Your place on '${c.title}' is cancelled`,
  'session-changed': (c) => `'${c.title}' has changed: the new time and place`,
  'session-cancelled': (c) => `'${c.title}' is cancelled`,
}

const FIRST_LINES: Record<BookingEmail, string> = {
  booked: 'Your place is booked.',
  waiting:
    'The session is full, so you are on its waiting list. If a place comes up it goes to the first person on the list, and we will email you if it is yours.',
  promoted: 'Someone gave up their place, and you were first on the waiting list: it is yours.',
  cancelled: 'You gave up your place, or left the waiting list. Nothing else has changed.',
  'session-changed':
    'The trainer has changed the time or place of a session you are booked on. Your place is kept, and the calendar invitation below replaces the old one.',
  'session-cancelled':
    'The trainer has cancelled this session. We are sorry for the change; your place is freed and you can book another session on Upstream.',
}

export async function sendBookingEmail(
  kind: BookingEmail,
  person: Person,
  session: Session,
  course: Course,
) {
  const withdraws = kind === 'cancelled' || kind === 'session-cancelled'
  const placed = kind === 'booked' || kind === 'promoted' || kind === 'session-changed'
  await sendEmail({
    to: person.email,
    subject: SUBJECTS[kind](course),
    text: [
      `Hello ${person.name},`,
      '',
      FIRST_LINES[kind],
      '',
      `${course.title}`,
      `When: ${whenOf(session)}`,
      `Where: ${whereOf(session)}`,
      session.accessibility ? `Access: ${session.accessibility}` : '',
      '',
      placed
        ? `If you cannot come, give up your place on Upstream up to ${session.cancelUpToHours} hours before the start, so someone on the waiting list can have it: ${env.APP_ORIGIN}/training`
        : `See the sessions open to you: ${env.APP_ORIGIN}/training`,
    ]
      .filter((line, i, all) => line !== '' || all[i - 1] !== '')
      .join('\n'),
    // a place (or its end) goes into the calendar; a place on the waiting list does not yet
    calendar: placed
      ? { method: 'REQUEST', content: sessionCalendar(session, course, 'REQUEST') }
      : withdraws
        ? { method: 'CANCEL', content: sessionCalendar(session, course, 'CANCEL') }
        : undefined,
  })
}
