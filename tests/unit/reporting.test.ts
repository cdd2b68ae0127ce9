/**
 * Reports on a real database with a small hand-built dataset whose answers are known. Each test
 * works in its own past financial year (learners complete modules "then", through the same
 * functions a learner's browser reaches), so the tests do not see each other's completions.
 */
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import {
  assignments,
  db,
  invitations,
  modules,
  organisations,
  reportTotals,
  users,
} from '#app/db.server.ts'
import { checkStaffCsv } from '#app/organisations/bulk-invite.server.ts'
import {
  complianceCsv,
  complianceFiltersFrom,
  filterCompliance,
  staffCompliance,
} from '#app/organisations/compliance.server.ts'
import { action as organisationAction } from '#app/routes/organisation+/_index.tsx'
import { saveEvaluation } from '#app/learning/evaluations.server.ts'
import { importPacks } from '#app/learning/packs.server.ts'
import { startModule } from '#app/learning/progress.server.ts'
import { monthRanges, periodKeysAt, periodRange, type Period } from '#app/reporting/periods.ts'
import { buildReport, exactHeadline } from '#app/reporting/report-counting.server.ts'
import { headlineTable, tableCsv } from '#app/reporting/report-export.server.ts'
import { periodFrom } from '#app/reporting/report-request.server.ts'
import { NATIONAL, type Report } from '#app/reporting/types.ts'
import { organisationTotals, totalsFor, unitTotalsFor } from '#app/reporting/summary/read.server.ts'
import { rebuildReportTotals } from '#app/reporting/summary/totals.server.ts'
import { type TotalsRow } from '#app/reporting/summary/tally.server.ts'
import { customTotals } from '#app/reporting/custom-range/figures.server.ts'
import { FEWER_THAN_5, OTHER_GROUPS } from '#app/reporting/disclosure.server.ts'
import { ukMidnight, ukOffsetMs } from '#app/utils/uk-dates.ts'
import { loader as reportsLoader } from '#app/routes/reports+/_index.tsx'
import { loader as csvLoader } from '#app/routes/reports+/$table[.csv].ts'
import {
  addPerson,
  attendLive,
  cookiePair,
  liveCourse,
  DEMO,
  finishModule,
  organisationNamed,
  requestWith,
  sessionUser,
  signInAs,
  userRow,
  vruId,
} from './helpers.ts'

beforeAll(() => {
  expect(importPacks().filter((r) => r.status === 'refused')).toEqual([])
})

type Learner = ReturnType<typeof sessionUser>
let counter = 0
function learner(organisationName: string, sector: 'education' | 'health' = 'education') {
  const organisation = organisationNamed(organisationName)
  const email = addPerson(`report${++counter}.${Date.now()}@example.test`, organisation.id)
  db.update(users).set({ sector }).where(eq(users.email, email)).run()
  return sessionUser(email)
}
const liverpool = () => learner('Riverside Academy, Liverpool')
const preston = () => learner('Riverside Academy, Preston')

/** Finishes a module at a given instant, as a learner would; optionally failing checks once. */
function finish(user: Learner, slug: string, at: Date, { failFirst = false } = {}) {
  const { enrolment, completion } = finishModule(user, slug, at, { failFirst: () => failFirst })
  expect(completion, `${slug} completed`).not.toBeNull()
  return { enrolment, completion: completion! }
}

const fy = (year: number): Period => ({ kind: 'year', year })
const unit = (slug: string) => ({ vruId: vruId(slug), name: slug })
const table = (report: Report, id: string) => report.tables.find((t) => t.id === id)!
const row = (report: Report, id: string, label: string) =>
  table(report, id).rows.find((r) => r.label === label)

