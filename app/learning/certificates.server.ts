import { asc, eq, sql, type SQL } from 'drizzle-orm'
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib'
import { moduleText } from '#app/i18n/content.ts'
import { completions, courses, db, moduleVersions, users, vrus } from '#app/db.server.ts'
import { type I18n, type Language } from '#app/i18n/i18n.ts'
import { i18nFor } from '#app/i18n/language.server.ts'
import { env } from '#app/utils/env.server.ts'
import { embedPdfFonts } from '#app/utils/pdf-fonts.server.ts'
import { LEARNING_MESSAGES } from './labels.ts'

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
      error: LEARNING_MESSAGES.certificateCode,
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

function centred(
  page: PDFPage,
  font: PDFFont,
  text: string,
  y: number,
  size: number,
  color = rgb(0.11, 0.14, 0.15),
) {
  const width = font.widthOfTextAtSize(text, size)
  page.drawText(text, { x: (page.getWidth() - width) / 2, y, size, font, color })
}

/** What a certificate is for: the course, or the module in the language when its pack has it. */
function certifiedTitle(c: Certificate, language: Language) {
  return c.version === null ? c.title : moduleText(c, language).text
}

function drawCertificate(
  page: PDFPage,
  regular: PDFFont,
  bold: PDFFont,
  c: Certificate,
  { t, plural, date, language }: I18n,
) {
  const { width, height } = page.getSize()
  page.drawRectangle({
    x: 24,
    y: 24,
    width: width - 48,
    height: height - 48,
    borderColor: rgb(0.12, 0.31, 0.37),
    borderWidth: 3,
  })
  const title = certifiedTitle(c, language)
  centred(page, bold, 'Upstream', height - 90, 20, rgb(0.12, 0.31, 0.37))
  centred(page, regular, t('Certificate of completion'), height - 140, 30)
  centred(page, regular, t('This certifies that'), height - 200, 14)
  centred(page, bold, c.name, height - 240, 28)
  centred(
    page,
    regular,
    c.version === null ? t('attended the live training') : t('completed the module'),
    height - 280,
    14,
  )
  centred(
    page,
    bold,
    c.version === null
      ? title
      : t('{{title}} (version {{version}})', { title, version: c.version }),
    height - 315,
    18,
  )
  centred(
    page,
    regular,
    plural(
      c.cpdMinutes,
      {
        one: 'on {{date}}, for {{count}} minute of continuing professional development',
        other: 'on {{date}}, for {{count}} minutes of continuing professional development',
      },
      { date: date(c.completedAt) },
    ),
    height - 350,
    13,
  )
  if (c.vruName)
    centred(page, regular, t('Delivered for {{unit}}', { unit: c.vruName }), height - 375, 13)
  if (c.validUntil)
    centred(page, bold, t('Valid until {{date}}', { date: date(c.validUntil) }), height - 405, 13)
  centred(
    page,
    regular,
    t('Verification code {{code}}: check it at {{address}}', {
      code: c.code,
      address: `${env.APP_ORIGIN}/certificates/${c.code}`,
    }),
    60,
    11,
    rgb(0.3, 0.33, 0.36),
  )
}

/** One A4 landscape page a certificate, in one PDF, in the language of the person it is for. */
export async function certificatesPdf(certificates: Certificate[], language: Language = 'en') {
  const i18n = i18nFor(language)
  const pdf = await PDFDocument.create()
  pdf.setTitle(
    certificates.length === 1
      ? i18n.t('Certificate: {{title}}', { title: certifiedTitle(certificates[0]!, language) })
      : i18n.t('Upstream certificates'),
  )
  pdf.setAuthor('Upstream')
  pdf.setLanguage(language === 'cy' ? 'cy-GB' : 'en-GB')
  const { regular, bold } = await embedPdfFonts(pdf)
  for (const certificate of certificates) {
    drawCertificate(pdf.addPage([841.89, 595.28]), regular, bold, certificate, i18n)
  }
  return new Blob([Buffer.from(await pdf.save())], { type: 'application/pdf' })
}
