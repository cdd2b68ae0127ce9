/**
 * The register of a live session (decision 016): marks turn attendance into completions of the
 * course, which reports count and certificates check; a corrected mark takes one away; walk-ins
 * are added, and someone new gets an account so the attendance is theirs.
 */
import { and, eq } from 'drizzle-orm'
import { describe, expect, test } from 'vitest'
import {
  bookings,
  completions,
  db,
  modules,
  moduleVersions,
  organisations,
  users,
} from '#app/db.server.ts'
import { importPacks } from '#app/learning/packs.server.ts'
import { findCertificate } from '#app/learning/certificates.server.ts'
import { bookSession } from '#app/live-training/bookings.server.ts'
import {
  CourseSchema,
  createCourse,
  scheduleSession,
  SessionSchema,
} from '#app/live-training/courses.server.ts'
import {
  addWalkIn,
  MarksSchema,
  registerFor,
  saveRegister,
  WalkInSchema,
} from '#app/live-training/register.server.ts'
import {
  attendedTraining,
  courseEvaluation,
  rateAttendance,
} from '#app/live-training/evaluation.server.ts'
import { customTotals } from '#app/reporting/custom-range/figures.server.ts'
import { monthRanges, periodKeysAt, periodRange } from '#app/reporting/periods.ts'
import { totalsFor } from '#app/reporting/summary/read.server.ts'
import { rebuildReportTotals } from '#app/reporting/summary/totals.server.ts'
import { backgroundMailSettled } from '#app/utils/email.server.ts'
import { addPerson, DEMO, emailsTo, sessionUser, vruId } from './helpers.ts'

const scheduledAt = new Date('2027-02-01T12:00:00Z')
// the session runs 16:00 to 17:30 UK time on 9 February 2027
const during = new Date('2027-02-09T16:45:00Z')

let counter = 0
const trainer = () => sessionUser(DEMO.merseysideTrainer)

function newPlace() {
  return db
    .insert(organisations)
    .values({
      vruId: vruId('merseyside'),
      name: `Register Place ${++counter}`,
      type: 'primary',
      localAuthority: 'Wirral',
    })
    .returning()
    .get()
}

function newSession(
  course: { partialCounts?: boolean; mode?: 'in_person' | 'online'; covers?: number } = {},
) {
  const created = createCourse(
    trainer(),
    CourseSchema.parse({
      title: `Responding to disclosures, live ${++counter}`,
      summary: 'What to say and do when a child tells you something worrying.',
      practiceLevel: 'trauma-skilled',
      audience: 'all-staff',
      cpdMinutes: '90',
      partialCounts: course.partialCounts ? 'on' : undefined,
      moduleId: course.covers ? String(course.covers) : undefined,
      coversModule: course.covers ? 'on' : undefined,
    }),
  )
  if (!created.ok) throw new Error(JSON.stringify(created.errors))
  const online = course.mode === 'online'
  const scheduled = scheduleSession(
    trainer(),
    created.id,
    SessionSchema.parse({
      mode: online ? 'online' : 'in_person',
      day: '2027-02-09',
      time: '16:00',
      durationMinutes: '90',
      capacity: '30',
      venue: online ? undefined : 'Brookside hall',
      address: online ? undefined : '2 Brook Lane, Wirral',
      joiningLink: online ? 'https://meet.example.test/abc' : undefined,
      cancelUpToHours: '24',
      audience: 'unit',
    }),
    scheduledAt,
  )
  if (!scheduled.ok) throw new Error(JSON.stringify(scheduled.errors))
  return scheduled.id
}

/** People of a new school, each booked on the session. */
function bookedPeople(sessionId: number, count: number) {
  const place = newPlace()
  return Array.from({ length: count }, () => {
    const email = addPerson(`register.${++counter}@example.test`, place.id)
    const person = sessionUser(email)
    const id = person.id
    expect(bookSession(person, id, sessionId, scheduledAt).ok).toBe(true)
    const booking = db
      .select()
      .from(bookings)
      .where(and(eq(bookings.sessionId, sessionId), eq(bookings.userId, id)))
      .get()!
    return { id, email, field: `b${booking.id}` }
  })
}

const attendanceOf = (sessionId: number, userId: string) =>
  db
    .select()
    .from(completions)
    .where(and(eq(completions.sessionId, sessionId), eq(completions.userId, userId)))
    .get()

