import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { scopeFor } from '#app/auth/permissions.server.ts'
import { assignments, auditEvents, db, modules, organisations, users } from '#app/db.server.ts'
import {
  assignedPeople,
  AssignmentSchema,
  createAssignments,
  getAssignment,
  listAssignments,
  removeAssignment,
} from '#app/learning/assignments.server.ts'
import { assignedTo } from '#app/learning/dashboard.server.ts'
import { importPacks } from '#app/learning/packs.server.ts'
import { completionsOf } from '#app/learning/progress.server.ts'
import { sendReminders } from '#app/learning/reminders.server.ts'
import { addDays, londonDay } from '#app/utils/uk-dates.ts'
import { addPerson, DEMO, emailsTo, finishModule, sessionUser, vruId } from './helpers.ts'

beforeAll(() => {
  expect(importPacks().filter((r) => r.status === 'refused')).toEqual([])
})

const moduleId = (slug: string) => db.select().from(modules).where(eq(modules.slug, slug)).get()!.id

let counter = 0
/**
 * A new school in a unit with a lead, two teachers and a teaching assistant, so each test starts
 * with people nobody has assigned anything to.
 */
function freshSchool(vru = 'merseyside') {
  counter++
  const tag = `${counter}.${Date.now()}`
  const school = db
    .insert(organisations)
    .values({
      vruId: vruId(vru),
      name: `Test School ${tag}`,
      type: 'secondary',
      localAuthority: 'Liverpool',
    })
    .returning()
    .get()
  const person = (label: string, jobRole: string, role?: 'organisation_lead') => {
    const email = addPerson(`${label}.${tag}@example.test`, school.id, role)
    db.update(users).set({ jobRole }).where(eq(users.email, email)).run()
    return sessionUser(email)
  }
  return {
    school,
    lead: person('lead', 'Designated safeguarding lead', 'organisation_lead'),
    teacher1: person('teacher1', 'Teacher'),
    teacher2: person('teacher2', 'Teacher'),
    assistant: person('assistant', 'Teaching assistant'),
  }
}

/** The form as a browser would post it, checked by the same schema as the page. */
function input(fields: Record<string, string | string[]>) {
  const parsed = AssignmentSchema.safeParse(fields)
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues))
  return parsed.data
}

const merseysideLead = () => sessionUser(DEMO.merseysideLead)
const assignedSlugs = (user: ReturnType<typeof sessionUser>) => assignedTo(user).map((a) => a.slug)
const inAWhile = (days = 30) => addDays(londonDay(), days)

function assign(actor: ReturnType<typeof sessionUser>, fields: Record<string, string | string[]>) {
  return createAssignments(actor, scopeFor(actor), input(fields), { address: '203.0.113.9' })
}

