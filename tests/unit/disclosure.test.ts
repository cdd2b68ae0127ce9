/**
 * Statistical disclosure control (docs/decisions/010-disclosure-control.md), on a real database
 * with learners who finish modules as a browser would. Each test works in its own financial
 * year, far from the others', so none sees another's completions.
 */
import { eq } from 'drizzle-orm'
import fc from 'fast-check'
import { beforeAll, describe, expect, test } from 'vitest'
import { completions, db, evaluationBatches, organisations, sqlite, users } from '#app/db.server.ts'
import { saveEvaluation } from '#app/learning/evaluations.server.ts'
import { importPacks } from '#app/learning/packs.server.ts'
import { startModule } from '#app/learning/progress.server.ts'
import {
  discloseGroups,
  discloseRanking,
  evaluationByBatches,
  fillEvaluationSpans,
  type ModuleEvaluation,
  OTHER_GROUPS,
} from '#app/reporting/disclosure.server.ts'
import { type Period, periodRange } from '#app/reporting/periods.ts'
import { buildReport, exactHeadline } from '#app/reporting/report-counting.server.ts'
import { tableCsv } from '#app/reporting/report-export.server.ts'
import { periodFrom } from '#app/reporting/report-request.server.ts'
import { byPeople, type Report, type ReportScope } from '#app/reporting/types.ts'
import { ukMidnight } from '#app/utils/uk-dates.ts'
import { addPerson, finishModule, organisationNamed, sessionUser, vruId } from './helpers.ts'

// reading the packs in takes seconds on a busy machine
beforeAll(() => {
  expect(importPacks().filter((r) => r.status === 'refused')).toEqual([])
}, 60_000)

type Sector = 'education' | 'health' | 'police'
let counter = 0
function learnerAt(organisationId: number, sector: Sector = 'education') {
  const email = addPerson(`sdc${++counter}.${Date.now()}@example.test`, organisationId)
  db.update(users).set({ sector }).where(eq(users.email, email)).run()
  return sessionUser(email)
}
const learnerIn = (organisationName: string, sector?: Sector) =>
  learnerAt(organisationNamed(organisationName).id, sector)

/** A learner finishes a module at `at`, rating themselves before and after (null: skipped). */
function complete(
  person: ReturnType<typeof sessionUser>,
  slug: string,
  at: Date,
  { before = null, after = null, passFirst = true }: Partial<Rated> = {},
) {
  const enrolment = startModule(person, slug, at)!
  if (before !== null) saveEvaluation(enrolment.id, 'pre', [before])
  const { completion } = finishModule(person, slug, at, { failFirst: () => !passFirst })
  expect(completion, `${slug} completed`).not.toBeNull()
  if (after !== null) saveEvaluation(enrolment.id, 'post', [after])
  return completion!
}
type Rated = { before: number | null; after: number | null; passFirst: boolean }

const unit = (slug: string): ReportScope => ({ vruId: vruId(slug), name: slug })
const months = (from: string, to: string): Period => ({ kind: 'custom', from, to })
const table = (report: Report, id: string) => report.tables.find((t) => t.id === id)!

/** Breakdowns in which each person is in one group, and the module breakdown, which is not. */
const PARTITIONS = [
  'by-sector',
  'by-organisation-type',
  'by-local-authority',
  'by-area',
  'by-organisation',
  'by-practice-level',
]
const BREAKDOWNS = [...PARTITIONS, 'by-module', 'by-delivery']
const isOther = (label: string) => label.startsWith('Other ')
const tooFew = (n: number | string | null | undefined) => typeof n === 'number' && n > 0 && n < 5

