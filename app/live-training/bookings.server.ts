/**
 * Booking live training (decision 016): a place while there is one, else the waiting list in the
 * order people asked; a place given up goes to the first waiting, who is told. Each change is one
 * transaction, so the last place cannot be taken twice; mail (with a calendar invitation) goes
 * after it, in the background.
 */
import { and, asc, eq, gt, inArray, isNull } from 'drizzle-orm'
import { z } from 'zod'
import { mayBookFor, mayRunCourse, sessionOpenTo } from '#app/auth/permissions.server.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import { bookings, courseSessions, courses, db, sessionTrainers, users } from '#app/db.server.ts'
import { createI18n, type Translator } from '#app/i18n/i18n.ts'
import { sendInBackground } from '#app/utils/email.server.ts'
import { type FieldErrors } from '#app/utils/forms.ts'
import { sendBookingEmail, type BookingEmail } from './calendar.server.ts'
import { placesTaken, sessionValues, type SessionInput } from './courses.server.ts'
import { LIVE_TRAINING_MESSAGES as M } from './labels.ts'

const english = createI18n('en').t

type Person = typeof users.$inferSelect
type Session = typeof courseSessions.$inferSelect
type Course = typeof courses.$inferSelect

const HOUR = 60 * 60 * 1000

function sessionWithCourse(sessionId: number) {
  return db
    .select({ session: courseSessions, course: courses })
    .from(courseSessions)
    .innerJoin(courses, eq(courses.id, courseSessions.courseId))
    .where(eq(courseSessions.id, sessionId))
    .get()
}

function personById(id: string) {
  return db.select().from(users).where(eq(users.id, id)).get()
}

function bookingOf(sessionId: number, userId: string) {
  return db
    .select()
    .from(bookings)
    .where(and(eq(bookings.sessionId, sessionId), eq(bookings.userId, userId)))
    .get()
}

/**
 * Sessions not yet started and not cancelled that are open to the person, soonest first. Every
 * upcoming session is read and the policy module asked of each: a unit runs tens a month.
 */
export function sessionsOpenToPerson(personId: string, now = new Date()) {
  const person = personById(personId)
  if (!person) return []
  const open = db
    .select({ session: courseSessions, course: courses })
    .from(courseSessions)
    .innerJoin(courses, eq(courses.id, courseSessions.courseId))
    .where(and(gt(courseSessions.startsAt, now), isNull(courseSessions.cancelledAt)))
    .orderBy(asc(courseSessions.startsAt))
    .all()
    .filter((s) => sessionOpenTo(person, s.course, s.session.audience))
  const counts = placesTaken(open.map((s) => s.session.id))
  const mine = new Map(
    open.length === 0
      ? []
      : db
          .select()
          .from(bookings)
          .where(
            and(
              eq(bookings.userId, person.id),
              inArray(
                bookings.sessionId,
                open.map((s) => s.session.id),
              ),
            ),
          )
          .all()
          .map((b) => [b.sessionId, b]),
  )
  return open.map(({ session, course }) => {
    const taken = counts.get(session.id) ?? { booked: 0, waiting: 0 }
    const booking = mine.get(session.id)
    const status = booking && booking.status !== 'cancelled' ? booking.status : null
    return {
      session: withoutLink(session),
      joiningLink: joiningLinkFor(session, status, now),
      course,
      placesLeft: Math.max(0, session.capacity - taken.booked),
      waiting: taken.waiting,
      status,
      mayCancel: mayStillCancel(session, now),
    }
  })
}

/** The joining link only for someone booked, from an hour before the start to the end. */
export function joiningLinkFor(session: Session, status: string | null, now = new Date()) {
  if (status !== 'booked' || !session.joiningLink) return null
  const start = session.startsAt.getTime()
  const end = start + session.durationMinutes * 60_000
  return now.getTime() >= start - HOUR && now.getTime() <= end ? session.joiningLink : null
}

const withoutLink = (session: Session) => ({ ...session, joiningLink: null })

function mayStillCancel(session: Session, now: Date) {
  return now.getTime() <= session.startsAt.getTime() - session.cancelUpToHours * HOUR
}

export const BookingIntentSchema = z.enum(['book', 'cancel'])
export const SessionIntentSchema = z.enum(['change-session', 'cancel-session'])

export type BookingAnswer =
  { ok: true; status: 'booked' | 'waiting' } | { ok: false; message: string }

