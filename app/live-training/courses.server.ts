/**
 * Courses of live training and their sessions (decision 016): made by trainers and VRU leads
 * for their unit, by administrators for every unit. Who may do what is asked of the policy
 * module; these functions take the person acting and typed input, and return data or the
 * problems to show beside each field.
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm'
import { z } from 'zod'
import {
  courseRunnersOf,
  coursesInScope,
  mayRunCourse,
  newCourseOwner,
} from '#app/auth/permissions.server.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import {
  AUDIENCES,
  bookings,
  courseSessions,
  courses,
  db,
  organisations,
  PRACTICE_LEVELS,
  SESSION_MODES,
  sessionTrainers,
  users,
  type SessionAudience,
} from '#app/db.server.ts'
import { listCatalogue } from '#app/learning/catalogue.server.ts'
import { type FieldErrors } from '#app/utils/forms.ts'
import { isRealDay, ukInstant } from '#app/utils/uk-dates.ts'
import { LIVE_TRAINING_MESSAGES as M } from './labels.ts'

type Done = { ok: true; id: number } | { ok: false; errors: FieldErrors }

const text = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((v) => (v ? v : undefined))

export const CourseSchema = z
  .object({
    title: z.string({ error: M.title }).trim().min(1, M.title).max(120, M.titleTooLong),
    summary: z.string({ error: M.summary }).trim().min(1, M.summary).max(1000, M.summaryTooLong),
    practiceLevel: z.enum(PRACTICE_LEVELS, { error: M.practiceLevel }),
    audience: z.enum(AUDIENCES, { error: M.audience }),
    cpdMinutes: z.coerce
      .number({ error: M.cpdMinutes })
      .int(M.wholeCpdMinutes)
      .min(15, M.fewCpdMinutes)
      .max(2400, M.manyCpdMinutes),
    partialCounts: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
    moduleId: z.coerce.number().int().positive().optional(),
    coversModule: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
  })
  .refine((c) => !c.coversModule || c.moduleId !== undefined, {
    path: ['moduleId'],
    message: M.coveredModule,
  })
export type CourseInput = z.infer<typeof CourseSchema>

export function createCourse(actor: SessionUser, input: CourseInput): Done {
  const vruId = newCourseOwner(actor)
  if (!mayRunCourse(actor, { vruId })) {
    return { ok: false, errors: { title: M.mayNotMakeCourses } }
  }
  if (input.moduleId && !moduleChoices(actor).some((m) => m.moduleId === input.moduleId)) {
    return { ok: false, errors: { moduleId: M.moduleListed } }
  }
  const course = db
    .insert(courses)
    .values({ ...input, vruId, createdById: actor.id })
    .returning({ id: courses.id })
    .get()
  return { ok: true, id: course.id }
}

/** The modules a course may go with: those the course's unit may use. */
export function moduleChoices(actor: SessionUser) {
  return listCatalogue(newCourseOwner(actor)).map(({ moduleId, title, translations }) => ({
    moduleId,
    title,
    translations,
  }))
}

/** The courses the person runs, each with how many sessions are still to come. */
export function listCourses(actor: SessionUser, now = new Date()) {
  return db
    .select({
      id: courses.id,
      title: courses.title,
      practiceLevel: courses.practiceLevel,
      cpdMinutes: courses.cpdMinutes,
      upcoming: sql<number>`(select count(*) from ${courseSessions}
        where ${courseSessions.courseId} = ${courses.id} and ${courseSessions.cancelledAt} is null
          and ${courseSessions.startsAt} > ${now.getTime()})`,
    })
    .from(courses)
    .where(coursesInScope(actor, courses.vruId))
    .orderBy(asc(courses.title))
    .all()
}

