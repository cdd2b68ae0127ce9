/**
 * Issue 20 for live training, the register's CSV, the compliance CSV and the emails: a Welsh
 * reader gets Welsh, and an English one exactly what they had before.
 */
import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { invitePerson } from '#app/auth/invitations.server.ts'
import { sessionClosedReason } from '#app/auth/permissions.server.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import { bookings, db, modules, organisations, users } from '#app/db.server.ts'
import { i18nFor } from '#app/i18n/language.server.ts'
import { AssignmentSchema, createAssignments } from '#app/learning/assignments.server.ts'
import { importPacks } from '#app/learning/packs.server.ts'
import { sendReminders } from '#app/learning/reminders.server.ts'
import { scopeFor } from '#app/auth/permissions.server.ts'
import { bookSession } from '#app/live-training/bookings.server.ts'
import {
  CourseSchema,
  createCourse,
  scheduleSession,
  SessionSchema,
} from '#app/live-training/courses.server.ts'
import { LIVE_TRAINING_MESSAGES } from '#app/live-training/labels.ts'
import { registerCsv, uploadRegister } from '#app/live-training/register-csv.server.ts'
import { addWalkIn, saveRegister, WalkInSchema } from '#app/live-training/register.server.ts'
import { complianceCsv, staffCompliance } from '#app/organisations/compliance.server.ts'
import { loader as complianceCsvLoader } from '#app/routes/organisation+/compliance[.csv].ts'
import { loader as registerCsvLoader } from '#app/routes/training+/sessions.$sessionId_.register[.csv].ts'
import { action as uploadAction } from '#app/routes/training+/sessions.$sessionId_.register_.upload.tsx'
import { parseCsv } from '#app/utils/csv.ts'
import { backgroundMailSettled } from '#app/utils/email.server.ts'
import { addDays, londonDay } from '#app/utils/uk-dates.ts'
import { addPerson, cookiePair, DEMO, emailsTo, sessionUser, signInAs, vruId } from './helpers.ts'

const scheduledAt = new Date('2027-03-01T12:00:00Z')
// the session runs 16:00 to 17:30 UK time on 9 March 2027; the register is taken later
const afterwards = new Date('2027-03-12T10:00:00Z')
const welsh = i18nFor('cy')

beforeAll(() => {
  expect(importPacks().filter((r) => r.status === 'refused')).toEqual([])
})

/** Trauma-informed practice in schools, assigned to everyone at a place by the day given. */
function assignToEveryoneAt(lead: SessionUser, placeId: number, dueDate: string) {
  const moduleId = db
    .select()
    .from(modules)
    .where(eq(modules.slug, 'trauma-informed-schools'))
    .get()!.id
  const made = createAssignments(
    lead,
    scopeFor(lead),
    AssignmentSchema.parse({
      organisationId: String(placeId),
      moduleId: String(moduleId),
      target: 'organisation',
      dueDate,
    }),
    { address: '203.0.113.9' },
  )
  expect(made.ok).toBe(true)
}

let counter = 0
const tag = () => `${++counter}.${Date.now()}`

function newPlace() {
  return db
    .insert(organisations)
    .values({
      vruId: vruId('merseyside'),
      name: `Ysgol Brawf ${tag()}`,
      type: 'primary',
      localAuthority: 'Wirral',
    })
    .returning()
    .get()
}

/** Someone new at a place, with the language on their account (null: never chosen). */
function person(
  placeId: number,
  language: 'cy' | 'en' | null,
  role: SessionUser['role'] = 'learner',
) {
  const email = addPerson(`cy.live.${tag()}@example.test`, placeId)
  db.update(users).set({ language, role }).where(eq(users.email, email)).run()
  // as the session describes them, with their language
  return { ...sessionUser(email), language }
}

/** A Merseyside trainer who reads Welsh, signed in as anyone is. */
const welshTrainer = () => person(newPlace().id, 'cy', 'trainer')

