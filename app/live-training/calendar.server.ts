/**
 * What people booked on live training are told, with a calendar invitation (.ics, by the `ics`
 * package) their mail program offers to add: one event per session (its UID), replaced by a
 * higher SEQUENCE when the session changes and withdrawn (METHOD:CANCEL) when it is cancelled or
 * their place is given up.
 */
import { createEvent, type EventAttributes } from 'ics'
import { type courseSessions, type courses, type users } from '#app/db.server.ts'
import { type I18n } from '#app/i18n/i18n.ts'
import { sessionWhen, sessionWhere } from './labels.ts'
import { i18nFor } from '#app/i18n/language.server.ts'
import { sendEmail } from '#app/utils/email.server.ts'
import { env } from '#app/utils/env.server.ts'

type Person = typeof users.$inferSelect
type Session = typeof courseSessions.$inferSelect
type Course = typeof courses.$inferSelect

export type BookingEmail =
  'booked' | 'waiting' | 'promoted' | 'cancelled' | 'session-changed' | 'session-cancelled'

/** The session's day and time as people read them: "12 January 2027, 09:30 to 11:00 (UK time)". */
export function whenOf(session: Session, i18n: I18n = i18nFor('en')) {
  return sessionWhen(i18n, session)
}

export function whereOf(session: Session, i18n: I18n = i18nFor('en')) {
  return sessionWhere(i18n, session)
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

/** In the person's language; the course's title and place as the trainer wrote them. */
function bookingText(kind: BookingEmail, t: I18n['t'], title: string) {
  switch (kind) {
    case 'booked':
      return {
        subject: t("You are booked on '{{title}}'", { title }),
        first: t('Your place is booked.'),
      }
    case 'waiting':
      return {
        subject: t("You are on the waiting list for '{{title}}'", { title }),
        first: t(
          'The session is full, so you are on its waiting list. If a place comes up it goes to the first person on the list, and we will email you if it is yours.',
        ),
      }
    case 'promoted':
      return {
        subject: t("A place has come up: you are booked on '{{title}}'", { title }),
        first: t(
          'Someone gave up their place, and you were first on the waiting list: it is yours.',
        ),
      }
    case 'cancelled':
      return {
        subject: t("Your place on '{{title}}' is cancelled", { title }),
        first: t('You gave up your place, or left the waiting list. Nothing else has changed.'),
      }
    case 'session-changed':
      return {
        subject: t("'{{title}}' has changed: the new time and place", { title }),
        first: t(
          'The trainer has changed the time or place of a session you are booked on. Your place is kept, and the calendar invitation below replaces the old one.',
        ),
      }
    case 'session-cancelled':
      return {
        subject: t("'{{title}}' is cancelled", { title }),
        first: t(
          'The trainer has cancelled this session. We are sorry for the change; your place is freed and you can book another session on Upstream.',
        ),
      }
  }
}

export async function sendBookingEmail(
  kind: BookingEmail,
  person: Person,
  session: Session,
  course: Course,
) {
  const i18n = i18nFor(person.language)
  const { t } = i18n
  const { subject, first } = bookingText(kind, t, course.title)
  const withdraws = kind === 'cancelled' || kind === 'session-cancelled'
  const placed = kind === 'booked' || kind === 'promoted' || kind === 'session-changed'
  await sendEmail({
    to: person.email,
    subject,
    text: [
      t('Hello {{name}},', { name: person.name }),
      '',
      first,
      '',
      `${course.title}`,
      t('When: {{when}}', { when: whenOf(session, i18n) }),
      t('Where: {{where}}', { where: whereOf(session, i18n) }),
      session.accessibility ? t('Access: {{access}}', { access: session.accessibility }) : '',
      '',
      placed
        ? i18n.plural(
            session.cancelUpToHours,
            {
              one: 'If you cannot come, give up your place on Upstream up to {{count}} hour before the start, so someone on the waiting list can have it: {{address}}',
              other:
                'If you cannot come, give up your place on Upstream up to {{count}} hours before the start, so someone on the waiting list can have it: {{address}}',
            },
            { address: `${env.APP_ORIGIN}/training` },
          )
        : t('See the sessions open to you: {{address}}', { address: `${env.APP_ORIGIN}/training` }),
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
