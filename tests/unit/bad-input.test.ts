/**
 * Bad input, generated: every form action and the importers get wrong types, huge strings,
 * control characters, script tags, path traversal and unusual unicode. Each answers 4xx with a
 * message (never a 500, never a crash) and leaves the database exactly as it was.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type ActionFunction } from '@remix-run/node'
import { sql } from 'drizzle-orm'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { stringify } from 'yaml'
import { invitePerson } from '#app/auth/invitations.server.ts'
import { requestPasswordReset } from '#app/auth/password-reset.server.ts'
import { db, ROLES } from '#app/db.server.ts'
import { importPacks, readPack } from '#app/learning/packs.server.ts'
import { startModule } from '#app/learning/progress.server.ts'
import { checkWebVtt } from '#app/learning/webvtt.ts'
import { action as invitationAction } from '#app/routes/_auth+/invitations.$token.tsx'
import { action as forgotAction } from '#app/routes/_auth+/forgot-password.tsx'
import { action as loginAction } from '#app/routes/_auth+/login.tsx'
import { action as resetAction } from '#app/routes/_auth+/reset-password.$token.tsx'
import { action as vruAction } from '#app/routes/admin+/vrus.$vruId.tsx'
import { action as newVruAction } from '#app/routes/admin+/vrus._index.tsx'
import { action as evaluationAction } from '#app/routes/learn+/modules.$moduleSlug.evaluation.$stage.tsx'
import { action as lessonAction } from '#app/routes/learn+/modules.$moduleSlug.lessons.$lessonSlug.tsx'
import { action as organisationAction } from '#app/routes/organisations+/$organisationId.tsx'
import { action as newOrganisationAction } from '#app/routes/organisations+/new.tsx'
import { action as personAction } from '#app/routes/people+/$personId.tsx'
import { action as inviteAction } from '#app/routes/people+/invite.tsx'
import {
  addPerson,
  cookiePair,
  DEMO,
  lastLinkToken,
  organisationNamed,
  sessionUser,
  signInAs,
  userRow,
  vruId,
} from './helpers.ts'

const RUNS = Number(process.env.FAST_CHECK_RUNS ?? 40)

// ---------------------------------------------------------------------------------------------
// The database's fingerprint: every table's rows, hashed

function fingerprint() {
  const tables = db
    .all<{ name: string }>(sql`select name from sqlite_master where type = 'table' order by name`)
    .map((t) => t.name)
  const hash = createHash('sha256')
  const counts: Record<string, number> = {}
  for (const table of tables) {
    const rows = db.all(sql.raw(`select * from "${table.replace(/"/g, '""')}" order by rowid`))
    counts[table] = rows.length
    hash.update(`${table}\n${JSON.stringify(rows)}\n`)
  }
  return { counts, hash: hash.digest('hex') }
}

// ---------------------------------------------------------------------------------------------
// Bad values

const ATTACKS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/etc/passwd\u0000.md',
  "Robert'); DROP TABLE users;--",
  '{{constructor.constructor("return process")()}}',
  '\u202Egnp.exe',
  '\uFEFF\u200B\u200D',
  '\uD800',
  '\u0000\u0001\u0007\u001b[31m\u007f',
  '𝕿𝖍𝖊 😀 ﷽ Ⅻ',
  '   ',
  '',
]
/** Longer than `min` characters, counted as code points as zod counts them. */
const huge = (min: number) =>
  fc
    .tuple(
      fc.integer({ min: min + 1, max: min + 20_000 }),
      fc.constantFrom('A', 'é', '😀', '<', '\u0000'),
    )
    .map(([n, c]) => c.repeat(n))
const nasty = fc.oneof(
  fc.constantFrom(...ATTACKS),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 20 }).map((s) => `${s}\u0000\r\n\u0008`),
  fc.integer().map(String),
  fc.double().map(String),
  huge(300),
)
/** A form value: a string, a file where text was expected, or the field sent twice. */
type Value = string | Blob | string[]
const anyValue: fc.Arbitrary<Value> = fc.oneof(
  { weight: 6, arbitrary: nasty },
  { weight: 1, arbitrary: nasty.map((s) => new Blob([s], { type: 'text/html' })) },
  { weight: 1, arbitrary: fc.array(nasty, { minLength: 2, maxLength: 3 }) },
)
const notIn = (allowed: readonly string[]) => nasty.filter((s) => !allowed.includes(s.trim()))
const notAnEmail = nasty.filter((s) => !s.includes('@'))