function newSession(trainer: SessionUser, { day = '2027-03-09', at = scheduledAt } = {}) {
  const created = createCourse(
    trainer,
    CourseSchema.parse({
      title: `Cwrs ${tag()}`,
      summary: 'A course whose register is taken in Welsh.',
      practiceLevel: 'trauma-aware',
      audience: 'all-staff',
      cpdMinutes: '90',
    }),
  )
  if (!created.ok) throw new Error(JSON.stringify(created.errors))
  const scheduled = scheduleSession(
    trainer,
    created.id,
    SessionSchema.parse({
      mode: 'in_person',
      day,
      time: '16:00',
      durationMinutes: '90',
      capacity: '30',
      venue: 'Neuadd y Dref',
      address: '2 Stryd y Bont, Wirral',
      cancelUpToHours: '24',
      audience: 'unit',
    }),
    at,
  )
  if (!scheduled.ok) throw new Error(JSON.stringify(scheduled.errors))
  return { sessionId: scheduled.id, courseId: created.id }
}

function booked(sessionId: number, language: 'cy' | 'en' | null, at = scheduledAt) {
  const someone = person(newPlace().id, language)
  expect(bookSession(someone, someone.id, sessionId, at).ok).toBe(true)
  return someone
}

const markOf = (sessionId: number, userId: string) =>
  db
    .select({ attendance: bookings.attendance })
    .from(bookings)
    .where(and(eq(bookings.sessionId, sessionId), eq(bookings.userId, userId)))
    .get()?.attendance

/** A subject as the reader sees it: MIME encoded words (RFC 2047, Q or B) decoded. */
function subjectOf(mail: { subject: string } | undefined) {
  return (mail?.subject ?? '')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) =>
                String.fromCharCode(parseInt(hex, 16)),
              ),
            'latin1',
          ).toString('utf8'),
    )
}

const csvLine = (cells: string[]) => cells.map((c) => `"${c}"`).join(',')

