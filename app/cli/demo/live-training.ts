/**
 * Demo live training (decision 016): the Merseyside trainer's workshop on trauma-informed
 * responses, with an in-person session next week that Riverside staff have booked and an online
 * webinar that is full with a waiting list, so /training and the trainer's pages show both on
 * any day the demo is started; and an in-person session three weeks ago whose register is taken,
 * so the reports count its attendance (live in person) in this financial year. Made through the
 * same functions the pages call, and the register's rows as the register writes them.
 */
import { eq } from 'drizzle-orm'
import { bookings, completions, courses, courseSessions, db, users } from '#app/db.server.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import { codeForCertificate } from '#app/learning/progress.server.ts'
import { bookSession } from '#app/live-training/bookings.server.ts'
import {
  CourseSchema,
  createCourse,
  scheduleSession,
  SessionSchema,
} from '#app/live-training/courses.server.ts'
import { currentFinancialYear, periodRange } from '#app/reporting/periods.ts'
import { recordCompletionInReports } from '#app/reporting/summary/record.server.ts'
import { londonDay } from '#app/utils/uk-dates.ts'

const DAY = 24 * 60 * 60 * 1000
type User = typeof users.$inferSelect

function person(email: string) {
  return db.select().from(users).where(eq(users.email, email)).get()
}

/** Only into a database with no courses yet. */
export function seedDemoLiveTraining(now = new Date()) {
  if (db.select({ id: courses.id }).from(courses).get()) return false
  const trainer = person('trainer.merseyside@demo.upstream.test')
  if (!trainer) return false
  const course = createCourse(
    trainer,
    CourseSchema.parse({
      title: 'Responding to distress: a trauma-informed workshop',
      summary:
        'Two hours, in the room or online, on noticing distress, staying regulated and responding in ways that help a child feel safe. For all school staff.',
      practiceLevel: 'trauma-skilled',
      audience: 'all-staff',
      cpdMinutes: 120,
      partialCounts: false,
    }),
  )
  if (!course.ok) return false
  const day = (days: number) => londonDay(now.getTime() + days * DAY)
  const inPerson = scheduleSession(
    trainer,
    course.id,
    SessionSchema.parse({
      mode: 'in_person',
      day: day(7),
      time: '15:45',
      durationMinutes: 120,
      capacity: 25,
      venue: 'Riverside Academy, main hall',
      address: 'Park Road, Liverpool',
      accessibility: 'Step-free entrance from the car park; hearing loop in the hall.',
      cancelUpToHours: 24,
      audience: 'unit',
    }),
    now,
  )
  const online = scheduleSession(
    trainer,
    course.id,
    SessionSchema.parse({
      mode: 'online',
      day: day(14),
      time: '16:00',
      durationMinutes: 90,
      capacity: 3,
      joiningLink: 'https://meet.example.test/upstream-demo-webinar',
      cancelUpToHours: 24,
      audience: 'unit',
    }),
    now,
  )
  if (!inPerson.ok || !online.ok) return false
  const riverside = Array.from({ length: 8 }, (_, i) =>
    person(`riverside${i + 1}@demo.upstream.test`),
  )
  runPastSession(
    trainer,
    course.id,
    riverside.filter((p): p is User => p !== undefined),
    now,
  )
  // Riverside staff book: the first three fill the webinar, the next two wait
  for (let i = 1; i <= 8; i++) {
    const staff = person(`riverside${i}@demo.upstream.test`)
    if (!staff) continue
    bookSession(staff, staff.id, inPerson.id, now)
    if (i <= 5) bookSession(staff, staff.id, online.id, now)
  }
  return true
}

/**
 * A session of the course three weeks ago (in this financial year, however early in it the demo
 * starts), all of `staff` booked and attending, its register taken: each attendance a completion
 * with the course's CPD minutes and a certificate, counted by the reports in its transaction.
 * The demo's Riverside staff finished their modules at least 60 days ago, so their completions
 * are counted in time order, as the summary needs.
 */
function runPastSession(trainer: SessionUser, courseId: number, staff: User[], now: Date) {
  const yearStart = periodRange(currentFinancialYear(now.getTime())).start
  const startsAt = Math.max(now.getTime() - 21 * DAY, (yearStart + now.getTime()) / 2)
  // scheduled a month before it ran, as it would have been
  const then = new Date(startsAt - 30 * DAY)
  const session = scheduleSession(
    trainer,
    courseId,
    SessionSchema.parse({
      mode: 'in_person',
      day: londonDay(startsAt),
      time: '15:45',
      durationMinutes: 120,
      capacity: 25,
      venue: 'Riverside Academy, library',
      address: 'Park Road, Liverpool',
      cancelUpToHours: 24,
      audience: 'unit',
    }),
    then,
  )
  if (!session.ok) return
  const course = db.select().from(courses).where(eq(courses.id, courseId)).get()!
  const sessionRow = db
    .select({ startsAt: courseSessions.startsAt, durationMinutes: courseSessions.durationMinutes })
    .from(courseSessions)
    .where(eq(courseSessions.id, session.id))
    .get()!
  const ended = new Date(sessionRow.startsAt.getTime() + sessionRow.durationMinutes * 60_000)
  // on the first day of a financial year there is no past session in it to show
  if (ended.getTime() >= now.getTime()) return
  db.transaction((tx) => {
    for (const person of staff) {
      tx.insert(bookings)
        .values({
          sessionId: session.id,
          userId: person.id,
          status: 'booked',
          askedAt: then,
          attendance: 'attended',
        })
        .run()
      const completion = tx
        .insert(completions)
        .values({
          userId: person.id,
          courseId,
          sessionId: session.id,
          delivery: 'live_in_person',
          vruId: person.vruId,
          organisationId: person.organisationId,
          sector: person.sector,
          completedAt: ended,
          cpdMinutes: course.cpdMinutes,
          certificateCode: codeForCertificate(),
        })
        .returning({ id: completions.id })
        .get()
      // in the same transaction, as every completion is counted
      recordCompletionInReports(completion.id)
    }
    tx.update(courseSessions)
      .set({ registerTakenAt: ended })
      .where(eq(courseSessions.id, session.id))
      .run()
  })
}
