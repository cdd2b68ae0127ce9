/**
 * Classroom deliveries (decision 017): a teacher logs a pack taught to a class; the form's
 * problems come back where the teacher can act, unusual ones are asked about, and a delivery
 * stays counted where the teacher was when they logged it.
 */
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { scopeFor } from '#app/auth/permissions.server.ts'
import {
  changeDelivery,
  classroomPacks,
  DeliverySchema,
  getOwnDelivery,
  listDeliveries,
  logDelivery,
} from '#app/classroom/deliveries.server.ts'
import { classroomDeliveries, db, organisations, users } from '#app/db.server.ts'
import { importPacks } from '#app/learning/packs.server.ts'
import { addDays, londonDay } from '#app/utils/uk-dates.ts'
import { addPerson, DEMO, organisationNamed, sessionUser, vruId } from './helpers.ts'

const now = new Date('2026-11-20T14:00:00Z')
const today = londonDay(now)

beforeAll(() => {
  expect(importPacks().filter((r) => r.status === 'refused')).toEqual([])
})

function toTheEdge() {
  const pack = classroomPacks(vruId('merseyside')).find((p) => p.slug === 'to-the-edge')
  if (!pack) throw new Error('To the Edge is not a classroom pack')
  return pack
}

let people = 0
function teacherAt(organisation: string) {
  return sessionUser(
    addPerson(`delivery-teacher${++people}@example.test`, organisationNamed(organisation).id),
  )
}

/** A delivery as the form sends it: every field a string. */
function form(overrides: Record<string, string | string[]> = {}) {
  const pack = toTheEdge()
  return {
    moduleId: String(pack.moduleId),
    lessons: [pack.lessons[0]!.slug],
    deliveredOn: today,
    yearGroup: '9',
    pupils: '28',
    setting: 'class',
    concernPassedOn: 'no',
    ...overrides,
  }
}

function log(
  teacher: ReturnType<typeof sessionUser>,
  overrides: Record<string, string | string[]> = {},
) {
  const parsed = DeliverySchema.safeParse(form(overrides))
  if (!parsed.success)
    return { ok: false as const, errors: parsed.error.issues.map((i) => i.message) }
  return logDelivery(teacher, parsed.data, now)
}

describe('the packs a teacher can log', () => {
  test("a unit's own classroom pack and the national library's, not another unit's", () => {
    const merseyside = classroomPacks(vruId('merseyside')).map((p) => p.slug)
    const lancashire = classroomPacks(vruId('lancashire')).map((p) => p.slug)
    expect(merseyside).toContain('to-the-edge')
    expect(merseyside).not.toContain('mias-story')
    expect(lancashire).toEqual(['mias-story'])
    expect(toTheEdge().lessons.map((l) => l.slug)).toEqual([
      'lesson-plan-1-aces',
      'lesson-plan-2-county-lines',
      'lesson-plan-3-knife-crime',
      'lesson-plan-4-where-to-get-help',
    ])
  })
})

describe('what the form refuses, with a message the teacher can act on', () => {
  const teacher = () => teacherAt('Riverside Academy, Liverpool')

  test.each([
    ['no pupils', { pupils: '0' }, 'at least one'],
    ['more than 400 pupils', { pupils: '401' }, 'more than 400 pupils'],
    ['pupils as words', { pupils: 'twenty' }, 'whole number'],
    ['no lesson', { lessons: [] }, 'Choose the lesson'],
    ['a day that does not exist', { deliveredOn: '2026-02-30' }, 'a day that exists'],
    ['no answer about a concern', { concernPassedOn: '' }, 'designated safeguarding lead'],
  ])('%s', (_, overrides, message) => {
    const values = { ...form(), ...overrides }
    // an empty field is missing, as parseForm treats it
    const input = Object.fromEntries(
      Object.entries(values).filter(([, v]) => v !== '' && !(Array.isArray(v) && v.length === 0)),
    )
    const parsed = DeliverySchema.safeParse(input)
    expect(parsed.success).toBe(false)
    expect(parsed.error!.issues.map((i) => i.message).join(' ')).toContain(message)
  })

  test('a day still to come, and a day before the pack existed', () => {
    const t = teacher()
    const future = log(t, { deliveredOn: addDays(today, 1) })
    expect(future.ok).toBe(false)
    expect(!future.ok && 'deliveredOn' in future.errors && future.errors.deliveredOn).toMatch(
      /has not happened yet/,
    )
    const early = log(t, { deliveredOn: '2019-06-01' })
    expect(!early.ok && 'deliveredOn' in early.errors && early.errors.deliveredOn).toMatch(
      /first available to schools on 2020-01-01/,
    )
  })

  test('a lesson that is not in the pack, and a pack of another unit', () => {
    const t = teacher()
    const wrong = log(t, { lessons: ['the-film'] })
    expect(!wrong.ok && 'lessons' in wrong.errors && wrong.errors.lessons).toMatch(
      /not a lesson of this pack/,
    )
    const mias = classroomPacks(vruId('lancashire'))[0]!
    const other = log(t, { moduleId: String(mias.moduleId), lessons: [mias.lessons[0]!.slug] })
    expect(!other.ok && 'moduleId' in other.errors).toBe(true)
  })

  test('a year group the pack does not suit is asked about, then kept once confirmed', () => {
    const t = teacher()
    const asked = logDelivery(t, DeliverySchema.parse(form({ yearGroup: '5' })), now)
    expect(asked).toMatchObject({ ok: false, confirm: 'yearGroup' })
    expect(!asked.ok && asked.errors.confirmYearGroup).toMatch(
      /written for Years 8 to 11, not Year 5/,
    )
    const kept = logDelivery(
      t,
      DeliverySchema.parse(form({ yearGroup: '5', confirmYearGroup: 'yes' })),
      now,
    )
    expect(kept.ok).toBe(true)
  })

  test('the same delivery twice on one day is asked about; another class is not', () => {
    const t = teacher()
    expect(log(t).ok).toBe(true)
    const again = logDelivery(t, DeliverySchema.parse(form()), now)
    expect(again).toMatchObject({ ok: false, confirm: 'duplicate' })
    expect(!again.ok && again.errors.confirmDuplicate).toMatch(
      /already logged To the Edge for 28 pupils in Year 9/,
    )
    // a class of another size is another delivery
    expect(log(t, { pupils: '25' }).ok).toBe(true)
    expect(logDelivery(t, DeliverySchema.parse(form({ confirmDuplicate: 'yes' })), now).ok).toBe(
      true,
    )
    const mine = db
      .select()
      .from(classroomDeliveries)
      .where(eq(classroomDeliveries.teacherId, t.id))
      .all()
    expect(mine.map((d) => d.pupils).sort()).toEqual([25, 28, 28])
  })

  test('someone not in an organisation cannot log', () => {
    const lead = sessionUser(DEMO.merseysideLead)
    expect(log(lead)).toMatchObject({
      ok: false,
      errors: { form: expect.stringContaining('not linked') },
    })
  })
})