describe('the register as CSV for a Welsh trainer', () => {
  test('downloads with Welsh headings, and filled in with Welsh marks it uploads back', () => {
    const trainer = welshTrainer()
    const { sessionId } = newSession(trainer)
    const [came, part, away] = [
      booked(sessionId, 'cy'),
      booked(sessionId, 'en'),
      booked(sessionId, null),
    ]
    const download = registerCsv(trainer, sessionId, afterwards, 'cy')!
    const [heading, ...rows] = parseCsv(download.csv)
    expect(heading).toEqual(['enw', 'e-bost', 'presenoldeb'])
    const marks: Record<string, string> = {
      [came!.email]: 'Yn bresennol',
      [part!.email]: 'yn bresennol am ran',
      [away!.email]: 'Yn absennol',
    }
    const filled = [heading!, ...rows.map((r) => [r[0]!, r[1]!, marks[r[1]!]!])]
      .map(csvLine)
      .join('\n')
    expect(uploadRegister(trainer, sessionId, filled, afterwards, welsh.t)).toMatchObject({
      ok: true,
      recorded: 3,
      attended: 1,
    })
    expect(markOf(sessionId, came!.id)).toBe('attended')
    expect(markOf(sessionId, part!.id)).toBe('partial')
    expect(markOf(sessionId, away!.id)).toBe('absent')
    // downloaded again, the marks are in Welsh; in English, as they always were
    const again = parseCsv(registerCsv(trainer, sessionId, afterwards, 'cy')!.csv)
    expect(
      again
        .slice(1)
        .map((r) => r[2])
        .sort(),
    ).toEqual(['Yn absennol', 'Yn bresennol', 'Yn bresennol am ran'].sort())
    const english = parseCsv(registerCsv(trainer, sessionId, afterwards)!.csv)
    expect(english[0]).toEqual(['name', 'email', 'attendance'])
    expect(
      english
        .slice(1)
        .map((r) => r[2])
        .sort(),
    ).toEqual(['Absent', 'Attended', 'Partly attended'])
  })

  test('an English file is read back too; mixed or unknown headings name the ones expected', () => {
    const trainer = welshTrainer()
    const { sessionId } = newSession(trainer)
    const a = booked(sessionId, 'cy')
    const refused = (csv: string) => {
      const uploaded = uploadRegister(trainer, sessionId, csv, afterwards, welsh.t)
      return uploaded && !uploaded.ok ? uploaded : undefined
    }
    expect(refused(`email,presenoldeb\n${a.email},Yn bresennol`)?.fileError).toBe(
      LIVE_TRAINING_MESSAGES.mixedHeadings,
    )
    const unknown = refused(`post,marc\n${a.email},Yn bresennol`)?.fileError
    expect(unknown).toBe(LIVE_TRAINING_MESSAGES.headings)
    // the page shows it through t(): in Welsh, naming both sets of headings
    expect(welsh.t(unknown!)).toMatch(/“e-bost” a “presenoldeb”.*“email” ac “attendance”/)
    // a wrong mark and someone not booked are told in Welsh, with what they wrote
    const wrong = refused(`e-bost,presenoldeb\n${a.email},efallai\nneb@example.test,Yn bresennol`)!
    expect(wrong.fileError).toBe(
      'Mae 2 o resi’r ffeil yn anghywir, felly does dim wedi’i gofnodi eto. Cywirwch nhw ac anfonwch y ffeil eto.',
    )
    expect(wrong.rows.map((r) => r.errors)).toEqual([
      [expect.stringMatching(/^Nid yw “efallai” yn farc: ysgrifennwch yn bresennol/)],
      [expect.stringMatching(/^Nid yw neb@example\.test wedi archebu lle ar y sesiwn hon/)],
    ])
    expect(markOf(sessionId, a.id)).toBeNull()
    // an English trainer's file works for a Welsh one, and the other way round
    expect(
      uploadRegister(
        trainer,
        sessionId,
        `email,attendance\n${a.email},attended`,
        afterwards,
        welsh.t,
      ),
    ).toMatchObject({ ok: true, recorded: 1 })
    expect(
      uploadRegister(
        sessionUser(DEMO.merseysideTrainer),
        sessionId,
        `E-bost,Presenoldeb\n${a.email},Wedi canslo’n hwyr`,
        afterwards,
      ),
    ).toMatchObject({ ok: true, recorded: 1 })
    expect(markOf(sessionId, a.id)).toBe('cancelled_late')
  })

  test('over HTTP: the download follows the account, and the upload page answers in Welsh', async () => {
    const trainer = welshTrainer()
    const weeksAgo = new Date(Date.now() - 28 * 24 * 60 * 60 * 1000)
    const { sessionId } = newSession(trainer, {
      day: londonDay(Date.now() - 7 * 24 * 60 * 60 * 1000),
      at: weeksAgo,
    })
    const a = booked(sessionId, 'en', weeksAgo)
    const cookie = cookiePair(await signInAs(trainer.email))
    const url = `http://localhost:3000/training/sessions/${sessionId}/register`
    const context = { clientAddress: '203.0.113.201', cspNonce: '' }
    const params = { sessionId: String(sessionId) }
    const download = await registerCsvLoader({
      request: new Request(`${url}.csv`, { headers: { Cookie: cookie } }),
      params,
      context,
    })
    const [heading, ...rows] = parseCsv(await download.text())
    expect(heading).toEqual(['enw', 'e-bost', 'presenoldeb'])
    expect(rows).toEqual([[a.name, a.email, '']])
    const post = async (csv: string) => {
      const body = new FormData()
      body.set('csv', csv)
      const answer = (await uploadAction({
        request: new Request(`${url}/upload`, {
          method: 'POST',
          body,
          headers: { Cookie: cookie },
        }),
        params,
        context,
      })) as unknown
      type Answer = { errors?: Record<string, string> }
      // invalid() and data() answer with { data, init }; a plain object is a 200
      return answer && typeof answer === 'object' && 'init' in answer
        ? (answer as unknown as { data: Answer })
        : { data: answer as Answer }
    }
    const wrong = await post(`e-bost,presenoldeb\n${a.email},efallai\nneb.arall@example.test,`)
    expect(wrong.data.errors?.csv).toMatch(/^Mae 2 o resi’r ffeil yn anghywir/)
    const right = await post(
      [heading!, [a.name, a.email, 'Yn bresennol']].map((r) => csvLine(r)).join('\n'),
    )
    expect(right.data).toMatchObject({ ok: true, uploaded: { recorded: 1, attended: 1 } })
    expect(markOf(sessionId, a.id)).toBe('attended')
  })
})