describe('assigning a module', () => {
  test('to an organisation reaches everyone there and no one elsewhere', () => {
    const { school, lead, teacher1, teacher2, assistant } = freshSchool()
    const other = freshSchool()
    const result = assign(merseysideLead(), {
      organisationId: String(school.id),
      moduleId: String(moduleId('aces-foundations')),
      target: 'organisation',
      dueDate: inAWhile(),
    })
    expect(result.ok).toBe(true)
    for (const person of [lead, teacher1, teacher2, assistant])
      expect(assignedSlugs(person)).toEqual(['aces-foundations'])
    expect(assignedSlugs(other.teacher1)).toEqual([])
    // due at the end of the chosen day in England, so the day itself still counts as in time
    const [due] = assignedTo(teacher1)
    expect(londonDay(due!.dueAt!)).toBe(inAWhile())
    expect(londonDay(due!.dueAt!.getTime() + 1)).toBe(addDays(inAWhile(), 1))
  })

  test('to a job role reaches only the people with that role, written as they have it', () => {
    const { school, lead, teacher1, teacher2, assistant } = freshSchool()
    // the school's own lead assigns; the role is matched whatever its capitals
    const result = assign(lead, {
      organisationId: String(school.id),
      moduleId: String(moduleId('knife-crime-exploitation')),
      target: 'jobRole',
      jobRole: 'teacher',
    })
    expect(result.ok).toBe(true)
    expect(assignedSlugs(teacher1)).toEqual(['knife-crime-exploitation'])
    expect(assignedSlugs(teacher2)).toEqual(['knife-crime-exploitation'])
    expect(assignedSlugs(assistant)).toEqual([])
    expect(assignedSlugs(lead)).toEqual([])
    // a teacher who joins later is included too
    if (!result.ok) throw new Error('not assigned')
    const newcomer = sessionUser(addPerson(`newcomer.${Date.now()}@example.test`, school.id))
    db.update(users).set({ jobRole: 'Teacher' }).where(eq(users.id, newcomer.id)).run()
    expect(assignedSlugs(newcomer)).toEqual(['knife-crime-exploitation'])
    expect(assignedPeople(result.ids[0]!).map((p) => p.name)).toEqual(
      [teacher1.name, teacher2.name, newcomer.name].sort(),
    )
  })

  test('to named people reaches exactly them, one assignment each', () => {
    const { school, teacher1, teacher2, assistant } = freshSchool()
    const result = assign(merseysideLead(), {
      organisationId: String(school.id),
      moduleId: String(moduleId('to-the-edge')),
      target: 'people',
      people: [teacher2.id, assistant.id],
    })
    expect(result).toMatchObject({ ok: true, ids: [expect.any(Number), expect.any(Number)] })
    expect(assignedSlugs(teacher1)).toEqual([])
    expect(assignedSlugs(teacher2)).toEqual(['to-the-edge'])
    expect(assignedSlugs(assistant)).toEqual(['to-the-edge'])
    // the same people again: refused, naming the field, rather than assigned twice
    const again = assign(merseysideLead(), {
      organisationId: String(school.id),
      moduleId: String(moduleId('to-the-edge')),
      target: 'people',
      people: [assistant.id],
    })
    expect(again).toMatchObject({ ok: false, errors: { people: expect.stringMatching(/already/) } })
  })

  test('is recorded in the audit log with the address it came from', () => {
    const { school } = freshSchool()
    const result = assign(merseysideLead(), {
      organisationId: String(school.id),
      moduleId: String(moduleId('trauma-informed-schools')),
      target: 'organisation',
    })
    if (!result.ok) throw new Error('not assigned')
    const event = db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subject, `assignment:${result.ids[0]}`))
      .get()
    expect(event).toMatchObject({
      action: 'assignment_created',
      address: '203.0.113.9',
      vruId: vruId('merseyside'),
      actorId: merseysideLead().id,
    })
  })
})

describe('bad input is refused with a message naming the field', () => {
  const problems = (fields: Record<string, string | string[]>) =>
    Object.fromEntries(
      AssignmentSchema.safeParse(fields).error?.issues.map((i) => [i.path[0], i.message]) ?? [],
    )

  test('the form: no module, no one chosen, a date that does not exist or has passed, all at once', () => {
    expect(problems({ organisationId: '1', dueDate: '2027-02-30' })).toEqual({
      moduleId: 'Choose a module to assign',
      target: 'Choose who the module is for',
      dueDate: 'Enter a due date that exists, like 31/03/2027',
    })
    expect(
      problems({ organisationId: '1', target: 'people', dueDate: addDays(londonDay(), -1) }),
    ).toEqual({
      moduleId: 'Choose a module to assign',
      people: 'Choose at least one person',
      dueDate: 'The due date must be today or later',
    })
    expect(problems({ organisationId: '1', moduleId: '1', target: 'jobRole' })).toEqual({
      jobRole: 'Choose the job role',
    })
    // today is fine: it is due by the end of the day
    expect(
      problems({
        organisationId: '1',
        moduleId: '1',
        target: 'organisation',
        dueDate: londonDay(),
      }),
    ).toEqual({})
    // typed as day/month/year where the browser has no date picker
    const [y, m, d] = inAWhile(40).split('-')
    const typed = {
      organisationId: '1',
      moduleId: '1',
      target: 'organisation',
      dueDate: `${Number(d)}/${Number(m)}/${y}`,
    }
    expect(AssignmentSchema.parse(typed).dueDate).toBe(inAWhile(40))
  })

  test('a person from another organisation, a job role no one has, another unit’s module', () => {
    const { school } = freshSchool()
    const elsewhere = freshSchool()
    const base = {
      organisationId: String(school.id),
      moduleId: String(moduleId('aces-foundations')),
    }
    // today is fine: it is due by the end of the day
    expect(
      assign(merseysideLead(), { ...base, target: 'organisation', dueDate: londonDay() }).ok,
    ).toBe(true)
    expect(
      assign(merseysideLead(), { ...base, target: 'people', people: [elsewhere.teacher1.id] }),
    ).toEqual({ ok: false, errors: { people: 'Choose people who work at this organisation' } })
    expect(
      assign(merseysideLead(), { ...base, target: 'jobRole', jobRole: 'Head gardener' }),
    ).toMatchObject({ ok: false, errors: { jobRole: expect.stringMatching(/^Choose a job role/) } })
    expect(
      assign(merseysideLead(), {
        ...base,
        moduleId: String(moduleId('mias-story')),
        target: 'organisation',
      }),
    ).toEqual({ ok: false, errors: { moduleId: 'Choose a module from the list' } })
    // nothing half-saved by any of these
    expect(
      db
        .select()
        .from(assignments)
        .where(eq(assignments.organisationId, elsewhere.school.id))
        .all(),
    ).toEqual([])
  })
})

