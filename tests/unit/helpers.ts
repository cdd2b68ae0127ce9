/** Shared helpers for the unit tests: demo people, signed-in requests and the mail outbox. */
import fs from 'node:fs'
import path from 'node:path'
import { and, desc, eq } from 'drizzle-orm'
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  type PDFPage,
  PDFRawStream,
} from 'pdf-lib'
import { type ModuleDetails } from '#app/authoring/modules.server.ts'
import { startSession, type SessionUser } from '#app/auth/session.server.ts'
import {
  completions,
  courses,
  courseSessions,
  db,
  type Delivery,
  moduleVersions,
  modules,
  organisations,
  type PracticeLevel,
  users,
  vrus,
} from '#app/db.server.ts'
import { codeForCertificate } from '#app/learning/progress.server.ts'
import { recordCompletionInReports } from '#app/reporting/summary/record.server.ts'

export const DEMO = {
  admin: 'admin@demo.upstream.test',
  merseysideLead: 'vru.merseyside@demo.upstream.test',
  lancashireLead: 'vru.lancashire@demo.upstream.test',
  merseysideTrainer: 'trainer.merseyside@demo.upstream.test',
  schoolLead: 'lead.school@demo.upstream.test',
  merseysideTeacher: 'teacher.merseyside@demo.upstream.test',
  lancashireTeacher: 'teacher.lancashire@demo.upstream.test',
  walesNurse: 'nurse.wales@demo.upstream.test',
} as const

const ORIGIN = 'http://localhost:3000'

export function userRow(email: string) {
  const row = db.select().from(users).where(eq(users.email, email)).get()
  if (!row) throw new Error(`No user with email ${email}`)
  return row
}

/** The person as the session would describe them. */
export function sessionUser(email: string): SessionUser {
  const { id, name, role, vruId, organisationId } = userRow(email)
  return { id, email, name, role, vruId, organisationId }
}

export function vruId(slug: string) {
  const row = db.select({ id: vrus.id }).from(vrus).where(eq(vrus.slug, slug)).get()
  if (!row) throw new Error(`No VRU ${slug}`)
  return row.id
}

export function organisationNamed(name: string) {
  const row = db.select().from(organisations).where(eq(organisations.name, name)).get()
  if (!row) throw new Error(`No organisation named ${name}`)
  return row
}

/** The `name=value` pair of a Set-Cookie header, for a Cookie header. */
export function cookiePair(setCookie: string) {
  return setCookie.split(';')[0]!
}

export function requestWith(setCookie: string | null, pathname = '/') {
  const headers = new Headers()
  if (setCookie) headers.set('Cookie', cookiePair(setCookie))
  return new Request(`${ORIGIN}${pathname}`, { headers })
}

/** Signs the person in and returns the Set-Cookie string the browser would get. */
export async function signInAs(email: string) {
  return startSession(requestWith(null), userRow(email).id)
}

/** Adds a learner to the organisation, with the demo password; returns their email. */
export function addPerson(
  email: string,
  organisationId: number,
  role: 'learner' | 'organisation_lead' = 'learner',
) {
  const organisation = db
    .select()
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get()!
  db.insert(users)
    .values({
      id: crypto.randomUUID(),
      email,
      name: `Test ${email.split('@')[0]}`,
      passwordHash: userRow(DEMO.merseysideTeacher).passwordHash,
      role,
      vruId: organisation.vruId,
      organisationId,
    })
    .run()
  return email
}

let learners = 0
/** A new learner at a demo organisation, with nothing done yet. */
export function freshLearnerAt(organisation: string, label = 'learner') {
  learners++
  const school = organisationNamed(organisation)
  return sessionUser(addPerson(`${label}${learners}.${Date.now()}@example.test`, school.id))
}

let courseCount = 0
/** A live course of a unit (null: every unit's), optionally covering a module (by slug). */
export function liveCourse(
  vruId: number | null,
  { level = 'trauma-skilled', covers }: { level?: PracticeLevel; covers?: string } = {},
) {
  const moduleId = covers
    ? db.select().from(modules).where(eq(modules.slug, covers)).get()!.id
    : null
  return db
    .insert(courses)
    .values({
      vruId,
      title: `Workshop ${++courseCount}`,
      summary: 'A live workshop.',
      practiceLevel: level,
      audience: 'all-staff',
      cpdMinutes: 90,
      moduleId,
      coversModule: moduleId !== null,
      createdById: userRow(DEMO.admin).id,
    })
    .returning()
    .get()
}

/**
 * Attendance at a live course as the register records it: a session ending at `at`, and a
 * completion with the course, the session and how it was delivered, the person's unit,
 * organisation and sector, counted by the reports in its transaction. A course that covers a
 * module gives its module and published version.
 */
export function attendLive(
  person: { id: string },
  course: typeof courses.$inferSelect,
  at: Date,
  {
    delivery = 'live_in_person',
    ratings,
  }: { delivery?: Exclude<Delivery, 'online'>; ratings?: [number, number] } = {},
) {
  const who = db.select().from(users).where(eq(users.id, person.id)).get()!
  const version = course.coversModule
    ? db
        .select({ id: moduleVersions.id })
        .from(moduleVersions)
        .where(
          and(
            eq(moduleVersions.moduleId, course.moduleId!),
            eq(moduleVersions.status, 'published'),
          ),
        )
        .orderBy(desc(moduleVersions.version))
        .get()!
    : null
  return db.transaction((tx) => {
    const session = tx
      .insert(courseSessions)
      .values({
        courseId: course.id,
        mode: delivery === 'live_online' ? 'online' : 'in_person',
        startsAt: new Date(at.getTime() - 90 * 60_000),
        durationMinutes: 90,
        capacity: 30,
        registerTakenAt: at,
      })
      .returning()
      .get()
    const completion = tx
      .insert(completions)
      .values({
        userId: who.id,
        moduleId: version ? course.moduleId : null,
        moduleVersionId: version?.id ?? null,
        courseId: course.id,
        sessionId: session.id,
        delivery,
        vruId: who.vruId,
        organisationId: who.organisationId,
        sector: who.sector,
        completedAt: at,
        cpdMinutes: course.cpdMinutes,
        certificateCode: codeForCertificate(),
        ratingBefore: ratings?.[0] ?? null,
        ratingAfter: ratings?.[1] ?? null,
      })
      .returning()
      .get()
    recordCompletionInReports(completion.id)
    return completion
  })
}