describe('disclosure control', () => {
  test('a one-day range names no group and withholds a headline of one', async () => {
    const nurse = learnerIn('Wirral Hospital Emergency Department', 'health')
    complete(nurse, 'aces-foundations', new Date('2031-05-14T10:00:00Z'))
    // a range of one day is refused: custom ranges are whole months
    const oneDay = periodFrom(new URLSearchParams('period=custom&from=2031-05-14&to=2031-05-14'))
    expect(oneDay.errors.from).toMatch(/whole months/)
    expect(oneDay.period.kind).toBe('year')

    // the shortest range there is, the month, withholds the headline and names no group
    for (const period of [months('2031-05', '2031-05'), { kind: 'month', year: 2031, month: 5 }]) {
      const report = await buildReport(unit('merseyside'), period as Period)
      expect(report.headline).toEqual({
        upskilled: null,
        completions: null,
        inProgress: 0,
        overdue: 0,
        staffInDate: 'none required',
      })
      // Merseyside has no hub-and-spoke areas
      for (const id of BREAKDOWNS.filter((id) => id !== 'by-area')) {
        expect(table(report, id).rows.map((r) => r.label)).toEqual([OTHER_GROUPS])
        expect(table(report, id).rows[0]!.cells).toEqual([null, null])
      }
      const everything = report.tables.map(tableCsv).join('\n')
      for (const name of ['Wirral', 'Health', 'ACEs: foundations', 'Trauma-aware']) {
        expect(everything).not.toContain(name)
      }
      expect(table(report, 'by-month').rows.map((r) => r.cells)).toEqual([[null, null]])
    }
  })

  test("two ranges differing by one person do not give away that person's ratings or first-attempt result", async () => {
    const school = 'Riverside Academy, Liverpool'
    // five people in May rate themselves 2 then 4 and pass at once
    for (let i = 0; i < 5; i++) {
      complete(learnerIn(school), 'aces-foundations', new Date(`2032-05-0${i + 1}T10:00:00Z`), {
        before: 2,
        after: 4,
        passFirst: true,
      })
    }
    // a sixth in June rates 1 then 5, and fails at the first attempt
    complete(learnerIn(school), 'aces-foundations', new Date('2032-06-10T10:00:00Z'), {
      before: 1,
      after: 5,
      passFirst: false,
    })
    const evaluation = async (period: Period) =>
      table(await buildReport(unit('merseyside'), period), 'evaluation')
    const may = await evaluation(months('2032-05', '2032-05'))
    const mayJune = await evaluation(months('2032-05', '2032-06'))
    const year = await evaluation({ kind: 'year', year: 2032 })
    expect(may.rows).toEqual([
      {
        label: 'ACEs: foundations',
        lang: 'en',
        cells: [5, 2, 4, 2, expect.stringMatching(/%$/)],
      },
    ])
    // the sixth is in no closed batch: every range and every download says the same
    expect(mayJune).toEqual(may)
    expect(year).toEqual(may)
    expect(tableCsv(mayJune)).toBe(tableCsv(may))
    // the first batch of five is whole, so a June-only range counts nobody's evaluation
    expect((await evaluation(months('2032-06', '2032-06'))).rows).toEqual([])
  })

  test('headline minus the named organisations never leaves fewer than 5 people', async () => {
    const at = new Date('2033-06-01T10:00:00Z')
    const groups = {
      'Riverside Academy, Liverpool': 6,
      'Brookside Primary School, Wirral': 5,
      'Sefton College': 1,
    }
    for (const [name, people] of Object.entries(groups)) {
      for (let i = 0; i < people; i++) complete(learnerIn(name), 'aces-foundations', at)
    }
    const report = await buildReport(unit('merseyside'), { kind: 'year', year: 2033 })
    expect(report.headline.upskilled).toBe(12)
    const rows = table(report, 'by-organisation').rows
    const named = rows.filter((r) => !isOther(r.label))
    expect(named.map((r) => r.label)).toEqual(['Riverside Academy, Liverpool'])
    const rest = 12 - named.reduce((sum, r) => sum + Number(r.cells[0]), 0)
    expect(rest).toBe(6)
    // Brookside's five joined Sefton's one, so the "Other groups" row is not a person
    expect(rows.find((r) => isOther(r.label))!.cells).toEqual([6, 6])
    expect(tableCsv(table(report, 'by-organisation'))).not.toContain('Sefton')
    // a link only where a group is named
    expect(rows.filter((r) => r.href).map((r) => r.label)).toEqual(['Riverside Academy, Liverpool'])
  })
})

