import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import {
  assignments,
  db,
  modules,
  moduleVersions,
  organisations,
  type Validity,
} from '#app/db.server.ts'
import { trainingInDate } from '#app/learning/in-date.server.ts'
import { importPacks } from '#app/learning/packs.server.ts'
import { sendRenewalReminders } from '#app/learning/renewal-reminders.server.ts'
import {
  complianceCsv,
  complianceFiltersFrom,
  compliancePage,
  filterCompliance,
  staffCompliance,
  staffInDate,
} from '#app/organisations/compliance.server.ts'
import { addPerson, emailsTo, finishModule, sessionUser, vruId } from './helpers.ts'

// Two shipped modules stand in for a full course and its refresher: the rules are set on their
// published versions as the studio or a pack would.
const FULL = 'trauma-informed-schools'
const REFRESHER = 'aces-foundations'
const yearly: Validity = { kind: 'yearly', month: 8, day: 31, windowDays: 60 }

function setRules(slug: string, rules: Partial<typeof moduleVersions.$inferInsert>) {
  const module = db.select().from(modules).where(eq(modules.slug, slug)).get()!
  db.update(moduleVersions).set(rules).where(eq(moduleVersions.moduleId, module.id)).run()
}

let counter = 0
function newSchool() {
  return db
    .insert(organisations)
    .values({
      vruId: vruId('merseyside'),
      name: `In-date School ${++counter}`,
      type: 'primary',
      localAuthority: 'Liverpool',
    })
    .returning()
    .get()
}
function newTeacher(schoolId = newSchool().id) {
  return sessionUser(addPerson(`in-date.${++counter}.${Date.now()}@example.test`, schoolId))
}

/** A moment on a UK day: 23:59 there, summer time included. */
const lateOn = (day: string) => new Date(`${day}T23:59:00+01:00`)

beforeAll(() => {
  expect(importPacks().filter((r) => r.status === 'refused')).toEqual([])
  setRules(FULL, { validity: yearly, refresher: REFRESHER })
})

describe('a completion keeps its holder in date', () => {
  test('the full course, finished at 23:59 UK time on 1 September, is in date until 31 August', () => {
    const teacher = newTeacher()
    const { completion } = finishModule(teacher, FULL, lateOn('2026-09-01'))
    expect(completion?.validUntil).toBe('2027-08-31')
    const [standing] = trainingInDate(teacher.id, '2027-06-01')
    expect(standing).toMatchObject({
      slug: FULL,
      validUntil: '2027-08-31',
      status: 'in_date',
      windowOpens: '2027-07-02',
      renewWith: { slug: REFRESHER },
    })
    expect(trainingInDate(teacher.id, '2027-07-02')[0]?.status).toBe('renewal_due')
    expect(trainingInDate(teacher.id, '2027-09-01')[0]?.status).toBe('expired')
  })

  test('the refresher in the window renews the full course from its expiry, and history is kept', () => {
    const teacher = newTeacher()
    const first = finishModule(teacher, FULL, lateOn('2026-09-01')).completion!
    const renewal = finishModule(teacher, REFRESHER, lateOn('2027-07-20')).completion!
    expect(renewal).toMatchObject({ renewsModuleId: first.moduleId, validUntil: '2028-08-31' })
    expect(trainingInDate(teacher.id, '2027-09-01')).toMatchObject([
      { slug: FULL, validUntil: '2028-08-31', status: 'in_date' },
    ])
    // both certificates stay, each with the day it was valid until
    expect(first.validUntil).toBe('2027-08-31')
  })

  test('a refresher taken before the full course renews nothing', () => {
    const teacher = newTeacher()
    const { completion } = finishModule(teacher, REFRESHER, lateOn('2026-10-01'))
    expect(completion).toMatchObject({ renewsModuleId: null, validUntil: null })
    expect(trainingInDate(teacher.id, '2026-10-02')).toEqual([])
  })

  test('after it lapsed, renewing runs from the day of renewal', () => {
    const teacher = newTeacher()
    finishModule(teacher, FULL, lateOn('2026-09-01'))
    const late = finishModule(teacher, REFRESHER, lateOn('2027-09-15')).completion!
    expect(late.validUntil).toBe('2028-08-31')
  })

  test('a new version that asks everyone to take it again caps earlier completions at its date', () => {
    const teacher = newTeacher()
    finishModule(teacher, FULL, lateOn('2026-09-01'))
    setRules(FULL, {
      requiredAgainBy: '2026-12-31',
      requiredAgainReason: 'The guidance changed in September.',
      publishedAt: new Date('2026-11-01T09:00:00Z'),
    })
    try {
      expect(trainingInDate(teacher.id, '2026-11-15')).toMatchObject([
        {
          validUntil: '2026-12-31',
          status: 'renewal_due',
          requiredAgain: { by: '2026-12-31', reason: 'The guidance changed in September.' },
        },
      ])
      // taking it again after that version was published counts in full
      const again = finishModule(teacher, REFRESHER, lateOn('2026-11-20')).completion!
      expect(again.validUntil).toBe('2027-08-31')
      expect(trainingInDate(teacher.id, '2026-11-21')[0]).toMatchObject({ requiredAgain: null })
    } finally {
      setRules(FULL, { requiredAgainBy: null, requiredAgainReason: null })
    }
  })
})