describe('tenancy', () => {
  test('a lead of another unit cannot assign to, see or remove a Merseyside assignment', () => {
    const { school, teacher1 } = freshSchool()
    const lancashire = sessionUser(DEMO.lancashireLead)
    const refused = assign(lancashire, {
      organisationId: String(school.id),
      moduleId: String(moduleId('aces-foundations')),
      target: 'organisation',
    })
    expect(refused).toEqual({
      ok: false,
      errors: { organisationId: 'Choose an organisation you manage' },
    })
    expect(assignedSlugs(teacher1)).toEqual([])

    const made = assign(merseysideLead(), {
      organisationId: String(school.id),
      moduleId: String(moduleId('aces-foundations')),
      target: 'organisation',
    })
    if (!made.ok) throw new Error('not assigned')
    const id = made.ids[0]!
    expect(getAssignment(scopeFor(lancashire), id)).toBeUndefined()
    expect(listAssignments(scopeFor(lancashire)).map((a) => a.id)).not.toContain(id)
    expect(removeAssignment(lancashire, scopeFor(lancashire), id)).toBeNull()
    expect(assignedSlugs(teacher1)).toEqual(['aces-foundations'])
    // the Merseyside lead does see it
    expect(listAssignments(scopeFor(merseysideLead())).map((a) => a.id)).toContain(id)
  })

  test('an organisation lead assigns and sees only in their own organisation', () => {
    const mine = freshSchool()
    const theirs = freshSchool()
    const refused = assign(mine.lead, {
      organisationId: String(theirs.school.id),
      moduleId: String(moduleId('aces-foundations')),
      target: 'organisation',
    })
    expect(refused.ok).toBe(false)
    expect(assignedSlugs(theirs.teacher1)).toEqual([])

    const made = assign(theirs.lead, {
      organisationId: String(theirs.school.id),
      moduleId: String(moduleId('aces-foundations')),
      target: 'organisation',
    })
    if (!made.ok) throw new Error('not assigned')
    expect(getAssignment(scopeFor(mine.lead), made.ids[0]!)).toBeUndefined()
    expect(listAssignments(scopeFor(mine.lead))).toEqual([])
    expect(listAssignments(scopeFor(theirs.lead)).map((a) => a.id)).toEqual(made.ids)
  })
})