// ---------------------------------------------------------------------------------------------
// Submitting a form to a route's action as a browser would, and reading the answer

type Submission = {
  path: string
  params?: Record<string, string>
  cookie?: string | null
  fields: Record<string, Value | undefined>
}

async function submit(action: ActionFunction, submission: Submission) {
  const body = new FormData()
  for (const [name, value] of Object.entries(submission.fields)) {
    if (value === undefined) continue
    if (Array.isArray(value)) for (const v of value) body.append(name, v)
    else if (value instanceof Blob) body.append(name, value, '../../evil.html')
    else body.append(name, value)
  }
  const headers = new Headers()
  if (submission.cookie) headers.set('Cookie', cookiePair(submission.cookie))
  const request = new Request(`http://localhost:3000${submission.path}`, {
    method: 'POST',
    body,
    headers,
  })
  let answer: unknown
  try {
    answer = await action({
      request,
      params: submission.params ?? {},
      context: { clientAddress: '203.0.113.200', cspNonce: '' },
    })
  } catch (thrown) {
    answer = thrown
  }
  // anything other than an answer (an Error) is what would have been a 500
  if (answer instanceof Response) return { status: answer.status, message: await answer.text() }
  if (answer && typeof answer === 'object' && 'init' in answer && 'data' in answer) {
    const init = answer.init as ResponseInit | null
    return { status: init?.status ?? 200, message: JSON.stringify(answer.data) }
  }
  if (answer instanceof Error) throw answer
  return { status: 200, message: JSON.stringify(answer) }
}

/** The property every form shares: 4xx, a message to act on, and the database untouched. */
async function refusedAndUnchanged(action: ActionFunction, submission: Submission) {
  const before = fingerprint()
  const { status, message } = await submit(action, submission)
  expect(status, `${submission.path}: ${message.slice(0, 200)}`).toBeGreaterThanOrEqual(400)
  expect(status).toBeLessThan(500)
  // a sentence, not an empty body
  expect(message).toMatch(/[A-Za-z]{3,}.*[A-Za-z]{3,}/)
  expect(fingerprint()).toEqual(before)
}

function property<T>(
  arbitrary: fc.Arbitrary<T>,
  toSubmission: (value: T) => Submission,
  action: ActionFunction,
) {
  return fc.assert(
    fc.asyncProperty(arbitrary, (value) => refusedAndUnchanged(action, toSubmission(value))),
    { numRuns: RUNS },
  )
}

// ---------------------------------------------------------------------------------------------

let cookies: Record<'admin' | 'vruLead' | 'orgLead' | 'learner', string>
let learnerId = ''
let resetToken = ''
let invitationToken = ''
let riverside = 0

beforeAll(async () => {
  importPacks()
  riverside = organisationNamed('Riverside Academy, Liverpool').id
  const learnerEmail = addPerson(`bad-input-learner.${Date.now()}@example.test`, riverside)
  learnerId = userRow(learnerEmail).id
  startModule(sessionUser(learnerEmail), 'aces-foundations')
  cookies = {
    admin: await signInAs(DEMO.admin),
    vruLead: await signInAs(DEMO.merseysideLead),
    orgLead: await signInAs(DEMO.schoolLead),
    learner: await signInAs(learnerEmail),
  }
  await requestPasswordReset(DEMO.walesNurse)
  resetToken = lastLinkToken(DEMO.walesNurse, 'reset-password')!
  const invitee = `bad-input-invitee.${Date.now()}@example.test`
  await invitePerson(sessionUser(DEMO.schoolLead), {
    email: invitee,
    name: 'Invitee',
    role: 'learner',
  })
  invitationToken = lastLinkToken(invitee, 'invitations')!
})

