/**
 * A paper register uploaded as CSV (issue 18): every row is checked first, a file with any wrong
 * row records nothing and names each by its line, a right one is saved as the register page saves
 * it; the register downloads in the same columns.
 */
import { and, eq } from 'drizzle-orm'
import { describe, expect, test } from 'vitest'
import { bookings, completions, db, organisations } from '#app/db.server.ts'
import { bookSession } from '#app/live-training/bookings.server.ts'
import {
  CourseSchema,
  createCourse,
  scheduleSession,
  SessionSchema,
} from '#app/live-training/courses.server.ts'
import {
  MAX_REGISTER_ROWS,
  registerCsv,
  uploadRegister,
} from '#app/live-training/register-csv.server.ts'
import { action as uploadAction } from '#app/routes/training+/sessions.$sessionId_.register_.upload.tsx'
import { parseCsv } from '#app/utils/csv.ts'
import { londonDay } from '#app/utils/uk-dates.ts'
import { addPerson, cookiePair, DEMO, sessionUser, signInAs, vruId } from './helpers.ts'

const scheduledAt = new Date('2027-03-01T12:00:00Z')
// the session runs 16:00 to 17:30 UK time on 9 March 2027; the paper register is typed up later
const afterwards = new Date('2027-03-12T10:00:00Z')

let counter = 0
const trainer = () => sessionUser(DEMO.merseysideTrainer)

function newSession({ partialCounts = false, day = '2027-03-09', at = scheduledAt } = {}) {
  const created = createCourse(
    trainer(),
    CourseSchema.parse({
      title: `Paper register course ${++counter}`,
      summary: 'A course whose register is taken on paper.',
      practiceLevel: 'trauma-aware',
      audience: 'all-staff',
      cpdMinutes: '90',
      partialCounts: partialCounts ? 'on' : undefined,
    }),
  )
  if (!created.ok) throw new Error(JSON.stringify(created.errors))
  const scheduled = scheduleSession(
    trainer(),
    created.id,
    SessionSchema.parse({
      mode: 'in_person',
      day,
      time: '16:00',
      durationMinutes: '90',
      capacity: '30',
      venue: 'Brookside hall',
      address: '2 Brook Lane, Wirral',
      cancelUpToHours: '24',
      audience: 'unit',
    }),
    at,
  )
  if (!scheduled.ok) throw new Error(JSON.stringify(scheduled.errors))
  return scheduled.id
}

/** People of a new school, each booked on the session. */
function bookedPeople(sessionId: number, count: number, at = scheduledAt) {
  const place = db
    .insert(organisations)
    .values({
      vruId: vruId('merseyside'),
      name: `Paper Register Place ${++counter}`,
      type: 'primary',
      localAuthority: 'Wirral',
    })
    .returning()
    .get()
  return Array.from({ length: count }, () => {
    const email = addPerson(`paper.register.${++counter}@example.test`, place.id)
    const person = sessionUser(email)
    expect(bookSession(person, person.id, sessionId, at).ok).toBe(true)
    return { id: person.id, email, name: person.name }
  })
}

const completionOf = (sessionId: number, userId: string) =>
  db
    .select()
    .from(completions)
    .where(and(eq(completions.sessionId, sessionId), eq(completions.userId, userId)))
    .get()

const marksOf = (sessionId: number) =>
  db
    .select({ attendance: bookings.attendance })
    .from(bookings)
    .where(eq(bookings.sessionId, sessionId))
    .all()
    .map((b) => b.attendance)