describe('periods in UK time', () => {
  test('financial years start at midnight on 1 April in the UK, which is 23:00 UTC in summer time', () => {
    expect(new Date(ukMidnight(2025, 4, 1)).toISOString()).toBe('2025-03-31T23:00:00.000Z')
    expect(new Date(ukMidnight(2026, 1, 1)).toISOString()).toBe('2026-01-01T00:00:00.000Z')
    // 2024: the clocks went forward on Sunday 31 March itself
    expect(new Date(periodRange(fy(2024)).start).toISOString()).toBe('2024-03-31T23:00:00.000Z')
    expect(periodKeysAt(Date.parse('2025-03-31T22:59:59.999Z'))).toEqual([
      'm2025-03',
      'q2024-4',
      'y2024',
    ])
    expect(periodKeysAt(Date.parse('2025-03-31T23:00:00.000Z'))).toEqual([
      'm2025-04',
      'q2025-1',
      'y2025',
    ])
  })

  test('the UK offset agrees with the time zone database across ten years', () => {
    const format = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    })
    for (
      let t = Date.parse('2019-01-01T00:30:00Z');
      t < Date.parse('2029-01-01T00:00:00Z');
      t += 7 * 3_600_000 + 1
    ) {
      const parts = Object.fromEntries(format.formatToParts(t).map((p) => [p.type, p.value]))
      const local = Date.UTC(
        Number(parts.year),
        Number(parts.month) - 1,
        Number(parts.day),
        Number(parts.hour),
      )
      const hourUtc = Math.floor(t / 3_600_000) * 3_600_000
      expect(local - hourUtc, new Date(t).toISOString()).toBe(ukOffsetMs(t))
    }
  })

  test('a period in the address is read, and a wrong one is explained', () => {
    expect(periodFrom(new URLSearchParams('period=quarter&year=2025&quarter=3')).period).toEqual({
      kind: 'quarter',
      year: 2025,
      quarter: 3,
    })
    expect(periodFrom(new URLSearchParams('period=custom&from=2026-02&to=2026-04')).period).toEqual(
      { kind: 'custom', from: '2026-02', to: '2026-04' },
    )
    // days are refused: custom ranges are whole months (decision 010)
    const days = periodFrom(new URLSearchParams('period=custom&from=2026-02-03&to=2026-02-03'))
    expect(days.errors.from).toMatch(/whole months/)
    expect(days.period.kind).toBe('year')
    const backwards = periodFrom(new URLSearchParams('period=custom&from=2026-03&to=2026-01'))
    expect(backwards.errors.to).toMatch(/first month or after/)
    const long = periodFrom(new URLSearchParams('period=custom&from=2020-04&to=2023-04'))
    expect(long.errors.to).toMatch(/at most 36 months/)
  })
})

describe('professionals upskilled', () => {
  test('a person counts once however many modules they complete; every completion counts', async () => {
    const a = liverpool()
    const b = liverpool()
    finish(a, 'aces-foundations', new Date('2016-05-10T09:00:00Z'))
    finish(a, 'knife-crime-exploitation', new Date('2016-06-10T09:00:00Z'))
    // a refresher: the same module again is a new completion, not a new person
    finish(a, 'aces-foundations', new Date('2017-02-10T09:00:00Z'))
    finish(b, 'aces-foundations', new Date('2016-07-01T09:00:00Z'))
    // counted exactly (what a report releases of so few people is tested in disclosure.test.ts)
    const report = await exactHeadline(unit('merseyside'), fy(2016))
    expect(report.upskilled).toBe(2)
    expect(report.completions).toBe(4)
    // every unit together agrees
    expect((await exactHeadline({ vruId: NATIONAL, name: 'all' }, fy(2016))).upskilled).toBe(2)
    // in quarters each person counts in each quarter they completed in
    const q1 = await exactHeadline(unit('merseyside'), { kind: 'quarter', year: 2016, quarter: 1 })
    expect(q1).toMatchObject({ upskilled: 1, completions: 2 })
  })

  test('a completion on 31 March at 23:59 UK time is in the old year; at midnight, the new', async () => {
    const late = liverpool()
    const early = liverpool()
    finish(late, 'aces-foundations', new Date('2018-03-31T22:59:59Z')) // 23:59:59 BST
    finish(early, 'aces-foundations', new Date('2018-03-31T23:00:00Z')) // 00:00 BST, 1 April
    expect((await exactHeadline(unit('merseyside'), fy(2017))).upskilled).toBe(1)
    expect((await exactHeadline(unit('merseyside'), fy(2018))).upskilled).toBe(1)
    const march = await exactHeadline(unit('merseyside'), { kind: 'month', year: 2018, month: 3 })
    expect(march.completions).toBe(1)
    const custom = await exactHeadline(unit('merseyside'), {
      kind: 'custom',
      from: '2018-03',
      to: '2018-03',
    })
    expect(custom.completions).toBe(1)
  })

  test('a completion counts for the unit the person belonged to then, and after their account closes', async () => {
    const mover = liverpool()
    finish(mover, 'aces-foundations', new Date('2019-05-01T09:00:00Z'))
    // they move to a Lancashire school, then their account is closed
    const preston = organisationNamed('Riverside Academy, Preston')
    db.update(users)
      .set({ organisationId: preston.id, vruId: preston.vruId, active: false })
      .where(eq(users.id, mover.id))
      .run()
    rebuildReportTotals()
    expect((await exactHeadline(unit('merseyside'), fy(2019))).upskilled).toBe(1)
    expect((await exactHeadline(unit('lancashire'), fy(2019))).upskilled).toBe(0)
  })

  test('the practice level counts each person at the highest level they reached', () => {
    const p = liverpool()
    finish(p, 'aces-foundations', new Date('2020-05-01T09:00:00Z')) // trauma-aware
    finish(p, 'knife-crime-exploitation', new Date('2020-06-01T09:00:00Z')) // trauma-skilled
    const totals = totalsFor(vruId('merseyside'), 'y2020').get('level')!
    expect(totals.find((r) => r.groupKey === 'trauma-skilled')).toMatchObject({
      people: 1,
      completions: 1,
    })
    expect(totals.find((r) => r.groupKey === 'trauma-aware')).toMatchObject({
      people: 0,
      completions: 1,
    })
  })
})

