/**
 * Reminders for booked live training (issue 18): one the day before a session and one an hour
 * before (for an online session, the one with the joining link). The server looks every few
 * minutes and `npm run reminders` may look too: each reminder is marked on the booking in the
 * transaction that picks it, so two runs, or two processes, never send it twice.
 */
import { and, eq, gt, inArray, isNull, lte } from 'drizzle-orm'
import { bookings, courseSessions, courses, db, users } from '#app/db.server.ts'
import { i18nFor } from '#app/i18n/language.server.ts'
import { sendEmail } from '#app/utils/email.server.ts'
import { env } from '#app/utils/env.server.ts'
import { joiningLinkFor } from './bookings.server.ts'
import { whenOf, whereOf } from './calendar.server.ts'

const HOUR = 60 * 60 * 1000

export type SessionReminderKind = 'day_before' | 'hour_before'

type Session = typeof courseSessions.$inferSelect
type Course = typeof courses.$inferSelect
type Due = {
  bookingId: number
  session: Session
  course: Course
  person: { name: string; email: string; language: 'en' | 'cy' | null }
}

/**
 * Which sessions each reminder is for, by how soon they start. Nearer than 2 hours the day-before
 * one would arrive just before the hour-before one, so only the hour-before one goes.
 */
const WINDOWS: Record<SessionReminderKind, { from: number; to: number }> = {
  day_before: { from: 2 * HOUR, to: 24 * HOUR },
  hour_before: { from: 0, to: HOUR },
}

const SENT_COLUMN = {
  day_before: bookings.remindedDayBeforeAt,
  hour_before: bookings.remindedHourBeforeAt,
} as const

const marked = (kind: SessionReminderKind, at: Date | null) =>
  kind === 'day_before' ? { remindedDayBeforeAt: at } : { remindedHourBeforeAt: at }

/** Finds the places due this reminder and marks them sent, in one transaction. */
function claim(kind: SessionReminderKind, now: Date): Due[] {
  const window = WINDOWS[kind]
  // immediate: a second process waits for this one's marks rather than reading past them
  return db.transaction(
    (tx) => {
      const due = tx
        .select({
          bookingId: bookings.id,
          session: courseSessions,
          course: courses,
          person: { name: users.name, email: users.email, language: users.language },
        })
        .from(bookings)
        .innerJoin(courseSessions, eq(courseSessions.id, bookings.sessionId))
        .innerJoin(courses, eq(courses.id, courseSessions.courseId))
        .innerJoin(users, eq(users.id, bookings.userId))
        .where(
          and(
            eq(bookings.status, 'booked'),
            isNull(SENT_COLUMN[kind]),
            isNull(courseSessions.cancelledAt),
            gt(courseSessions.startsAt, new Date(now.getTime() + window.from)),
            lte(courseSessions.startsAt, new Date(now.getTime() + window.to)),
            eq(users.active, true),
          ),
        )
        .all()
      if (due.length === 0) return []
      tx.update(bookings)
        .set(marked(kind, now))
        .where(
          inArray(
            bookings.id,
            due.map((d) => d.bookingId),
          ),
        )
        .run()
      return due
    },
    { behavior: 'immediate' },
  )
}

/** In the person's language; the course's title and place as the trainer wrote them. */
function reminderEmail(kind: SessionReminderKind, due: Due, now: Date) {
  const { session, course, person } = due
  const i18n = i18nFor(person.language)
  const { t } = i18n
  const link = `${env.APP_ORIGIN}/training`
  const joiningLink = joiningLinkFor(session, 'booked', now)
  const where =
    session.mode !== 'online'
      ? whereOf(session, i18n)
      : joiningLink
        ? t('Online. Join here: {{link}}', { link: joiningLink })
        : t(
            'Online. We will email you the joining link an hour before the start, and it is on your training page on Upstream from then: {{link}}',
            { link },
          )
  const mayGiveUp = now.getTime() <= session.startsAt.getTime() - session.cancelUpToHours * HOUR
  const values = {
    title: course.title,
    date: i18n.date(session.startsAt),
    time: i18n.clock(session.startsAt),
  }
  return {
    subject:
      kind === 'day_before'
        ? t("Reminder: '{{title}}' on {{date}} at {{time}} (UK time)", values)
        : t("Reminder: '{{title}}' starts at {{time}} (UK time)", values),
    text: [
      t('Hello {{name}},', { name: person.name }),
      '',
      t('A reminder of the session you are booked on.'),
      '',
      course.title,
      t('When: {{when}}', { when: whenOf(session, i18n) }),
      t('Where: {{where}}', { where }),
      session.accessibility ? t('Access: {{access}}', { access: session.accessibility }) : '',
      '',
      t('Your bookings are on Upstream: {{link}}', { link }),
      '',
      mayGiveUp
        ? i18n.plural(session.cancelUpToHours, {
            one: 'If you cannot come, please give up your place on Upstream up to {{count}} hour before the start, so someone on the waiting list can have it.',
            other:
              'If you cannot come, please give up your place on Upstream up to {{count}} hours before the start, so someone on the waiting list can have it.',
          })
        : t('If you cannot come after all, please let the trainer know.'),
    ]
      .filter((line, i, all) => line !== '' || all[i - 1] !== '')
      .join('\n'),
    to: person.email,
  }
}

/**
 * Sends the reminders due at `now`. A send that fails is unmarked again, so the next run tries it
 * while it is still due.
 */
export async function sendSessionReminders(now = new Date()) {
  const sent: { email: string; kind: SessionReminderKind; sessionId: number }[] = []
  const failed: { email: string; kind: SessionReminderKind; sessionId: number; error: string }[] =
    []
  for (const kind of ['hour_before', 'day_before'] as const) {
    for (const due of claim(kind, now)) {
      const about = { email: due.person.email, kind, sessionId: due.session.id }
      try {
        await sendEmail(reminderEmail(kind, due, now))
        sent.push(about)
      } catch (error) {
        db.update(bookings).set(marked(kind, null)).where(eq(bookings.id, due.bookingId)).run()
        failed.push({ ...about, error: String(error) })
      }
    }
  }
  return { sent, failed }
}