describe('a register uploaded as CSV', () => {
  test('a right file records every mark, in labels or keys, as completions', () => {
    const sessionId = newSession({ partialCounts: true })
    const [came, part, away, late, blank] = bookedPeople(sessionId, 5)
    const csv = [
      'Name,Email,Attendance',
      `${came!.name},${came!.email.toUpperCase()},Attended`,
      `${part!.name},${part!.email},partly attended`,
      `,${away!.email},ABSENT`,
      `"Late, Lou",${late!.email},cancelled_late`,
      `${blank!.name},${blank!.email},`,
    ].join('\r\n')
    expect(uploadRegister(trainer(), sessionId, csv, afterwards)).toEqual({
      ok: true,
      recorded: 4,
      unmarked: 1,
      marked: 4,
      attended: 2,
    })
    expect(completionOf(sessionId, came!.id)).toMatchObject({ cpdMinutes: 90 })
    expect(completionOf(sessionId, part!.id)).toBeDefined()
    expect(completionOf(sessionId, away!.id)).toBeUndefined()
    expect(completionOf(sessionId, late!.id)).toBeUndefined()
    expect(completionOf(sessionId, blank!.id)).toBeUndefined()
  })

  test('a file with one wrong row records nothing and names its line', () => {
    const sessionId = newSession()
    const [a, b, c] = bookedPeople(sessionId, 3)
    const csv = `email,attendance\n${a!.email},attended\n${b!.email},late-ish\n${c!.email},absent\n`
    const uploaded = uploadRegister(trainer(), sessionId, csv, afterwards)
    expect(uploaded).toMatchObject({
      ok: false,
      fileError: expect.stringMatching(/^One row .* nothing has been recorded/),
      rows: [
        {
          line: 3,
          email: b!.email,
          attendance: 'late-ish',
          errors: [expect.stringMatching(/not a mark/)],
        },
      ],
    })
    expect(completionOf(sessionId, a!.id)).toBeUndefined()
    expect(marksOf(sessionId)).toEqual([null, null, null])
  })

  test('someone not booked, a repeated email and an empty email are each named', () => {
    const sessionId = newSession()
    const [a] = bookedPeople(sessionId, 1)
    const csv = [
      'email,attendance,name',
      `${a!.email},attended,A`,
      'walked.in@example.test,attended,Walked In',
      `${a!.email},absent,A again`,
      ',attended,No Email',
    ].join('\n')
    const uploaded = uploadRegister(trainer(), sessionId, csv, afterwards)
    if (!uploaded || uploaded.ok) throw new Error('expected the file to be refused')
    expect(uploaded.fileError).toMatch(/^3 rows/)
    expect(uploaded.rows.map((r) => r.line)).toEqual([3, 4, 5])
    expect(uploaded.rows[0]).toMatchObject({
      notBooked: true,
      errors: [expect.stringMatching(/walked\.in@example\.test is not booked.*walk-in/)],
    })
    expect(uploaded.rows[1]!.errors).toEqual(['The same email address is on line 2'])
    expect(uploaded.rows[2]!.errors[0]).toMatch(/Enter their email/)
    expect(marksOf(sessionId)).toEqual([null])
  })

  test('files that cannot be used as a whole say why', () => {
    const sessionId = newSession()
    const [a] = bookedPeople(sessionId, 1)
    const refused = (csv: string) => {
      const uploaded = uploadRegister(trainer(), sessionId, csv, afterwards)
      return uploaded && !uploaded.ok ? uploaded.fileError : 'recorded'
    }
    expect(refused('')).toMatch(/nobody in it/)
    expect(refused('email,attendance\n\n')).toMatch(/nobody in it/)
    expect(refused(`${a!.email},attended`)).toMatch(/first row must be the headings/)
    expect(refused(`email,email,attendance\n${a!.email},x,attended`)).toMatch(/twice/)
    const many = Array.from({ length: MAX_REGISTER_ROWS + 1 }, (_, i) => `p${i}@x.test,absent`)
    expect(refused(['email,attendance', ...many].join('\n'))).toMatch(/2000 at most/)
    // before the register opens, nothing is recorded either
    expect(
      uploadRegister(trainer(), sessionId, `email,attendance\n${a!.email},attended`, scheduledAt),
    ).toMatchObject({ ok: false, fileError: expect.stringMatching(/opens an hour before/) })
    expect(marksOf(sessionId)).toEqual([null])
  })

  test('another unit’s session is not found', () => {
    const sessionId = newSession()
    const lancashire = sessionUser(DEMO.lancashireLead)
    expect(uploadRegister(lancashire, sessionId, 'email,attendance\n', afterwards)).toBeUndefined()
    expect(registerCsv(lancashire, sessionId, afterwards)).toBeUndefined()
  })
})