describe('live training messages in Welsh', () => {
  test('a message with a value in it is written in the reader’s language', () => {
    const trainer = welshTrainer()
    const { sessionId } = newSession(trainer, { day: '2027-03-09' })
    const during = new Date('2027-03-09T16:30:00Z')
    const someone = booked(sessionId, 'en')
    const input = WalkInSchema.parse({ name: someone.name, email: someone.email })
    expect(addWalkIn(trainer, sessionId, input, during, welsh.t)).toEqual({
      ok: false,
      errors: { email: `Mae ${someone.name} ar y gofrestr hon eisoes` },
    })
    // the fixed reasons a session is closed are the messages the page translates
    const reasons = [
      sessionClosedReason(
        { vruId: null, organisationId: null, jobRole: null },
        { vruId: 1 },
        {
          kind: 'unit',
        },
      ),
      sessionClosedReason(
        { vruId: 2, organisationId: null, jobRole: null },
        { vruId: 1 },
        {
          kind: 'unit',
        },
      ),
      sessionClosedReason(
        { vruId: 1, organisationId: null, jobRole: null },
        { vruId: 1 },
        {
          kind: 'organisations',
          organisationIds: [5],
        },
      ),
    ]
    expect(reasons).toEqual([
      LIVE_TRAINING_MESSAGES.noVru,
      LIVE_TRAINING_MESSAGES.otherVru,
      LIVE_TRAINING_MESSAGES.otherOrganisations,
    ])
    expect(reasons.map((r) => welsh.exists(r!))).toEqual([true, true, true])
  })
})