describe('small groups', () => {
  test('a group of fewer than 5 people is not named, and its figures say "fewer than 5" in the page data and the CSV', async () => {
    const at = new Date('2021-06-01T09:00:00Z')
    const nurses = Array.from({ length: 4 }, () =>
      learner('Wirral Hospital Emergency Department', 'health'),
    )
    for (const nurse of nurses) finish(nurse, 'aces-foundations', at)
    let report = await buildReport(unit('merseyside'), fy(2021))
    expect(row(report, 'by-sector', 'Health')).toBeUndefined()
    expect(row(report, 'by-sector', OTHER_GROUPS)!.cells).toEqual([null, null])
    const csv = tableCsv(table(report, 'by-sector'))
    expect(csv).toContain(`${OTHER_GROUPS},${FEWER_THAN_5},${FEWER_THAN_5}`)
    expect(csv).not.toContain('Health')
    // four people in the whole unit: the headline is withheld too
    expect(report.headline.upskilled).toBeNull()
    expect(tableCsv(headlineTable(report))).toContain(`Professionals upskilled,${FEWER_THAN_5}`)

    finish(learner('Wirral Hospital Emergency Department', 'health'), 'aces-foundations', at)
    report = await buildReport(unit('merseyside'), fy(2021))
    expect(report.headline.upskilled).toBe(5)
    expect(row(report, 'by-sector', 'Health')!.cells).toEqual([5, 5])
    expect(row(report, 'by-sector', OTHER_GROUPS)).toBeUndefined()
    expect(tableCsv(table(report, 'by-sector')).split('\r\n')[0]).toBe(
      'Sector,Professionals upskilled,Completions',
    )
  })

  test('evaluation: matched before and after ratings, their means, and first-attempt pass rates', async () => {
    const at = new Date('2022-06-01T09:00:00Z')
    const people = Array.from({ length: 6 }, () => liverpool())
    people.forEach((person, i) => {
      const enrolment = startModule(person, 'aces-foundations', at)!
      // five rate themselves before and after; the sixth skips the "after" rating
      saveEvaluation(enrolment.id, 'pre', [2, 3])
      const { completion } = finish(person, 'aces-foundations', at, { failFirst: i < 2 })
      expect(completion.enrolmentId).toBe(enrolment.id)
      saveEvaluation(enrolment.id, 'post', i < 5 ? [4, 5] : null)
    })
    const evaluation = row(
      await buildReport(unit('merseyside'), fy(2022)),
      'evaluation',
      'ACEs: foundations',
    )
    // one closed batch of 5 pairs: mean before 2.5, after 4.5; the first-attempt rate over the
    // first batch of five completions, 3 of whom passed each check at once (the sixth waits)
    expect(evaluation!.cells.slice(0, 4)).toEqual([5, 2.5, 4.5, 2])
    expect(evaluation!.cells[4]).toBe('60%')
    // counted over custom dates, and rebuilt from the completions, it is the same row
    const year = { kind: 'custom', from: '2022-04', to: '2023-03' } as const
    expect(
      row(await buildReport(unit('merseyside'), year), 'evaluation', 'ACEs: foundations'),
    ).toEqual(evaluation)
    rebuildReportTotals()
    expect(
      row(await buildReport(unit('merseyside'), fy(2022)), 'evaluation', 'ACEs: foundations'),
    ).toEqual(evaluation)
  })
})

