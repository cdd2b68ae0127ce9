/**
 * The VRU's share of staff in date (decision 015) is read from staff_in_date, which triggers keep
 * in every transaction that could move it. These tests make each of those changes the way the
 * app does and check that the unit's figure still agrees with the schools' own compliance lists.
 */
import { eq, inArray } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import {
  assignments,
  db,
  modules,
  moduleVersions,
  organisations,
  sqlite,
  users,
  type Validity,
} from '#app/db.server.ts'
import { importPacks } from '#app/learning/packs.server.ts'
import { staffCompliance, staffInDate } from '#app/organisations/compliance.server.ts'
import { discloseInDate } from '#app/reporting/disclosure.server.ts'
import { rebuildStaffInDate, staffInDateCounted } from '#app/reporting/in-date-figures.server.ts'
import { buildReport } from '#app/reporting/report-counting.server.ts'
import { londonDay } from '#app/utils/uk-dates.ts'
import { addPerson, finishModule, sessionUser, vruId } from './helpers.ts'

const MODULE = 'knife-crime-exploitation'
const yearly: Validity = { kind: 'rolling', months: 12, windowDays: 60 }
const today = londonDay()

function moduleId(slug: string) {
  return db.select().from(modules).where(eq(modules.slug, slug)).get()!.id
}

let counter = 0
function newSchool() {
  return db
    .insert(organisations)
    .values({
      vruId: vruId('lancashire'),
      name: `Staff In Date School ${++counter}`,
      type: 'secondary',
      localAuthority: 'Preston',
    })
    .returning()
    .get()
}
function newTeacher(schoolId: number) {
  return sessionUser(addPerson(`staff-in-date.${++counter}@example.test`, schoolId))
}

/** What the unit's figures hold for one school, and what the school's lead sees. */
function bothViews(schoolId: number) {
  const kept = sqlite
    .prepare<[string, number], { staff: number; inDate: number | null }>(
      `select count(*) as staff, sum(in_date_until >= ?) as inDate
       from staff_in_date where organisation_id = ?`,
    )
    .get(today, schoolId)!
  const lead = staffInDate(staffCompliance(schoolId))
  return { unit: { inDate: kept.inDate ?? 0, of: kept.staff }, lead }
}

beforeAll(() => {
  expect(importPacks().filter((r) => r.status === 'refused')).toEqual([])
})

describe("the unit's figure follows every change the school's list does", () => {
  test('publishing, assigning, completing, moving, leaving, joining, asking again, unassigning', () => {
    const school = newSchool()
    const elsewhere = newSchool()
    const staff = Array.from({ length: 7 }, () => newTeacher(school.id))
    const expect_ = (inDate: number, of: number) => {
      const views = bothViews(school.id)
      expect(views.unit).toEqual({ inDate, of })
      expect(views.lead).toEqual({ inDate, of })
    }

    // a trainer gives the module a validity: it now expires (the module's rules changed)
    db.update(moduleVersions)
      .set({ validity: yearly })
      .where(eq(moduleVersions.moduleId, moduleId(MODULE)))
      .run()
    expect_(0, 0)

    db.insert(assignments)
      .values({
        moduleId: moduleId(MODULE),
        organisationId: school.id,
        keepInDate: true,
        assignedById: staff[0]!.id,
      })
      .run()
    expect_(0, 7)

    const yesterday = new Date(Date.now() - 86_400_000)
    for (const teacher of staff.slice(0, 5)) finishModule(teacher, MODULE, yesterday)
    expect_(5, 7)

    // one who is in date moves to a school without the assignment
    db.update(users).set({ organisationId: elsewhere.id }).where(eq(users.id, staff[0]!.id)).run()
    expect_(4, 6)
    expect(bothViews(elsewhere.id).unit).toEqual({ inDate: 0, of: 0 })

    // one who never did it leaves (their account is closed)
    db.update(users).set({ active: false }).where(eq(users.id, staff[6]!.id)).run()
    expect_(4, 5)

    newTeacher(school.id)
    expect_(4, 6)

    // a new version asks everyone who did an earlier one to take it again by a day now past
    const version = db
      .select()
      .from(moduleVersions)
      .where(eq(moduleVersions.moduleId, moduleId(MODULE)))
      .get()!
    db.update(moduleVersions)
      .set({
        requiredAgainBy: '2026-01-31',
        requiredAgainReason: 'The law changed',
        publishedAt: new Date(),
      })
      .where(eq(moduleVersions.id, version.id))
      .run()
    expect_(0, 6)

    db.update(assignments)
      .set({ removedAt: new Date() })
      .where(eq(assignments.organisationId, school.id))
      .run()
    expect_(0, 0)
  })

  test("rebuilding from scratch gives what the triggers kept, and the unit's total is its schools' sum", () => {
    const lancashire = vruId('lancashire')
    const schools = db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.vruId, lancashire))
      .all()
    const kept = sqlite.prepare('select * from staff_in_date order by user_id').all()
    rebuildStaffInDate()
    expect(sqlite.prepare('select * from staff_in_date order by user_id').all()).toEqual(kept)

    const counted = staffInDateCounted(lancashire, today)
    const sum = (key: 'staff' | 'inDate') => counted.reduce((total, g) => total + g[key], 0)
    const lists = schools.map((s) => staffInDate(staffCompliance(s.id)))
    expect(sum('staff')).toBe(lists.reduce((total, l) => total + l.of, 0))
    expect(sum('inDate')).toBe(lists.reduce((total, l) => total + l.inDate, 0))
    // not a vacuous sum: this unit's schools were given training that expires above
    expect(
      db
        .select()
        .from(assignments)
        .where(
          inArray(
            assignments.organisationId,
            schools.map((s) => s.id),
          ),
        )
        .all().length,
    ).toBeGreaterThan(0)
  })
})