describe('signing in and passwords', () => {
  test('the sign-in form', () =>
    property(
      fc.record({
        email: fc.oneof(huge(255), fc.constant(undefined)),
        password: fc.oneof(anyValue, huge(1025)),
        redirectTo: anyValue,
      }),
      (fields) => ({ path: '/login', fields }),
      loginAction,
    ))

  test('the forgotten-password form', () =>
    property(
      fc.record({ email: fc.oneof(notAnEmail, huge(255)) }),
      (fields) => ({ path: '/forgot-password', fields }),
      forgotAction,
    ))

  test('the new-password form of a reset link', () =>
    property(
      fc.record({ password: fc.oneof(nasty, huge(201)), suffix: nasty.filter((s) => s !== '') }),
      ({ password, suffix }) => ({
        path: `/reset-password/${resetToken}`,
        params: { token: resetToken },
        // the second copy never matches the first (or the first is too long or short)
        fields: { password, confirmPassword: `${password}${suffix}` },
      }),
      resetAction,
    ))

  test('accepting an invitation', () =>
    property(
      fc.record({
        name: anyValue,
        password: fc.oneof(nasty, huge(201)),
        suffix: nasty.filter((s) => s !== ''),
      }),
      ({ name, password, suffix }) => ({
        path: `/invitations/${invitationToken}`,
        params: { token: invitationToken },
        fields: { name, password, confirmPassword: `${password}${suffix}` },
      }),
      invitationAction,
    ))
})

describe('people, organisations and units', () => {
  test('inviting someone', () =>
    property(
      fc.record({
        name: anyValue,
        email: fc.oneof(notAnEmail, huge(255)),
        role: anyValue,
        organisationId: anyValue,
        jobRole: anyValue,
        sector: anyValue,
      }),
      (fields) => ({ path: '/people/invite', cookie: cookies.orgLead, fields }),
      inviteAction,
    ))

  test('changing a person', () =>
    property(
      fc.oneof(
        fc.record({
          intent: fc.constant('save'),
          name: huge(121),
          role: anyValue,
          jobRole: anyValue,
          sector: anyValue,
          organisationId: anyValue,
        }),
        fc.record({
          intent: fc.constant('save'),
          name: anyValue,
          role: notIn(ROLES),
          jobRole: anyValue,
          sector: anyValue,
        }),
        fc.record({ intent: notIn(['save', 'deactivate', 'reactivate', 'erase']), name: anyValue }),
      ),
      (fields) => ({
        path: `/people/${learnerId}`,
        params: { personId: learnerId },
        cookie: cookies.orgLead,
        fields,
      }),
      personAction,
    ))

  test('adding and editing an organisation', async () => {
    const organisation = fc.record({
      vruId: anyValue,
      areaId: anyValue,
      name: huge(161),
      type: anyValue,
      localAuthority: anyValue,
      wellbeingContact: anyValue,
      active: anyValue,
    })
    await property(
      organisation,
      (fields) => ({ path: '/organisations/new', cookie: cookies.vruLead, fields }),
      newOrganisationAction,
    )
    await property(
      organisation,
      (fields) => ({
        path: `/organisations/${riverside}`,
        params: { organisationId: String(riverside) },
        cookie: cookies.vruLead,
        fields,
      }),
      organisationAction,
    )
  })

  test('adding and editing a unit, and adding an area', async () => {
    const unit = fc.record({
      slug: fc.oneof(
        nasty.filter((s) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s.trim())),
        huge(61),
      ),
      name: anyValue,
      area: anyValue,
      bilingual: anyValue,
      active: anyValue,
    })
    const merseyside = String(vruId('merseyside'))
    await property(
      unit,
      (fields) => ({ path: '/admin/vrus', cookie: cookies.admin, fields }),
      newVruAction,
    )
    await property(
      unit,
      (fields) => ({
        path: `/admin/vrus/${merseyside}`,
        params: { vruId: merseyside },
        cookie: cookies.admin,
        fields,
      }),
      vruAction,
    )
    await property(
      fc.record({ intent: fc.constant('add-area'), name: huge(121) }),
      (fields) => ({
        path: `/admin/vrus/${merseyside}`,
        params: { vruId: merseyside },
        cookie: cookies.admin,
        fields,
      }),
      vruAction,
    )
  })
})