/** The whole summary, comparable: rows that hold nothing left out. */
const snapshot = () =>
  db
    .select()
    .from(reportTotals)
    .all()
    .filter((r) => r.people !== 0 || r.completions !== 0 || r.evaluationPairs !== 0)
    .map((r) => ({
      ...r,
      ratingBefore: r.ratingBefore.toFixed(6),
      ratingAfter: r.ratingAfter.toFixed(6),
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))

describe('people in progress', () => {
  test('a person who started a module in the period and has not finished it counts once, until they finish', async () => {
    const a = liverpool()
    const b = liverpool()
    startModule(a, 'aces-foundations', new Date('2012-05-01T09:00:00Z'))
    startModule(a, 'knife-crime-exploitation', new Date('2012-06-01T09:00:00Z'))
    startModule(b, 'aces-foundations', new Date('2013-05-01T09:00:00Z')) // the next year
    const inProgress = async (scope: { vruId: number; name: string }, period: Period) =>
      (await exactHeadline(scope, period)).inProgress
    const may = { kind: 'month', year: 2012, month: 5 } as const
    const june = { kind: 'month', year: 2012, month: 6 } as const
    const custom = { kind: 'custom', from: '2012-04', to: '2013-03' } as const
    const merseyside = unit('merseyside')
    const national = { vruId: NATIONAL, name: 'all' }
    // two modules open, one person
    expect(await inProgress(merseyside, fy(2012))).toBe(1)
    expect(await inProgress(national, fy(2012))).toBe(1)
    expect(await inProgress(merseyside, custom)).toBe(1)
    expect([await inProgress(merseyside, may), await inProgress(merseyside, june)]).toEqual([1, 1])
    expect(await inProgress(merseyside, fy(2013))).toBe(1)
    expect(await inProgress(unit('lancashire'), fy(2012))).toBe(0)

    // finishing one module leaves them in progress with the other
    finish(a, 'aces-foundations', new Date('2012-07-01T09:00:00Z'))
    expect(await inProgress(merseyside, fy(2012))).toBe(1)
    expect([await inProgress(merseyside, may), await inProgress(merseyside, june)]).toEqual([0, 1])
    // finishing both takes them out, wherever it is counted
    finish(a, 'knife-crime-exploitation', new Date('2012-08-01T09:00:00Z'))
    expect(await inProgress(merseyside, fy(2012))).toBe(0)
    expect(await inProgress(national, fy(2012))).toBe(0)
    expect(await inProgress(merseyside, custom)).toBe(0)
    expect(await inProgress(merseyside, fy(2013))).toBe(1)
    // and the summary kept current start by start equals a rebuild
    const incremental = snapshot()
    rebuildReportTotals()
    expect(snapshot()).toEqual(incremental)
  })
})

describe('the summary', () => {
  test('kept current completion by completion, it equals a rebuild from the completions', () => {
    finish(preston(), 'mias-story', new Date('2023-11-05T09:00:00Z'))
    const incremental = snapshot()
    rebuildReportTotals()
    expect(snapshot()).toEqual(incremental)
  })

  test('custom dates covering a financial year give the same figures as the year', async () => {
    const person = liverpool()
    finish(person, 'aces-foundations', new Date('2015-04-01T09:00:00Z'))
    finish(person, 'trauma-informed-schools', new Date('2016-03-31T21:00:00Z'))
    // someone who moves from Merseyside to Lancashire within a month counts once in it nationally
    const mover = liverpool()
    finish(mover, 'aces-foundations', new Date('2015-06-02T09:00:00Z'))
    const preston = organisationNamed('Riverside Academy, Preston')
    db.update(users)
      .set({ organisationId: preston.id, vruId: preston.vruId })
      .where(eq(users.id, mover.id))
      .run()
    finish(
      { ...mover, vruId: preston.vruId },
      'knife-crime-exploitation',
      new Date('2015-06-20T09:00:00Z'),
    )
    const range = periodRange(fy(2015))
    const strip = (m: Map<string, { groupKey: string; people: number; completions: number }[]>) =>
      [...m.entries()]
        .map(([d, rows]) => ({
          d,
          rows: rows
            .filter((r) => r.completions)
            .map((r) => `${r.groupKey}:${r.people}:${r.completions}`)
            .sort(),
        }))
        .filter(({ rows }) => rows.length > 0)
        .sort((a, b) => a.d.localeCompare(b.d))
    const months = monthRanges(fy(2015))
    for (const scope of [vruId('merseyside'), NATIONAL]) {
      const year = totalsFor(scope, 'y2015')
      year.set('organisation', organisationTotals(scope, 'y2015').rows as never)
      year.delete('in_progress')
      const counted = await customTotals(scope, range.start, range.end, months)
      expect(strip(counted.totals)).toEqual(strip(year))
      const byMonth = months.map((_, i) => {
        const key = `m${i < 9 ? 2015 : 2016}-${String(((i + 3) % 12) + 1).padStart(2, '0')}`
        const all = totalsFor(scope, key).get('all')?.[0]
        return { people: all?.people ?? 0, completions: all?.completions ?? 0 }
      })
      expect(counted.months).toEqual(byMonth)
    }
    const units = (await customTotals(NATIONAL, range.start, range.end, months)).units
    expect(units).toEqual(unitTotalsFor(['y2015']).map(({ period: _, ...unit }) => unit))
    const custom = await exactHeadline(unit('merseyside'), {
      kind: 'custom',
      from: '2015-04',
      to: '2016-03',
    })
    expect(custom).toMatchObject({ upskilled: 2, completions: 3 })
    const juneOnly = { kind: 'custom', from: '2015-06', to: '2015-06' } as const
    expect(await exactHeadline({ vruId: NATIONAL, name: 'all' }, juneOnly)).toMatchObject({
      upskilled: 1,
      completions: 2,
    })
    const june = await buildReport({ vruId: NATIONAL, name: 'all' }, juneOnly)
    expect(table(june, 'by-month').rows[0]!.cells).toEqual([null, null])
  })

  test('custom dates keep up with what changed since the last count', async () => {
    const period = { kind: 'custom', from: '2010-05', to: '2010-08' } as const
    const count = () => buildReport(unit('merseyside'), period)
    const headline = () => exactHeadline(unit('merseyside'), period)
    expect(await headline()).toMatchObject({ upskilled: 0, completions: 0, inProgress: 0 })
    // a start, then its completion with a self-rating before; the rating after comes later
    const person = liverpool()
    const enrolment = startModule(person, 'aces-foundations', new Date('2010-06-01T09:00:00Z'))!
    expect(await headline()).toMatchObject({ upskilled: 0, inProgress: 1 })
    saveEvaluation(enrolment.id, 'pre', [1, 2])
    finish(person, 'aces-foundations', new Date('2010-06-02T09:00:00Z'))
    expect(await headline()).toMatchObject({ upskilled: 1, completions: 1, inProgress: 0 })
    const { start, end } = periodRange(period)
    const pairs = async () =>
      (await customTotals(vruId('merseyside'), start, end, monthRanges(period))).totals
        .get('module')!
        .reduce((sum, r) => sum + r.evaluationPairs, 0)
    expect(await pairs()).toBe(0)
    saveEvaluation(enrolment.id, 'post', [4, 5])
    expect(await pairs()).toBe(1)
    // a completion earlier than those already counted still lands in its own month
    finish(liverpool(), 'aces-foundations', new Date('2010-05-03T09:00:00Z'))
    const months = table(await count(), 'by-month').rows.map((r) => r.label)
    expect(months).toEqual(['May 2010', 'June 2010', 'July 2010', 'August 2010'])
    expect(await headline()).toMatchObject({ upskilled: 2, completions: 2 })
    // an organisation's new type is the type its completions count under
    const school = organisationNamed('Riverside Academy, Liverpool')
    const types = async () =>
      (await customTotals(vruId('merseyside'), start, end, monthRanges(period))).totals
        .get('organisation_type')!
        .filter((r) => r.completions > 0)
        .map((r) => r.groupKey)
    expect(await types()).toEqual([school.type])
    try {
      db.update(organisations).set({ type: 'college' }).where(eq(organisations.id, school.id)).run()
      expect(await types()).toEqual(['college'])
    } finally {
      db.update(organisations)
        .set({ type: school.type })
        .where(eq(organisations.id, school.id))
        .run()
    }
  })

  test('custom dates asked for through the page are counted on the worker thread, to the same figures', async () => {
    const person = liverpool()
    finish(person, 'aces-foundations', new Date('2014-05-01T09:00:00Z'))
    finish(liverpool(), 'aces-foundations', new Date('2014-06-01T09:00:00Z'))
    const period = { kind: 'custom', from: '2014-04', to: '2014-06' } as const
    const here = await buildReport(unit('merseyside'), period, { limit: 10 })
    const data = (await reportsLoader({
      request: requestWith(
        await signInAs(DEMO.merseysideLead),
        '/reports?period=custom&from=2014-04&to=2014-06',
      ),
      params: {},
      context: { clientAddress: '127.0.0.1', cspNonce: '' },
    })) as Awaited<ReturnType<typeof reportsLoader>>
    expect(data.report.headline).toEqual(here.headline)
    expect(await exactHeadline(unit('merseyside'), period)).toMatchObject({
      upskilled: 2,
      completions: 2,
    })
    expect(data.report.tables).toEqual(here.tables)
  })
})

describe('live training', () => {
  test('attendance counts in professionals upskilled, by how people were trained and by course; someone who did a module and a workshop counts once', async () => {
    const merseyside = vruId('merseyside')
    const workshop = liveCourse(merseyside, { level: 'trauma-enhanced' })
    const webinar = liveCourse(null)
    // five do the module online and then go to the workshop; five others join the webinar
    const both = Array.from({ length: 5 }, () => liverpool())
    both.forEach((p, i) => {
      finish(p, 'aces-foundations', new Date(`2005-05-0${i + 1}T09:00:00Z`))
      attendLive(p, workshop, new Date(`2005-06-0${i + 1}T17:00:00Z`))
    })
    const webinarOnly = Array.from({ length: 5 }, () => liverpool())
    webinarOnly.forEach((p, i) =>
      attendLive(p, webinar, new Date(`2005-07-0${i + 1}T17:00:00Z`), { delivery: 'live_online' }),
    )
    for (const period of [fy(2005), { kind: 'custom', from: '2005-04', to: '2006-03' } as const]) {
      expect(await exactHeadline(unit('merseyside'), period)).toMatchObject({
        upskilled: 10,
        completions: 15,
      })
      const report = await buildReport(unit('merseyside'), period)
      expect(table(report, 'by-delivery').rows).toEqual([
        { label: 'Online', cells: [5, 5] },
        { label: 'Live in person', cells: [5, 5] },
        { label: 'Live online', cells: [5, 5] },
      ])
      expect(
        table(report, 'by-course')
          .rows.map((r) => [r.label, ...r.cells])
          .sort(),
      ).toEqual(
        [
          [workshop.title, 5, 5],
          [webinar.title, 5, 5],
        ].sort(),
      )
      // the workshop is at a higher level than the module: those five reached it
      expect(row(report, 'by-practice-level', 'Trauma-enhanced')!.cells).toEqual([5, 5])
      expect(row(report, 'by-practice-level', 'Trauma-skilled')!.cells).toEqual([5, 5])
      expect(tableCsv(table(report, 'by-delivery')).split('\r\n')).toEqual([
        'How people were trained,Professionals upskilled,Completions',
        'Online,5,5',
        'Live in person,5,5',
        'Live online,5,5',
        '',
      ])
    }
    // a module done online has no course; the national view counts the same people
    const national = await buildReport({ vruId: NATIONAL, name: 'all' }, fy(2005))
    expect(table(national, 'by-delivery').rows.map((r) => r.cells)).toEqual([
      [5, 5],
      [5, 5],
      [5, 5],
    ])
    expect(national.headline).toMatchObject({ upskilled: 10, completions: 15 })
  })

  test('fewer than 5 trained one way are not named, in the page data and the CSV', async () => {
    const course = liveCourse(vruId('merseyside'))
    for (let i = 0; i < 6; i++)
      finish(liverpool(), 'aces-foundations', new Date(`2006-05-0${i + 1}T09:00:00Z`))
    for (let i = 0; i < 2; i++)
      attendLive(liverpool(), course, new Date(`2006-06-0${i + 1}T17:00:00Z`), {
        delivery: 'live_online',
      })
    for (const period of [fy(2006), { kind: 'custom', from: '2006-04', to: '2006-09' } as const]) {
      const report = await buildReport(unit('merseyside'), period)
      const delivery = table(report, 'by-delivery')
      expect(delivery.rows.map((r) => r.label)).not.toContain('Live online')
      // the smallest named group joins the rest, so the rest gives nobody away
      expect(delivery.rows.map((r) => r.label)).toEqual([OTHER_GROUPS])
      expect(delivery.rows[0]!.cells).toEqual([8, 8])
      expect(table(report, 'by-course').rows).toEqual([
        { label: OTHER_GROUPS, cells: [null, null] },
      ])
      expect(tableCsv(table(report, 'by-course'))).toContain(FEWER_THAN_5)
      expect(tableCsv(table(report, 'by-course'))).not.toContain(course.title)
    }
  })

  test('the summary equals a rebuild and custom dates give the year, with attendance and its ratings by course', async () => {
    const merseyside = vruId('merseyside')
    const covering = liveCourse(merseyside, { covers: 'trauma-informed-schools' })
    const plain = liveCourse(merseyside, { level: 'specialist' })
    const national = liveCourse(null)
    const mover = liverpool()
    finish(mover, 'aces-foundations', new Date('2007-04-10T09:00:00Z'))
    attendLive(mover, plain, new Date('2007-05-10T17:00:00Z'), { ratings: [2, 4] })
    for (let i = 0; i < 4; i++) {
      const p = i % 2 ? liverpool() : preston()
      attendLive(p, covering, new Date(`2007-06-1${i}T17:00:00Z`), { ratings: [1, 3] })
      attendLive(p, national, new Date(`2007-07-1${i}T17:00:00Z`), {
        delivery: 'live_online',
        ratings: [3, 5],
      })
    }
    const incremental = snapshot()
    rebuildReportTotals()
    expect(snapshot()).toEqual(incremental)
    // the rating pairs of a course that covers no module count under the course
    const year = totalsFor(merseyside, 'y2007')
    expect(year.get('course')!.find((r) => r.groupKey === String(plain.id))).toMatchObject({
      people: 1,
      completions: 1,
      evaluationPairs: 1,
      ratingBefore: 2,
      ratingAfter: 4,
    })
    expect(year.get('course')!.find((r) => r.groupKey === String(covering.id))).toMatchObject({
      people: 2,
      evaluationPairs: 0,
    })
    expect(year.get('module')!.find((r) => r.groupKey === String(covering.moduleId))).toMatchObject(
      { people: 2, evaluationPairs: 2 },
    )
    const range = periodRange(fy(2007))
    const months = monthRanges(fy(2007))
    const figures = (rows: TotalsRow[]) =>
      rows
        .filter((r) => r.completions)
        .map((r) =>
          [
            r.groupKey,
            r.people,
            r.completions,
            r.evaluationPairs,
            r.ratingBefore,
            r.ratingAfter,
          ].join(':'),
        )
        .sort()
    for (const scope of [merseyside, vruId('lancashire'), NATIONAL]) {
      const counted = await customTotals(scope, range.start, range.end, months)
      const summary = totalsFor(scope, 'y2007')
      for (const d of ['all', 'sector', 'module', 'level', 'delivery', 'course']) {
        const wanted =
          d === 'module' || d === 'course'
            ? figures
            : (rows: TotalsRow[]) =>
                figures(
                  rows.map((r) => ({ ...r, evaluationPairs: 0, ratingBefore: 0, ratingAfter: 0 })),
                )
        expect(wanted(counted.totals.get(d) ?? []), `${scope} ${d}`).toEqual(
          wanted(summary.get(d) ?? []),
        )
      }
    }
  })
})

describe('tenancy', () => {
  test("a Lancashire lead's report holds nothing from Merseyside, by query and over HTTP", async () => {
    const at = new Date('2024-06-01T09:00:00Z')
    for (let i = 0; i < 5; i++) finish(liverpool(), 'aces-foundations', at)
    for (let i = 0; i < 5; i++) finish(preston(), 'aces-foundations', at)
    const lancashire = await buildReport(unit('lancashire'), fy(2024))
    expect(lancashire.headline.upskilled).toBe(5)
    const merseysideOrganisations = db
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.vruId, vruId('merseyside')))
      .all()
      .map((o) => o.name)
    const labels = lancashire.tables.flatMap((t) => t.rows.map((r) => r.label))
    for (const name of merseysideOrganisations) expect(labels).not.toContain(name)
    expect(labels).not.toContain('Liverpool')

    // over HTTP: the loader the page uses, asked for Merseyside by address, still answers Lancashire
    const cookie = await signInAs(DEMO.lancashireLead)
    const url = `/reports?period=year&year=2024&unit=${vruId('merseyside')}`
    const data = (await reportsLoader({
      request: requestWith(cookie, url),
      params: {},
      context: { clientAddress: '127.0.0.1', cspNonce: '' },
    })) as Awaited<ReturnType<typeof reportsLoader>>
    expect(data.report.scopeName).toBe('Lancashire Violence Reduction Network')
    expect(data.report.headline.upskilled).toBe(5)
    const response = await csvLoader({
      request: requestWith(
        cookie,
        `/reports/by-organisation.csv?period=year&year=2024&unit=${vruId('merseyside')}`,
      ),
      params: { table: 'by-organisation' },
      context: { clientAddress: '127.0.0.1', cspNonce: '' },
    })
    expect(response.headers.get('Content-Disposition')).toContain(
      'upstream-lancashire-by-organisation-2024-25.csv',
    )
    const text = await response.text()
    expect(text).toContain('Riverside Academy, Preston')
    expect(text).not.toContain('Liverpool')

    // and a learner may not open reports at all
    const learnerCookie = await signInAs(DEMO.merseysideTeacher)
    await expect(
      reportsLoader({
        request: requestWith(learnerCookie, '/reports'),
        params: {},
        context: { clientAddress: '127.0.0.1', cspNonce: '' },
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  test('the national view counts every unit and lists them side by side', async () => {
    // one Welsh learner besides the five in each of Merseyside and Lancashire
    finish(
      learner('Riverside Academy, Cardiff'),
      'aces-foundations',
      new Date('2024-07-01T09:00:00Z'),
    )
    const report = await buildReport({ vruId: NATIONAL, name: 'All' }, fy(2024))
    expect(report.headline.upskilled).toBe(11)
    const cells = (label: string) => report.units!.rows.find((r) => r.label === label)?.cells
    expect(cells('Merseyside Violence Reduction Partnership')).toEqual([5, 5])
    // Wales's one person is not named; with Lancashire's five (the smallest named), the rest
    // holds at least 5, so the headline minus the named units gives no one away
    expect(cells('Wales Violence Prevention Unit')).toBeUndefined()
    expect(cells('Other units (not named)')).toEqual([6, 6])
    expect(report.units!.rows.map((r) => r.label)).toHaveLength(2)
  })
})

describe('the organisation lead', () => {
  test('staff compliance: each person and assigned module, with status, filterable and as CSV', async () => {
    const school = organisationNamed('Brookside Primary School, Wirral')
    const lead = userRow(DEMO.schoolLead)
    const done = learner('Brookside Primary School, Wirral')
    const going = learner('Brookside Primary School, Wirral')
    const late = learner('Brookside Primary School, Wirral')
    const aces = db.select().from(modules).where(eq(modules.slug, 'aces-foundations')).get()!
    db.insert(assignments)
      .values({
        moduleId: aces.id,
        organisationId: school.id,
        dueAt: new Date('2030-01-01'),
        assignedById: lead.id,
      })
      .run()
    finish(done, 'aces-foundations', new Date('2025-09-01T10:00:00Z'))
    startModule(going, 'aces-foundations', new Date())
    const rows = staffCompliance(school.id, Date.parse('2029-06-01'))
    const status = (id: string) => rows.find((r) => r.userId === id)?.status
    expect(status(done.id)).toBe('complete')
    expect(status(going.id)).toBe('in-progress')
    expect(status(late.id)).toBe('not-started')
    // after the due date, who has not finished is overdue
    const later = staffCompliance(school.id, Date.parse('2030-02-01'))
    expect(later.find((r) => r.userId === late.id)?.status).toBe('overdue')
    expect(later.find((r) => r.userId === going.id)?.status).toBe('overdue')
    const overdueOnly = filterCompliance(
      later,
      complianceFiltersFrom(new URLSearchParams('status=overdue')),
    )
    expect(overdueOnly.map((r) => r.userId).sort()).toEqual([going.id, late.id].sort())
    const csv = complianceCsv(rows)
    expect(csv.split('\r\n')[0]).toBe(
      'Name,Email,Job role,Module,Status,Due,Completed,In date until',
    )
    expect(csv).toContain(
      `${done.name},${done.email},,ACEs: foundations,Complete,2030-01-01,2025-09-01,`,
    )
    // the unit's report counts the two overdue people, the other unit none
    const dueMonth: Period = { kind: 'custom', from: '2029-12', to: '2030-01' }
    const now = Date.parse('2030-02-01')
    expect((await exactHeadline(unit('merseyside'), dueMonth, now)).overdue).toBe(2)
    expect((await exactHeadline(unit('lancashire'), dueMonth, now)).overdue).toBe(0)
    // nobody from another organisation is listed
    expect(rows.every((r) => r.email !== DEMO.merseysideTeacher)).toBe(true)
  })

  test('a CSV of staff with an error row invites nobody until the lead chooses the valid rows', async () => {
    const stamp = Date.now()
    const csv = [
      'Name,Email,Job role',
      `Ada Lovelace,ada.${stamp}@school.test,Teacher`,
      `No Email,,Teaching assistant`,
      `Grace Hopper,grace.${stamp}@school.test,Pastoral lead`,
      `Ada Again,ADA.${stamp}@school.test,Teacher`,
      `Tom Barker,${DEMO.merseysideTeacher},Teacher`,
    ].join('\n')
    const checked = checkStaffCsv(sessionUser(DEMO.schoolLead), csv)
    expect(checked.rows.filter((r) => r.errors.length).map((r) => r.line)).toEqual([3, 5])
    expect(checked.rows[3]!.errors).toContain('The same email address is on line 2')
    // someone who has joined already is named as such and left out, not an error
    expect(checked.rows[4]).toMatchObject({ line: 6, already: 'joined', errors: [] })

    const cookie = await signInAs(DEMO.schoolLead)
    const post = (body: FormData) =>
      organisationAction({
        request: new Request('http://localhost:3000/organisation', {
          method: 'POST',
          body,
          headers: { Cookie: cookiePair(cookie) },
        }),
        params: {},
        context: { clientAddress: '127.0.0.1', cspNonce: '' },
      })
    const upload = new FormData()
    upload.set('intent', 'check')
    upload.set('file', new File([csv], 'staff.csv', { type: 'text/csv' }))
    const refused = (await post(upload)) as unknown as {
      data: { rows: { line: number }[]; validCount: number; csv: string }
      init: { status: number }
    }
    expect(refused.init.status).toBe(400)
    expect(refused.data.rows.map((r) => r.line)).toEqual([3, 5])
    expect(refused.data.validCount).toBe(2)
    const invitedTo = (email: string) =>
      db.select().from(invitations).where(eq(invitations.email, email)).all()
    expect(invitedTo(`ada.${stamp}@school.test`)).toHaveLength(0)

    const choose = new FormData()
    choose.set('intent', 'import-valid')
    choose.set('csv', refused.data.csv)
    const done = (await post(choose)) as { ok: boolean; invited: number; skipped: number }
    // the two error rows skipped; the joined teacher left out apart
    expect(done).toMatchObject({ ok: true, invited: 2, skipped: 2 })
    const ada = invitedTo(`ada.${stamp}@school.test`)
    expect(ada).toHaveLength(1)
    expect(ada[0]).toMatchObject({
      role: 'learner',
      organisationId: userRow(DEMO.schoolLead).organisationId,
      jobRole: 'Teacher',
    })
    expect(invitedTo(`grace.${stamp}@school.test`)).toHaveLength(1)
  })
})