/** Evaluation as the batches closed within [start, end) sum it, read from the batches. */
function batchesWithin(vruId: number, start: number, end: number) {
  return sqlite
    .prepare<
      { vruId: number; start: number; end: number },
      { moduleId: number; series: string; members: number; before: number; passed: number }
    >(
      `select module_id as moduleId, series, sum(members) as members,
         sum(rating_before) as before, sum(checks_passed_first_time) as passed
       from evaluation_batches
       where (:vruId = 0 or vru_id = :vruId) and members = 5
         and first_at >= :start and last_at < :end
       group by module_id, series order by module_id, series`,
    )
    .all({ vruId, start, end })
}
const byModule = (evaluation: ModuleEvaluation[]) =>
  evaluation
    .sort((a, b) => a.moduleId - b.moduleId)
    .flatMap((m) => [
      ...(m.checked > 0
        ? [
            {
              moduleId: m.moduleId,
              series: 'checks',
              members: m.checked,
              before: 0,
              passed: m.checksPassedFirstTime,
            },
          ]
        : []),
      ...(m.pairs > 0
        ? [
            {
              moduleId: m.moduleId,
              series: 'ratings',
              members: m.pairs,
              before: m.meanBefore! * m.pairs,
              passed: 0,
            },
          ]
        : []),
    ])

describe('disclosure control over a ranking', () => {
  const group = fc.record({ people: fc.nat({ max: 12 }), completions: fc.nat({ max: 20 }) })
  test('a page that reads the largest groups, the sums and the smallest on request releases what reading every group does', () => {
    fc.assert(
      fc.property(
        fc.array(group, { maxLength: 30 }),
        fc.option(fc.nat({ max: 200 }), { nil: undefined }),
        fc.integer({ min: 1, max: 5 }),
        (drawn, partition, limit) => {
          const groups = drawn.map((g, i) => ({
            groupKey: String(i),
            people: g.people,
            completions: Math.max(g.completions, g.people > 0 ? 1 : 0),
          }))
          const whole = discloseGroups(groups, partition)
          const named = [...groups].filter((g) => g.people >= 5).sort(byPeople)
          const folded = groups.filter((g) => g.people < 5)
          const sum = (rows: typeof groups, key: 'people' | 'completions') =>
            rows.reduce((total, r) => total + r[key], 0)
          const ranked = discloseRanking(
            {
              largest: named.slice(0, limit),
              named: { count: named.length, people: sum(named, 'people') },
              folded: { people: sum(folded, 'people'), completions: sum(folded, 'completions') },
              smallest: (k) => named[named.length - 1 - k]!,
            },
            partition,
          )
          expect(ranked.named).toEqual(whole.named.slice(0, limit))
          expect(ranked.namedCount).toBe(whole.named.length)
          expect(ranked.other).toEqual(whole.other)
        },
      ),
      { numRuns: 500 },
    )
  })
})

describe('evaluation summed by month', () => {
  test('summed again from the batches, it is what closing each batch kept', async () => {
    // batches that close within a month, and across months and quarters
    for (const [i, day] of [
      '2034-04-29',
      '2034-04-30',
      '2034-05-01',
      '2034-06-30',
      '2034-07-01',
      '2034-07-02',
      '2034-08-15',
      '2034-09-01',
      '2034-10-31',
      '2034-11-01',
      '2034-11-02',
    ].entries()) {
      complete(
        learnerIn('Riverside Academy, Liverpool'),
        'aces-foundations',
        new Date(`${day}T${10 + (i % 8)}:00:00Z`),
        {
          before: 2,
          after: 4,
        },
      )
    }
    const kept = sqlite.prepare('select * from evaluation_spans order by 1, 2, 3, 4, 5').all()
    expect(kept.length).toBeGreaterThan(0)
    sqlite.prepare('delete from evaluation_spans').run()
    expect(fillEvaluationSpans()).toBeGreaterThan(0)
    expect(sqlite.prepare('select * from evaluation_spans order by 1, 2, 3, 4, 5').all()).toEqual(
      kept,
    )
    // a quarter holds the batches within it, not those crossing into the next
    const q1 = periodRange({ kind: 'quarter', year: 2034, quarter: 1 })
    expect(byModule(evaluationByBatches(vruId('merseyside'), q1.start, q1.end))).toEqual(
      batchesWithin(vruId('merseyside'), q1.start, q1.end),
    )
  })
})

