import { asc, eq, sql, type SQL } from 'drizzle-orm'
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib'
import { completions, courses, db, moduleVersions, users, vrus } from '#app/db.server.ts'
import { env } from '#app/utils/env.server.ts'
import { formatDate } from '#app/utils/uk-dates.ts'

const certificateColumns = {
  code: completions.certificateCode,
  completedAt: completions.completedAt,
  cpdMinutes: completions.cpdMinutes,
  validUntil: completions.validUntil,
  userId: completions.userId,
  name: users.name,
  // attendance at a live course is certified as the course, even when it covers a module
  title: sql<string>`coalesce(${courses.title}, ${moduleVersions.title})`,
  version: sql<
    number | null
  >`case when ${completions.courseId} is null then ${moduleVersions.version} end`,
  delivery: completions.delivery,
  vruName: vrus.name,
  // a module's Welsh title, where its pack has one (a course's title has none)
  translations: moduleVersions.translations,
}

function certificatesWhere(condition: SQL) {
  return db
    .select(certificateColumns)
    .from(completions)
    .innerJoin(users, eq(users.id, completions.userId))
    .leftJoin(moduleVersions, eq(moduleVersions.id, completions.moduleVersionId))
    .leftJoin(courses, eq(courses.id, completions.courseId))
    .leftJoin(vrus, eq(vrus.id, completions.vruId))
    .where(condition)
}

export type Certificate = NonNullable<ReturnType<typeof findCertificate>>

/** Codes are typed by people: case and spaces forgiven. */
function normaliseCode(code: string) {
  return code.trim().toUpperCase().replace(/\s+/g, '')
}

/** A certificate by its verification code. */
export function findCertificate(code: string) {
  return certificatesWhere(eq(completions.certificateCode, normaliseCode(code))).get()
}

// Ten letters and digits from the printed alphabet, the hyphen after the fifth optional
const CODE_SHAPE = /^([A-Z2-9]{5})-?([A-Z2-9]{5})$/

/**
 * A code typed into the check page: the code as printed when a certificate has it, or why not
 * (mistyped, or no certificate has it), so the page can say so and keep what was typed.
 */
export function checkCertificateCode(typed: string) {
  const shape = CODE_SHAPE.exec(normaliseCode(typed).slice(0, 40))
  if (!shape)
    return {
      ok: false as const,
      error: 'Enter the code as printed on the certificate, for example ABCDE-23456',
    }
  const code = `${shape[1]}-${shape[2]}`
  if (!findCertificate(code)) return { ok: false as const, error: 'No certificate has this code' }
  return { ok: true as const, code }
}

export function myCertificate(userId: string, code: string) {
  const certificate = findCertificate(code)
  return certificate?.userId === userId ? certificate : undefined
}

export function myCertificates(userId: string) {
  return certificatesWhere(eq(completions.userId, userId))
    .orderBy(asc(completions.completedAt))
    .all()
}

// The standard PDF fonts cover Western European letters only; anything else loses its accent.
export function printable(font: PDFFont, text: string) {
  return [...text]
    .map((ch) => {
      try {
        font.encodeText(ch)
        return ch
      } catch {
        return ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '') || '?'
      }
    })
    .join('')
}

function centred(
  page: PDFPage,
  font: PDFFont,
  text: string,
  y: number,
  size: number,
  color = rgb(0.11, 0.14, 0.15),
) {
  const safe = printable(font, text)
  const width = font.widthOfTextAtSize(safe, size)
  page.drawText(safe, { x: (page.getWidth() - width) / 2, y, size, font, color })
}

function drawCertificate(page: PDFPage, regular: PDFFont, bold: PDFFont, c: Certificate) {
  const { width, height } = page.getSize()
  page.drawRectangle({
    x: 24,
    y: 24,
    width: width - 48,
    height: height - 48,
    borderColor: rgb(0.12, 0.31, 0.37),
    borderWidth: 3,
  })
  centred(page, bold, 'Upstream', height - 90, 20, rgb(0.12, 0.31, 0.37))
  centred(page, regular, 'Certificate of completion', height - 140, 30)
  centred(page, regular, 'This certifies that', height - 200, 14)
  centred(page, bold, c.name, height - 240, 28)
  centred(
    page,
    regular,
    c.version === null ? 'attended the live training' : 'completed the module',
    height - 280,
    14,
  )
  centred(
    page,
    bold,
    c.version === null ? c.title : `${c.title} (version ${c.version})`,
    height - 315,
    18,
  )
  centred(
    page,
    regular,
    `on ${formatDate(c.completedAt)}, for ${c.cpdMinutes} minutes of continuing professional development`,
    height - 350,
    13,
  )
  if (c.vruName) centred(page, regular, `Delivered for ${c.vruName}`, height - 375, 13)
  if (c.validUntil) centred(page, bold, `Valid until ${formatDate(c.validUntil)}`, height - 405, 13)
  centred(
    page,
    regular,
    `Verification code ${c.code}: check it at ${env.APP_ORIGIN}/certificates/${c.code}`,
    60,
    11,
    rgb(0.3, 0.33, 0.36),
  )
}

/** One A4 landscape page a certificate, in one PDF. */
export async function certificatesPdf(certificates: Certificate[]) {
  const pdf = await PDFDocument.create()
  pdf.setTitle(
    certificates.length === 1 ? `Certificate: ${certificates[0]!.title}` : 'Upstream certificates',
  )
  pdf.setAuthor('Upstream')
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  for (const certificate of certificates) {
    drawCertificate(pdf.addPage([841.89, 595.28]), regular, bold, certificate)
  }
  return new Blob([Buffer.from(await pdf.save())], { type: 'application/pdf' })
}