describe('a learner’s answers', () => {
  const lesson = (slug: string) => ({
    path: `/learn/modules/aces-foundations/lessons/${slug}`,
    params: { moduleSlug: 'aces-foundations', lessonSlug: slug },
  })

  test('answers to a knowledge check that are not among its options', () =>
    property(
      fc.record({
        q0: fc.oneof(
          nasty.filter((s) => !/^[0-9]$/.test(s)),
          fc.integer({ min: 10, max: 1e9 }).map(String),
        ),
        q1: anyValue,
      }),
      (answers) => ({
        ...lesson('knowledge-check'),
        cookie: cookies.learner,
        fields: { intent: 'check', ...answers },
      }),
      lessonAction,
    ))

  test('a reflection longer than the page allows, and actions that do not exist', async () => {
    await property(
      fc.record({ answer0: huge(10_001), answer1: anyValue }),
      (answers) => ({
        ...lesson('reflection'),
        cookie: cookies.learner,
        fields: { intent: 'reflection', ...answers },
      }),
      lessonAction,
    )
    await property(
      fc.record({
        intent: notIn(['complete', 'check', 'autosave', 'reflection']),
        answer0: anyValue,
      }),
      (fields) => ({ ...lesson('reflection'), cookie: cookies.learner, fields }),
      lessonAction,
    )
  })

  test('ratings before a module that are not 1 to 5', () =>
    property(
      fc.record({
        intent: notIn(['skip']),
        s0: notIn(['1', '2', '3', '4', '5']),
        s1: anyValue,
        s2: anyValue,
      }),
      (fields) => ({
        path: '/learn/modules/aces-foundations/evaluation/pre',
        params: { moduleSlug: 'aces-foundations', stage: 'pre' },
        cookie: cookies.learner,
        fields,
      }),
      evaluationAction,
    ))
})

// ---------------------------------------------------------------------------------------------
// The importers

const workspaces: string[] = []
afterAll(() => {
  for (const dir of workspaces) fs.rmSync(dir, { recursive: true, force: true })
})

describe('the importers', () => {
  test('captions: any text is checked, never thrown on, and a fault names its line', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc
            .array(
              fc.oneof(
                nasty,
                fc.constantFrom(
                  'WEBVTT',
                  '00:00.000 --> 00:01.000',
                  '99:99.999 --> 00:00.000',
                  '-->',
                  '',
                ),
              ),
              { maxLength: 30 },
            )
            .map((lines) => lines.join('\n')),
          fc.string({ unit: 'binary', maxLength: 2000 }),
        ),
        (text) => {
          const result = checkWebVtt(text)
          if (!result.ok) {
            expect(result.line).toBeGreaterThanOrEqual(1)
            expect(result.line).toBeLessThanOrEqual(text.split(/\r\n|\r|\n/).length)
            expect(result.message.length).toBeGreaterThan(5)
          }
        },
      ),
      { numRuns: RUNS * 5 },
    )
  })

  test('a pack with a bad manifest, lesson or file reference is refused whole, with a reason', () => {
    const slug = 'bad-input-pack'
    const manifest = {
      title: 'A test module',
      summary: 'For the bad input tests.',
      audience: ['all-staff'],
      topics: ['aces'],
      practiceLevel: 'trauma-aware',
      estimatedMinutes: 20,
      cpdMinutes: 30,
      passMark: 80,
      languages: ['en'],
      lessons: ['01-welcome.md'],
    }
    const reading = (front: Record<string, unknown>) =>
      `---\n${stringify({ kind: 'reading', title: 'Welcome', minutes: 5, ...front })}---\nWelcome.\n`
    const breakage = fc.oneof(
      // the manifest is not YAML, or not a mapping
      nasty.map((text) => ({ manifestText: `${text}\n: : [`, lesson: reading({}) })),
      // a lesson list naming files that are not there, or outside the pack
      fc
        .array(fc.oneof(fc.constantFrom('../../../etc/passwd', '/etc/passwd', '..\\x.md'), nasty), {
          minLength: 1,
          maxLength: 3,
        })
        .map((lessons) => ({
          manifestText: stringify({ ...manifest, lessons: lessons.map((l) => `${l}.missing`) }),
          lesson: reading({}),
        })),
      // numbers that are not numbers, kinds that do not exist
      fc
        .record({ estimatedMinutes: nasty, passMark: fc.oneof(nasty, fc.integer({ min: 101 })) })
        .map((bad) => ({ manifestText: stringify({ ...manifest, ...bad }), lesson: reading({}) })),
      notIn(['reading', 'film', 'letters', 'activity', 'reflection', 'check']).map((kind) => ({
        manifestText: stringify(manifest),
        lesson: reading({ kind }),
      })),
      // a film whose files are outside media/
      fc
        .constantFrom(
          '../../../etc/passwd',
          '/etc/passwd',
          'films/../../server.ts',
          'films/%2e%2e/x.mp4',
        )
        .map((film) => ({
          manifestText: stringify(manifest),
          lesson: reading({
            kind: 'film',
            film,
            transcript: film,
            captions: [{ language: 'en', label: 'English', file: film }],
          }),
        })),
    )
    fc.assert(
      fc.property(breakage, ({ manifestText, lesson }) => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-bad-pack-'))
        workspaces.push(dir)
        const pack = path.join(dir, 'modules', slug)
        fs.mkdirSync(path.join(pack, 'lessons'), { recursive: true })
        fs.mkdirSync(path.join(dir, 'media'), { recursive: true })
        fs.writeFileSync(path.join(pack, 'module.yaml'), manifestText)
        fs.writeFileSync(path.join(pack, 'lessons', '01-welcome.md'), lesson)
        const before = fingerprint()
        const read = readPack(pack, path.join(dir, 'media'))
        expect(read.ok).toBe(false)
        const reports = importPacks(path.join(dir, 'modules'), path.join(dir, 'media'))
        expect(reports).toEqual([
          expect.objectContaining({
            slug,
            status: 'refused',
            problems: expect.arrayContaining([
              expect.objectContaining({ message: expect.stringMatching(/\w{3,}/) }),
            ]),
          }),
        ])
        expect(fingerprint()).toEqual(before)
      }),
      { numRuns: RUNS },
    )
  })
})

