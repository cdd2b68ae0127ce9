import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib'
import { printable } from '#app/learning/certificates.server.ts'
import { FEWER_THAN_5 } from './disclosure.server.ts'
import { boardSummary } from './report-export.server.ts'
import { type Report } from './types.ts'

const INK = rgb(0.11, 0.14, 0.15)
const BRAND = rgb(0.12, 0.31, 0.37)
const MUTED = rgb(0.3, 0.33, 0.36)

/** The board summary as one A4 page: the same figures as the printable page. */
export async function boardSummaryPdf(report: Report) {
  const summary = boardSummary(report)
  const pdf = await PDFDocument.create()
  pdf.setTitle(`Upstream training report: ${report.scopeName}, ${report.periodLabel}`)
  pdf.setAuthor('Upstream')
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const page = pdf.addPage([595.28, 841.89])
  const left = 48
  let y = page.getHeight() - 56
  const text = (p: PDFPage, value: string, x: number, size: number, font: PDFFont, color = INK) =>
    p.drawText(printable(font, value), { x, y, size, font, color })

  text(page, 'Upstream training report', left, 11, bold, BRAND)
  y -= 24
  text(page, report.scopeName, left, 18, bold)
  y -= 20
  text(page, report.periodLabel, left, 13, regular)
  y -= 34
  const width = (page.getWidth() - left * 2) / 4
  summary.headline.forEach(({ label, value }, i) => {
    const x = left + i * width
    // a withheld figure says so, smaller, to fit the same column
    const shown = value === null ? FEWER_THAN_5 : value.toLocaleString('en-GB')
    page.drawText(shown, { x, y, size: value === null ? 13 : 20, font: bold, color: INK })
    page.drawText(printable(regular, label), {
      x,
      y: y - 14,
      size: 8.5,
      font: regular,
      color: MUTED,
    })
  })
  y -= 44
  for (const table of summary.tables) {
    if (y < 90) break
    text(page, table.title, left, 11.5, bold, BRAND)
    y -= 16
    const columns = table.columns
    const first = 250
    const rest = (page.getWidth() - left * 2 - first) / Math.max(1, columns.length - 1)
    columns.forEach((c, i) => {
      const x = i === 0 ? left : left + first + (i - 1) * rest
      page.drawText(printable(bold, c), { x, y, size: 8, font: bold, color: MUTED })
    })
    y -= 13
    for (const row of table.rows) {
      const cells = [row.label, ...row.cells.map((c) => (c === null ? FEWER_THAN_5 : String(c)))]
      cells.forEach((c, i) => {
        const x = i === 0 ? left : left + first + (i - 1) * rest
        const clipped = i === 0 && c.length > 48 ? `${c.slice(0, 46)}…` : c
        page.drawText(printable(regular, clipped), { x, y, size: 9, font: regular, color: INK })
      })
      y -= 12.5
    }
    y -= 12
  }
  const notes = [
    'Professionals upskilled: different people with at least one completion in the period.',
    'Figures about 1 to 4 people are withheld, and groups that small are not named.',
  ]
  notes.forEach((note, i) =>
    page.drawText(printable(regular, note), {
      x: left,
      y: 50 - i * 10,
      size: 7.5,
      font: regular,
      color: MUTED,
    }),
  )
  return new Blob([Buffer.from(await pdf.save())], { type: 'application/pdf' })
}