/** Books a place for a person (themself, or one of a lead's staff), or a place on the list. */
export function bookSession(
  actor: SessionUser,
  personId: string,
  sessionId: number,
  now = new Date(),
): BookingAnswer {
  const person = personById(personId)
  const found = sessionWithCourse(sessionId)
  if (!person || !person.active || !mayBookFor(actor, person)) {
    return { ok: false, message: M.bookOnlyOwn }
  }
  if (!found || !sessionOpenTo(person, found.course, found.session.audience)) {
    return { ok: false, message: M.notOpenToPerson }
  }
  const { session, course } = found
  if (session.cancelledAt) return { ok: false, message: M.sessionCancelled }
  if (session.startsAt.getTime() <= now.getTime()) {
    return {
      ok: false,
      message: M.sessionStarted,
    }
  }
  const { status, changed } = db.transaction((tx) => {
    const current = bookingOf(sessionId, person.id)
    if (current && current.status !== 'cancelled') return { status: current.status, changed: false }
    const booked = tx
      .select({ id: bookings.id })
      .from(bookings)
      .where(and(eq(bookings.sessionId, sessionId), eq(bookings.status, 'booked')))
      .all().length
    const status = booked < session.capacity ? ('booked' as const) : ('waiting' as const)
    const values = {
      status,
      askedAt: now,
      bookedById: actor.id === person.id ? null : actor.id,
      cancelledAt: null,
      // a place booked again is a new place: its reminders have not been sent
      remindedDayBeforeAt: null,
      remindedHourBeforeAt: null,
    }
    if (current) tx.update(bookings).set(values).where(eq(bookings.id, current.id)).run()
    else
      tx.insert(bookings)
        .values({ sessionId, userId: person.id, ...values })
        .run()
    return { status, changed: true }
  })
  // booking again what is already booked changes nothing, and sends nothing
  const placed = status === 'booked' ? ('booked' as const) : ('waiting' as const)
  if (changed) tell(person, placed, session, course)
  return { ok: true, status: placed }
}

/**
 * Gives up a place or leaves the waiting list. A place may be given up until the cut-off; a
 * freed place goes to the first on the waiting list, who is told.
 */
export function cancelBooking(
  actor: SessionUser,
  personId: string,
  sessionId: number,
  now = new Date(),
  t: Translator = english,
): { ok: true; promoted: string | null } | { ok: false; message: string } {
  const person = personById(personId)
  const found = sessionWithCourse(sessionId)
  if (!person || !found || !mayBookFor(actor, person)) {
    return { ok: false, message: M.cancelOnlyOwn }
  }
  const { session, course } = found
  const current = bookingOf(sessionId, person.id)
  if (!current || current.status === 'cancelled') {
    return { ok: false, message: M.noBooking }
  }
  if (current.status === 'booked' && !mayStillCancel(session, now)) {
    return {
      ok: false,
      message: t(M.tooLateToCancel, { hours: session.cancelUpToHours }),
    }
  }
  const promoted = db.transaction((tx) => {
    tx.update(bookings)
      .set({ status: 'cancelled', cancelledAt: now })
      .where(eq(bookings.id, current.id))
      .run()
    if (current.status !== 'booked') return null
    const next = tx
      .select()
      .from(bookings)
      .where(and(eq(bookings.sessionId, sessionId), eq(bookings.status, 'waiting')))
      .orderBy(asc(bookings.askedAt), asc(bookings.id))
      .get()
    if (!next) return null
    tx.update(bookings).set({ status: 'booked' }).where(eq(bookings.id, next.id)).run()
    return next.userId
  })
  tell(person, 'cancelled', session, course)
  if (promoted) tellEach([promoted], 'promoted', session, course)
  return { ok: true, promoted }
}

/** Cancels a session: everyone booked or waiting is told, and their places are freed. */
export function cancelSession(actor: SessionUser, sessionId: number, now = new Date()) {
  const found = sessionWithCourse(sessionId)
  if (!found || !mayRunCourse(actor, found.course)) return false
  const { session, course } = found
  if (session.cancelledAt) return true
  const told = db.transaction((tx) => {
    const open = tx
      .select({ userId: bookings.userId })
      .from(bookings)
      .where(
        and(eq(bookings.sessionId, sessionId), inArray(bookings.status, ['booked', 'waiting'])),
      )
      .all()
    tx.update(courseSessions)
      .set({ cancelledAt: now, sequence: session.sequence + 1 })
      .where(eq(courseSessions.id, sessionId))
      .run()
    tx.update(bookings)
      .set({ status: 'cancelled', cancelledAt: now })
      .where(
        and(eq(bookings.sessionId, sessionId), inArray(bookings.status, ['booked', 'waiting'])),
      )
      .run()
    return open.map((b) => b.userId)
  })
  const cancelled = { ...session, sequence: session.sequence + 1 }
  tellEach(told, 'session-cancelled', cancelled, course)
  return true
}

