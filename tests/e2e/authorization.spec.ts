/**
 * The authorization matrix: every route of the app, read from Remix's route manifest (so a new
 * route is covered the day it is added), requested GET and, where it has an action, POST, by
 * anonymous callers, by each role, and by each role of another VRU or organisation, with the ids
 * of objects that belong to someone else. What each caller should get is in
 * ./authorization-table.ts; a route missing from it fails here until someone decides.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { strToU8, zipSync } from 'fflate'
import { stringify } from 'yaml'
import {
  CALLERS,
  EXPECTED,
  MEDIA_CALLERS,
  MEDIA_EXPECTED,
  NATIONAL_MEDIA_MODULE,
  PARAM_SAMPLES,
  ROUTE_PARAMS,
  VARIANTS,
  type Caller,
  type Method,
} from './authorization-table.ts'
import { completeModuleByRequest } from './learning-utils.ts'
import {
  createLearner,
  DEMO,
  linkPathIn,
  organisationIdOnInviteForm,
  postSignIn,
  uniqueEmail,
  waitForEmail,
  type DemoAccount,
} from './utils.ts'

const root = path.resolve(import.meta.dirname, '../..')

type ManifestRoute = { id: string; path?: string; file: string; children?: ManifestRoute[] }
type Route = { id: string; path: string; hasAction: boolean; hasLoader: boolean }

const EXPORTS = (name: string) =>
  new RegExp(`export\\s+(async\\s+)?function\\s+${name}\\b|export\\s+const\\s+${name}\\b`)

/** Every route with a URL of its own, from `remix routes --json` (the compiler's own manifest). */
function appRoutes(): Route[] {
  const json = execFileSync(
    process.execPath,
    [path.join(root, 'node_modules/.bin/remix'), 'routes', '--json'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  )
  const manifest = JSON.parse(json.slice(json.indexOf('['))) as ManifestRoute[]
  const routes: Route[] = []
  const walk = (nodes: ManifestRoute[], prefix: string) => {
    for (const node of nodes) {
      const full = [prefix, node.path ?? ''].filter(Boolean).join('/')
      const source = fs.readFileSync(path.join(root, 'app', node.file), 'utf8')
      if (node.id !== 'root')
        routes.push({
          id: node.id,
          path: `/${full}`,
          hasAction: EXPORTS('action').test(source),
          hasLoader: EXPORTS('loader').test(source),
        })
      if (node.children) walk(node.children, full)
    }
  }
  walk(manifest, '')
  return routes
}

/** An account made by invitation, for the roles the demo data has only in one unit. */
async function createAccount(
  request: APIRequestContext,
  by: DemoAccount,
  role: 'organisation_lead' | 'trainer',
  organisation?: string,
) {
  const email = uniqueEmail(role)
  const password = 'a new password for tests'
  await postSignIn(request, by.email)
  const placement: Record<string, string> = organisation
    ? { organisationId: await organisationIdOnInviteForm(request, organisation) }
    : {}
  const before = Date.now()
  const sent = await request.post('/people/invite', {
    form: { name: `Other ${role}`, email, role, ...placement, jobRole: '', sector: '' },
  })
  expect(sent.status(), `inviting a ${role}`).toBe(200)
  const invitationPath = linkPathIn(
    (await waitForEmail(email, { after: before - 1 })).text,
    '/invitations/',
  )
  await request.post('/logout')
  const accepted = await request.post(invitationPath, {
    form: { name: `Other ${role}`, password, confirmPassword: password },
    maxRedirects: 0,
  })
  expect(accepted.status(), `accepting as a ${role}`).toBe(302)
  await request.post('/logout')
  return { email, password }
}

function fill(routePath: string, params: Record<string, string>) {
  return routePath.replace(/:(\w+)\??|\*/g, (whole, name: string | undefined) => {
    const key = name ?? '*'
    const value = params[key]
    if (value === undefined)
      throw new Error(
        `The route ${routePath} has a parameter "${key}": add a sample (an object that belongs to the Merseyside learner, their school or their unit) to PARAM_SAMPLES in tests/e2e/authorization-table.ts`,
      )
    return encodeURIComponent(value)
  })
}

test('every route answers each caller as the table says, and never with a 500', async ({
  playwright,
  baseURL,
}) => {
  test.setTimeout(240_000)
  const setup = await playwright.request.newContext({ baseURL })

  // The objects asked for belong to a new learner at Riverside Academy (Merseyside): their
  // record, school, unit and certificate. The "Other" callers work in Lancashire.
  const owner = await createLearner(setup, { name: 'Matrix Owner' })
  await postSignIn(setup, owner.email, owner.password)
  const code = await completeModuleByRequest(setup, 'aces-foundations')
  // a lesson they taught, dated last year so this year's reach is the demo's
  const packForm = await (await setup.get('/learn/deliveries/new?module=to-the-edge')).text()
  const logged = await setup.post('/learn/deliveries/new', {
    form: {
      moduleId: /name="moduleId" value="(\d+)"/.exec(packForm)?.[1] ?? '',
      lessons: 'lesson-plan-1-aces',
      deliveredOn: '2024-01-15',
      yearGroup: '9',
      pupils: '20',
      setting: 'class',
      concernPassedOn: 'no',
    },
    maxRedirects: 0,
  })
  const deliveryId = /logged=(\d+)/.exec(logged.headers().location ?? '')?.[1]
  expect(deliveryId, 'the id of a lesson the learner logged').toBeDefined()
  await setup.post('/logout')
  await postSignIn(setup, DEMO.admin.email)
  const peopleHtml = await (await setup.get(`/people?q=${encodeURIComponent(owner.email)}`)).text()
  const personId = /href="\/people\/([0-9a-f-]{36})"/.exec(peopleHtml)?.[1]
  const organisationsHtml = await (await setup.get('/organisations?q=Riverside')).text()
  const organisationId = /href="\/organisations\/(\d+)"[^>]*>Riverside Academy, Liverpool</.exec(
    organisationsHtml,
  )?.[1]
  const vrusHtml = await (await setup.get('/admin/vrus')).text()
  const vruId = /href="\/admin\/vrus\/(\d+)"[^>]*>Merseyside/.exec(vrusHtml)?.[1]
  expect([personId, organisationId, vruId], 'ids of the objects asked for').not.toContain(undefined)
  // drafts, so the lesson editor has something to open: the Merseyside trainer's of their unit's
  // module, the administrator's of a national one
  const draft = await setup.post('/studio/modules/aces-foundations', {
    form: { intent: 'start-draft' },
    maxRedirects: 0,
  })
  expect(draft.status(), "the administrator's draft of a national module").toBe(302)
  await setup.post('/logout')
  await postSignIn(setup, DEMO.trainer.email)
  const trainerDraft = await setup.post('/studio/modules/to-the-edge', {
    form: { intent: 'start-draft' },
    maxRedirects: 0,
  })
  expect(trainerDraft.status(), "the Merseyside trainer's draft").toBe(302)
  await setup.post('/logout')
  // an assignment of a module to the learner's school, by their unit's lead
  await postSignIn(setup, DEMO.vruMerseyside.email)
  const assignForm = await (
    await setup.get(`/assignments/new?organisationId=${organisationId}`)
  ).text()
  const moduleId = /<option value="(\d+)"/.exec(assignForm)?.[1]
  const assigned = await setup.post('/assignments/new', {
    form: { organisationId: organisationId!, moduleId: moduleId ?? '', target: 'organisation' },
    maxRedirects: 0,
  })
  expect(assigned.status(), 'assigning a module to the school').toBe(302)
  const assignmentsHtml = await (
    await setup.get(`/assignments?organisationId=${organisationId}`)
  ).text()
  const assignmentId = /href="\/assignments\/(\d+)"/.exec(assignmentsHtml)?.[1]
  expect(assignmentId, 'the id of the assignment').toBeDefined()
  // the demo's live workshop, the Merseyside trainer's, and one of its sessions
  const coursesHtml = await (await setup.get('/training/courses')).text()
  const courseId = /href="\/training\/courses\/(\d+)"/.exec(coursesHtml)?.[1]
  expect(courseId, 'the id of a Merseyside course').toBeDefined()
  const courseHtml = await (await setup.get(`/training/courses/${courseId}`)).text()
  const sessionId = /href="\/training\/sessions\/(\d+)"/.exec(courseHtml)?.[1]
  expect(sessionId, 'the id of its session').toBeDefined()
  await setup.post('/logout')
  const params = PARAM_SAMPLES({
    personId: personId!,
    organisationId: organisationId!,
    vruId: vruId!,
    code,
    assignmentId: assignmentId!,
    courseId: courseId!,
    sessionId: sessionId!,
    deliveryId: deliveryId!,
  })
  // each route once with the samples, and again for each variant (an own row in the table)
  const cases = appRoutes().flatMap((route) => [
    {
      key: route.id,
      route,
      url: fill(route.path, { ...params, ...ROUTE_PARAMS[route.id] }),
      form: {},
    },
    ...VARIANTS.filter((v) => v.route === route.id).map((v) => ({
      key: `${route.id} · ${v.name}`,
      route,
      url:
        fill(route.path, { ...params, ...ROUTE_PARAMS[route.id], ...v.params }) +
        (v.search?.({ organisationId: organisationId! }) ?? ''),
      form: v.form ?? {},
    })),
  ])

  const orgLeadOther = await createAccount(
    setup,
    DEMO.vruLancashire,
    'organisation_lead',
    'Brookside Primary School, Blackpool',
  )
  const trainerOther = await createAccount(setup, DEMO.vruLancashire, 'trainer')
  const accounts: Record<Exclude<Caller, 'anonymous'>, { email: string; password?: string }> = {
    learner: owner,
    learnerOther: DEMO.teacherLancashire,
    orgLead: DEMO.orgLead,
    orgLeadOther,
    trainer: DEMO.trainer,
    trainerOther,
    vruLead: DEMO.vruMerseyside,
    vruLeadOther: DEMO.vruLancashire,
    admin: DEMO.admin,
  }

  const failures: string[] = []
  for (const { key } of cases)
    if (!EXPECTED[key])
      failures.push(
        `${key} has no row in tests/e2e/authorization-table.ts: add what each caller should get`,
      )
  for (const key of Object.keys(EXPECTED))
    if (!cases.some((c) => c.key === key))
      failures.push(`${key} is in tests/e2e/authorization-table.ts but is no longer a route`)

  const actual: Record<string, Partial<Record<Method, Record<string, number>>>> = {}
  for (const caller of CALLERS) {
    const context = await playwright.request.newContext({ baseURL })
    const signIn = async () => {
      if (caller === 'anonymous') return
      const account = accounts[caller]
      await postSignIn(context, account.email, account.password)
    }
    await signIn()
    // every GET first, then every POST, so that what a POST starts (a module) does not change a GET
    for (const method of ['GET', 'POST'] as const) {
      for (const { key, route, url, form } of cases) {
        if (method === 'POST' && !route.hasAction) continue
        const response =
          method === 'GET'
            ? await context.get(url, { maxRedirects: 0 })
            : await context.post(url, { form, maxRedirects: 0 })
        const status = response.status()
        ;((actual[key] ??= {})[method] ??= {})[caller] = status
        const expected = EXPECTED[key]?.[method]?.[caller]
        if (status >= 500)
          failures.push(`${method} ${url} as ${caller}: ${status} (a server error)`)
        else if (EXPECTED[key] && expected !== status)
          failures.push(`${method} ${url} as ${caller}: ${status}, the table says ${expected}`)
        // signing out (or a sign-in page's POST) must not change who the next request is
        if (method === 'POST') {
          await context.post('/logout')
          await signIn()
        }
      }
    }
    await context.dispose()
  }
  await setup.dispose()
  // what every caller got, in the table's own shape, to check against the rules and copy in
  if (failures.length > 0)
    console.log(
      `What each caller got:\n${Object.entries(actual)
        .map(
          ([id, methods]) =>
            `  '${id}': {\n${Object.entries(methods)
              .map(
                ([method, row]) =>
                  `    ${method}: { ${Object.entries(row)
                    .map(([caller, status]) => `${caller}: ${status}`)
                    .join(', ')} },`,
              )
              .join('\n')}\n  },`,
        )
        .join('\n')}`,
    )
  expect(failures).toEqual([])
})

/** A national module with one PDF, as a zip the administrator imports (the demo's have no media). */
function nationalModuleZip() {
  const slug = NATIONAL_MEDIA_MODULE
  const manifest = {
    title: 'National guide for the matrix',
    summary: 'A module with one download, for the authorization matrix.',
    audience: ['all-staff'],
    topics: ['safeguarding'],
    practiceLevel: 'trauma-aware',
    estimatedMinutes: 5,
    cpdMinutes: 5,
    passMark: 60,
    languages: ['en'],
    lessons: ['01-guide.md'],
  }
  const lesson = {
    kind: 'activity',
    title: 'The guide',
    minutes: 5,
    downloads: [{ title: 'Guide', file: `uploads/${slug}/guide.pdf` }],
  }
  return zipSync({
    [`${slug}/module.yaml`]: strToU8(stringify(manifest)),
    [`${slug}/lessons/01-guide.md`]: strToU8(`---\n${stringify(lesson)}---\nRead the guide.\n`),
    [`media/uploads/${slug}/guide.pdf`]: fs.readFileSync(
      path.join(root, 'media/downloads/mias-story-classroom-guide.pdf'),
    ),
  })
}

test('every media file answers each caller as the media table says, and a film seeks', async ({
  playwright,
  baseURL,
}) => {
  const setup = await playwright.request.newContext({ baseURL })
  await postSignIn(setup, DEMO.admin.email)
  const imported = await setup.post('/studio', {
    multipart: {
      zip: {
        name: `${NATIONAL_MEDIA_MODULE}.zip`,
        mimeType: 'application/zip',
        buffer: Buffer.from(nationalModuleZip()),
      },
    },
  })
  expect(imported.status(), 'importing the national module').toBe(200)
  await setup.dispose()

  const accounts: Record<Exclude<(typeof MEDIA_CALLERS)[number], 'anonymous'>, DemoAccount> = {
    learnerMerseyside: DEMO.teacherMerseyside,
    orgLeadMerseyside: DEMO.orgLead,
    trainerMerseyside: DEMO.trainer,
    learnerLancashire: DEMO.teacherLancashire,
    vruLeadLancashire: DEMO.vruLancashire,
    nurseWales: DEMO.nurseWales,
    admin: DEMO.admin,
  }
  const failures: string[] = []
  for (const caller of MEDIA_CALLERS) {
    const context = await playwright.request.newContext({ baseURL })
    if (caller !== 'anonymous') await postSignIn(context, accounts[caller].email)
    for (const [url, row] of Object.entries(MEDIA_EXPECTED)) {
      const response = await context.get(url, { maxRedirects: 0 })
      if (response.status() !== row[caller])
        failures.push(
          `GET ${url} as ${caller}: ${response.status()}, the table says ${row[caller]}`,
        )
      // whoever may have a file, no shared cache may keep it for someone else
      if (response.status() === 200)
        expect(response.headers()['cache-control'], url).toMatch(/\bprivate\b/)
    }
    if (caller === 'learnerMerseyside') {
      // seeking in the film asks for a range of bytes
      const range = await context.get('/media/films/to-the-edge-demo.mp4', {
        headers: { Range: 'bytes=100-199' },
      })
      expect(range.status()).toBe(206)
      expect(range.headers()['content-range']).toMatch(/^bytes 100-199\/\d+$/)
      expect((await range.body()).length).toBe(100)
    }
    await context.dispose()
  }
  expect(failures).toEqual([])
})