describe('renewal reminders', () => {
  test('one when the window opens, 30 and 7 days before, and after it lapses; each once', async () => {
    const teacher = newTeacher()
    finishModule(teacher, FULL, lateOn('2026-09-01'))
    const mine = (run: Awaited<ReturnType<typeof sendRenewalReminders>>) =>
      run.sent.filter((s) => s.email === teacher.email).map((s) => s.kind)
    expect(mine(await sendRenewalReminders('2027-07-01'))).toEqual([])
    expect(mine(await sendRenewalReminders('2027-07-02'))).toEqual(['window_open'])
    expect(mine(await sendRenewalReminders('2027-07-03'))).toEqual([])
    expect(mine(await sendRenewalReminders('2027-08-01'))).toEqual(['days_30'])
    expect(mine(await sendRenewalReminders('2027-08-24'))).toEqual(['days_7'])
    expect(mine(await sendRenewalReminders('2027-08-31'))).toEqual([])
    expect(mine(await sendRenewalReminders('2027-09-01'))).toEqual(['lapsed'])
    expect(mine(await sendRenewalReminders('2027-09-02'))).toEqual([])
    const emails = emailsTo(teacher.email)
    expect(emails.map((e) => e.subject)).toEqual([
      "You can now renew 'Trauma-informed practice in schools'",
      "'Trauma-informed practice in schools' runs out on 31 August 2027",
      "'Trauma-informed practice in schools' runs out on 31 August 2027",
      "'Trauma-informed practice in schools' is no longer in date",
    ])
    expect(emails[0]?.text).toContain("renew it with the shorter 'ACEs: foundations'")
  })

  test('renewing in the window starts a new round against the new expiry', async () => {
    const teacher = newTeacher()
    finishModule(teacher, FULL, lateOn('2026-09-01'))
    const mine = (run: Awaited<ReturnType<typeof sendRenewalReminders>>) =>
      run.sent.filter((s) => s.email === teacher.email).map((s) => s.kind)
    expect(mine(await sendRenewalReminders('2027-07-10'))).toEqual(['window_open'])
    finishModule(teacher, REFRESHER, lateOn('2027-07-11'))
    expect(mine(await sendRenewalReminders('2027-08-24'))).toEqual([])
    expect(mine(await sendRenewalReminders('2028-07-02'))).toEqual(['window_open'])
  })
})

describe('the list an inspector asks for', () => {
  test('never done, expired, renewal due and in date, each with the day it runs out', () => {
    const school = newSchool()
    const [never, expired, due, inDate] = [1, 2, 3, 4].map(() => newTeacher(school.id))
    const fullId = db.select().from(modules).where(eq(modules.slug, FULL)).get()!.id
    db.insert(assignments)
      .values({
        moduleId: fullId,
        organisationId: school.id,
        keepInDate: true,
        assignedById: never!.id,
      })
      .run()
    finishModule(expired!, FULL, lateOn('2024-09-10'))
    finishModule(due!, FULL, lateOn('2026-06-10'))
    // inside the window before 31 August 2026, so it counts for the school year after
    finishModule(inDate!, FULL, lateOn('2026-07-10'))
    const today = Date.parse('2026-08-01T09:00:00Z')
    const rows = staffCompliance(school.id, today)
    const row = (p: typeof never) => rows.find((r) => r.userId === p!.id)!
    expect([never, expired, due, inDate].map((p) => [row(p).status, row(p).validUntil])).toEqual([
      ['not-started', null],
      ['expired', '2025-08-31'],
      ['renewal-due', '2026-08-31'],
      ['in-date', '2027-08-31'],
    ])
    // two of the four are in date today (renewal due still is)
    expect(staffInDate(rows)).toEqual({ inDate: 2, of: 4 })
    const expiring = filterCompliance(
      rows,
      complianceFiltersFrom(new URLSearchParams('status=expiring')),
      '2026-08-01',
    )
    expect(expiring.map((r) => r.userId).sort()).toEqual([expired!.id, due!.id].sort())
    const csv = complianceCsv(rows).split('\r\n')
    expect(csv[0]).toBe('Name,Email,Job role,Module,Status,Due,Completed,In date until')
    const line = (p: typeof never) => csv.find((l) => l.includes(p!.email))
    expect(line(never)).toMatch(/,Not started,,,$/)
    expect(line(expired)).toMatch(/,Expired,,2024-09-10,2025-08-31$/)
    expect(line(due)).toMatch(/,Renewal due,,2026-06-10,2026-08-31$/)
    expect(line(inDate)).toMatch(/,In date,,2026-07-10,2027-08-31$/)
  })
})

describe('a long list', () => {
  test('a school of 2,000 staff sees its list a page at a time, and a page past the end shows the last', () => {
    const rows = Array.from({ length: 250 }, (_, i) => i)
    const at = (page?: string) =>
      compliancePage(rows, new URLSearchParams(page === undefined ? {} : { page }))
    expect(at()).toEqual({
      rows: rows.slice(0, 100),
      page: { number: 1, pages: 3, first: 1, total: 250 },
    })
    expect(at('3').rows).toEqual(rows.slice(200))
    expect(at('3').page).toMatchObject({ number: 3, first: 201 })
    expect(at('99').page.number).toBe(3)
    expect(at('nonsense').page.number).toBe(1)
    expect(at('-2').page.number).toBe(1)
    expect(compliancePage([], new URLSearchParams({ page: '4' })).page).toEqual({
      number: 1,
      pages: 1,
      first: 1,
      total: 0,
    })
  })
})
