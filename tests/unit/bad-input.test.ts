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
import { requestPasswordReset } from '#app/auth/password-reset.server.ts'
import { db, LESSON_KINDS, PRACTICE_LEVELS, ROLES } from '#app/db.server.ts'
import { importPacks, MEDIA_ROOT, readPack } from '#app/learning/packs.server.ts'
import { startModule } from '#app/learning/progress.server.ts'
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
    const module = createModule(trainer, {
      title: 'Bad input module',
      summary: 'For the bad input tests.',
      audience: ['all-staff'],
      topics: ['safeguarding'],
      practiceLevel: 'trauma-aware',
      estimatedMinutes: 10,
      cpdMinutes: 15,
      passMark: 60,
      national: false,
    })
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
  const moduleDetails = fc.oneof(
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
      moduleDetails,
      (fields) => ({ path: '/studio/new', cookie: cookies.trainer, fields, status: 400 }),
      newModuleAction,
    )
    await property(
      moduleDetails,
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
  })
})
