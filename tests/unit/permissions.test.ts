import { eq } from 'drizzle-orm'
import { describe, expect, test } from 'vitest'
import {
  type Area,
  grantableRoles,
  HOME_BY_ROLE,
  mayChangePerson,
  mayChooseOrganisation,
  mayErasePeople,
  mayGrantRole,
  mayOpenModule,
  modulesOpenTo,
  mayUse,
  peopleInScope,
  requireArea,
  roleBelongsTo,
  roleChangeRefusal,
  rolesOfferedFor,
  scopeFor,
  worksAcrossUnits,
} from '#app/auth/permissions.server.ts'
import { readSession } from '#app/auth/session.server.ts'
import { signIn } from '#app/auth/sign-in.server.ts'
import { db, modules, organisations, users } from '#app/db.server.ts'
import { importPacks } from '#app/learning/packs.server.ts'
import { getOrganisation, listOrganisations } from '#app/organisations/organisations.server.ts'
import {
  getPerson,
  listPeople,
  setPersonActive,
  updatePerson,
} from '#app/organisations/people.server.ts'
import { DEMO_PASSWORD } from '#app/cli/demo/accounts.ts'
import {
  addPerson,
  DEMO,
  organisationNamed,
  requestWith,
  sessionUser,
  signInAs,
  userRow,
  vruId,
} from './helpers.ts'

const ALL_AREAS: Area[] = [
  'learn',
  'organisation',
  'studio',
  'reports',
  'admin',
  'organisations',
  'people',
  'assignments',
]

/** Written out by hand so that a change to AREA_ROLES shows up here. */
const EXPECTED: { email: string; home: string; allowed: Area[] }[] = [
  {
    email: DEMO.admin,
    home: '/admin',
    allowed: ['studio', 'reports', 'admin', 'organisations', 'people', 'assignments'],
  },
  {
    email: DEMO.merseysideLead,
    home: '/reports',
    allowed: ['reports', 'organisations', 'people', 'assignments'],
  },
  {
    email: DEMO.lancashireLead,
    home: '/reports',
    allowed: ['reports', 'organisations', 'people', 'assignments'],
  },
  { email: DEMO.merseysideTrainer, home: '/studio', allowed: ['studio'] },
  {
    email: DEMO.schoolLead,
    home: '/organisation',
    allowed: ['learn', 'organisation', 'people', 'assignments'],
  },
  { email: DEMO.merseysideTeacher, home: '/learn', allowed: ['learn'] },
  { email: DEMO.lancashireTeacher, home: '/learn', allowed: ['learn'] },
  { email: DEMO.walesNurse, home: '/learn', allowed: ['learn'] },
]

const emailsOf = (people: { email: string }[]) => people.map((p) => p.email).sort()
const scopeOf = (email: string) => scopeFor(sessionUser(email))

describe('roles and areas', () => {
  test.each(EXPECTED)(
    '$email goes home to $home and may use only $allowed',
    ({ email, home, allowed }) => {
      const user = sessionUser(email)
      expect(HOME_BY_ROLE[user.role]).toBe(home)
      for (const area of ALL_AREAS) expect(mayUse(user, area), area).toBe(allowed.includes(area))
    },
  )

  test('a learner is refused everything but learning', () => {
    const learner = sessionUser(DEMO.merseysideTeacher)
    for (const area of [
      'organisation',
      'studio',
      'reports',
      'admin',
      'organisations',
      'people',
    ] as const) {
      expect(mayUse(learner, area), area).toBe(false)
    }
  })

  test.each(EXPECTED)(
    'requireArea lets $email into allowed areas and answers 403 elsewhere',
    async ({ email, allowed }) => {
      const request = requestWith(await signInAs(email))
      for (const area of ALL_AREAS) {
        if (allowed.includes(area)) {
          await expect(requireArea(request, area)).resolves.toMatchObject({ email })
        } else {
          const thrown = await requireArea(request, area).then(
            () => null,
            (e: unknown) => e,
          )
          expect(thrown, area).toBeInstanceOf(Response)
          expect((thrown as Response).status, area).toBe(403)
        }
      }
    },
  )

  test('an anonymous request is sent to sign in, and back to the page it asked for', async () => {
    for (const area of ALL_AREAS) {
      const thrown = await requireArea(
        requestWith(null, '/organisation/people?page=2'),
        area,
      ).catch((e: unknown) => e)
      expect(thrown).toBeInstanceOf(Response)
      const response = thrown as Response
      expect(response.status).toBe(302)
      const location = new URL(response.headers.get('Location')!, 'http://localhost')
      expect(location.pathname).toBe('/login')
      expect(location.searchParams.get('redirectTo')).toBe('/organisation/people?page=2')
    }
  })

  test('a request with an unknown session cookie is treated as anonymous', async () => {
    const thrown = await requireArea(
      requestWith('upstream_session=not-a-real-session'),
      'learn',
    ).catch((e: unknown) => e)
    expect((thrown as Response).status).toBe(302)
  })
})