describe('the register', () => {
  test('opens an hour before the start, and only to the unit running the course', () => {
    const sessionId = newSession()
    const [person] = bookedPeople(sessionId, 1)
    const early = new Date('2027-02-09T14:30:00Z')
    expect(registerFor(trainer(), sessionId, early)?.closedBecause).toMatch(/opens an hour before/)
    expect(saveRegister(trainer(), sessionId, { [person!.field]: 'attended' }, early)).toEqual({
      ok: false,
      errors: { form: 'The register opens an hour before the session starts.' },
    })
    expect(registerFor(trainer(), sessionId, during)?.closedBecause).toBeNull()
    expect(registerFor(sessionUser(DEMO.lancashireLead), sessionId, during)).toBeUndefined()
    expect(registerFor(sessionUser(DEMO.merseysideTeacher), sessionId, during)).toBeUndefined()
  })

  test('attended is a completion of the course with its CPD and a certificate; absent is not', async () => {
    const sessionId = newSession()
    const [came, stayedAway, notMarked] = bookedPeople(sessionId, 3)
    const saved = saveRegister(
      trainer(),
      sessionId,
      { [came!.field]: 'attended', [stayedAway!.field]: 'absent' },
      during,
    )
    expect(saved).toEqual({ ok: true, marked: 2, attended: 1 })
    const completion = attendanceOf(sessionId, came!.id)!
    expect(completion).toMatchObject({
      delivery: 'live_in_person',
      cpdMinutes: 90,
      moduleId: null,
      enrolmentId: null,
      vruId: vruId('merseyside'),
    })
    // completed when the register said so, before the session's end
    expect(completion.completedAt.toISOString()).toBe(during.toISOString())
    expect(findCertificate(completion.certificateCode)).toMatchObject({
      title: expect.stringMatching(/^Responding to disclosures, live/),
      version: null,
      cpdMinutes: 90,
    })
    expect(attendanceOf(sessionId, stayedAway!.id)).toBeUndefined()
    expect(attendanceOf(sessionId, notMarked!.id)).toBeUndefined()
    // the one who came is thanked, with their certificate and the questions afterwards
    await backgroundMailSettled()
    const thanks = emailsTo(came!.email).filter((m) => /^Thank you for coming to/.test(m.subject))
    expect(thanks).toHaveLength(1)
    expect(thanks[0]!.text).toContain(`/training/attended/${completion.id}`)
    expect(emailsTo(stayedAway!.email).some((m) => /^Thank you/.test(m.subject))).toBe(false)
    // the same marks again change nothing
    saveRegister(trainer(), sessionId, { [came!.field]: 'attended' }, during)
    expect(attendanceOf(sessionId, came!.id)?.id).toBe(completion.id)
  })

  test('partly attending counts only where the course says so; online is "live online"', () => {
    const strict = newSession()
    const [part] = bookedPeople(strict, 1)
    saveRegister(trainer(), strict, { [part!.field]: 'partial' }, during)
    expect(attendanceOf(strict, part!.id)).toBeUndefined()

    const lenient = newSession({ partialCounts: true, mode: 'online' })
    const [partOnline] = bookedPeople(lenient, 1)
    saveRegister(trainer(), lenient, { [partOnline!.field]: 'partial' }, during)
    expect(attendanceOf(lenient, partOnline!.id)?.delivery).toBe('live_online')
  })

  test('a corrected mark takes the attendance out of the unit’s figures again', () => {
    const sessionId = newSession()
    const people = bookedPeople(sessionId, 6)
    const month = periodKeysAt(during.getTime())[0]!
    const upskilled = () =>
      totalsFor(vruId('merseyside'), month)
        .get('all')
        ?.reduce((sum, row) => sum + row.people, 0) ?? 0
    const before = upskilled()
    const all = Object.fromEntries(people.map((p) => [p.field, 'attended' as const]))
    saveRegister(trainer(), sessionId, all, during)
    expect(upskilled()).toBe(before + 6)
    saveRegister(trainer(), sessionId, { [people[0]!.field]: 'absent' }, during)
    expect(upskilled()).toBe(before + 5)
    expect(attendanceOf(sessionId, people[0]!.id)).toBeUndefined()
    // every figure of the month and quarter is as a rebuild from the completions counts it
    const figures = () =>
      ['m2027-02', 'q2026-4'].map((period) =>
        [...totalsFor(vruId('merseyside'), period)]
          .map(([d, rows]) => [d, rows.sort((a, b) => a.groupKey.localeCompare(b.groupKey))])
          .sort(([a], [b]) => String(a).localeCompare(String(b))),
      )
    const kept = figures()
    rebuildReportTotals()
    expect(kept).toEqual(figures())
  })

  test('a course that covers a module keeps attendees in date on it, as finishing it would', () => {
    expect(importPacks().filter((r) => r.status === 'refused')).toEqual([])
    const induction = db
      .select({ id: modules.id })
      .from(modules)
      .where(eq(modules.slug, 'safeguarding-induction-england'))
      .get()!
    db.update(moduleVersions)
      .set({ validity: { kind: 'rolling', months: 12, windowDays: 60 } })
      .where(eq(moduleVersions.moduleId, induction.id))
      .run()
    const sessionId = newSession({ covers: induction.id })
    const [person] = bookedPeople(sessionId, 1)
    saveRegister(trainer(), sessionId, { [person!.field]: 'attended' }, during)
    expect(attendanceOf(sessionId, person!.id)).toMatchObject({
      moduleId: induction.id,
      renewsModuleId: induction.id,
      // a year on from the session (rolling 12 months)
      validUntil: expect.stringMatching(/^2028-02-0\d$/),
    })
  })

  test('a mark that is not one of the four is refused on that person', () => {
    const parsed = MarksSchema.safeParse({ intent: 'save-register', b12: 'late' })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]?.path).toEqual(['b12'])
  })
})