/**
 * Changes a session that has not started. A change of time or place moves its calendar
 * invitation on (SEQUENCE) and tells everyone booked; more places go to the waiting list in
 * order, who are told; fewer places than people booked are refused.
 */
export function changeSession(
  actor: SessionUser,
  sessionId: number,
  input: SessionInput,
  now = new Date(),
  t: Translator = english,
): { ok: true } | { ok: false; errors: FieldErrors } {
  const found = sessionWithCourse(sessionId)
  if (!found || !mayRunCourse(actor, found.course)) {
    return { ok: false, errors: { day: M.sessionYouRun } }
  }
  const { session, course } = found
  if (session.cancelledAt || session.startsAt.getTime() <= now.getTime()) {
    return {
      ok: false,
      errors: { day: M.sessionFixed },
    }
  }
  const checked = sessionValues(course, input, now)
  if (!checked.ok) return checked
  const next = checked.values
  const moved =
    next.startsAt!.getTime() !== session.startsAt.getTime() ||
    next.durationMinutes !== session.durationMinutes ||
    next.mode !== session.mode ||
    next.venue !== session.venue ||
    next.address !== session.address ||
    next.joiningLink !== session.joiningLink
  const result = db.transaction((tx) => {
    const booked = tx
      .select({ userId: bookings.userId })
      .from(bookings)
      .where(and(eq(bookings.sessionId, sessionId), eq(bookings.status, 'booked')))
      .all()
    if (next.capacity! < booked.length) return { booked, promoted: null }
    tx.update(courseSessions)
      .set({ ...next, sequence: moved ? session.sequence + 1 : session.sequence })
      .where(eq(courseSessions.id, sessionId))
      .run()
    if (checked.trainerIds.length > 0) {
      tx.delete(sessionTrainers).where(eq(sessionTrainers.sessionId, sessionId)).run()
      tx.insert(sessionTrainers)
        .values(checked.trainerIds.map((userId) => ({ sessionId, userId })))
        .run()
    }
    // reminders go again for the new time; a new joining link goes out an hour before
    const reminded =
      next.startsAt!.getTime() !== session.startsAt.getTime()
        ? { remindedDayBeforeAt: null, remindedHourBeforeAt: null }
        : next.joiningLink !== session.joiningLink
          ? { remindedHourBeforeAt: null }
          : null
    if (reminded) tx.update(bookings).set(reminded).where(eq(bookings.sessionId, sessionId)).run()
    const waiting = tx
      .select()
      .from(bookings)
      .where(and(eq(bookings.sessionId, sessionId), eq(bookings.status, 'waiting')))
      .orderBy(asc(bookings.askedAt), asc(bookings.id))
      .limit(next.capacity! - booked.length)
      .all()
    for (const b of waiting) {
      tx.update(bookings).set({ status: 'booked' }).where(eq(bookings.id, b.id)).run()
    }
    return { booked, promoted: waiting.map((b) => b.userId) }
  })
  if (!result.promoted) {
    return {
      ok: false,
      errors: {
        capacity: t(M.keepPlaces, { count: result.booked.length }),
      },
    }
  }
  const changed = sessionWithCourse(sessionId)!.session
  if (moved) {
    tellEach(
      result.booked.map((b) => b.userId),
      'session-changed',
      changed,
      course,
    )
  }
  tellEach(result.promoted, 'promoted', changed, course)
  return { ok: true }
}

/** The people booked and waiting on a session, for those who run it. */
export function sessionBookings(actor: SessionUser, sessionId: number) {
  const found = sessionWithCourse(sessionId)
  if (!found || !mayRunCourse(actor, found.course)) return undefined
  const people = db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      jobRole: users.jobRole,
      status: bookings.status,
      askedAt: bookings.askedAt,
    })
    .from(bookings)
    .innerJoin(users, eq(users.id, bookings.userId))
    .where(and(eq(bookings.sessionId, sessionId), inArray(bookings.status, ['booked', 'waiting'])))
    .orderBy(asc(bookings.askedAt), asc(bookings.id))
    .all()
  return { ...found, people }
}

function tell(person: Person, kind: BookingEmail, session: Session, course: Course) {
  sendInBackground(`booking ${kind}`, () => sendBookingEmail(kind, person, session, course))
}

/** The same news to each of these people (by id), each in an email of their own. */
function tellEach(userIds: string[], kind: BookingEmail, session: Session, course: Course) {
  for (const userId of userIds) {
    const person = personById(userId)
    if (person) tell(person, kind, session, course)
  }
}