describe('tenancy: who sees which people and organisations', () => {
  const merseysideSchool = () => organisationNamed('Riverside Academy, Liverpool')

  test('an administrator sees every person and every organisation', () => {
    const scope = scopeOf(DEMO.admin)
    expect(emailsOf(listPeople(scope))).toEqual(Object.values(DEMO).sort())
    const allOrganisations = db.select({ id: organisations.id }).from(organisations).all()
    expect(allOrganisations).toHaveLength(120)
    expect(listOrganisations(scope)).toHaveLength(120)
  })

  test('the Merseyside VRU lead sees Merseyside people and organisations only', () => {
    const scope = scopeOf(DEMO.merseysideLead)
    expect(emailsOf(listPeople(scope))).toEqual(
      [DEMO.merseysideLead, DEMO.merseysideTrainer, DEMO.schoolLead, DEMO.merseysideTeacher].sort(),
    )
    const orgs = listOrganisations(scope)
    expect(orgs).toHaveLength(6)
    for (const org of orgs) expect(org.vruName).toBe('Merseyside Violence Reduction Partnership')
  })

  test('the Lancashire VRU lead sees no Merseyside person or organisation', () => {
    const scope = scopeOf(DEMO.lancashireLead)
    expect(emailsOf(listPeople(scope))).toEqual(
      [DEMO.lancashireTeacher, DEMO.lancashireLead].sort(),
    )
    const orgs = listOrganisations(scope)
    expect(orgs).toHaveLength(6)
    for (const org of orgs) expect(org.vruName).toBe('Lancashire Violence Reduction Network')
    // searching does not widen the scope
    expect(listPeople(scope, { search: 'merseyside' })).toEqual([])
    expect(listOrganisations(scope, { vruId: vruId('merseyside') })).toEqual([])
    expect(listPeople(scope, { organisationId: merseysideSchool().id })).toEqual([])
  })

  test('an organisation lead sees only the staff of their school, and only their school', () => {
    const scope = scopeOf(DEMO.schoolLead)
    expect(emailsOf(listPeople(scope))).toEqual([DEMO.schoolLead, DEMO.merseysideTeacher].sort())
    expect(listOrganisations(scope).map((o) => o.name)).toEqual(['Riverside Academy, Liverpool'])
  })

  test.each([DEMO.merseysideTeacher, DEMO.lancashireTeacher, DEMO.walesNurse])(
    'the learner %s sees only themself and no organisation',
    (email) => {
      const scope = scopeOf(email)
      expect(
        db.select({ email: users.email }).from(users).where(peopleInScope(scope)).all(),
      ).toEqual([{ email }])
      expect(emailsOf(listPeople(scope))).toEqual([email])
      expect(listOrganisations(scope)).toEqual([])
    },
  )

  test('people and organisations out of scope are not found by id', () => {
    const merseysideTeacher = userRow(DEMO.merseysideTeacher).id
    const school = merseysideSchool().id
    expect(getPerson(scopeOf(DEMO.lancashireLead), merseysideTeacher)).toBeUndefined()
    expect(getOrganisation(scopeOf(DEMO.lancashireLead), school)).toBeUndefined()
    expect(getPerson(scopeOf(DEMO.schoolLead), userRow(DEMO.merseysideTrainer).id)).toBeUndefined()
    expect(getPerson(scopeOf(DEMO.schoolLead), userRow(DEMO.walesNurse).id)).toBeUndefined()
    expect(
      getOrganisation(
        scopeOf(DEMO.schoolLead),
        organisationNamed('Brookside Primary School, Wirral').id,
      ),
    ).toBeUndefined()
    expect(getPerson(scopeOf(DEMO.walesNurse), merseysideTeacher)).toBeUndefined()
    expect(getOrganisation(scopeOf(DEMO.walesNurse), school)).toBeUndefined()
    // and in scope they are found
    expect(getPerson(scopeOf(DEMO.merseysideLead), merseysideTeacher)?.email).toBe(
      DEMO.merseysideTeacher,
    )
    expect(getOrganisation(scopeOf(DEMO.schoolLead), school)?.name).toBe(
      'Riverside Academy, Liverpool',
    )
  })
})

