/**
 * An organisation lead's view of live training (decision 016): booking their staff onto
 * sessions, and seeing their staff's places and attendance. Each booking goes through
 * bookSession, so the places, the waiting list and the emails work as when people book
 * themselves; whom the lead may book is asked of the policy module.
 */
import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, lte, or } from 'drizzle-orm'
import { z } from 'zod'
import {
  mayBookFor,
  peopleInScope,
  scopeFor,
  sessionClosedReason,
  type Scope,
} from '#app/auth/permissions.server.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import {
  bookings,
  courseSessions,
  courses,
  db,
  users,
  type SessionAudience,
} from '#app/db.server.ts'
import { createI18n, type Translator } from '#app/i18n/i18n.ts'
import { bookSession } from './bookings.server.ts'
import { placesTaken } from './courses.server.ts'
import { LIVE_TRAINING_MESSAGES as M } from './labels.ts'

const HOUR = 60 * 60 * 1000
const english = createI18n('en').t

/**
 * Why a session is not open to a member of staff, in the reader's language: the fixed reasons
 * stay English keys (the page translates them), the job roles are filled in here.
 */
function whyClosed(
  person: Parameters<typeof sessionClosedReason>[0],
  course: { vruId: number | null },
  audience: SessionAudience,
  t: Translator,
) {
  const reason = sessionClosedReason(person, course, audience)
  const fixed: string[] = [M.noVru, M.otherVru, M.otherOrganisations]
  if (reason === null || fixed.includes(reason) || audience.kind !== 'job-roles') return reason
  return t(M.otherJobRoles, { roles: audience.jobRoles.join(', ') })
}

/** The active people a person may book for (a lead: their organisation's staff), by name. */
function staffOf(actor: SessionUser) {
  return db
    .select()
    .from(users)
    .where(and(peopleInScope(scopeFor(actor)), eq(users.active, true)))
    .orderBy(asc(users.name))
    .all()
    .filter((person) => mayBookFor(actor, person))
}

function upcomingSessions(now: Date, sessionId?: number) {
  return db
    .select({ session: courseSessions, course: courses })
    .from(courseSessions)
    .innerJoin(courses, eq(courses.id, courseSessions.courseId))
    .where(
      and(
        gt(courseSessions.startsAt, now),
        isNull(courseSessions.cancelledAt),
        sessionId === undefined ? undefined : eq(courseSessions.id, sessionId),
      ),
    )
    .orderBy(asc(courseSessions.startsAt))
    .all()
}

/** The staff's places (booked or waiting) on these sessions, by session and person. */
function staffPlaces(actor: SessionUser, sessionIds: number[]) {
  const places = new Map<string, 'booked' | 'waiting'>()
  if (sessionIds.length === 0) return places
  const rows = db
    .select({ sessionId: bookings.sessionId, userId: bookings.userId, status: bookings.status })
    .from(bookings)
    .innerJoin(users, eq(users.id, bookings.userId))
    .where(
      and(
        peopleInScope(scopeFor(actor)),
        inArray(bookings.sessionId, sessionIds),
        inArray(bookings.status, ['booked', 'waiting']),
      ),
    )
    .all()
  for (const r of rows) places.set(`${r.sessionId}:${r.userId}`, r.status as 'booked' | 'waiting')
  return places
}

/**
 * Sessions to come that are open to at least one of the person's staff, soonest first, with
 * how many of their staff it is open to and how many have a place or are waiting.
 */
export function sessionsOpenToStaff(actor: SessionUser, now = new Date()) {
  const staff = staffOf(actor)
  const sessions = upcomingSessions(now)
  const places = staffPlaces(
    actor,
    sessions.map((s) => s.session.id),
  )
  return sessions.flatMap(({ session, course }) => {
    const open = staff.filter(
      (p) => sessionClosedReason(p, course, session.audience) === null,
    ).length
    const mine = staff.map((p) => places.get(`${session.id}:${p.id}`))
    if (open === 0 && !mine.some(Boolean)) return []
    return [
      {
        session,
        course,
        openTo: open,
        booked: mine.filter((s) => s === 'booked').length,
        waiting: mine.filter((s) => s === 'waiting').length,
      },
    ]
  })
}

/**
 * A session to come, for booking the person's staff onto it: each member of staff with their
 * place and, where it is not open to them, why. Undefined when the session is not there, is
 * over or cancelled, or is open to none of them and none has a place (routes answer 404).
 */
export function staffForSession(
  actor: SessionUser,
  sessionId: number,
  now = new Date(),
  t: Translator = english,
) {
  const found = upcomingSessions(now, sessionId)[0]
  if (!found) return undefined
  const { session, course } = found
  const places = staffPlaces(actor, [session.id])
  const staff = staffOf(actor).map((p) => ({
    id: p.id,
    name: p.name,
    email: p.email,
    jobRole: p.jobRole,
    closedReason: whyClosed(p, course, session.audience, t),
    status: places.get(`${session.id}:${p.id}`) ?? null,
  }))
  if (staff.every((p) => p.closedReason !== null && p.status === null)) return undefined
  const taken = placesTaken([session.id]).get(session.id) ?? { booked: 0, waiting: 0 }
  return {
    session: { ...session, joiningLink: null },
    course,
    placesLeft: Math.max(0, session.capacity - taken.booked),
    waiting: taken.waiting,
    mayCancel: now.getTime() <= session.startsAt.getTime() - session.cancelUpToHours * HOUR,
    staff,
  }
}