// --- The property: whatever the data and whichever ranges, no one is singled out -----------

const RUNS = Number(process.env.FAST_CHECK_RUNS ?? 4)
const MODULES = ['aces-foundations', 'knife-crime-exploitation', 'trauma-informed-schools']
const SECTORS: Sector[] = ['education', 'health', 'police']

type Finished = { module: number; month: number; day: number } & Rated

const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 })
const finished = fc.record({
  module: fc.nat({ max: MODULES.length - 1 }),
  month: fc.nat({ max: 11 }),
  day: fc.integer({ min: 1, max: 28 }),
  before: rating,
  after: rating,
  passFirst: fc.boolean(),
})
const person = fc.record({
  organisation: fc.nat({ max: 3 }),
  sector: fc.nat({ max: SECTORS.length - 1 }),
  finished: fc.uniqueArray(finished, { minLength: 1, maxLength: 2, selector: (f) => f.module }),
})
const monthRange = fc
  .tuple(fc.nat({ max: 11 }), fc.nat({ max: 11 }))
  .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const)

/** Two units, one data set each: the same people and times, ratings perhaps changed. */
const UNITS = ['merseyside', 'lancashire'] as const
/** Each run (shrinking included) in a year of its own, counting down, clear of the tests above. */
let nextYear = 1990

