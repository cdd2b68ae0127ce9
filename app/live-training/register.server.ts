/**
 * The register of a live session (decision 016): the trainer marks each person booked attended,
 * partly attended, absent or cancelled late, and adds walk-ins. Attendance that counts (attended,
 * or partly where the course says so) is a completion of the course, the record reports count
 * and certificates check; a corrected mark takes it away again. One transaction per save.
 */
import crypto from 'node:crypto'
import { and, asc, eq } from 'drizzle-orm'
import { z } from 'zod'
import { mayRunCourse } from '#app/auth/permissions.server.ts'
import { sendPasswordLink } from '#app/auth/password-reset.server.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import { latestPublishedVersion } from '#app/authoring/modules.server.ts'
import {
  ATTENDANCES,
  type Attendance,
  bookings,
  completions,
  courseSessions,
  courses,
  db,
  organisations,
  sqlite,
  users,
} from '#app/db.server.ts'
import { createI18n, type Language, type Translator } from '#app/i18n/i18n.ts'
import { i18nFor } from '#app/i18n/language.server.ts'
import { renewalBy } from '#app/learning/in-date.server.ts'
import { codeForCertificate } from '#app/learning/progress.server.ts'
import {
  recordCompletionInReports,
  removeCompletionFromReports,
} from '#app/reporting/summary/record.server.ts'
import { sendEmail, sendInBackground } from '#app/utils/email.server.ts'
import { env } from '#app/utils/env.server.ts'
import { type FieldErrors } from '#app/utils/forms.ts'
import { organisationChoices } from './courses.server.ts'
import { LIVE_TRAINING_MESSAGES as M } from './labels.ts'

const english = createI18n('en').t

type Session = typeof courseSessions.$inferSelect
type Course = typeof courses.$inferSelect

/** The register opens an hour before the start (people arrive early) and stays open after. */
export const REGISTER_OPENS_BEFORE_MS = 60 * 60 * 1000

export const RegisterIntentSchema = z.enum(['save-register', 'add-walk-in'])

/** Each person's mark, as `b<booking id>`; a person not yet marked sends nothing. */
export const MarksSchema = z
  .object({ intent: z.literal('save-register') })
  .catchall(z.enum(ATTENDANCES, { error: M.mark }))

export const WalkInSchema = z.object({
  name: z.string({ error: M.name }).trim().min(1, M.name).max(120, M.nameTooLong),
  email: z
    .string({ error: M.email })
    .trim()
    .toLowerCase()
    .max(254, M.emailTooLong)
    .pipe(z.email({ error: M.emailForm })),
  organisationId: z.coerce.number().int().positive().optional(),
})
export type WalkInInput = z.infer<typeof WalkInSchema>

/** Whether a mark makes the attendance a completion of the course. */
export function attendanceCounts(mark: Attendance | null, course: Pick<Course, 'partialCounts'>) {
  return mark === 'attended' || (mark === 'partial' && course.partialCounts)
}

function sessionToRegister(actor: SessionUser, sessionId: number) {
  const found = db
    .select({ session: courseSessions, course: courses })
    .from(courseSessions)
    .innerJoin(courses, eq(courses.id, courseSessions.courseId))
    .where(eq(courseSessions.id, sessionId))
    .get()
  return found && mayRunCourse(actor, found.course) ? found : undefined
}

/** Why the register cannot be taken now, or null when it can. */
function closedBecause(session: Session, now: Date) {
  if (session.cancelledAt) return M.sessionCancelledRegister
  if (now.getTime() < session.startsAt.getTime() - REGISTER_OPENS_BEFORE_MS) {
    return M.registerNotOpen
  }
  return null
}

function registerRows(sessionId: number) {
  return db
    .select({
      bookingId: bookings.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      organisation: organisations.name,
      attendance: bookings.attendance,
      walkIn: bookings.walkIn,
    })
    .from(bookings)
    .innerJoin(users, eq(users.id, bookings.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(bookings.sessionId, sessionId), eq(bookings.status, 'booked')))
    .orderBy(asc(users.name), asc(bookings.id))
    .all()
}

/** The register as the trainer sees it; undefined when it is not theirs to take (404). */
export function registerFor(actor: SessionUser, sessionId: number, now = new Date()) {
  const found = sessionToRegister(actor, sessionId)
  if (!found) return undefined
  return {
    ...found,
    closedBecause: closedBecause(found.session, now),
    people: registerRows(sessionId),
    organisations: organisationChoices(found.course),
  }
}

