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
import { strToU8, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { stringify } from 'yaml'
import {
  addLesson,
  createModule,
  ensureDraft,
  StudioIntentSchema,
} from '#app/authoring/modules.server.ts'
import {
  importPackZip,
  PACK_FILE_LIMIT,
  PACK_UNPACKED_LIMIT,
} from '#app/authoring/pack-zip.server.ts'
import { invitePerson } from '#app/auth/invitations.server.ts'
import { FORM_LIMIT_BYTES } from '#app/utils/forms.server.ts'
import { requestPasswordReset } from '#app/auth/password-reset.server.ts'
import { db, LESSON_KINDS, PRACTICE_LEVELS, ROLES } from '#app/db.server.ts'
import { describeImport, importPacks, MEDIA_ROOT, readPack } from '#app/learning/packs.server.ts'
import { startModule } from '#app/learning/progress.server.ts'
import { assignmentChoices, createAssignments } from '#app/learning/assignments.server.ts'
import { scopeFor } from '#app/auth/permissions.server.ts'
import {
  CourseSchema,
  createCourse,
  scheduleSession,
  SessionSchema,
} from '#app/live-training/courses.server.ts'
import { londonDay } from '#app/utils/uk-dates.ts'
import { checkWebVtt } from '#app/learning/webvtt.ts'
import { csvField, parseCsv, toCsv } from '#app/utils/csv.ts'
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
import { action as bulkInviteAction } from '#app/routes/organisation+/_index.tsx'
import { action as newAssignmentAction } from '#app/routes/assignments+/new.tsx'
import { action as importZipAction } from '#app/routes/studio+/_index.tsx'
import { action as studioModuleAction } from '#app/routes/studio+/modules.$moduleSlug._index.tsx'
import { action as lessonEditorAction } from '#app/routes/studio+/modules.$moduleSlug.lessons.$lesson.tsx'
import { action as newModuleAction } from '#app/routes/studio+/new.tsx'
import { action as bookStaffAction } from '#app/routes/training+/sessions.$sessionId_.book-staff.tsx'
import { action as newDeliveryAction } from '#app/routes/learn+/deliveries.new.tsx'
import { action as deliveryAction } from '#app/routes/learn+/deliveries.$deliveryId.tsx'
import { classroomPacks, DeliverySchema, logDelivery } from '#app/classroom/deliveries.server.ts'
import {
  addPerson,
  attendLive,
  cookiePair,
  liveCourse,
  DEMO,
  lastLinkToken,
  moduleDetails,
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
type Value = string | Blob | File | string[]
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
  /** the one refusal expected, where another 4xx would mean a wrong address or session */
  status?: number
}

async function submit(action: ActionFunction, submission: Submission) {
  const body = new FormData()
  for (const [name, value] of Object.entries(submission.fields)) {
    if (value === undefined) continue
    if (Array.isArray(value)) for (const v of value) body.append(name, v)
    else if (value instanceof File) body.append(name, value, value.name)
    else if (value instanceof Blob) body.append(name, value, '../../evil.html')
    else body.append(name, value)
  }
  return answer(action, submission, body)
}

/** Posts a body as it is, with the content type given (none when null), and reads the answer. */
async function answer(
  action: ActionFunction,
  submission: Omit<Submission, 'fields'>,
  body: BodyInit,
  contentType?: string | null,
) {
  const headers = new Headers()
  if (submission.cookie) headers.set('Cookie', cookiePair(submission.cookie))
  if (contentType) headers.set('Content-Type', contentType)
  const request = new Request(`http://localhost:3000${submission.path}`, {
    method: 'POST',
    body,
    headers,
  })
  // a string body would be labelled text/plain by fetch; "no content type" means none at all
  if (contentType === null) request.headers.delete('Content-Type')
  let result: unknown
  try {
    result = await action({
      request,
      params: submission.params ?? {},
      context: { clientAddress: '203.0.113.200', cspNonce: '' },
    })
  } catch (thrown) {
    result = thrown
  }
  // anything other than an answer (an Error) is what would have been a 500
  if (result instanceof Response) return { status: result.status, message: await result.text() }
  if (result && typeof result === 'object' && 'init' in result && 'data' in result) {
    const init = result.init as ResponseInit | null
    return { status: init?.status ?? 200, message: JSON.stringify(result.data) }
  }
  if (result instanceof Error) throw result
  return { status: 200, message: JSON.stringify(result) }
}

/** Every file under media/, with its size: a refused upload or zip must leave none behind. */
function mediaListing() {
  if (!fs.existsSync(MEDIA_ROOT)) return []
  return fs
    .readdirSync(MEDIA_ROOT, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory()) // the folder for uploads in progress is made on first use
    .map((e) => {
      const full = path.join(e.parentPath, e.name)
      return `${path.relative(MEDIA_ROOT, full)} ${fs.statSync(full).size}`
    })
    .sort()
}

/** The property every form shares: 4xx, a message to act on, and the database untouched. */
async function refusedAndUnchanged(action: ActionFunction, submission: Submission) {
  const before = fingerprint()
  const media = mediaListing()
  const { status, message } = await submit(action, submission)
  expect(status, `${submission.path}: ${message.slice(0, 200)}`).toBeGreaterThanOrEqual(400)
  expect(status).toBeLessThan(500)
  if (submission.status) expect(status, message.slice(0, 200)).toBe(submission.status)
  // a sentence, not an empty body
  expect(message).toMatch(/[A-Za-z]{3,}.*[A-Za-z]{3,}/)
  expect(fingerprint()).toEqual(before)
  expect(mediaListing()).toEqual(media)
}

function property<T>(
  arbitrary: fc.Arbitrary<T>,
  toSubmission: (value: T) => Submission,
  action: ActionFunction,
  numRuns = RUNS,
) {
  return fc.assert(
    fc.asyncProperty(arbitrary, (value) => refusedAndUnchanged(action, toSubmission(value))),
    { numRuns },
  )
}

// ---------------------------------------------------------------------------------------------

let cookies: Record<'admin' | 'vruLead' | 'orgLead' | 'learner' | 'trainer', string>
let learnerId = ''
let learnerEmail = ''
let resetToken = ''
let invitationToken = ''
let riverside = 0

beforeAll(async () => {
  importPacks()
  riverside = organisationNamed('Riverside Academy, Liverpool').id
  learnerEmail = addPerson(`bad-input-learner.${Date.now()}@example.test`, riverside)
  learnerId = userRow(learnerEmail).id
  startModule(sessionUser(learnerEmail), 'aces-foundations')
  cookies = {
    admin: await signInAs(DEMO.admin),
    vruLead: await signInAs(DEMO.merseysideLead),
    orgLead: await signInAs(DEMO.schoolLead),
    learner: await signInAs(learnerEmail),
    trainer: await signInAs(DEMO.merseysideTrainer),
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
        fields: { intent: 'save', ...fields },
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
// The studio and assignments

/** A good module.yaml with one lesson, 01-welcome.md, for the packs and zips broken below. */
const PACK_MANIFEST = {
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

/** YAML documents that parse, but to a text, a number, a list or nothing: not fields. */
const NOT_MAPPINGS: [yaml: string, found: RegExp][] = [
  ['hello', /must be fields.*it is the text "hello"/],
  ['42', /must be fields.*it is the number 42/],
  ['- title: A list\n- of two', /must be fields.*it is a list/],
  ['~', /must be fields.*it is empty/],
  ['true', /must be fields.*it is the boolean true/],
]

/** The studio's module details form, filled in well. */
const validDetails = {
  title: 'A fine title',
  summary: 'A fine summary.',
  audience: 'all-staff',
  topics: 'safeguarding',
  practiceLevel: 'trauma-aware',
  estimatedMinutes: '10',
  cpdMinutes: '10',
  passMark: '80',
}

// the trainer's module the studio forms are sent to, and its lesson of each kind
let slug = ''
const lessonFiles: Record<string, string> = {}

describe('the studio and assignments', () => {
  beforeAll(() => {
    const trainer = sessionUser(DEMO.merseysideTrainer)
    const module = createModule(trainer, moduleDetails('Bad input module'))
    slug = module.slug
    // the draft as it is after each lesson added
    for (const kind of LESSON_KINDS)
      lessonFiles[kind] = addLesson(ensureDraft(module), kind, `A ${kind} lesson`).replace(
        /\.md$/,
        '',
      )
  })

  const notAWholeNumber = fc.oneof(
    fc.constantFrom('-1', '1.5', 'abc', '1e400', '601', 'NaN', '0x'),
    fc.integer({ min: 601 }).map(String),
  )
  // each is wrong in at least one field; the rest is anything
  const wrongModuleDetails = fc.oneof(
    fc.record({
      title: fc.oneof(huge(160), fc.constantFrom('', '   ', '\t\r\n')),
      summary: anyValue,
      description: anyValue,
      contentNote: anyValue,
      audience: anyValue,
      topics: anyValue,
      practiceLevel: anyValue,
      estimatedMinutes: anyValue,
      cpdMinutes: anyValue,
      passMark: anyValue,
      national: anyValue,
    }),
    fc
      .record({ practiceLevel: notIn(PRACTICE_LEVELS), description: huge(5000) })
      .map((bad) => ({ ...validDetails, ...bad })),
    fc
      .record({
        estimatedMinutes: notAWholeNumber,
        audience: notIn(['all-staff', 'school-staff', 'frontline']),
      })
      .map((bad) => ({ ...validDetails, ...bad })),
  )

  test('creating a module and changing its details', async () => {
    await property(
      wrongModuleDetails,
      (fields) => ({ path: '/studio/new', cookie: cookies.trainer, fields, status: 400 }),
      newModuleAction,
    )
    await property(
      wrongModuleDetails,
      (fields) => ({
        path: `/studio/modules/${slug}`,
        params: { moduleSlug: slug },
        cookie: cookies.trainer,
        fields: { intent: 'details', ...fields },
        status: 400,
      }),
      studioModuleAction,
    )
    // adding a lesson of a kind that does not exist, or an action that does not exist
    await property(
      fc.oneof(
        fc.record({
          intent: fc.constant('add-lesson'),
          kind: notIn(LESSON_KINDS),
          lessonTitle: anyValue,
        }),
        fc.record({
          intent: fc.constant('add-lesson'),
          kind: fc.constantFrom(...LESSON_KINDS),
          lessonTitle: fc.oneof(huge(160), fc.constantFrom('', '  ')),
        }),
        fc.record({
          intent: notIn(StudioIntentSchema.options),
        }),
      ),
      (fields) => ({
        path: `/studio/modules/${slug}`,
        params: { moduleSlug: slug },
        cookie: cookies.trainer,
        fields,
      }),
      studioModuleAction,
    )
  })

  const editor = (kind: string, fields: Record<string, Value | undefined>): Submission => ({
    path: `/studio/modules/${slug}/lessons/${lessonFiles[kind]}`,
    params: { moduleSlug: slug, lesson: lessonFiles[kind]! },
    cookie: cookies.trainer,
    fields,
    status: 400,
  })
  // a lesson with no title is refused whatever else the form says
  const common = {
    title: fc.constantFrom('', '   ', '\t'),
    minutes: anyValue,
    optional: anyValue,
    contentNote: anyValue,
    sources: anyValue,
    body: anyValue,
  }
  const traversal = fc.constantFrom(
    '../../../etc/passwd',
    '/etc/passwd',
    'uploads/../../server.ts',
    '..\\..\\x.pdf',
    'films/%2e%2e/x.mp4',
  )

  test("each kind of lesson's form, and the check builder", async () => {
    const extras: Record<string, fc.Arbitrary<Record<string, Value>>> = {
      reading: fc.record({}),
      film: fc.record({
        filmPath: fc.oneof(traversal, anyValue),
        captionsPath: fc.oneof(traversal, anyValue),
        captionsLanguage: anyValue,
        captionsLabel: anyValue,
        transcript: anyValue,
      }),
      letters: fc.record({
        'letter0.from': anyValue,
        'letter0.to': anyValue,
        'letter0.date': anyValue,
        'letter0.body': anyValue,
      }),
      activity: fc.record({
        'download0.title': anyValue,
        'download0.file': fc.oneof(traversal, anyValue),
        'download0.remove': anyValue,
      }),
      reflection: fc.record({ prompts: anyValue }),
      check: fc.record({
        passMark: anyValue,
        'q0.prompt': anyValue,
        'q0.multiple': anyValue,
        'q0.o0.text': anyValue,
        'q0.o0.correct': anyValue,
        'q0.o0.feedback': anyValue,
      }),
    }
    for (const kind of LESSON_KINDS)
      await property(
        fc.tuple(fc.record(common), extras[kind]!),
        ([base, extra]) => editor(kind, { ...base, ...extra }),
        lessonEditorAction,
        Math.ceil(RUNS / 2),
      )
    // the check builder with a good title: a pass mark out of range, a question with no right answer
    await property(
      fc.oneof(
        fc.record({
          passMark: fc.oneof(
            fc.integer({ min: 101 }).map(String),
            fc.constantFrom('-1', 'abc', '50.5'),
          ),
          'q0.prompt': fc.constant('A question?'),
          'q0.o0.text': fc.constant('Yes'),
          'q0.o0.correct': fc.constant('on'),
        }),
        fc.record({
          passMark: fc.constant('80'),
          'q0.prompt': fc.oneof(nasty, huge(1000)),
          'q0.o0.text': anyValue,
          'q0.o1.text': anyValue,
        }),
      ),
      (fields) => editor('check', { title: 'A check', ...fields }),
      lessonEditorAction,
    )
  })

  /** Bytes that are not what the field asks for, under a name that says they are, or worse. */
  const badFile = (kind: 'film' | 'pdf' | 'captions') =>
    fc
      .tuple(
        fc.uint8Array({ maxLength: 4000 }),
        fc.constantFrom(
          '../../etc/x.mp4',
          '/etc/passwd',
          'film.mp4',
          'handout.pdf',
          '..\\..\\captions.vtt',
          'a\u0000b.pdf',
          '\u202Egpj.exe',
        ),
      )
      .map(([bytes, name]) => {
        const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1')
        // never a real film or PDF by accident; captions that are not WebVTT at all
        if (kind === 'film' && (head.slice(4, 8) === 'ftyp' || bytes[0] === 0x1a)) bytes[0] = 0
        if (kind === 'pdf' && head.startsWith('%PDF-')) bytes[0] = 0
        const content =
          kind === 'captions' ? new Uint8Array([...strToU8('NOT WEBVTT\n'), ...bytes]) : bytes
        return new File([content], name)
      })

  test('uploads that are not what they say, and captions over the size limit', async () => {
    await property(
      fc.record({
        film: badFile('film'),
        captions: fc.oneof(badFile('captions'), fc.constant(undefined)),
      }),
      (files) => editor('film', { title: 'A film', transcript: 'Words.', ...files }),
      lessonEditorAction,
    )
    await property(
      fc.record({ captions: badFile('captions') }),
      (files) =>
        editor('film', { title: 'A film', filmPath: 'films/to-the-edge-demo.mp4', ...files }),
      lessonEditorAction,
    )
    await property(
      fc.record({ newDownload: badFile('pdf'), newDownloadTitle: anyValue }),
      (files) => editor('activity', { title: 'An activity', ...files }),
      lessonEditorAction,
    )
    await refusedAndUnchanged(
      lessonEditorAction,
      editor('film', {
        title: 'A film',
        filmPath: 'films/to-the-edge-demo.mp4',
        captions: new File([`WEBVTT\n\n${'x'.repeat(6 * 1024 * 1024)}`], 'big.vtt'),
      }),
    )
  })

  test('module zips that are broken, climb out of their folder or belong to another unit', async () => {
    const manifest = stringify(PACK_MANIFEST)
    const lesson = '---\nkind: reading\ntitle: Welcome\nminutes: 5\n---\nWelcome.\n'
    const good = (folder: string) => ({
      [`${folder}/module.yaml`]: strToU8(manifest),
      [`${folder}/lessons/01-welcome.md`]: strToU8(lesson),
    })
    const zip = (entries: Record<string, Uint8Array>) => zipSync(entries, { level: 1 })
    const badZip = fc.oneof(
      // an entry named to land outside the folder it is unpacked in
      fc
        .tuple(
          fc.constantFrom(
            '../../etc/x',
            '/etc/x',
            '/tmp/upstream-evil',
            'zipped/../../../x',
            '..\\..\\x',
            'C:\\x',
            'zipped/lessons/\u0000.md',
            'media/../../x.mp4',
          ),
          fc.uint8Array({ maxLength: 200 }),
        )
        .map(([name, bytes]) => zip({ ...good('zipped'), [name]: bytes })),
      // two module folders, or none
      fc.constant(zip({ ...good('one'), ...good('two') })),
      fc.constant(zip({ 'readme.txt': strToU8('no module here') })),
      // a manifest that is not one
      nasty.map((text) => zip({ 'zipped/module.yaml': strToU8(`${text}\n: : [`) })),
      // a lesson the manifest names that is not there, or a film outside media/
      fc.constant(zip({ 'zipped/module.yaml': strToU8(manifest) })),
      fc.constant(
        zip({
          'zipped/module.yaml': strToU8(manifest),
          'zipped/lessons/01-welcome.md': strToU8(
            '---\nkind: film\ntitle: A film\nminutes: 5\nfilm: ../../../etc/passwd\n---\n',
          ),
        }),
      ),
      // another unit's module, by its address
      fc.constant(zip(good('mias-story'))),
      // cut short, or a zip header and then noise
      fc.integer({ min: 30, max: 200 }).map((n) => zip(good('zipped')).subarray(0, n)),
      fc
        .uint8Array({ minLength: 10, maxLength: 2000 })
        .map((noise) => new Uint8Array([0x50, 0x4b, 3, 4, ...noise])),
    )
    await property(
      badZip,
      (bytes) => ({
        path: '/studio',
        cookie: cookies.trainer,
        fields: { zip: new File([bytes], '../../module.zip') },
        status: 400,
      }),
      importZipAction,
    )
  })

  test('a module.yaml or lesson that is YAML but not a mapping of fields is refused by name', async () => {
    const lesson = '---\nkind: reading\ntitle: Welcome\nminutes: 5\n---\nWelcome.\n'
    const cases = [
      ...NOT_MAPPINGS.map(([yaml, found]) => ({
        entries: {
          'zipped/module.yaml': strToU8(yaml),
          'zipped/lessons/01-welcome.md': strToU8(lesson),
        },
        file: 'zipped/module.yaml',
        found,
      })),
      ...NOT_MAPPINGS.map(([yaml, found]) => ({
        entries: {
          'zipped/module.yaml': strToU8(stringify(PACK_MANIFEST)),
          'zipped/lessons/01-welcome.md': strToU8(`---\n${yaml}\n---\nWelcome.\n`),
        },
        file: 'zipped/lessons/01-welcome.md',
        found,
      })),
    ]
    for (const { entries, file, found } of cases) {
      const before = fingerprint()
      const { status, message } = await submit(importZipAction, {
        path: '/studio',
        cookie: cookies.trainer,
        fields: { zip: new File([zipSync(entries, { level: 1 })], 'module.zip') },
      })
      expect(status, message).toBe(400)
      expect(JSON.parse(message)).toMatchObject({
        problems: [{ file, message: expect.stringMatching(found) }],
      })
      expect(fingerprint()).toEqual(before)
    }
  })

  test('a zip that unpacks to more than the limit is refused before it fills the disk', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-input-zip-'))
    workspaces.push(dir)
    const file = path.join(dir, 'huge.zip')
    // 64 MB of one letter deflates to a few kilobytes
    fs.writeFileSync(
      file,
      zipSync(
        {
          'huge/module.yaml': strToU8('title: Huge\n'),
          'huge/lessons/01-huge.md': new Uint8Array(64 * 1024 * 1024).fill(65),
        },
        { level: 9 },
      ),
    )
    expect(fs.statSync(file).size).toBeLessThan(1024 * 1024)
    const before = fingerprint()
    const media = mediaListing()
    const result = await importPackZip(sessionUser(DEMO.admin), file, {
      limits: { total: 8 * 1024 * 1024, file: PACK_FILE_LIMIT },
    })
    expect(result).toEqual({
      status: 'refused',
      problems: [expect.objectContaining({ message: expect.stringMatching(/more than 8 MB/) })],
    })
    expect(fingerprint()).toEqual(before)
    expect(mediaListing()).toEqual(media)
  })

  test('one file in a zip may unpack to 768 MB at most, whether its header tells the truth or not', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-input-zip-'))
    workspaces.push(dir)
    const bomb = (name: string, declaredSize: number) => {
      const bytes = zipSync(
        { [`huge/${name}`]: new Uint8Array(9 * 1024 * 1024).fill(65) },
        { level: 9 },
      )
      // the uncompressed size in the first (only) local file header
      new DataView(bytes.buffer, bytes.byteOffset).setUint32(22, declaredSize, true)
      const file = path.join(dir, `${declaredSize}.zip`)
      fs.writeFileSync(file, bytes)
      return file
    }
    const before = fingerprint()
    const media = mediaListing()
    const admin = sessionUser(DEMO.admin)
    // a film that says it is 2 GB: refused at once by the default limit, whatever uploads may be
    const declared = await importPackZip(admin, bomb('films/long.mp4', 2 ** 31 - 1))
    expect(declared).toEqual({
      status: 'refused',
      problems: [
        {
          file: 'huge/films/long.mp4',
          message:
            'this file unpacks to more than 768 MB, the most one file in a module zip may be',
        },
      ],
    })
    expect(PACK_UNPACKED_LIMIT).toBe(1024 ** 3)
    // a file whose header says 100 bytes is stopped at the limit as it unpacks
    const lying = await importPackZip(admin, bomb('lessons/01-huge.md', 100), {
      limits: { total: PACK_UNPACKED_LIMIT, file: 8 * 1024 * 1024 },
    })
    expect(lying).toEqual({
      status: 'refused',
      problems: [
        {
          file: 'huge/lessons/01-huge.md',
          message: 'this file unpacks to more than 8 MB, the most one file in a module zip may be',
        },
      ],
    })
    expect(fingerprint()).toEqual(before)
    expect(mediaListing()).toEqual(media)
  })

  test('the assignment form', async () => {
    const assignment = fc.oneof(
      fc.record({
        organisationId: fc.constant(String(riverside)),
        moduleId: anyValue,
        target: notIn(['organisation', 'jobRole', 'people']),
        jobRole: anyValue,
        people: anyValue,
        dueDate: anyValue,
      }),
      fc.record({
        organisationId: fc.oneof(anyValue, fc.integer({ min: 100_000 }).map(String)),
        moduleId: fc.oneof(nasty, fc.integer({ min: 100_000 }).map(String)),
        target: fc.constantFrom('organisation', 'jobRole', 'people'),
        jobRole: fc.oneof(anyValue, huge(120)),
        people: fc.oneof(anyValue, fc.uuid()),
        // always wrong, so nothing here can be a good assignment by chance
        dueDate: fc.constantFrom(
          '2001-01-01',
          '31/02/2030',
          '2030-13-01',
          '00/00/0000',
          'tomorrow',
        ),
      }),
    )
    await property(
      assignment,
      (fields) => ({ path: '/assignments/new', cookie: cookies.vruLead, fields }),
      newAssignmentAction,
    )
    await property(
      assignment,
      (fields) => ({ path: '/assignments/new', cookie: cookies.orgLead, fields }),
      newAssignmentAction,
    )
  })
})

describe('classroom deliveries', () => {
  /** A delivery that is wrong in its number of pupils, whatever else it has. */
  const delivery = () => {
    const pack = classroomPacks(vruId('merseyside')).find((p) => p.slug === 'to-the-edge')!
    return fc.record({
      moduleId: fc.oneof(fc.constant(String(pack.moduleId)), anyValue),
      lessons: fc.oneof(fc.constant(pack.lessons[0]!.slug), anyValue),
      deliveredOn: fc.oneof(fc.constant('2026-01-15'), anyValue, fc.constant('2099-01-01')),
      yearGroup: fc.oneof(fc.constant('9'), anyValue),
      pupils: fc.oneof(fc.constantFrom('0', '401', '-3', '2.5', 'twenty', '1e3', ''), huge(10)),
      setting: fc.oneof(fc.constant('class'), anyValue),
      coDeliveredWith: anyValue,
      concernPassedOn: fc.oneof(fc.constant('no'), anyValue),
      confirmDuplicate: anyValue,
    })
  }

  test('logging a lesson taught: never a 500, nothing saved, what was typed kept', async () => {
    await property(
      delivery(),
      (fields) => ({ path: '/learn/deliveries/new', cookie: cookies.learner, fields }),
      newDeliveryAction,
    )
    // every field comes back as it was typed
    const { message } = await submit(newDeliveryAction, {
      path: '/learn/deliveries/new',
      cookie: cookies.learner,
      fields: {
        pupils: '401',
        yearGroup: '9',
        lessons: 'lesson-plan-1-aces',
        deliveredOn: '2026-01-15',
      },
    })
    expect(JSON.parse(message)).toMatchObject({
      errors: { pupils: expect.stringContaining('more than 400') },
      values: {
        pupils: '401',
        yearGroup: '9',
        lessons: 'lesson-plan-1-aces',
        deliveredOn: '2026-01-15',
      },
    })
  })

  test('changing one: the same, and someone else’s is not found', async () => {
    const pack = classroomPacks(vruId('merseyside')).find((p) => p.slug === 'to-the-edge')!
    const logged = logDelivery(
      sessionUser(learnerEmail),
      DeliverySchema.parse({
        moduleId: String(pack.moduleId),
        lessons: pack.lessons[1]!.slug,
        deliveredOn: '2026-01-20',
        yearGroup: '10',
        pupils: '19',
        setting: 'class',
        concernPassedOn: 'no',
      }),
    )
    if (!logged.ok) throw new Error(JSON.stringify(logged.errors))
    const at = { path: `/learn/deliveries/${logged.id}`, params: { deliveryId: String(logged.id) } }
    await property(
      delivery(),
      (fields) => ({ ...at, cookie: cookies.learner, fields }),
      deliveryAction,
    )
    await property(
      delivery(),
      (fields) => ({ ...at, cookie: cookies.orgLead, fields, status: 404 }),
      deliveryAction,
      5,
    )
  })
})

// ---------------------------------------------------------------------------------------------
// The importers

const workspaces: string[] = []
afterAll(() => {
  for (const dir of workspaces) fs.rmSync(dir, { recursive: true, force: true })
})

describe('the importers', () => {
  test('staff CSV files where every row is wrong invite nobody', async () => {
    // each row has an address that cannot be an email, so no row is a good invitation by chance
    const badEmail = fc
      .oneof(nasty, fc.constant('not-an-email'), fc.constant('a@@b'))
      .filter((s) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s.trim()))
    const row = fc
      .tuple(fc.oneof(nasty, huge(500)), badEmail, fc.oneof(nasty, huge(200)))
      .map((cells) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(','))
    const file = fc.oneof(
      fc.array(row, { minLength: 1, maxLength: 20 }).map((rows) => rows.join('\r\n')),
      // files that are not CSV at all
      nasty,
      fc
        .uint8Array({ minLength: 1, maxLength: 2000 })
        .map((b) => Buffer.from(b).toString('latin1')),
    )
    await property(
      fc.record({ file, intent: fc.constantFrom('check', 'import-valid', 'something-else') }),
      ({ file, intent }) => ({
        path: '/organisation',
        cookie: cookies.orgLead,
        fields:
          intent === 'import-valid'
            ? { intent, csv: file }
            : { intent, file: new File([file], 'staff.csv', { type: 'text/csv' }) },
      }),
      bulkInviteAction,
    )
  })

  test('CSV exports keep as text a field a spreadsheet would run, even behind spaces, tabs or line breaks', () => {
    const lead = fc
      .array(fc.constantFrom(' ', '\t', '\r', '\n'), { maxLength: 4 })
      .map((chars) => chars.join(''))
    const formula = fc
      .tuple(lead, fc.constantFrom('=', '+', '-', '@'), fc.oneof(nasty, fc.string()))
      .map(([space, sign, rest]) => `${space}${sign}${rest}`)
    const tabFirst = fc
      .tuple(fc.constantFrom('\t', '\r'), fc.oneof(nasty, fc.string()))
      .map(([first, rest]) => first + rest)
    fc.assert(
      fc.property(fc.oneof(formula, tabFirst), (field) => {
        // what a spreadsheet reads back is the field as text behind one quote
        const [row] = parseCsv(toCsv([['Name', field]]))
        expect(row).toEqual(['Name', `'${field}`])
      }),
      { numRuns: RUNS * 5 },
    )
    for (const field of [' =HYPERLINK("http://evil.example")', '\t=1+1', '\r\n@SUM(A1)', '  -2+3'])
      expect(csvField(field).replace(/^"/, '')).toMatch(/^'/)
    // plain text, a leading space included, is left as it is
    for (const field of [' Jo Bloggs', 'O’Neil', 'Year 7 = pupils', 'a-b'])
      expect(csvField(field)).toBe(field)
  })

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

  test('modules:import names a manifest or lesson that is not a mapping, in one line, and loads nothing', () => {
    for (const [yaml, found] of NOT_MAPPINGS) {
      for (const broken of ['module.yaml', 'lessons/01-welcome.md'] as const) {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-bad-pack-'))
        workspaces.push(dir)
        const pack = path.join(dir, 'modules', 'not-a-mapping')
        fs.mkdirSync(path.join(pack, 'lessons'), { recursive: true })
        fs.writeFileSync(
          path.join(pack, 'module.yaml'),
          broken === 'module.yaml' ? yaml : stringify(PACK_MANIFEST),
        )
        fs.writeFileSync(
          path.join(pack, 'lessons', '01-welcome.md'),
          `---\n${broken === 'module.yaml' ? 'kind: reading\ntitle: Welcome\nminutes: 5' : yaml}\n---\nWelcome.\n`,
        )
        const before = fingerprint()
        const reports = importPacks(path.join(dir, 'modules'), dir)
        expect(fingerprint()).toEqual(before)
        const lines = describeImport(reports)
        expect(lines).toEqual([
          '✗ not-a-mapping: refused, nothing of it loaded',
          expect.stringMatching(
            new RegExp(
              `^ {4}modules/not-a-mapping/${broken}: ${found.source.replace(/^must/, '.*must')}`,
            ),
          ),
        ])
      }
    }
  })

  test('a pack with a bad manifest, lesson or file reference is refused whole, with a reason', () => {
    const slug = 'bad-input-pack'
    const manifest = PACK_MANIFEST
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

// ---------------------------------------------------------------------------------------------
// Bodies that are not the form a page sends, to every route with an action

/** Every route file under app/routes that exports an action, as a path under app/routes. */
function routesWithActions() {
  const dir = path.resolve('app/routes')
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !path.basename(file).startsWith('__'))
    .filter((file) =>
      /export\s+(async\s+)?(function|const)\s+action\b/.test(
        fs.readFileSync(path.join(dir, file), 'utf8'),
      ),
    )
    .map((file) => file.split(path.sep).join('/'))
    .sort()
}

/**
 * Where each route's action is posted, by someone allowed to use it. `takesNoFields`: the action
 * reads no field (a POST is the whole message), so any well-formed form is as good as another;
 * `ignoresBody`: signing out works whatever is sent, scripts included; `uploads`: read by the
 * studio's streaming multipart parser.
 */
type Target = Omit<Submission, 'fields'> & {
  takesNoFields?: true
  ignoresBody?: true
  uploads?: true
  /** an address no page has: whatever is sent, 404 */
  notFound?: true
}

const NOT_A_FORM = [
  {
    name: 'a JSON body',
    contentType: 'application/json',
    body: JSON.stringify({ intent: 'save', email: DEMO.walesNurse, password: 'x', name: 'A' }),
  },
  { name: 'plain text', contentType: 'text/plain;charset=UTF-8', body: 'intent=save&name=A' },
  { name: 'no content type', contentType: null, body: 'intent=save&name=A' },
  { name: 'XML', contentType: 'application/xml', body: '<form><intent>save</intent></form>' },
  {
    name: 'a type that only starts like a form',
    contentType: 'application/x-www-form-urlencoded-not',
    body: 'intent=save',
  },
] as const
const BROKEN_MULTIPART = [
  {
    name: 'multipart whose boundary is not in the body',
    contentType: 'multipart/form-data; boundary=expected',
    body: '--other\r\nContent-Disposition: form-data; name="intent"\r\n\r\nsave\r\n--other--\r\n',
  },
  {
    name: 'multipart with no boundary',
    contentType: 'multipart/form-data',
    body: '--x\r\nContent-Disposition: form-data; name="intent"\r\n\r\nsave\r\n--x--\r\n',
  },
  {
    name: 'multipart cut short',
    contentType: 'multipart/form-data; boundary=b',
    body: '--b\r\nContent-Disposition: form-data; name="intent"\r\n\r\nsa',
  },
] as const
const ODD_URLENCODED = [
  { name: 'an empty form', body: '' },
  { name: 'an unknown intent', body: 'intent=no-such-action&name=A' },
  { name: 'an intent sent twice', body: 'intent=&intent=%00' },
  { name: 'bad percent-encoding', body: 'intent=%ZZ&name=%E0%A4%A&email=%&%%=%' },
  { name: 'a form cut short', body: 'intent=sav&email=someone%40exa&pass' },
] as const
const URLENCODED = 'application/x-www-form-urlencoded'

describe('bodies that are not the form a page sends', () => {
  const targets: Record<string, () => Target> = {
    '$.tsx': () => ({ path: '/no-such-page', params: { '*': 'no-such-page' }, notFound: true }),
    '_auth+/forgot-password.tsx': () => ({ path: '/forgot-password' }),
    '_auth+/invitations.$token.tsx': () => ({
      path: `/invitations/${invitationToken}`,
      params: { token: invitationToken },
    }),
    '_auth+/login.tsx': () => ({ path: '/login' }),
    '_auth+/logout.tsx': () => ({ path: '/logout', ignoresBody: true }),
    '_auth+/reset-password.$token.tsx': () => ({
      path: `/reset-password/${resetToken}`,
      params: { token: resetToken },
    }),
    'admin+/vrus.$vruId.tsx': () => ({
      path: `/admin/vrus/${vruId('merseyside')}`,
      params: { vruId: String(vruId('merseyside')) },
      cookie: cookies.admin,
    }),
    'admin+/vrus._index.tsx': () => ({ path: '/admin/vrus', cookie: cookies.admin }),
    'assignments+/$assignmentId.tsx': () => ({
      path: `/assignments/${assignmentId}`,
      params: { assignmentId: String(assignmentId) },
      cookie: cookies.orgLead,
    }),
    'assignments+/new.tsx': () => ({ path: '/assignments/new', cookie: cookies.orgLead }),
    'language.tsx': () => ({ path: '/language' }),
    'learn+/deliveries.new.tsx': () => ({ path: '/learn/deliveries/new', cookie: cookies.learner }),
    'learn+/deliveries.$deliveryId.tsx': () => ({
      path: `/learn/deliveries/${deliveryId}`,
      params: { deliveryId: String(deliveryId) },
      cookie: cookies.learner,
    }),
    'learn+/modules.$moduleSlug._index.tsx': () => ({
      path: '/learn/modules/aces-foundations',
      params: { moduleSlug: 'aces-foundations' },
      cookie: cookies.learner,
      takesNoFields: true,
    }),
    'learn+/modules.$moduleSlug.evaluation.$stage.tsx': () => ({
      path: '/learn/modules/aces-foundations/evaluation/pre',
      params: { moduleSlug: 'aces-foundations', stage: 'pre' },
      cookie: cookies.learner,
    }),
    'learn+/modules.$moduleSlug.lessons.$lessonSlug.tsx': () => ({
      path: '/learn/modules/aces-foundations/lessons/reflection',
      params: { moduleSlug: 'aces-foundations', lessonSlug: 'reflection' },
      cookie: cookies.learner,
    }),
    'organisation+/_index.tsx': () => ({ path: '/organisation', cookie: cookies.orgLead }),
    'organisations+/$organisationId.tsx': () => ({
      path: `/organisations/${riverside}`,
      params: { organisationId: String(riverside) },
      cookie: cookies.vruLead,
    }),
    'organisations+/new.tsx': () => ({ path: '/organisations/new', cookie: cookies.vruLead }),
    'people+/$personId.tsx': () => ({
      path: `/people/${learnerId}`,
      params: { personId: learnerId },
      cookie: cookies.orgLead,
    }),
    'people+/_index.tsx': () => ({ path: '/people', cookie: cookies.vruLead }),
    'people+/invite.tsx': () => ({ path: '/people/invite', cookie: cookies.orgLead }),
    'studio+/_index.tsx': () => ({ path: '/studio', cookie: cookies.trainer, uploads: true }),
    'studio+/markdown-preview.ts': () => ({
      path: '/studio/markdown-preview',
      cookie: cookies.trainer,
      takesNoFields: true,
    }),
    'studio+/modules.$moduleSlug._index.tsx': () => ({
      path: `/studio/modules/${bodySlug}`,
      params: { moduleSlug: bodySlug },
      cookie: cookies.trainer,
    }),
    'studio+/modules.$moduleSlug.lessons.$lesson.tsx': () => ({
      path: `/studio/modules/${bodySlug}/lessons/${bodyLesson}`,
      params: { moduleSlug: bodySlug, lesson: bodyLesson },
      cookie: cookies.trainer,
      uploads: true,
    }),
    'studio+/modules.$moduleSlug.lessons.$lesson.upload.ts': () => ({
      path: `/studio/modules/${bodySlug}/lessons/${bodyLesson}/upload`,
      params: { moduleSlug: bodySlug, lesson: bodyLesson },
      cookie: cookies.trainer,
      uploads: true,
    }),
    'studio+/modules.$moduleSlug.preview.$lesson.tsx': () => ({
      path: `/studio/modules/${bodySlug}/preview/${bodyLesson.replace(/^\d+-/, '')}`,
      params: { moduleSlug: bodySlug, lesson: bodyLesson.replace(/^\d+-/, '') },
      cookie: cookies.trainer,
    }),
    'studio+/new.tsx': () => ({ path: '/studio/new', cookie: cookies.trainer }),
    'training+/_index.tsx': () => ({ path: '/training', cookie: cookies.learner }),
    'training+/courses.new.tsx': () => ({ path: '/training/courses/new', cookie: cookies.trainer }),
    'training+/courses.$courseId.tsx': () => ({
      path: `/training/courses/${courseId}`,
      params: { courseId: String(courseId) },
      cookie: cookies.trainer,
    }),
    'training+/sessions.$sessionId.tsx': () => ({
      path: `/training/sessions/${sessionId}`,
      params: { sessionId: String(sessionId) },
      cookie: cookies.trainer,
    }),
    'training+/sessions.$sessionId_.register.tsx': () => ({
      path: `/training/sessions/${sessionId}/register`,
      params: { sessionId: String(sessionId) },
      cookie: cookies.trainer,
    }),
    'training+/sessions.$sessionId_.book-staff.tsx': () => ({
      path: `/training/sessions/${sessionId}/book-staff`,
      params: { sessionId: String(sessionId) },
      cookie: cookies.orgLead,
    }),
    'training+/attended.$completionId.tsx': () => ({
      path: `/training/attended/${attendanceId}`,
      params: { completionId: String(attendanceId) },
      cookie: cookies.learner,
    }),
    'training+/sessions.$sessionId_.register_.upload.tsx': () => ({
      path: `/training/sessions/${sessionId}/register/upload`,
      params: { sessionId: String(sessionId) },
      cookie: cookies.trainer,
    }),
  }
  let courseId = 0
  let sessionId = 0
  let attendanceId = 0
  let assignmentId = 0
  let deliveryId = 0
  let bodySlug = ''
  let bodyLesson = ''

  beforeAll(() => {
    const orgLead = sessionUser(DEMO.schoolLead)
    // not the module the good-input test below assigns to the same school
    const goodInputModule = db.all<{ id: number }>(sql`select id from modules limit 1`)[0]!.id
    const moduleId = assignmentChoices(scopeFor(orgLead), riverside)!.modules.find(
      (m) => m.moduleId !== goodInputModule,
    )!.moduleId
    const created = createAssignments(orgLead, scopeFor(orgLead), {
      organisationId: riverside,
      moduleId,
      keepInDate: false,
      target: 'organisation',
      people: [],
    })
    if (!created.ok) throw new Error(JSON.stringify(created.errors))
    assignmentId = created.ids[0]!
    const pack = classroomPacks(vruId('merseyside')).find((p) => p.slug === 'to-the-edge')!
    const logged = logDelivery(
      sessionUser(learnerEmail),
      DeliverySchema.parse({
        moduleId: String(pack.moduleId),
        lessons: pack.lessons[2]!.slug,
        deliveredOn: '2026-01-21',
        yearGroup: '11',
        pupils: '24',
        setting: 'class',
        concernPassedOn: 'no',
      }),
    )
    if (!logged.ok) throw new Error(JSON.stringify(logged.errors))
    deliveryId = logged.id
    const trainer = sessionUser(DEMO.merseysideTrainer)
    const course = createCourse(
      trainer,
      CourseSchema.parse({
        title: 'Bodies course',
        summary: 'For the bad body tests.',
        practiceLevel: 'trauma-aware',
        audience: 'all-staff',
        cpdMinutes: 60,
      }),
    )
    if (!course.ok) throw new Error(JSON.stringify(course.errors))
    courseId = course.id
    const session = scheduleSession(
      trainer,
      courseId,
      SessionSchema.parse({
        mode: 'online',
        day: londonDay(Date.now() + 30 * 24 * 60 * 60 * 1000),
        time: '16:00',
        durationMinutes: 60,
        capacity: 10,
        joiningLink: 'https://meet.example.test/bodies',
        cancelUpToHours: 24,
        audience: 'unit',
      }),
    )
    if (!session.ok) throw new Error(JSON.stringify(session.errors))
    sessionId = session.id
    // the learner came to a workshop, so they have an attendance to rate
    attendanceId = attendLive(
      { id: learnerId },
      liveCourse(vruId('merseyside')),
      new Date('2026-10-01T17:00:00Z'),
    ).id
    const module = createModule(sessionUser(DEMO.merseysideTrainer), {
      title: 'Bodies module',
      summary: 'For the bad body tests.',
      audience: ['all-staff'],
      topics: ['safeguarding'],
      practiceLevel: 'trauma-aware',
      estimatedMinutes: 10,
      cpdMinutes: 15,
      passMark: 60,
      national: false,
    })
    bodySlug = module.slug
    bodyLesson = addLesson(ensureDraft(module), 'reading', 'A reading').replace(/\.md$/, '')
  })

  test('every route with an action is in the table below', () => {
    expect(Object.keys(targets).sort()).toEqual(routesWithActions())
  })

  test.for(routesWithActions())(
    '%s answers 4xx with a message, and changes nothing',
    async (file) => {
      const { action } = (await import(path.resolve('app/routes', file))) as {
        action: ActionFunction
      }
      const target = targets[file]!()
      const failures: string[] = []
      const check = async (
        name: string,
        body: string,
        contentType: string | null,
        status?: number,
      ) => {
        const before = fingerprint()
        let got: { status: number; message: string }
        try {
          got = await answer(action, target, body, contentType)
        } catch (error) {
          failures.push(`${name}: threw ${String(error).slice(0, 200)} (a 500)`)
          return
        }
        const summary = `${name}: ${got.status} ${got.message.slice(0, 120)}`
        if (target.ignoresBody) {
          if (got.status !== 302) failures.push(`${summary} (signing out should still work)`)
        } else if (target.notFound) {
          if (got.status !== 404) failures.push(`${summary} (expected 404)`)
        } else if (status ? got.status !== status : got.status < 400 || got.status >= 500) {
          failures.push(`${summary} (expected ${status ?? '4xx'})`)
        } else if (!/[A-Za-z]{3,}.*[A-Za-z]{3,}/.test(got.message)) {
          failures.push(`${summary} (no message)`)
        }
        if (fingerprint().hash !== before.hash) failures.push(`${name}: the database changed`)
      }
      for (const { name, contentType, body } of NOT_A_FORM)
        await check(name, body, contentType, 415)
      for (const { name, contentType, body } of BROKEN_MULTIPART)
        await check(name, body, contentType, 400)
      // the studio's uploads stream multipart only, with their own limits: any 4xx there
      const oversize = `intent=save&name=${'a'.repeat(FORM_LIMIT_BYTES)}`
      await check(
        'a form over the size limit',
        oversize,
        URLENCODED,
        target.uploads ? undefined : 413,
      )
      // generated: any JSON under a type that is not a form's, and any text sent as a form
      const types = ['application/json', 'text/plain', 'text/csv', 'application/octet-stream']
      const generated = fc.sample(
        fc.tuple(fc.constantFrom(...types), fc.json()),
        Math.ceil(RUNS / 8),
      )
      for (const [type, json] of generated)
        await check(`${type} ${json.slice(0, 40)}`, json, type, 415)
      if (!target.takesNoFields && !target.ignoresBody) {
        for (const { name, body } of ODD_URLENCODED) await check(name, body, URLENCODED)
        const text = fc
          .string({ unit: 'binary', maxLength: 200 })
          .filter((t) => !t.includes('intent='))
        for (const t of fc.sample(text, Math.ceil(RUNS / 8)))
          await check(`the form text ${JSON.stringify(t.slice(0, 40))}`, t, URLENCODED)
      }
      // the whole list, as the assertion's diff cuts long strings short
      if (failures.length > 0) console.log(`${file}:\n  ${failures.join('\n  ')}`)
      expect(failures).toEqual([])
    },
  )
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
    await ok(studioModuleAction, {
      path: `/studio/modules/${slug}`,
      params: { moduleSlug: slug },
      cookie: cookies.trainer,
      fields: { intent: 'details', ...validDetails },
    })
    await ok(lessonEditorAction, {
      path: `/studio/modules/${slug}/lessons/${lessonFiles.reading}`,
      params: { moduleSlug: slug, lesson: lessonFiles.reading! },
      cookie: cookies.trainer,
      fields: { title: 'A reading', minutes: '5', body: 'Some words.' },
    })
    await ok(newAssignmentAction, {
      path: '/assignments/new',
      cookie: cookies.orgLead,
      fields: {
        moduleId: String(db.all<{ id: number }>(sql`select id from modules limit 1`)[0]!.id),
        target: 'organisation',
      },
    })
    await ok(vruAction, {
      path: `/admin/vrus/${vruId('merseyside')}`,
      params: { vruId: String(vruId('merseyside')) },
      cookie: cookies.admin,
      fields: { intent: 'add-area', name: 'Wirral' },
    })
    // a session to come open to the whole unit: the bad-input tests' own
    const session = db.all<{ id: number }>(
      sql`select id from course_sessions where cancelled_at is null and starts_at > ${Date.now()}
        and audience = '{"kind":"unit"}' order by id limit 1`,
    )[0]!.id
    const toTheEdge = classroomPacks(vruId('merseyside')).find((p) => p.slug === 'to-the-edge')!
    await ok(newDeliveryAction, {
      path: '/learn/deliveries/new',
      cookie: cookies.learner,
      fields: {
        moduleId: String(toTheEdge.moduleId),
        lessons: [toTheEdge.lessons[0]!.slug, toTheEdge.lessons[1]!.slug],
        deliveredOn: '2026-02-02',
        yearGroup: '9',
        pupils: '28',
        setting: 'class',
        concernPassedOn: 'no',
      },
    })
    await ok(bookStaffAction, {
      path: `/training/sessions/${session}/book-staff`,
      params: { sessionId: String(session) },
      cookie: cookies.orgLead,
      fields: { intent: 'book-staff', people: learnerId },
    })
  })
})