function decodeBody(eml: string): string {
  const split = eml.indexOf('\n\n')
  const headers = eml.slice(0, split)
  const body = eml.slice(split + 2)
  // a mail with a calendar invitation is in parts: each decoded, one after another
  const boundary = /boundary="?([^";\n]+)"?/i.exec(headers)?.[1]
  if (/content-type:\s*multipart\//i.test(headers) && boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1, -1)
      .map((part) => decodeBody(part.replace(/^\n/, '')))
      .join('\n')
  }
  const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(headers)?.[1]?.toLowerCase()
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    return Buffer.from(bytes, 'latin1').toString('utf8')
  }
  return body
}

/** Emails written to the outbox for this address, oldest first, as decoded text with subject. */
export function emailsTo(address: string) {
  const outbox = process.env.MAIL_OUTBOX!
  if (!fs.existsSync(outbox)) return []
  const safeTo = address.replace(/[^a-z0-9@._-]/gi, '_')
  return fs
    .readdirSync(outbox)
    .filter((file) => file.endsWith(`-${safeTo}.eml`))
    .sort()
    .map((file) => {
      const eml = fs.readFileSync(path.join(outbox, file), 'utf8').replace(/\r\n/g, '\n')
      // a long header is folded onto the next lines, each starting with a space
      const headers = eml.slice(0, eml.indexOf('\n\n')).replace(/\n[ \t]+/g, ' ')
      const subject = /^subject:\s*(.*)$/im.exec(headers)?.[1] ?? ''
      return { subject, text: decodeBody(eml) }
    })
}

/** The token in the last link of this kind (`invitations` or `reset-password`) sent to the address. */
export function lastLinkToken(address: string, kind: 'invitations' | 'reset-password') {
  const emails = emailsTo(address)
  const text = emails.at(-1)?.text ?? ''
  const match = new RegExp(`https?://[^\\s]+/${kind}/([A-Za-z0-9_-]+)`).exec(text)
  return match?.[1]
}

export {
  questionsOf,
  rightAnswers,
  wrongAnswers,
  workThroughModule as finishModule,
} from '#app/cli/demo/work-through.ts'

const streamText = (s: unknown) =>
  s instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(s).decode()).toString('latin1') : ''

/**
 * Reads a page's `<hex> Tj` back as text in the font set by `/Name size Tf`: a standard font's
 * bytes are its letters; an embedded font's glyph numbers go through its ToUnicode map.
 */
export function pdfTextReader(pdf: PDFDocument, page: PDFPage) {
  const fonts = new Map<string, Map<string, string> | null>()
  const fontDict = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict)
  for (const [name, ref] of fontDict?.entries() ?? []) {
    const font = pdf.context.lookup(ref, PDFDict)
    const toUnicode = pdf.context.lookup(font.get(PDFName.of('ToUnicode')))
    fonts.set(name.decodeText(), toUnicode ? unicodeMap(streamText(toUnicode)) : null)
  }
  return (font: string, hex: string) => {
    const map = fonts.get(font)
    if (!map) return Buffer.from(hex, 'hex').toString('latin1')
    return (hex.match(/.{4}/g) ?? []).map((code) => map.get(code.toUpperCase()) ?? '?').join('')
  }
}

/** The text drawn on each page of a PDF, one drawn line a line. */
export async function pdfPageTexts(bytes: Uint8Array) {
  const pdf = await PDFDocument.load(bytes)
  return pdf.getPages().map((page) => {
    const read = pdfTextReader(pdf, page)
    const contents = page.node.Contents()
    const streams = contents instanceof PDFArray ? contents.asArray() : [contents]
    const content = streams.map((ref) => streamText(pdf.context.lookup(ref))).join('\n')
    let font = ''
    const lines: string[] = []
    for (const [, name, hex] of content.matchAll(
      /\/([^\s/]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)> Tj/g,
    )) {
      if (name !== undefined) font = name
      else lines.push(read(font, hex!))
    }
    return lines.join('\n')
  })
}

/** A ToUnicode CMap's glyph codes (4 hex digits) and the text each stands for. */
function unicodeMap(cmap: string) {
  const map = new Map<string, string>()
  const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le')
  for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, text] of block!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(code!.toUpperCase(), utf16(text!))
  for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, from, to, text] of block!.matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      const start = parseInt(from!, 16)
      const first = parseInt(text!, 16)
      for (let code = start; code <= parseInt(to!, 16); code++)
        map.set(
          code.toString(16).toUpperCase().padStart(4, '0'),
          String.fromCodePoint(first + code - start),
        )
    }
  return map
}

/** A new module's details as the studio's form gives them: one audience, one topic, no Welsh. */
export function moduleDetails(title: string): ModuleDetails {
  return {
    title,
    summary: 'A test module.',
    audience: ['all-staff'],
    topics: ['safeguarding'],
    practiceLevel: 'trauma-aware',
    estimatedMinutes: 10,
    cpdMinutes: 15,
    passMark: 60,
    national: false,
  }
}