describe('the register downloaded as CSV', () => {
  test('lists the people booked, and filled in it uploads back', () => {
    const sessionId = newSession()
    const people = bookedPeople(sessionId, 3)
    const download = registerCsv(trainer(), sessionId, afterwards)!
    expect(download.day).toBe('2027-03-09')
    const [heading, ...rows] = parseCsv(download.csv)
    expect(heading).toEqual(['name', 'email', 'attendance'])
    expect(rows.map((r) => r[1]).sort()).toEqual(people.map((p) => p.email).sort())
    expect(rows.every((r) => r[2] === '')).toBe(true)
    const filled = [heading!, ...rows.map((r) => [r[0], r[1], 'Attended'])]
      .map((r) => r.map((cell) => `"${cell}"`).join(','))
      .join('\n')
    expect(uploadRegister(trainer(), sessionId, filled, afterwards)).toMatchObject({
      ok: true,
      recorded: 3,
      attended: 3,
    })
    const again = parseCsv(registerCsv(trainer(), sessionId, afterwards)!.csv)
    expect(again.slice(1).map((r) => r[2])).toEqual(['Attended', 'Attended', 'Attended'])
  })
})

describe('the upload page', () => {
  // the page records at the real time, so this session ran last week
  const weeksAgo = new Date(Date.now() - 28 * 24 * 60 * 60 * 1000)
  const post = async (sessionId: number, fields: Record<string, string | File>) => {
    const body = new FormData()
    for (const [name, value] of Object.entries(fields)) body.append(name, value)
    const request = new Request(
      `http://localhost:3000/training/sessions/${sessionId}/register/upload`,
      {
        method: 'POST',
        body,
        headers: { Cookie: cookiePair(await signInAs(DEMO.merseysideTrainer)) },
      },
    )
    const answer = (await uploadAction({
      request,
      params: { sessionId: String(sessionId) },
      context: { clientAddress: '203.0.113.200', cspNonce: '' },
    })) as unknown
    // invalid() and data() answer with { data, init }; a plain object is a 200
    return answer && typeof answer === 'object' && 'init' in answer
      ? (answer as { data: unknown; init: { status: number } })
      : { data: answer, init: { status: 200 } }
  }

  test('takes a chosen file or pasted text, and keeps the pasted text when it is wrong', async () => {
    const sessionId = newSession({
      day: londonDay(Date.now() - 7 * 24 * 60 * 60 * 1000),
      at: weeksAgo,
    })
    const [a, b] = bookedPeople(sessionId, 2, weeksAgo)
    // a form sends its line breaks as CRLF, as browsers do
    const wrong = `email,attendance\r\n${a!.email},attended\r\n${b!.email},maybe`
    const refused = await post(sessionId, { csv: wrong })
    expect(refused.init.status).toBe(400)
    expect(refused.data).toMatchObject({ values: { csv: wrong }, rows: [{ line: 3 }] })
    expect(marksOf(sessionId)).toEqual([null, null])
    const file = new File([`email,attendance\n${a!.email},attended\n${b!.email},absent`], 'r.csv', {
      type: 'text/csv',
    })
    const recorded = await post(sessionId, { file, csv: '' })
    expect(recorded.init.status).toBe(200)
    expect(recorded.data).toMatchObject({ ok: true, uploaded: { recorded: 2, attended: 1 } })
    expect(completionOf(sessionId, a!.id)).toBeDefined()
    expect((await post(sessionId, { csv: '  ' })).init.status).toBe(400)
  })
})
