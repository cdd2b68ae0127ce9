/**
 * Reach of the classroom packs on a real database: deliveries across two units in a financial
 * year no other test uses (2015 to 2016), every figure checked against a plain recount of what
 * was inserted, and the page's CSV checked for tenancy.
 */
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import {
  areas,
  classroomDeliveries,
  db,
  modules,
  moduleVersions,
  organisations,
  sqlite,
  users,
} from '#app/db.server.ts'
import { importPacks } from '#app/learning/packs.server.ts'
import { type Period } from '#app/reporting/periods.ts'
import {
  countReach,
  packShares,
  quarterOfMonth,
  SCHOOL_TYPES,
  schoolsNotYetUsing,
  type ReachGroup,
} from '#app/reporting/reach.server.ts'
import { buildReach } from '#app/reporting/reach-tables.server.ts'
import { NATIONAL } from '#app/reporting/types.ts'
import { loader as csvLoader } from '#app/routes/reports+/$table[.csv].ts'
import { loader as reportsLoader } from '#app/routes/reports+/_index.tsx'
import { addPerson, DEMO, requestWith, signInAs, userRow, vruId } from './helpers.ts'

type Delivery = {
  vruId: number
  organisationId: number
  type: string
  areaId: number | null
  moduleId: number
  day: string
  yearGroup: number
  pupils: number
}
const delivered: Delivery[] = []
let packs: { edge: number; mia: number }
let merseyside: number
let lancashire: number
let made = 0
let lancashireTeacher = ''
let merseysideTeacher = ''

function pack(slug: string) {
  const m = db.select().from(modules).where(eq(modules.slug, slug)).get()!
  const v = db.select().from(moduleVersions).where(eq(moduleVersions.moduleId, m.id)).all()
  return { moduleId: m.id, versionId: v.at(-1)!.id }
}

function school(unit: number, type: (typeof SCHOOL_TYPES)[number] | 'police', areaId?: number) {
  return db
    .insert(organisations)
    .values({
      vruId: unit,
      areaId: areaId ?? null,
      name: `Reach school ${++made}`,
      type,
      localAuthority: 'Testshire',
    })
    .returning()
    .get()
}

/** A delivery as the teacher's form writes it: the unit, school, type and area as they are now. */
function deliver(
  teacherEmail: string,
  slug: string,
  day: string,
  yearGroup: number,
  pupils: number,
) {
  const teacher = userRow(teacherEmail)
  const organisation = db
    .select()
    .from(organisations)
    .where(eq(organisations.id, teacher.organisationId!))
    .get()!
  const { moduleId, versionId } = pack(slug)
  db.insert(classroomDeliveries)
    .values({
      teacherId: teacher.id,
      vruId: organisation.vruId,
      organisationId: organisation.id,
      organisationType: organisation.type,
      areaId: organisation.areaId,
      moduleId,
      moduleVersionId: versionId,
      deliveredOn: day,
      lessons: ['the-film'],
      yearGroup,
      pupils,
      setting: 'class',
      concernPassedOn: false,
      updatedAt: new Date(),
    })
    .run()
  delivered.push({
    vruId: organisation.vruId,
    organisationId: organisation.id,
    type: organisation.type,
    areaId: organisation.areaId,
    moduleId,
    day,
    yearGroup,
    pupils,
  })
}

/** The plain recount: the figures of the deliveries that pass `keep`. */
function recount(keep: (d: Delivery) => boolean) {
  const rows = delivered.filter(keep)
  return {
    schools: new Set(rows.map((d) => d.organisationId)).size,
    sessions: rows.length,
    pupils: rows.reduce((sum, d) => sum + d.pupils, 0),
  }
}
const fy2015: Period = { kind: 'year', year: 2015 }
const in2015 = (d: Delivery) => d.day >= '2015-04-01' && d.day < '2016-04-01'
const figuresOf = (g: ReachGroup) => ({
  schools: g.schools,
  sessions: g.sessions,
  pupils: g.pupils,
})

