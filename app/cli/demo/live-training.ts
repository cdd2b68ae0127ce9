/**
 * Demo live training (decision 016): the Merseyside trainer's workshop on trauma-informed
 * responses, with an in-person session next week that Riverside staff have booked and an online
 * webinar that is full with a waiting list, so /training and the trainer's pages show both on
 * any day the demo is started. Made through the same functions the pages call.
 */
import { eq } from 'drizzle-orm'
import { courses, db, users } from '#app/db.server.ts'
import { bookSession } from '#app/live-training/bookings.server.ts'
import {
  CourseSchema,
  createCourse,
  scheduleSession,
  SessionSchema,
} from '#app/live-training/courses.server.ts'
import { londonDay } from '#app/utils/uk-dates.ts'

const DAY = 24 * 60 * 60 * 1000

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
  // Riverside staff book: the first three fill the webinar, the next two wait
  for (let i = 1; i <= 8; i++) {
    const staff = person(`riverside${i}@demo.upstream.test`)
    if (!staff) continue
    bookSession(staff, staff.id, inPerson.id, now)
    if (i <= 5) bookSession(staff, staff.id, online.id, now)
  }
  return true
}