/** A completion of the course for one person's attendance, counted in reports. */
function recordAttendance(userId: string, session: Session, course: Course, now: Date) {
  const person = db.select().from(users).where(eq(users.id, userId)).get()!
  // completed when the session ended, or now for a register taken before the end
  const end = session.startsAt.getTime() + session.durationMinutes * 60_000
  const at = new Date(Math.min(end, now.getTime()))
  const covered = course.coversModule && course.moduleId ? course.moduleId : null
  const version = covered ? latestPublishedVersion(covered) : undefined
  const completion = db
    .insert(completions)
    .values({
      userId,
      moduleId: version ? covered : null,
      moduleVersionId: version?.id ?? null,
      courseId: course.id,
      sessionId: session.id,
      delivery: session.mode === 'online' ? 'live_online' : 'live_in_person',
      vruId: person.vruId,
      organisationId: person.organisationId,
      sector: person.sector,
      completedAt: at,
      cpdMinutes: course.cpdMinutes,
      certificateCode: codeForCertificate(),
      ...(version && covered
        ? renewalBy(userId, covered, at)
        : { renewsModuleId: null, validUntil: null }),
    })
    .returning({ id: completions.id })
    .get()
  recordCompletionInReports(completion.id)
  return completion.id
}

function attendanceOf(sessionId: number, userId: string) {
  return db
    .select({ id: completions.id })
    .from(completions)
    .where(and(eq(completions.sessionId, sessionId), eq(completions.userId, userId)))
    .get()
}

/**
 * Turns marks into completions and back, for the people whose mark changed; returns the
 * attendances newly recorded.
 */
function applyMarks(
  session: Session,
  course: Course,
  changes: { bookingId: number; userId: string; mark: Attendance }[],
  now: Date,
) {
  const recorded: Recorded[] = []
  for (const { bookingId, userId, mark } of changes) {
    db.update(bookings).set({ attendance: mark }).where(eq(bookings.id, bookingId)).run()
    const existing = attendanceOf(session.id, userId)
    if (attendanceCounts(mark, course) && !existing) {
      recorded.push({ userId, completionId: recordAttendance(userId, session, course, now) })
    }
    if (!attendanceCounts(mark, course) && existing) {
      removeCompletionFromReports(existing.id)
      db.delete(completions).where(eq(completions.id, existing.id)).run()
    }
  }
  return recorded
}

type Recorded = { userId: string; completionId: number }

/** Each person newly recorded as attending: thanks, their certificate, and the questions. */
function thankAttendees(session: Session, course: Course, recorded: Recorded[]) {
  for (const { userId, completionId } of recorded) {
    const person = db.select().from(users).where(eq(users.id, userId)).get()
    if (!person) continue
    sendInBackground('attendance thanks', () =>
      sendEmail(thanksEmail(person, session, course, completionId)),
    )
  }
}

/** The thank-you for coming, in the language on the person's account. */
function thanksEmail(
  person: Pick<typeof users.$inferSelect, 'email' | 'name' | 'language'>,
  session: Pick<Session, 'startsAt'>,
  course: Pick<Course, 'title' | 'cpdMinutes'>,
  completionId: number,
) {
  const i18n = i18nFor(person.language)
  const { t } = i18n
  return {
    to: person.email,
    subject: t('Thank you for coming to {{title}}', { title: course.title }),
    text: [
      t('Hello {{name}},', { name: person.name }),
      '',
      i18n.plural(
        course.cpdMinutes,
        {
          one: 'Thank you for coming to {{title}} on {{day}}. Your attendance is recorded on Upstream, with a certificate and {{count}} minute of CPD:',
          other:
            'Thank you for coming to {{title}} on {{day}}. Your attendance is recorded on Upstream, with a certificate and {{count}} minutes of CPD:',
        },
        { title: course.title, day: i18n.date(session.startsAt) },
      ),
      '',
      `${env.APP_ORIGIN}/learn/certificates`,
      '',
      t(
        'Three short questions ask how confident you felt before the session and feel now. Your answers are only counted together with others’, to show whether the training helps:',
      ),
      '',
      `${env.APP_ORIGIN}/training/attended/${completionId}`,
    ].join('\n'),
  }
}

export type RegisterSaved =
  { ok: true; marked: number; attended: number } | { ok: false; errors: FieldErrors }

/**
 * Saves the marks sent (`b<booking id>` to a mark). People not in the form keep theirs; a
 * booking cancelled meanwhile is left out. Saving again with the same marks changes nothing.
 */