beforeAll(() => {
  expect(importPacks().filter((r) => r.status === 'refused')).toEqual([])
  packs = { edge: pack('to-the-edge').moduleId, mia: pack('mias-story').moduleId }
  merseyside = vruId('merseyside')
  lancashire = vruId('lancashire')
  const wirral = db
    .insert(areas)
    .values({ vruId: merseyside, name: 'Reach test area' })
    .returning()
    .get()
  const secondary = school(merseyside, 'secondary', wirral.id)
  const primary = school(merseyside, 'primary')
  const special = school(merseyside, 'special', wirral.id)
  const other = school(lancashire, 'secondary')
  const t1 = addPerson(`reach.t1.${Date.now()}@example.test`, secondary.id)
  const t2 = addPerson(`reach.t2.${Date.now()}@example.test`, primary.id)
  const t3 = addPerson(`reach.t3.${Date.now()}@example.test`, special.id)
  const t4 = addPerson(`reach.t4.${Date.now()}@example.test`, other.id)
  lancashireTeacher = t4
  merseysideTeacher = t1
  // across the year, both packs, the same school more than once in a month and a quarter
  deliver(t1, 'to-the-edge', '2015-04-01', 9, 28)
  deliver(t1, 'to-the-edge', '2015-04-20', 10, 30)
  deliver(t1, 'mias-story', '2015-06-30', 8, 25)
  deliver(t2, 'mias-story', '2015-05-12', 6, 31)
  deliver(t2, 'mias-story', '2015-11-03', 6, 29)
  deliver(t3, 'to-the-edge', '2016-01-15', 11, 8)
  deliver(t3, 'to-the-edge', '2016-03-31', 11, 9)
  // outside the year on both sides
  deliver(t1, 'to-the-edge', '2015-03-31', 9, 27)
  deliver(t2, 'to-the-edge', '2016-04-01', 6, 30)
  // another unit, same year
  deliver(t4, 'to-the-edge', '2015-09-09', 9, 26)
  deliver(t4, 'mias-story', '2015-09-10', 9, 24)
  // the teacher moves school and the school changes type and area: the old deliveries stay put
  db.update(users).set({ organisationId: primary.id }).where(eq(users.email, t1)).run()
  db.update(organisations)
    .set({ type: 'college', areaId: null })
    .where(eq(organisations.id, secondary.id))
    .run()
  deliver(t1, 'to-the-edge', '2015-12-01', 7, 20)
  // a school that has gone (not active) and a police station are never "not yet using"
  db.update(organisations)
    .set({ active: false })
    .where(eq(organisations.id, school(merseyside, 'primary').id))
    .run()
  school(merseyside, 'police')
})