/** A course the person may run, or undefined (routes answer 404). */
export function courseToRun(actor: SessionUser, courseId: number) {
  const course = db.select().from(courses).where(eq(courses.id, courseId)).get()
  return course && mayRunCourse(actor, course) ? course : undefined
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

export const SessionSchema = z
  .object({
    mode: z.enum(SESSION_MODES, { error: M.mode }),
    day: z.string({ error: M.day }).trim().regex(DAY, M.dayForm).refine(isRealDay, M.realDay),
    time: z.string({ error: M.time }).trim().regex(TIME, M.timeForm),
    durationMinutes: z.coerce
      .number({ error: M.duration })
      .int(M.wholeDuration)
      .min(15, M.shortDuration)
      .max(600, M.longDuration),
    capacity: z.coerce
      .number({ error: M.capacity })
      .int(M.wholeCapacity)
      .min(1, M.noCapacity)
      .max(1000, M.largeCapacity),
    venue: text(200, M.venueTooLong),
    address: text(500, M.addressTooLong),
    accessibility: text(1000, M.accessibilityTooLong),
    joiningLink: text(500, M.linkTooLong),
    cancelUpToHours: z.coerce
      .number({ error: M.cancelUpTo })
      .int(M.wholeCancelUpTo)
      .min(0, M.negativeCancelUpTo)
      .max(336, M.longCancelUpTo),
    audience: z.enum(['unit', 'organisations', 'job-roles', 'national'], {
      error: M.whoMayBook,
    }),
    // one ticked box arrives as a string, several as a list
    organisationIds: z.preprocess(
      (v) => (v === undefined ? [] : [v].flat()),
      z.array(z.coerce.number().int().positive()),
    ),
    jobRoles: text(1000, M.jobRolesTooLong),
    // none ticked: the person scheduling it (or, when changing it, the trainers as they are)
    trainerIds: z.preprocess((v) => (v === undefined ? [] : [v].flat()), z.array(z.string())),
  })
  .superRefine((s, ctx) => {
    const need = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message })
    if (s.mode === 'in_person') {
      if (!s.venue) need('venue', M.venue)
      if (!s.address) need('address', M.address)
    } else if (!s.joiningLink || !/^https:\/\/[^\s]+\.[^\s]+/.test(s.joiningLink)) {
      need('joiningLink', M.joiningLink)
    }
    if (s.audience === 'organisations' && s.organisationIds.length === 0)
      need('organisationIds', M.organisations)
    if (s.audience === 'job-roles' && jobRolesFrom(s.jobRoles).length === 0)
      need('jobRoles', M.jobRoles)
  })
export type SessionInput = z.infer<typeof SessionSchema>

const jobRolesFrom = (typed: string | undefined) =>
  (typed ?? '')
    .split(/[,\n]/)
    .map((r) => r.trim())
    .filter(Boolean)

function audienceFrom(input: SessionInput): SessionAudience {
  switch (input.audience) {
    case 'organisations':
      return { kind: 'organisations', organisationIds: [...new Set(input.organisationIds)] }
    case 'job-roles':
      return { kind: 'job-roles', jobRoles: jobRolesFrom(input.jobRoles) }
    default:
      return { kind: input.audience }
  }
}

/** The organisations a course's sessions may be opened to: its unit's (any, for a national one). */
export function organisationChoices(course: { vruId: number | null }) {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(course.vruId === null ? undefined : eq(organisations.vruId, course.vruId))
    .orderBy(asc(organisations.name))
    .all()
}

/**
 * A session's columns from the form, checked against the course and the clock: the start must
 * be to come, and chosen organisations must be of the course's unit.
 */