describe('what attendees said', () => {
  test('their ratings count once 5 have answered, in the summary and over custom dates', async () => {
    const sessionId = newSession()
    const people = bookedPeople(sessionId, 5)
    saveRegister(
      trainer(),
      sessionId,
      Object.fromEntries(people.map((p) => [p.field, 'attended' as const])),
      during,
    )
    const courseId = attendanceOf(sessionId, people[0]!.id)!.courseId!
    const rate = (p: { id: string }) => {
      const { completionId } = attendedTraining(p.id)[0]!
      return rateAttendance(p.id, completionId, { before: [2, 2, 3], after: [4, 4, 4] })
    }
    for (const p of people.slice(0, 4)) expect(rate(p)).toBe(true)
    expect(courseEvaluation(courseId)).toEqual({ people: 4, shown: false })
    rate(people[4]!)
    const evaluation = courseEvaluation(courseId)
    expect(evaluation).toMatchObject({ people: 5, shown: true, after: 4 })
    expect(evaluation.shown && evaluation.before).toBeCloseTo(7 / 3)
    // the first answer stands
    const { completionId } = attendedTraining(people[0]!.id)[0]!
    rateAttendance(people[0]!.id, completionId, { before: [5, 5, 5], after: [1, 1, 1] })
    expect(attendanceOf(sessionId, people[0]!.id)?.ratingAfter).toBe(4)
    // nobody rates another person's attendance
    expect(
      rateAttendance(people[1]!.id, completionId, { before: [1, 1, 1], after: [5, 5, 5] }),
    ).toBe(false)

    const month = { kind: 'month', year: 2027, month: 2 } as const
    const courseRow = (totals: Map<string, { groupKey: string; evaluationPairs: number }[]>) =>
      totals.get('course')?.find((r) => r.groupKey === String(courseId))
    const summary = courseRow(totalsFor(vruId('merseyside'), 'm2027-02'))
    expect(summary?.evaluationPairs).toBe(5)
    const range = periodRange(month)
    const copy = await customTotals(vruId('merseyside'), range.start, range.end, monthRanges(month))
    expect(courseRow(copy.totals)?.evaluationPairs).toBe(5)

    // a corrected register takes the attendance out of custom dates too
    saveRegister(trainer(), sessionId, { [people[0]!.field]: 'absent' }, during)
    const after = await customTotals(
      vruId('merseyside'),
      range.start,
      range.end,
      monthRanges(month),
    )
    expect(courseRow(after.totals)?.evaluationPairs).toBe(4)
    expect(courseRow(totalsFor(vruId('merseyside'), 'm2027-02'))?.evaluationPairs).toBe(4)
  })
})

describe('walk-ins', () => {
  test('someone new gets an account where they work, is marked attended and emailed', async () => {
    const sessionId = newSession()
    const place = newPlace()
    const email = `walk.in.${++counter}@example.test`
    const input = WalkInSchema.parse({
      name: 'Priya Walker',
      email,
      organisationId: String(place.id),
    })
    expect(addWalkIn(trainer(), sessionId, input, during)).toEqual({
      ok: true,
      name: 'Priya Walker',
      invited: true,
    })
    const person = db.select().from(users).where(eq(users.email, email)).get()!
    expect(person).toMatchObject({ organisationId: place.id, role: 'learner', passwordHash: null })
    expect(attendanceOf(sessionId, person.id)?.delivery).toBe('live_in_person')
    await backgroundMailSettled()
    const [mail] = emailsTo(email)
    expect(mail?.subject).toMatch(/Your attendance at Responding to disclosures/)
    expect(mail?.text).toMatch(/\/reset-password\//)
    // twice is refused, by name
    expect(addWalkIn(trainer(), sessionId, input, during)).toEqual({
      ok: false,
      errors: { email: 'Priya Walker is already on this register' },
    })
  })

  test('someone new needs an organisation; another unit’s person cannot be added', () => {
    const sessionId = newSession()
    const noPlace = addWalkIn(
      trainer(),
      sessionId,
      WalkInSchema.parse({ name: 'New Person', email: `new.${++counter}@example.test` }),
      during,
    )
    expect(noPlace).toMatchObject({ ok: false, errors: { organisationId: expect.any(String) } })
    const lancashire = sessionUser(DEMO.lancashireTeacher)
    const other = addWalkIn(
      trainer(),
      sessionId,
      WalkInSchema.parse({ name: lancashire.name, email: lancashire.email }),
      during,
    )
    expect(other).toMatchObject({
      ok: false,
      errors: { email: expect.stringMatching(/cannot be added/) },
    })
  })
})