export const StaffBookingIntentSchema = z.enum(['book-staff', 'cancel-staff'])

export const BookStaffSchema = z.object({
  // one ticked box arrives as a string, several as a list
  people: z.preprocess(
    (v) => (v === undefined ? [] : [v].flat()),
    z.array(z.string().trim().min(1).max(64)).min(1, M.chooseStaff).max(1000, M.tooManyStaff),
  ),
})

export type StaffBookingOutcome =
  'booked' | 'waiting' | 'already-booked' | 'already-waiting' | 'not-open' | 'refused'

export type StaffBookingResult = {
  personId: string
  name: string
  outcome: StaffBookingOutcome
  /** why it is not open to them, or why the booking was refused */
  reason: string | null
}

/**
 * Books each chosen member of staff onto a session: a place while there is one, else the
 * waiting list, in the order they are listed. Someone already booked or waiting keeps their
 * place; someone the session is not open to is told why; anyone not the person's staff is
 * refused.
 */
export function bookStaff(
  actor: SessionUser,
  sessionId: number,
  personIds: string[],
  now = new Date(),
  t: Translator = english,
): StaffBookingResult[] {
  const found = upcomingSessions(now, sessionId)[0]
  const staff = new Map(staffOf(actor).map((p) => [p.id, p]))
  const places = staffPlaces(actor, [sessionId])
  return [...new Set(personIds)].map((personId) => {
    const person = staff.get(personId)
    if (!person) {
      return { personId, name: '', outcome: 'refused', reason: M.notYourStaff }
    }
    const result = (outcome: StaffBookingOutcome, reason: string | null = null) => ({
      personId,
      name: person.name,
      outcome,
      reason,
    })
    if (!found) return result('refused', M.sessionGone)
    const place = places.get(`${sessionId}:${personId}`)
    if (place) return result(place === 'booked' ? 'already-booked' : 'already-waiting')
    const closed = whyClosed(person, found.course, found.session.audience, t)
    if (closed) return result('not-open', closed)
    const answer = bookSession(actor, personId, sessionId, now)
    return answer.ok ? result(answer.status) : result('refused', answer.message)
  })
}

/** The most rows of each list on the organisation page: the next and the latest. */
export const STAFF_LIVE_TRAINING_ROWS = 50

/**
 * The live training of the people in a scope (a lead's: their staff): places to come, soonest
 * first, and sessions past with their attendance, latest first; each list capped, with its
 * full count. Four queries, whatever the number of staff.
 */
export function staffLiveTraining(scope: Scope, now = new Date()) {
  const columns = {
    bookingId: bookings.id,
    userId: users.id,
    name: users.name,
    jobRole: users.jobRole,
    course: courses.title,
    startsAt: courseSessions.startsAt,
    durationMinutes: courseSessions.durationMinutes,
    status: bookings.status,
    attendance: bookings.attendance,
  }
  const base = () =>
    db
      .select(columns)
      .from(bookings)
      .innerJoin(users, eq(users.id, bookings.userId))
      .innerJoin(courseSessions, eq(courseSessions.id, bookings.sessionId))
      .innerJoin(courses, eq(courses.id, courseSessions.courseId))
  const counted = () =>
    db
      .select({ n: count() })
      .from(bookings)
      .innerJoin(users, eq(users.id, bookings.userId))
      .innerJoin(courseSessions, eq(courseSessions.id, bookings.sessionId))
  const upcoming = and(
    peopleInScope(scope),
    gt(courseSessions.startsAt, now),
    isNull(courseSessions.cancelledAt),
    inArray(bookings.status, ['booked', 'waiting']),
  )
  // a late cancellation is on the register even though the place was given up
  const past = and(
    peopleInScope(scope),
    lte(courseSessions.startsAt, now),
    isNull(courseSessions.cancelledAt),
    or(eq(bookings.status, 'booked'), isNotNull(bookings.attendance)),
  )
  return {
    upcoming: base()
      .where(upcoming)
      .orderBy(asc(courseSessions.startsAt), asc(users.name))
      .limit(STAFF_LIVE_TRAINING_ROWS)
      .all(),
    upcomingTotal: counted().where(upcoming).get()?.n ?? 0,
    past: base()
      .where(past)
      .orderBy(desc(courseSessions.startsAt), asc(users.name))
      .limit(STAFF_LIVE_TRAINING_ROWS)
      .all(),
    pastTotal: counted().where(past).get()?.n ?? 0,
  }
}
export type StaffLiveTraining = ReturnType<typeof staffLiveTraining>