export function sessionValues(
  course: { vruId: number | null },
  input: SessionInput,
  now: Date,
):
  | {
      ok: true
      values: Omit<typeof courseSessions.$inferInsert, 'courseId'>
      trainerIds: string[]
    }
  | { ok: false; errors: FieldErrors } {
  const startsAt = ukInstant(input.day, input.time)
  if (startsAt.getTime() <= now.getTime()) {
    return { ok: false, errors: { day: M.passed } }
  }
  const audience = audienceFrom(input)
  if (audience.kind === 'organisations') {
    const allowed = new Set(organisationChoices(course).map((o) => o.id))
    if (audience.organisationIds.some((id) => !allowed.has(id))) {
      return { ok: false, errors: { organisationIds: M.unitOrganisations } }
    }
  }
  const runners = new Set(trainerChoices(course).map((t) => t.id))
  if (input.trainerIds.some((id) => !runners.has(id))) {
    return { ok: false, errors: { trainerIds: M.unitTrainers } }
  }
  const online = input.mode === 'online'
  return {
    ok: true,
    trainerIds: input.trainerIds,
    values: {
      mode: input.mode,
      venue: online ? null : (input.venue ?? null),
      address: online ? null : (input.address ?? null),
      accessibility: input.accessibility ?? null,
      joiningLink: online ? (input.joiningLink ?? null) : null,
      startsAt,
      durationMinutes: input.durationMinutes,
      capacity: input.capacity,
      audience,
      cancelUpToHours: input.cancelUpToHours,
    },
  }
}

/** Schedules a session of a course the person runs, with the trainers chosen (else them). */
export function scheduleSession(
  actor: SessionUser,
  courseId: number,
  input: SessionInput,
  now = new Date(),
): Done {
  const course = courseToRun(actor, courseId)
  if (!course) return { ok: false, errors: { mode: M.courseYouRun } }
  const checked = sessionValues(course, input, now)
  if (!checked.ok) return checked
  const id = db.transaction((tx) => {
    const session = tx
      .insert(courseSessions)
      .values({ courseId, ...checked.values })
      .returning({ id: courseSessions.id })
      .get()
    const trainers = checked.trainerIds.length > 0 ? checked.trainerIds : [actor.id]
    tx.insert(sessionTrainers)
      .values(trainers.map((userId) => ({ sessionId: session.id, userId })))
      .run()
    return session.id
  })
  return { ok: true, id }
}

/** The people who may be named a session's trainers (the policy module says who). */
export function trainerChoices(course: { vruId: number | null }) {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.active, true), courseRunnersOf(course)))
    .orderBy(asc(users.name))
    .all()
}

/** A session's trainers, by name. */
export function trainersOf(sessionId: number) {
  return db
    .select({ id: users.id, name: users.name })
    .from(sessionTrainers)
    .innerJoin(users, eq(users.id, sessionTrainers.userId))
    .where(eq(sessionTrainers.sessionId, sessionId))
    .orderBy(asc(users.name))
    .all()
}

/** A course's sessions, soonest first, each with its places taken and waiting list. */
export function sessionsOfCourse(courseId: number) {
  const sessions = db
    .select()
    .from(courseSessions)
    .where(eq(courseSessions.courseId, courseId))
    .orderBy(desc(courseSessions.startsAt))
    .all()
  const counts = placesTaken(sessions.map((s) => s.id))
  return sessions.map((s) => ({ ...s, ...(counts.get(s.id) ?? NO_PLACES_TAKEN) }))
}

export const NO_PLACES_TAKEN = {
  booked: 0,
  waiting: 0,
  attended: 0,
  partial: 0,
  absent: 0,
  cancelledLate: 0,
}

/** Places booked and people waiting per session, and once the register is taken, its marks. */
export function placesTaken(sessionIds: number[]) {
  const found = new Map<number, typeof NO_PLACES_TAKEN>()
  if (sessionIds.length === 0) return found
  // counted by the database, not a row per person brought back to be counted here
  const rows = db
    .select({
      sessionId: bookings.sessionId,
      booked: sql<number>`sum(${bookings.status} = 'booked')`,
      waiting: sql<number>`sum(${bookings.status} = 'waiting')`,
      attended: sql<number>`sum(${bookings.attendance} = 'attended')`,
      partial: sql<number>`sum(${bookings.attendance} = 'partial')`,
      absent: sql<number>`sum(${bookings.attendance} = 'absent')`,
      cancelledLate: sql<number>`sum(${bookings.attendance} = 'cancelled_late')`,
    })
    .from(bookings)
    .where(inArray(bookings.sessionId, sessionIds))
    .groupBy(bookings.sessionId)
    .all()
  for (const { sessionId, ...counts } of rows) found.set(sessionId, counts)
  return found
}