export function saveRegister(
  actor: SessionUser,
  sessionId: number,
  marks: Record<string, Attendance>,
  now = new Date(),
): RegisterSaved | undefined {
  const found = sessionToRegister(actor, sessionId)
  if (!found) return undefined
  const closed = closedBecause(found.session, now)
  if (closed) return { ok: false, errors: { form: closed } }
  const saved = sqlite.transaction(() => {
    const rows = registerRows(sessionId)
    const changes = rows.flatMap((row) => {
      const mark = marks[`b${row.bookingId}`]
      return mark && mark !== row.attendance ? [{ ...row, mark }] : []
    })
    const recorded = applyMarks(found.session, found.course, changes, now)
    if (!found.session.registerTakenAt) {
      db.update(courseSessions)
        .set({ registerTakenAt: now })
        .where(eq(courseSessions.id, sessionId))
        .run()
    }
    const after = registerRows(sessionId)
    return {
      recorded,
      marked: after.filter((r) => r.attendance !== null).length,
      attended: after.filter((r) => attendanceCounts(r.attendance, found.course)).length,
    }
  })()
  thankAttendees(found.session, found.course, saved.recorded)
  return { ok: true, marked: saved.marked, attended: saved.attended }
}

export type WalkInAdded =
  { ok: true; name: string; invited: boolean } | { ok: false; errors: FieldErrors }

/**
 * Adds someone who came without booking, marked attended. Someone new gets an account in the
 * organisation chosen, and an email to choose a password, so the attendance is theirs.
 */
export function addWalkIn(
  actor: SessionUser,
  sessionId: number,
  input: WalkInInput,
  now = new Date(),
  t: Translator = english,
): WalkInAdded | undefined {
  const found = sessionToRegister(actor, sessionId)
  if (!found) return undefined
  const { session, course } = found
  const closed = closedBecause(session, now)
  if (closed) return { ok: false, errors: { email: closed } }
  const existing = db.select().from(users).where(eq(users.email, input.email)).get()
  if (existing && course.vruId !== null && existing.vruId !== course.vruId) {
    // the same words whether the address is unknown to this unit or another's: nothing leaks
    return {
      ok: false,
      errors: {
        email: M.addressRefused,
      },
    }
  }
  const organisation = input.organisationId
    ? organisationChoices(course).find((o) => o.id === input.organisationId)
    : undefined
  if (!existing && !organisation) {
    return {
      ok: false,
      errors: {
        organisationId: M.whereTheyWork,
      },
    }
  }
  const result = sqlite.transaction(() => {
    const person =
      existing ??
      db
        .insert(users)
        .values({
          id: crypto.randomUUID(),
          email: input.email,
          name: input.name,
          role: 'learner',
          vruId: organisationVru(organisation!.id),
          organisationId: organisation!.id,
        })
        .returning()
        .get()
    const booking = db
      .select()
      .from(bookings)
      .where(and(eq(bookings.sessionId, sessionId), eq(bookings.userId, person.id)))
      .get()
    if (booking?.status === 'booked') {
      return { person, already: true }
    }
    const values = { status: 'booked' as const, walkIn: true, askedAt: now, cancelledAt: null }
    const bookingId = booking
      ? db
          .update(bookings)
          .set(values)
          .where(eq(bookings.id, booking.id))
          .returning({ id: bookings.id })
          .get().id
      : db
          .insert(bookings)
          .values({ ...values, sessionId, userId: person.id, bookedById: actor.id })
          .returning({ id: bookings.id })
          .get().id
    const recorded = applyMarks(
      session,
      course,
      [{ bookingId, userId: person.id, mark: 'attended' }],
      now,
    )
    return { person, already: false, recorded }
  })()
  if (result.already) {
    return { ok: false, errors: { email: t(M.alreadyOnRegister, { name: result.person.name }) } }
  }
  // someone new hears once, with the link to choose a password: in the trainer's language, as
  // an invitation is in the inviter's, since a new account has no language of its own yet
  if (existing) thankAttendees(session, course, result.recorded ?? [])
  else {
    const { person } = result
    const language = person.language ?? actor.language ?? null
    sendInBackground('walk-in welcome', () =>
      sendPasswordLink(person, walkInEmail(language, course)),
    )
  }
  return { ok: true, name: result.person.name, invited: !existing }
}

/** The first email of someone new added at a session, with the link to choose a password. */
function walkInEmail(language: Language | null, course: Pick<Course, 'title'>) {
  const { t } = i18nFor(language)
  return {
    subject: t('Your attendance at {{title}} is recorded on Upstream', { title: course.title }),
    lines: [
      t(
        'You came to {{title}}, and the trainer added you to the register. An Upstream account has been made for you so the attendance, its certificate and CPD minutes are yours.',
        { title: course.title },
      ),
      t(
        'To choose a password and sign in, open this link within 7 days (after that, use "Forgotten your password?" on the sign-in page):',
      ),
    ],
    lifetimeMs: 7 * 24 * 60 * 60 * 1000,
    language,
  }
}

function organisationVru(organisationId: number) {
  return db
    .select({ vruId: organisations.vruId })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get()!.vruId
}