// Last, as they change the database: the same forms take good input, so the refusals above were
// about the input and not about a wrong address or a missing session.
describe('the same forms with good input', () => {
  test('are accepted', async () => {
    const ok = async (action: ActionFunction, submission: Submission) => {
      const { status, message } = await submit(action, submission)
      expect(status, `${submission.path}: ${message.slice(0, 200)}`).toBeLessThan(400)
    }
    const lesson = (slug: string) => ({
      path: `/learn/modules/aces-foundations/lessons/${slug}`,
      params: { moduleSlug: 'aces-foundations', lessonSlug: slug },
      cookie: cookies.learner,
    })
    await ok(evaluationAction, {
      path: '/learn/modules/aces-foundations/evaluation/pre',
      params: { moduleSlug: 'aces-foundations', stage: 'pre' },
      cookie: cookies.learner,
      fields: { intent: 'skip' },
    })
    await ok(lessonAction, { ...lesson('knowledge-check'), fields: { intent: 'check', q0: '0' } })
    await ok(lessonAction, {
      ...lesson('reflection'),
      fields: { intent: 'reflection', answer0: 'Fine.' },
    })
    await ok(personAction, {
      path: `/people/${learnerId}`,
      params: { personId: learnerId },
      cookie: cookies.orgLead,
      fields: { intent: 'save', name: 'A good name', role: 'learner' },
    })
    await ok(resetAction, {
      path: `/reset-password/${resetToken}`,
      params: { token: resetToken },
      fields: { password: 'a good long password', confirmPassword: 'a good long password' },
    })
    await ok(invitationAction, {
      path: `/invitations/${invitationToken}`,
      params: { token: invitationToken },
      fields: {
        name: 'Invitee',
        password: 'a good long password',
        confirmPassword: 'a good long password',
      },
    })
    await ok(vruAction, {
      path: `/admin/vrus/${vruId('merseyside')}`,
      params: { vruId: String(vruId('merseyside')) },
      cookie: cookies.admin,
      fields: { intent: 'add-area', name: 'Wirral' },
    })
  })
})