describe('changing people', () => {
  test('a lead cannot edit or deactivate someone outside their scope, and the row is unchanged', async () => {
    const target = userRow(DEMO.merseysideTeacher)
    const cookie = await signInAs(DEMO.merseysideTeacher)
    for (const email of [DEMO.lancashireLead, DEMO.schoolLead]) {
      const actor = sessionUser(email)
      const victim = email === DEMO.schoolLead ? userRow(DEMO.walesNurse) : target
      const before = userRow(victim.email)
      const update = await updatePerson(actor, scopeFor(actor), victim.id, {
        name: 'Changed By Someone Else',
        role: 'organisation_lead',
      })
      expect(update).toEqual({ ok: false, errors: { form: 'Person not found' } })
      const deactivate = await setPersonActive(actor, scopeFor(actor), victim.id, false)
      expect(deactivate).toEqual({ ok: false, errors: { form: 'Person not found' } })
      expect(userRow(victim.email)).toEqual(before)
    }
    // the Merseyside teacher is still signed in
    expect((await readSession(requestWith(cookie))).user?.email).toBe(DEMO.merseysideTeacher)
  })

  test('an organisation lead can grant only organisation roles', async () => {
    const lead = sessionUser(DEMO.schoolLead)
    expect(grantableRoles(lead).sort()).toEqual(['learner', 'organisation_lead'])
    const teacher = userRow(DEMO.merseysideTeacher)
    for (const role of ['vru_lead', 'trainer', 'admin'] as const) {
      const result = await updatePerson(lead, scopeFor(lead), teacher.id, {
        name: teacher.name,
        role,
      })
      expect(result.ok, role).toBe(false)
      expect(result).toMatchObject({ errors: { role: expect.any(String) } })
      expect(userRow(DEMO.merseysideTeacher)).toEqual(teacher)
    }
  })

  test('learners and trainers cannot grant any role', () => {
    expect(grantableRoles(sessionUser(DEMO.merseysideTeacher))).toEqual([])
    expect(grantableRoles(sessionUser(DEMO.merseysideTrainer))).toEqual([])
  })

  test('a deactivated person is signed out everywhere and cannot sign in until reactivated', async () => {
    const school = organisationNamed('Riverside Academy, Liverpool').id
    const email = addPerson('leaver@example.test', school)
    const id = userRow(email).id
    const phone = await signInAs(email)
    const laptop = await signInAs(email)
    expect((await readSession(requestWith(phone))).user?.email).toBe(email)

    const lead = sessionUser(DEMO.schoolLead)
    expect(await setPersonActive(lead, scopeFor(lead), id, false)).toEqual({ ok: true })
    expect(userRow(email).active).toBe(false)
    expect((await readSession(requestWith(phone))).user).toBeNull()
    expect((await readSession(requestWith(laptop))).user).toBeNull()
    expect(await signIn(email, DEMO_PASSWORD, '203.0.113.10')).toEqual({
      ok: false,
      reason: 'invalid',
    })

    expect(await setPersonActive(lead, scopeFor(lead), id, true)).toEqual({ ok: true })
    expect(await signIn(email, DEMO_PASSWORD, '203.0.113.10')).toMatchObject({
      ok: true,
      userId: id,
    })
  })

  test('a lead cannot deactivate themself', async () => {
    const lead = sessionUser(DEMO.schoolLead)
    expect(await setPersonActive(lead, scopeFor(lead), lead.id, false)).toMatchObject({ ok: false })
    expect(userRow(DEMO.schoolLead).active).toBe(true)
  })

  test('a role change ends the person’s sessions, and the new role applies at the next sign-in', async () => {
    const school = organisationNamed('Riverside Academy, Liverpool').id
    const email = addPerson('promoted@example.test', school)
    const id = userRow(email).id
    const cookie = await signInAs(email)
    await expect(requireArea(requestWith(cookie), 'learn')).resolves.toMatchObject({
      role: 'learner',
    })

    const lead = sessionUser(DEMO.schoolLead)
    const result = await updatePerson(lead, scopeFor(lead), id, {
      name: 'Newly Promoted',
      role: 'organisation_lead',
    })
    expect(result).toEqual({ ok: true })
    expect(db.select({ role: users.role }).from(users).where(eq(users.id, id)).get()).toEqual({
      role: 'organisation_lead',
    })
    expect((await readSession(requestWith(cookie))).user).toBeNull()

    const fresh = await signInAs(email)
    await expect(requireArea(requestWith(fresh), 'organisation')).resolves.toMatchObject({
      role: 'organisation_lead',
    })
  })

  test('a name-only edit keeps the person signed in', async () => {
    const school = organisationNamed('Riverside Academy, Liverpool').id
    const email = addPerson('renamed@example.test', school)
    const cookie = await signInAs(email)
    const lead = sessionUser(DEMO.schoolLead)
    expect(
      await updatePerson(lead, scopeFor(lead), userRow(email).id, {
        name: 'New Name',
        role: 'learner',
      }),
    ).toEqual({ ok: true })
    expect((await readSession(requestWith(cookie))).user?.name).toBe('New Name')
  })
})