describe('the share in date as released', () => {
  test('a group whose staff, in date or not in date is 1 to 4 is not named', () => {
    const { named, other, total } = discloseInDate([
      { groupKey: 'primary', staff: 40, inDate: 30 },
      { groupKey: 'secondary', staff: 20, inDate: 17 }, // 3 not in date
      { groupKey: 'police', staff: 12, inDate: 2 }, // 2 in date
      { groupKey: 'health', staff: 3, inDate: 3 },
    ])
    expect(named.map((g) => g.groupKey)).toEqual(['primary'])
    expect(other).toEqual({ staff: 35, inDate: 22 })
    expect(total).toEqual({ staff: 75, inDate: 52 })
  })

  test('the smallest named group joins the rest when the rest would give someone away', () => {
    const { named, other } = discloseInDate([
      { groupKey: 'primary', staff: 40, inDate: 30 },
      { groupKey: 'secondary', staff: 10, inDate: 5 },
      { groupKey: 'health', staff: 2, inDate: 1 },
    ])
    // health alone would leave 2 staff: total minus the named groups must not
    expect(named.map((g) => g.groupKey)).toEqual(['primary'])
    expect(other).toEqual({ staff: 12, inDate: 6 })
  })

  test('the total withholds in date when those not in date are 1 to 4', () => {
    const { named, other, total } = discloseInDate([
      { groupKey: 'primary', staff: 7, inDate: 5 },
      { groupKey: 'secondary', staff: 9, inDate: 8 },
    ])
    expect(named).toEqual([])
    expect(other).toEqual({ staff: 16, inDate: null })
    expect(total).toEqual({ staff: 16, inDate: null })
  })
})

describe('the VRU report', () => {
  test('shows the share in date by organisation type, and the headline, as released', async () => {
    const lancashire = vruId('lancashire')
    const school = newSchool()
    const staff = Array.from({ length: 12 }, () => newTeacher(school.id))
    db.update(assignments)
      .set({ removedAt: null })
      .where(eq(assignments.organisationId, school.id))
      .run()
    db.insert(assignments)
      .values({ moduleId: moduleId(MODULE), organisationId: school.id, assignedById: staff[0]!.id })
      .run()
    // the earlier test asked everyone again by a past day: this school's staff finish after it
    for (const teacher of staff.slice(0, 7)) finishModule(teacher, MODULE)

    const report = await buildReport(
      { vruId: lancashire, name: 'Lancashire' },
      {
        kind: 'year',
        year: 2026,
      },
    )
    const table = report.tables.find((t) => t.id === 'in-date-by-organisation-type')!
    expect(table.columns).toEqual([
      'Organisation type',
      'Staff with required training that expires',
      'In date',
      'Share in date',
    ])
    const counted = staffInDateCounted(lancashire, today)
    const secondary = counted
      .filter((g) => g.type === 'secondary')
      .reduce((t, g) => ({ staff: t.staff + g.staff, inDate: t.inDate + g.inDate }), {
        staff: 0,
        inDate: 0,
      })
    const row = table.rows.find((r) => r.label === 'Secondary school')
    expect(row?.cells).toEqual([
      secondary.staff,
      secondary.inDate,
      `${Math.round((100 * secondary.inDate) / secondary.staff)}%`,
    ])
    expect(table.rows.at(-1)?.label).toBe('All staff')
    expect(report.headline.staffInDate).toMatch(/^\d+%$/)
  })
})