describe('emails in the recipient’s language', () => {
  test('the attendance thank-you, in Welsh for a Welsh account and English for the others', async () => {
    const trainer = sessionUser(DEMO.merseysideTrainer)
    const { sessionId } = newSession(trainer)
    const cymraeg = booked(sessionId, 'cy')
    const saesneg = booked(sessionId, null)
    saveRegister(
      trainer,
      sessionId,
      {
        [`b${bookingOf(sessionId, cymraeg.id)}`]: 'attended',
        [`b${bookingOf(sessionId, saesneg.id)}`]: 'attended',
      },
      afterwards,
    )
    await backgroundMailSettled()
    const [inWelsh] = emailsTo(cymraeg.email)
    expect(subjectOf(inWelsh)).toMatch(/^Diolch am ddod i Cwrs /)
    expect(inWelsh?.text).toContain(`Helo ${cymraeg.name},`)
    expect(inWelsh?.text).toContain('ar 9 Mawrth 2027')
    expect(inWelsh?.text).toContain('gyda thystysgrif a 90 munud o DPP')
    expect(inWelsh?.text).toContain('Mae tri chwestiwn byr')
    expect(inWelsh?.text).not.toMatch(/Thank you|Hello/)
    const [inEnglish] = emailsTo(saesneg.email)
    expect(subjectOf(inEnglish)).toMatch(/^Thank you for coming to Cwrs /)
    expect(inEnglish?.text).toContain(
      'on 9 March 2027. Your attendance is recorded on Upstream, with a certificate and 90 minutes of CPD:',
    )
  })

  test('the walk-in welcome, in the language of the trainer who added them', async () => {
    const during = new Date('2027-03-09T16:30:00Z')
    const place = newPlace()
    const add = async (trainer: SessionUser) => {
      const { sessionId } = newSession(trainer)
      const email = `cerdded.i.mewn.${tag()}@example.test`
      const input = WalkInSchema.parse({
        name: 'Nia Walker',
        email,
        organisationId: String(place.id),
      })
      expect(addWalkIn(trainer, sessionId, input, during)).toMatchObject({
        ok: true,
        invited: true,
      })
      await backgroundMailSettled()
      return emailsTo(email)
    }
    const [inWelsh, ...more] = await add(welshTrainer())
    expect(more).toEqual([])
    expect(subjectOf(inWelsh)).toMatch(
      /^Mae eich presenoldeb yn Cwrs .* wedi’i gofnodi ar Upstream$/,
    )
    expect(inWelsh?.text).toContain('Helo Nia Walker,')
    expect(inWelsh?.text).toContain('ac ychwanegodd yr hyfforddwr chi at y gofrestr')
    expect(inWelsh?.text).toContain('"Wedi anghofio eich cyfrinair?"')
    expect(inWelsh?.text).toMatch(/\/reset-password\//)
    const [inEnglish] = await add(sessionUser(DEMO.merseysideTrainer))
    expect(subjectOf(inEnglish)).toMatch(/^Your attendance at Cwrs .* is recorded on Upstream$/)
    expect(inEnglish?.text).toContain('Hello Nia Walker,')
  })

  test('an invitation from a Welsh lead is in Welsh', async () => {
    const lead = { ...sessionUser(DEMO.merseysideLead), language: 'cy' as const }
    const email = `gwahoddiad.${tag()}@example.test`
    const place = newPlace()
    const invitation = {
      name: 'Siân Prys',
      email,
      role: 'learner' as const,
      organisationId: place.id,
    }
    expect(await invitePerson(lead, invitation)).toEqual({
      ok: true,
    })
    const [mail] = emailsTo(email)
    expect(subjectOf(mail)).toBe('Rydych wedi cael eich gwahodd i Upstream')
    expect(mail?.text).toContain('Helo Siân Prys,')
    expect(mail?.text).toContain('wedi eich gwahodd i Upstream, gwasanaeth hyfforddi')
    expect(mail?.text).not.toContain('invited you')
  })

  test('an assignment reminder goes in the learner’s language', async () => {
    const place = newPlace()
    const cymraeg = person(place.id, 'cy')
    const saesneg = person(place.id, 'en')
    assignToEveryoneAt(sessionUser(DEMO.merseysideLead), place.id, addDays(londonDay(), 5))
    await sendReminders(londonDay())
    const [inWelsh] = emailsTo(cymraeg.email)
    expect(subjectOf(inWelsh)).toMatch(
      /^Nodyn atgoffa: mae ‘.*’ i’w gwblhau erbyn \d{1,2} \p{L}+ \d{4}$/u,
    )
    expect(inWelsh?.text).toContain(`Helo ${cymraeg.name},`)
    expect(inWelsh?.text).toContain('wedi’i aseinio i chi')
    const [inEnglish] = emailsTo(saesneg.email)
    expect(subjectOf(inEnglish)).toMatch(/^Reminder: '.*' is due by/)
  })
})

describe('the compliance CSV', () => {
  test('in Welsh for a Welsh lead: headings and statuses; in English, as before', async () => {
    const place = newPlace()
    const lead = person(place.id, 'cy', 'organisation_lead')
    person(place.id, null)
    assignToEveryoneAt(lead, place.id, addDays(londonDay(), 30))
    const rows = staffCompliance(place.id)
    const [englishHeading, ...englishRows] = parseCsv(complianceCsv(rows))
    expect(englishHeading).toEqual([
      'Name',
      'Email',
      'Job role',
      'Module',
      'Status',
      'Due',
      'Completed',
      'In date until',
    ])
    expect(englishRows.map((r) => r[4])).toEqual(['Not started', 'Not started'])
    const response = await complianceCsvLoader({
      request: new Request('http://localhost:3000/organisation/compliance.csv', {
        headers: { Cookie: cookiePair(await signInAs(lead.email)) },
      }),
      params: {},
      context: { clientAddress: '203.0.113.202', cspNonce: '' },
    })
    const [heading, ...welshRows] = parseCsv(await response.text())
    expect(heading).toEqual(
      ['Name', 'Email', 'Job role', 'Module', 'Status', 'Due', 'Completed', 'In date until'].map(
        (h) => welsh.t(h),
      ),
    )
    expect(heading?.slice(0, 2)).toEqual(['Enw', 'E-bost'])
    expect(welshRows.map((r) => r[4])).toEqual(['Heb ddechrau', 'Heb ddechrau'])
  })
})

function bookingOf(sessionId: number, userId: string) {
  return db
    .select({ id: bookings.id })
    .from(bookings)
    .where(and(eq(bookings.sessionId, sessionId), eq(bookings.userId, userId)))
    .get()!.id
}