describe('the policy module answers each question for every role', () => {
  const admin = () => sessionUser(DEMO.admin)
  const mersey = () => sessionUser(DEMO.merseysideLead)
  const lancs = () => sessionUser(DEMO.lancashireLead)
  const trainer = () => sessionUser(DEMO.merseysideTrainer)
  const schoolLead = () => sessionUser(DEMO.schoolLead)
  const teacher = () => sessionUser(DEMO.merseysideTeacher)

  test('only administrators work across units, erase people, and see which unit an organisation is in', () => {
    const answers = [admin(), mersey(), lancs(), trainer(), schoolLead(), teacher()].map((u) => [
      u.email,
      worksAcrossUnits(u),
      mayErasePeople(u),
    ])
    expect(answers).toEqual([
      [DEMO.admin, true, true],
      [DEMO.merseysideLead, false, false],
      [DEMO.lancashireLead, false, false],
      [DEMO.merseysideTrainer, false, false],
      [DEMO.schoolLead, false, false],
      [DEMO.merseysideTeacher, false, false],
    ])
  })

  test('an organisation lead assigns and invites in their own organisation; unit leads and administrators choose one', () => {
    expect(mayChooseOrganisation(schoolLead())).toBe(false)
    expect(mayChooseOrganisation(mersey())).toBe(true)
    expect(mayChooseOrganisation(lancs())).toBe(true)
    expect(mayChooseOrganisation(admin())).toBe(true)
  })

  test('roles belong to an organisation, a unit or the whole platform', () => {
    expect(roleBelongsTo('learner')).toBe('organisation')
    expect(roleBelongsTo('organisation_lead')).toBe('organisation')
    expect(roleBelongsTo('trainer')).toBe('unit')
    expect(roleBelongsTo('vru_lead')).toBe('unit')
    expect(roleBelongsTo('admin')).toBe('platform')
  })

  test('a person may change those whose role they could give, and is offered roles of the same kind', () => {
    const learner = { role: 'learner' as const }
    const unitLead = { role: 'vru_lead' as const }
    const administrator = { role: 'admin' as const }
    expect(mayChangePerson(schoolLead(), learner)).toBe(true)
    expect(mayChangePerson(schoolLead(), unitLead)).toBe(false)
    expect(mayChangePerson(mersey(), unitLead)).toBe(true)
    expect(mayChangePerson(mersey(), administrator)).toBe(false)
    expect(mayChangePerson(admin(), administrator)).toBe(true)
    expect(mayChangePerson(trainer(), learner)).toBe(false)
    expect(mayChangePerson(teacher(), learner)).toBe(false)
    expect(mayGrantRole(schoolLead(), 'trainer')).toBe(false)
    expect(mayGrantRole(mersey(), 'trainer')).toBe(true)
    expect(rolesOfferedFor(schoolLead(), learner).sort()).toEqual(['learner', 'organisation_lead'])
    expect(rolesOfferedFor(mersey(), learner).sort()).toEqual(['learner', 'organisation_lead'])
    expect(rolesOfferedFor(mersey(), unitLead).sort()).toEqual(['trainer', 'vru_lead'])
    expect(rolesOfferedFor(admin(), unitLead).sort()).toEqual(['admin', 'trainer', 'vru_lead'])
    expect(rolesOfferedFor(trainer(), learner)).toEqual([])
  })

  test('a role change is refused with the reason the person sees', () => {
    const person = { id: userRow(DEMO.merseysideTeacher).id, role: 'learner' as const }
    expect(roleChangeRefusal(mersey(), person, 'learner')).toBeNull()
    expect(roleChangeRefusal(mersey(), person, 'organisation_lead')).toBeNull()
    expect(roleChangeRefusal(schoolLead(), person, 'organisation_lead')).toBeNull()
    expect(roleChangeRefusal(schoolLead(), person, 'vru_lead')).toBe('You cannot give this role')
    expect(roleChangeRefusal(trainer(), person, 'organisation_lead')).toBe(
      'You cannot give this role',
    )
    expect(roleChangeRefusal(mersey(), person, 'trainer')).toBe(
      'Invite the person again to move them between an organisation and a unit role',
    )
    const unitLead = { id: userRow(DEMO.lancashireLead).id, role: 'vru_lead' as const }
    expect(roleChangeRefusal(admin(), unitLead, 'trainer')).toBeNull()
    expect(roleChangeRefusal(admin(), unitLead, 'admin')).toBe(
      'Invite the person again to move them between an organisation and a unit role',
    )
    const self = mersey()
    expect(roleChangeRefusal(self, { id: self.id, role: 'vru_lead' }, 'trainer')).toBe(
      'You cannot change your own role',
    )
  })

  test("a unit's people open the national library and their own unit's modules, never another unit's", () => {
    expect(importPacks().filter((r) => r.status === 'refused')).toEqual([])
    const slugsOpenTo = (vruId: number | null) =>
      db
        .select({ slug: modules.slug })
        .from(modules)
        .where(modulesOpenTo(vruId))
        .all()
        .map((m) => m.slug)
        .sort()
    const national = [
      'aces-foundations',
      'contextual-safeguarding-cse',
      'domestic-abuse-children',
      'keeping-learners-safe-wales',
      'knife-crime-exploitation',
      'online-harms-child-on-child',
      'safeguarding-induction-england',
      'safeguarding-refresher-england',
      'serious-violence-duty',
      'trauma-informed-schools',
    ]
    expect(slugsOpenTo(vruId('merseyside'))).toEqual([...national, 'to-the-edge'].sort())
    expect(slugsOpenTo(vruId('lancashire'))).toEqual([...national, 'mias-story'].sort())
    expect(slugsOpenTo(null)).toEqual(national)
    // the rule in memory agrees with the rule in SQL, and administrators open every module
    const merseysideModule = { ownerVruId: vruId('merseyside') }
    expect(mayOpenModule(teacher(), merseysideModule)).toBe(true)
    expect(mayOpenModule(sessionUser(DEMO.lancashireTeacher), merseysideModule)).toBe(false)
    expect(mayOpenModule(sessionUser(DEMO.lancashireTeacher), { ownerVruId: null })).toBe(true)
    expect(mayOpenModule(admin(), merseysideModule)).toBe(true)
  })
})