describe('disclosure control, over any data', () => {
  test(
    'no row names fewer than 5, the headline minus named rows is never 1 to 4, and no one’s ratings or first-attempt result can be worked out',
    async () => {
      const organisationsOf = Object.fromEntries(
        UNITS.map((slug) => [
          slug,
          db
            .select({ id: organisations.id })
            .from(organisations)
            .where(eq(organisations.vruId, vruId(slug)))
            .orderBy(organisations.id)
            .all()
            .slice(0, 4)
            .map((o) => o.id),
        ]),
      )
      await fc.assert(
        fc.asyncProperty(
          fc.array(person, { minLength: 1, maxLength: 14 }),
          monthRange,
          monthRange,
          fc.nat(),
          fc.nat(),
          async (people, first, second, pick, partner) => {
            const year = nextYear--
            const at = (f: Finished, i: number) =>
              new Date(ukMidnight(year, 4 + f.month, f.day) + 9 * 3_600_000 + i * 60_000)
            // every completion of the data set, in time order: the order batches form in
            const events = people
              .flatMap((p, i) => p.finished.map((f) => ({ person: i, f, at: at(f, i) })))
              .sort((a, b) => a.at.getTime() - b.at.getTime() || a.person - b.person)

            // world A: the data as generated, in Merseyside
            const learners = (slug: (typeof UNITS)[number]) =>
              people.map((p) =>
                learnerAt(organisationsOf[slug]![p.organisation]!, SECTORS[p.sector]),
              )
            const inA = learners('merseyside')
            const completionIds = events.map(
              (e) => complete(inA[e.person]!, MODULES[e.f.module]!, e.at, e.f).id,
            )

            // world B, in Lancashire: one person's answers changed. Where their batch is closed,
            // swapped with another member of it (the batch's sums stay the same); else changed
            const changed = events.map((e) => ({ ...e.f }))
            const p = pick % events.length
            const batchOf = (id: number) =>
              db.select().from(completions).where(eq(completions.id, id)).get()!
            const closed = (batch: number | null) =>
              batch !== null &&
              db.select().from(evaluationBatches).where(eq(evaluationBatches.id, batch)).get()!
                .members === 5
            const mine = batchOf(completionIds[p]!)
            const sharing = (key: 'ratingBatchId' | 'checkBatchId') =>
              completionIds
                .map((id, i) => ({ i, batch: batchOf(id)[key] }))
                .filter((c) => c.i !== p && c.batch === mine[key])
            if (closed(mine.ratingBatchId)) {
              const others = sharing('ratingBatchId')
              const q = others[partner % others.length]!.i
              ;[changed[p]!.before, changed[q]!.before] = [changed[q]!.before, changed[p]!.before]
              ;[changed[p]!.after, changed[q]!.after] = [changed[q]!.after, changed[p]!.after]
            } else if (changed[p]!.before !== null && changed[p]!.after !== null) {
              changed[p]!.before = 6 - changed[p]!.before!
              changed[p]!.after = changed[p]!.after === 3 ? 1 : 6 - changed[p]!.after!
            }
            if (closed(mine.checkBatchId)) {
              const others = sharing('checkBatchId')
              const q = others[partner % others.length]!.i
              ;[changed[p]!.passFirst, changed[q]!.passFirst] = [
                changed[q]!.passFirst,
                changed[p]!.passFirst,
              ]
            } else {
              changed[p]!.passFirst = !changed[p]!.passFirst
            }
            const inB = learners('lancashire')
            events.forEach((e, i) =>
              complete(inB[e.person]!, MODULES[e.f.module]!, e.at, changed[i]),
            )

            const ym = (m: number) => {
              const month = ((3 + m) % 12) + 1
              return `${month < 4 ? year + 1 : year}-${String(month).padStart(2, '0')}`
            }
            const periods: Period[] = [
              { kind: 'year', year },
              months(ym(first[0]), ym(first[1])),
              months(ym(second[0]), ym(second[1])),
            ]
            for (const period of periods) {
              const reports = await Promise.all(
                UNITS.map((slug) => buildReport(unit(slug), period)),
              )
              for (const [k, report] of reports.entries()) {
                const headline = await exactHeadline(unit(UNITS[k]!), period)
                for (const t of [...report.tables]) {
                  const named = t.rows.filter((r) => !isOther(r.label))
                  // (i) no named group describes 1 to 4 people, and no month either
                  if (BREAKDOWNS.includes(t.id) || t.id === 'by-month') {
                    for (const r of named)
                      expect(tooFew(r.cells[0]) || tooFew(r.cells[1])).toBe(false)
                  }
                  if (BREAKDOWNS.includes(t.id)) {
                    for (const r of named) expect(r.cells[0]).toBeGreaterThanOrEqual(5)
                  }
                  // (ii) the headline, where released, minus the named groups is 0 or at least 5
                  if (PARTITIONS.includes(t.id) && report.headline.upskilled !== null) {
                    const rest =
                      report.headline.upskilled -
                      named.reduce((sum, r) => sum + Number(r.cells[0]), 0)
                    expect(tooFew(rest), `${t.id}: ${rest} left`).toBe(false)
                  }
                }
                expect(report.headline.upskilled).toBe(
                  tooFew(headline.upskilled) ? null : headline.upskilled,
                )
              }
              // (iii) every released evaluation figure is the same in both worlds
              expect(table(reports[1]!, 'evaluation')).toEqual(table(reports[0]!, 'evaluation'))
              for (const [k, report] of reports.entries()) {
                const scope = unit(UNITS[k]!)
                // (iv) the batches summed by month are the batches the range holds
                const range = periodRange(period)
                expect(byModule(evaluationByBatches(scope.vruId, range.start, range.end))).toEqual(
                  batchesWithin(scope.vruId, range.start, range.end),
                )
                // (v) a page ranking the organisations shows what the whole list starts with
                if (period.kind !== 'year') continue
                const whole = table(report, 'by-organisation')
                const paged = table(
                  await buildReport(scope, period, { limit: 1 }),
                  'by-organisation',
                )
                const other = whole.rows.filter((r) => isOther(r.label))
                expect(paged.rows).toEqual([
                  ...whole.rows.filter((r) => !isOther(r.label)).slice(0, 1),
                  ...other,
                ])
                expect(paged.total).toBe(whole.total)
              }
            }
          },
        ),
        { numRuns: RUNS },
      )
    },
    20_000 + RUNS * 2_000,
  )
})