describe('where a delivery counts, and who sees and changes it', () => {
  test('it stays with the organisation the teacher was at, after they move', () => {
    const t = teacherAt('Riverside Academy, Liverpool')
    const logged = log(t, { pupils: '17' })
    expect(logged.ok).toBe(true)
    const college = organisationNamed('Sefton College')
    db.update(users).set({ organisationId: college.id }).where(eq(users.id, t.id)).run()
    db.update(organisations)
      .set({ type: 'special' })
      .where(eq(organisations.id, organisationNamed('Riverside Academy, Liverpool').id))
      .run()
    const row = db
      .select()
      .from(classroomDeliveries)
      .where(eq(classroomDeliveries.id, logged.ok ? logged.id : 0))
      .get()!
    expect(row.organisationId).toBe(organisationNamed('Riverside Academy, Liverpool').id)
    expect(row.organisationType).toBe('secondary')
    expect(row.vruId).toBe(vruId('merseyside'))
    db.update(organisations)
      .set({ type: 'secondary' })
      .where(eq(organisations.id, row.organisationId))
      .run()
  })

  test('its teacher changes it for a week; nobody else, and not after', () => {
    const t = teacherAt('Riverside Academy, Liverpool')
    const logged = log(t, { pupils: '21' })
    if (!logged.ok) throw new Error('not logged')
    const input = DeliverySchema.parse(form({ pupils: '22' }))
    const colleague = teacherAt('Riverside Academy, Liverpool')
    expect(changeDelivery(colleague, logged.id, input, now)).toBeNull()
    expect(getOwnDelivery(colleague, logged.id, now)).toBeNull()
    expect(changeDelivery(t, logged.id, input, new Date(now.getTime() + 6 * 86_400_000))).toEqual({
      ok: true,
      id: logged.id,
    })
    const late = changeDelivery(
      t,
      logged.id,
      DeliverySchema.parse(form({ pupils: '23' })),
      new Date(now.getTime() + 8 * 86_400_000),
    )
    expect(late).toMatchObject({
      ok: false,
      errors: { form: expect.stringContaining('for a week') },
    })
    expect(getOwnDelivery(t, logged.id, now)?.values.pupils).toBe('22')
    expect(getOwnDelivery(t, logged.id, new Date(now.getTime() + 8 * 86_400_000))?.editable).toBe(
      false,
    )
  })

  test("an organisation lead lists their school's deliveries and no other school's; a teacher only their own", () => {
    const riverside = teacherAt('Riverside Academy, Liverpool')
    const sefton = teacherAt('Sefton College')
    const a = log(riverside, { pupils: '11' })
    const b = log(sefton, { pupils: '12' })
    if (!a.ok || !b.ok) throw new Error('not logged')
    const lead = sessionUser(DEMO.schoolLead)
    const seen = listDeliveries(lead, scopeFor(lead), { now }).map((d) => d.id)
    expect(seen).toContain(a.id)
    expect(seen).not.toContain(b.id)
    const own = listDeliveries(riverside, { kind: 'self', userId: riverside.id }, { now })
    expect(own.map((d) => d.id)).toEqual([a.id])
    expect(own[0]).toMatchObject({
      pupils: 11,
      yearGroup: 9,
      editable: true,
      lessons: ['Lesson plan 1 – ACEs: what a young person carries'],
    })
    // the lead sees who taught it, and cannot change it
    expect(listDeliveries(lead, scopeFor(lead), { now }).find((d) => d.id === a.id)).toMatchObject({
      teacher: riverside.name,
      editable: false,
    })
    const lancashire = sessionUser(DEMO.lancashireLead)
    expect(
      listDeliveries(lancashire, scopeFor(lancashire), { now }).map((d) => d.id),
    ).not.toContain(a.id)
  })
})