describe('reach in a period', () => {
  test('every figure of a unit equals a plain recount of its deliveries in the period', () => {
    const reach = countReach({ vruId: merseyside, name: 'Merseyside' }, fy2015)
    const mine = (d: Delivery) => d.vruId === merseyside && in2015(d)
    expect(reach.total).toEqual(recount(mine))
    expect(reach.total).toEqual({ schools: 3, sessions: 8, pupils: 180 })
    for (const [groups, key] of [
      [reach.byPack, (d: Delivery) => String(d.moduleId)],
      [reach.byArea, (d: Delivery) => (d.areaId === null ? '' : String(d.areaId))],
      [reach.byType, (d: Delivery) => d.type],
      [reach.byYearGroup, (d: Delivery) => String(d.yearGroup)],
      [reach.byMonth, (d: Delivery) => d.day.slice(0, 7)],
      [reach.byQuarter, (d: Delivery) => quarterOfMonth(d.day.slice(0, 7))],
    ] as const) {
      const keys = new Set(delivered.filter(mine).map(key))
      expect(
        groups
          .filter((g) => g.sessions > 0)
          .map((g) => g.key)
          .sort(),
      ).toEqual([...keys].sort())
      for (const g of groups)
        expect(figuresOf(g)).toEqual(recount((d) => mine(d) && key(d) === g.key))
    }
  })

  test('a delivery counts for the school, type and area it was taught in, after a teacher or school moves', () => {
    const reach = countReach({ vruId: merseyside, name: 'Merseyside' }, fy2015)
    const secondary = reach.byType.find((g) => g.key === 'secondary')!
    // the teacher’s three sessions at the secondary before it became a college, not the fifth
    expect(secondary.sessions).toBe(3)
    expect(reach.byType.find((g) => g.key === 'primary')!.sessions).toBe(3)
    const moved = delivered.find((d) => d.day === '2015-12-01')!
    expect(moved.type).toBe('primary')
  })

  test("another unit's deliveries never appear; nationally they all do", () => {
    const mine = countReach({ vruId: merseyside, name: 'Merseyside' }, fy2015)
    const theirs = countReach({ vruId: lancashire, name: 'Lancashire' }, fy2015)
    expect(theirs.total).toEqual(recount((d) => d.vruId === lancashire && in2015(d)))
    expect(theirs.total).toEqual({ schools: 1, sessions: 2, pupils: 50 })
    const national = countReach({ vruId: NATIONAL, name: 'All units' }, fy2015)
    expect(national.total).toEqual(recount(in2015))
    expect(national.total.sessions).toBe(mine.total.sessions + theirs.total.sessions)
  })

  test('months and quarters cover the whole period and add up to it', () => {
    const reach = countReach({ vruId: merseyside, name: 'Merseyside' }, fy2015)
    expect(reach.byMonth.map((g) => g.key)).toEqual([
      ...['04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2015-${m}`),
      ...['01', '02', '03'].map((m) => `2016-${m}`),
    ])
    expect(reach.byQuarter.map((g) => g.key)).toEqual(['2015-1', '2015-2', '2015-3', '2015-4'])
    for (const parts of [reach.byMonth, reach.byQuarter]) {
      const sum = (k: 'sessions' | 'pupils') => parts.reduce((s, g) => s + g[k], 0)
      expect(sum('sessions')).toBe(reach.total.sessions)
      expect(sum('pupils')).toBe(reach.total.pupils)
      // a school counts once in each part it taught in: never fewer than the period's
      expect(parts.reduce((s, g) => s + g.schools, 0)).toBeGreaterThanOrEqual(reach.total.schools)
    }
    // a quarter: one school taught twice in April counts once
    const q1 = countReach(
      { vruId: merseyside, name: 'M' },
      { kind: 'quarter', year: 2015, quarter: 1 },
    )
    expect(q1.total).toEqual(reach.byQuarter[0] && figuresOf(reach.byQuarter[0]))
    expect(q1.total.schools).toBe(2)
  })
})

describe('remembered figures', () => {
  test('a delivery added, or edited, is counted at once', () => {
    const scope = { vruId: lancashire, name: 'Lancashire' }
    const before = countReach(scope, fy2015).total
    deliver(userRow(lancashireTeacher).email, 'mias-story', '2015-10-10', 5, 11)
    expect(countReach(scope, fy2015).total.pupils).toBe(before.pupils + 11)
    const last = db.select().from(classroomDeliveries).all().at(-1)!
    // the trigger counts the change (migration 0019): no call needed
    db.update(classroomDeliveries)
      .set({ pupils: 12 })
      .where(eq(classroomDeliveries.id, last.id))
      .run()
    delivered.at(-1)!.pupils = 12
    expect(countReach(scope, fy2015).total).toEqual(
      recount((d) => d.vruId === lancashire && in2015(d)),
    )
  })
})

describe('deliveries logged after a count', () => {
  test("are added to the remembered count only where they belong: their unit's, inside the range", () => {
    const lancs = { vruId: lancashire, name: 'Lancashire' }
    const mersey = { vruId: merseyside, name: 'Merseyside' }
    const national = { vruId: NATIONAL, name: 'England and Wales' }
    for (const scope of [lancs, mersey, national]) countReach(scope, fy2015)
    deliver(merseysideTeacher, 'to-the-edge', '2015-09-09', 9, 21)
    deliver(lancashireTeacher, 'mias-story', '2017-01-10', 7, 19)
    deliver(lancashireTeacher, 'mias-story', '2016-03-31', 7, 23)
    expect(countReach(lancs, fy2015).total).toEqual(
      recount((d) => d.vruId === lancashire && in2015(d)),
    )
    expect(countReach(mersey, fy2015).total).toEqual(
      recount((d) => d.vruId === merseyside && in2015(d)),
    )
    expect(countReach(national, fy2015).total).toEqual(recount(in2015))
  })
})

describe('schools and packs', () => {
  test("the share of the unit's schools by type that used each pack in the year", () => {
    const shares = packShares({ vruId: merseyside, name: 'M' }, fy2015)
    const now = (type: string) =>
      sqlite
        .prepare<[number, string], { n: number }>(
          'select count(*) as n from organisations where vru_id = ? and type = ? and active = 1',
        )
        .get(merseyside, type)!.n
    for (const share of shares) {
      expect(share.schools).toBe(now(share.type))
      for (const pack of [packs.edge, packs.mia]) {
        const used = new Set(
          delivered
            .filter(
              (d) =>
                d.vruId === merseyside && in2015(d) && d.type === share.type && d.moduleId === pack,
            )
            .map((d) => d.organisationId),
        ).size
        expect(share.used.get(String(pack)) ?? 0).toBe(used)
      }
    }
    expect(shares.map((s) => s.type)).toEqual([...SCHOOL_TYPES])
  })

  test("the schools that have never used a pack: the unit's active schools, named; nationally counted", () => {
    const unit = schoolsNotYetUsing({ vruId: merseyside, name: 'M' })
    const schools = sqlite
      .prepare<[number], { id: number }>(
        `select id from organisations where vru_id = ? and active = 1
         and type in ('primary', 'secondary', 'special', 'alternative_provision', 'college')`,
      )
      .all(merseyside)
      .map((s) => s.id)
    for (const pack of [packs.edge, packs.mia]) {
      const found = unit.find((n) => n.moduleId === String(pack))!
      const used = new Set(
        delivered.filter((d) => d.moduleId === pack).map((d) => d.organisationId),
      )
      const expected = schools.filter((id) => !used.has(id))
      expect(found.count).toBe(expected.length)
      expect(found.schools!.map((s) => s.id).sort()).toEqual(expected.sort())
    }
    const national = schoolsNotYetUsing({ vruId: NATIONAL, name: 'All' })
    expect(national.every((n) => n.schools === null)).toBe(true)
    expect(national.find((n) => n.moduleId === String(packs.edge))!.count).toBeGreaterThan(
      unit.find((n) => n.moduleId === String(packs.edge))!.count,
    )
  })

  test('the tables name no teacher, and the CSVs say the pupils are as teachers reported', () => {
    const reach = buildReach({ vruId: merseyside, name: 'M' }, fy2015)
    const text = JSON.stringify(reach)
    for (const d of ['reach.t1', 'reach.t2', 'reach.t3', 'Test reach'])
      expect(text).not.toContain(d)
    const byPack = reach.tables.find((t) => t.id === 'reach-by-pack')!
    expect(byPack.columns).toContain('Pupils reached (as reported by teachers)')
  })
})

describe('the page and its CSVs', () => {
  test("a VRU lead gets their own unit's reach, whatever unit the address asks for", async () => {
    const cookie = await signInAs(DEMO.merseysideLead)
    const csv = async (table: string) => {
      const request = requestWith(
        cookie,
        `/reports/${table}.csv?period=year&year=2015&unit=${lancashire}`,
      )
      const response = await csvLoader({
        request,
        params: { table },
        context: { clientAddress: '127.0.0.1', cspNonce: '' },
      })
      expect(response.status).toBe(200)
      return response.text()
    }
    const headline = await csv('reach-headline')
    const own = recount((d) => d.vruId === merseyside && in2015(d))
    expect(headline).toContain(`Sessions delivered,${own.sessions}`)
    expect(headline).toContain(`Pupils reached (as reported by teachers),${own.pupils}`)
    const notYet = await csv('reach-not-yet-used')
    expect(notYet).not.toContain('Reach school 4')
    const lancashireLead = await signInAs(DEMO.lancashireLead)
    const page = await reportsLoader({
      request: requestWith(lancashireLead, `/reports?period=year&year=2015&unit=${merseyside}`),
      params: {},
      context: { clientAddress: '127.0.0.1', cspNonce: '' },
    })
    const reach = page.report.reach!
    expect(reach.tables.find((t) => t.id === 'reach-headline')!.rows[1]!.cells).toEqual([
      recount((d) => d.vruId === lancashire && in2015(d)).sessions,
    ])
  })
})

// last: these change the deliveries the tests above count from their own list
describe('edits and removals after a count', () => {
  test('edits and removals correct the remembered count, whenever the delivery was logged', () => {
    const lancs = { vruId: lancashire, name: 'Lancashire' }
    const national = { vruId: NATIONAL, name: 'England and Wales' }
    const inYear = (d: { vruId: number; deliveredOn: string }) =>
      d.deliveredOn >= '2015-04-01' && d.deliveredOn < '2016-04-01'
    // the figures straight from the table, as they are now
    const fromTable = (keep: (d: typeof classroomDeliveries.$inferSelect) => boolean) => {
      const rows = db.select().from(classroomDeliveries).all().filter(keep)
      return {
        schools: new Set(rows.map((d) => d.organisationId)).size,
        sessions: rows.length,
        pupils: rows.reduce((sum, d) => sum + d.pupils, 0),
      }
    }
    const check = () => {
      expect(countReach(lancs, fy2015).total).toEqual(
        fromTable((d) => d.vruId === lancashire && inYear(d)),
      )
      expect(countReach(national, fy2015).total).toEqual(fromTable(inYear))
    }
    check()
    const rows = () => db.select().from(classroomDeliveries).all()
    const lancashireRows = () => rows().filter((d) => d.vruId === lancashire && inYear(d))
    // an edit of one counted before, one out of the year, one removed
    const [first] = lancashireRows()
    db.update(classroomDeliveries)
      .set({ pupils: 3, yearGroup: 4 })
      .where(eq(classroomDeliveries.id, first!.id))
      .run()
    check()
    deliver(lancashireTeacher, 'mias-story', '2015-12-01', 6, 14)
    const added = rows().at(-1)!
    // logged and edited since the last count: read as it is now, not twice
    db.update(classroomDeliveries)
      .set({ pupils: 15 })
      .where(eq(classroomDeliveries.id, added.id))
      .run()
    check()
    db.update(classroomDeliveries)
      .set({ deliveredOn: '2017-01-01' })
      .where(eq(classroomDeliveries.id, first!.id))
      .run()
    check()
    db.delete(classroomDeliveries).where(eq(classroomDeliveries.id, added.id)).run()
    check()
    // a school whose only delivery of the year is moved out leaves the schools reached
    db.update(classroomDeliveries)
      .set({ deliveredOn: '2015-05-05' })
      .where(eq(classroomDeliveries.id, first!.id))
      .run()
    check()
  })

  test('a school that teaches a pack for the first time leaves its not-yet list at once', () => {
    const mersey = { vruId: merseyside, name: 'Merseyside' }
    const college = school(merseyside, 'college')
    const toTheEdge = String(pack('to-the-edge').moduleId)
    const notYet = () =>
      schoolsNotYetUsing(mersey)
        .find((n) => n.moduleId === toTheEdge)!
        .schools!.map((s) => s.id)
    // an organisation added is counted again in full; then its first lesson is added on
    expect(notYet()).toContain(college.id)
    deliver(
      addPerson(`reach.t5.${Date.now()}@example.test`, college.id),
      'to-the-edge',
      '2015-10-01',
      9,
      20,
    )
    expect(notYet()).not.toContain(college.id)
    // and comes back to it when that lesson is removed
    const last = db.select().from(classroomDeliveries).all().at(-1)!
    db.delete(classroomDeliveries).where(eq(classroomDeliveries.id, last.id)).run()
    expect(notYet()).toContain(college.id)
  })
})