test('removing an assignment keeps the completion already earned, and is audited', () => {
  const { school, teacher1, teacher2 } = freshSchool()
  const made = assign(merseysideLead(), {
    organisationId: String(school.id),
    moduleId: String(moduleId('aces-foundations')),
    target: 'jobRole',
    jobRole: 'Teacher',
  })
  if (!made.ok) throw new Error('not assigned')
  const { completion } = finishModule(teacher1, 'aces-foundations')
  expect(completion).not.toBeNull()
  const id = made.ids[0]!
  expect(listAssignments(scopeFor(merseysideLead()), { organisationId: school.id })).toMatchObject([
    { id, covered: 2, completed: 1 },
  ])

  const removed = removeAssignment(merseysideLead(), scopeFor(merseysideLead()), id, {
    address: '203.0.113.9',
  })
  expect(removed?.removedAt).toBeInstanceOf(Date)
  expect(assignedSlugs(teacher1)).toEqual([])
  expect(assignedSlugs(teacher2)).toEqual([])
  expect(completionsOf(teacher1.id)).toMatchObject([
    { moduleId: moduleId('aces-foundations'), certificateCode: completion!.certificateCode },
  ])
  expect(listAssignments(scopeFor(merseysideLead()), { organisationId: school.id })).toEqual([])
  expect(
    db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.subject, `assignment:${id}`),
          eq(auditEvents.action, 'assignment_removed'),
        ),
      )
      .all(),
  ).toHaveLength(1)
})

describe('reminders', () => {
  const count = (email: string) => emailsTo(email).length

  test('a week before and the day after the due date, once each, only to those who have not completed', async () => {
    const { school, lead, teacher1, teacher2, assistant } = freshSchool()
    const due = inAWhile(40)
    const made = assign(lead, {
      organisationId: String(school.id),
      moduleId: String(moduleId('trauma-informed-schools')),
      target: 'jobRole',
      jobRole: 'Teacher',
      dueDate: due,
    })
    // teacher2 is also named, due the same day: still one reminder of each kind
    assign(lead, {
      organisationId: String(school.id),
      moduleId: String(moduleId('trauma-informed-schools')),
      target: 'people',
      people: [teacher2.id],
      dueDate: due,
    })
    expect(made.ok).toBe(true)
    finishModule(teacher1, 'trauma-informed-schools')

    // nothing more than a week ahead
    await sendReminders(addDays(due, -8))
    expect([count(teacher1.email), count(teacher2.email)]).toEqual([0, 0])

    const weekBefore = await sendReminders(addDays(due, -7))
    const mine = (run: typeof weekBefore) =>
      run.sent.filter((s) => [teacher1, teacher2, assistant, lead].some((p) => p.email === s.email))
    expect(mine(weekBefore)).toEqual([
      { email: teacher2.email, kind: 'due_soon', module: 'trauma-informed-schools' },
    ])
    const [soon] = emailsTo(teacher2.email)
    expect(soon!.subject).toContain('Trauma-informed practice in schools')
    expect(soon!.text).toMatch(/to complete by \d{1,2} \w+ \d{4}/)
    expect(soon!.text).toContain('/learn/modules/trauma-informed-schools')

    // a second run the same day, and the days up to the due date, send nothing new
    expect(mine(await sendReminders(addDays(due, -7)))).toEqual([])
    expect(mine(await sendReminders(due))).toEqual([])

    const dayAfter = await sendReminders(addDays(due, 1))
    expect(mine(dayAfter)).toEqual([
      { email: teacher2.email, kind: 'overdue', module: 'trauma-informed-schools' },
    ])
    expect(emailsTo(teacher2.email)[1]!.subject).toContain('was due on')
    expect(mine(await sendReminders(addDays(due, 1)))).toEqual([])

    // the one who completed, and those it is not assigned to, got nothing at all
    expect([count(teacher1.email), count(assistant.email), count(lead.email)]).toEqual([0, 0, 0])
    expect(count(teacher2.email)).toBe(2)
  })

  test('a removed assignment sends no reminders', async () => {
    const { school, teacher1 } = freshSchool()
    const due = inAWhile(20)
    const made = assign(merseysideLead(), {
      organisationId: String(school.id),
      moduleId: String(moduleId('knife-crime-exploitation')),
      target: 'people',
      people: [teacher1.id],
      dueDate: due,
    })
    if (!made.ok) throw new Error('not assigned')
    removeAssignment(merseysideLead(), scopeFor(merseysideLead()), made.ids[0]!)
    await sendReminders(addDays(due, -3))
    await sendReminders(addDays(due, 1))
    expect(count(teacher1.email)).toBe(0)
  })
})
