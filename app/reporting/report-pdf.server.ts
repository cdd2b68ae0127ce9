import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib'
import { type I18n, type Language } from '#app/i18n/i18n.ts'
import { i18nFor } from '#app/i18n/language.server.ts'
import { embedPdfFonts } from '#app/utils/pdf-fonts.server.ts'
import { FEWER_THAN_5 } from './disclosure.server.ts'
import { boardSummary, SUMMARY_NOTE } from './report-export.server.ts'
import { type Cell, type Report } from './types.ts'

const INK = rgb(0.11, 0.14, 0.15)
const BRAND = rgb(0.12, 0.31, 0.37)
const MUTED = rgb(0.3, 0.33, 0.36)
const RULE = rgb(0.8, 0.82, 0.84)

const A4: [number, number] = [595.28, 841.89]
const MARGIN = 48
const GAP = 10
const HEAD_SIZE = 8
const CELL_SIZE = 9
const LEADING = 1.3

/** A cell as the print view shows it. */
function cellText(value: Cell, { t, number }: I18n) {
  return value === null ? t(FEWER_THAN_5) : typeof value === 'number' ? number(value) : t(value)
}

/** Lines of at most `width` points; a word longer than the line is broken between letters. */
function wrap(text: string, font: PDFFont, size: number, width: number) {
  const measure = (s: string) => font.widthOfTextAtSize(s, size)
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const tried = line ? `${line} ${word}` : word
    if (measure(tried) <= width) {
      line = tried
      continue
    }
    if (line) lines.push(line)
    line = ''
    let rest = word
    while (measure(rest) > width && rest.length > 1) {
      let cut = rest.length - 1
      while (cut > 1 && measure(rest.slice(0, cut)) > width) cut--
      lines.push(rest.slice(0, cut))
      rest = rest.slice(cut)
    }
    line = rest
  }
  if (line || lines.length === 0) lines.push(line)
  return lines
}

/**
 * Column widths from the content: each column gets at least its longest word and, room
 * allowing, its longest text on one line; what is left over goes to the label column.
 */
function columnWidths(texts: string[][], fonts: PDFFont[][], sizes: number[][], room: number) {
  const count = texts[0]!.length
  const least = Array<number>(count).fill(0)
  const wanted = Array<number>(count).fill(0)
  texts.forEach((row, r) =>
    row.forEach((text, c) => {
      const font = fonts[r]![c]!
      const size = sizes[r]![c]!
      const words = text.split(/\s+/).map((w) => font.widthOfTextAtSize(w, size))
      least[c] = Math.min(room / count, Math.max(least[c]!, ...words))
      wanted[c] = Math.max(wanted[c]!, font.widthOfTextAtSize(text, size))
    }),
  )
  const space = room - GAP * (count - 1)
  const atLeast = least.reduce((a, b) => a + b, 0)
  const atMost = wanted.reduce((a, b) => a + b, 0)
  if (atMost <= space) return wanted.map((w, i) => (i === 0 ? w + space - atMost : w))
  const share = (space - atLeast) / Math.max(1, atMost - atLeast)
  return least.map((w, i) => w + (wanted[i]! - w) * share)
}

/**
 * The board summary as A4 pages: the same words and figures as the printable page, in the
 * language of the person who asked for it (the labels are the page's, through `t`).
 */
export async function boardSummaryPdf(report: Report, language: Language = 'en') {
  const i18n = i18nFor(language)
  const { t } = i18n
  const summary = boardSummary(report)
  const pdf = await PDFDocument.create()
  const scopeName = t(report.scopeName)
  const period = t(report.periodLabel)
  pdf.setTitle(`${t('Upstream training report')}: ${scopeName}, ${period}`)
  pdf.setAuthor('Upstream')
  pdf.setLanguage(language === 'cy' ? 'cy-GB' : 'en-GB')
  const { regular, bold } = await embedPdfFonts(pdf)
  const room = A4[0] - MARGIN * 2
  let page: PDFPage = pdf.addPage(A4)
  let y = A4[1] - 56

  const newPage = () => {
    page = pdf.addPage(A4)
    y = A4[1] - MARGIN
  }
  /** Draws lines downwards from y, left or right aligned in a column; returns the height. */
  const lines = (
    text: string[],
    x: number,
    width: number,
    size: number,
    font: PDFFont,
    color = INK,
    align: 'left' | 'right' = 'left',
  ) => {
    text.forEach((line, i) => {
      const at = align === 'right' ? x + width - font.widthOfTextAtSize(line, size) : x
      page.drawText(line, { x: at, y: y - size - i * size * LEADING, size, font, color })
    })
    return text.length * size * LEADING
  }
  const block = (text: string, size: number, font: PDFFont, color = INK, after = 4) => {
    const wrapped = wrap(text, font, size, room)
    if (y - wrapped.length * size * LEADING < MARGIN) newPage()
    y -= lines(wrapped, MARGIN, room, size, font, color) + after
  }

  block(t('Upstream training report'), 11, bold, BRAND, 8)
  block(scopeName, 18, bold, INK, 4)
  block(period, 13, regular, INK, 18)

  // the headline: its figures side by side, each label wrapped under its figure
  const figures = summary.headline.length
  const quarter = (room - GAP * (figures - 1)) / figures
  let tallest = 0
  summary.headline.forEach(({ label, value }, i) => {
    const x = MARGIN + i * (quarter + GAP)
    // a withheld figure says so, smaller, on the same baseline as the numbers
    const size = value === null ? 13 : 20
    const top = y
    y -= 20 - size
    const figure = wrap(cellText(value, i18n), bold, size, quarter)
    lines(figure, x, quarter, size, bold)
    y = top - 20 * LEADING - (figure.length - 1) * size * LEADING
    y -= lines(wrap(t(label), regular, 8.5, quarter), x, quarter, 8.5, regular, MUTED)
    tallest = Math.max(tallest, top - y)
    y = top
  })
  y -= tallest + 20

  for (const table of summary.tables) {
    const heading = table.columns.map((column) => t(column))
    const title = t(table.title)
    const body = table.rows.map((row) => [
      t(row.label),
      ...row.cells.map((cell) => cellText(cell, i18n)),
    ])
    const widths = columnWidths(
      [heading, ...body],
      [heading.map(() => bold), ...body.map((r) => r.map(() => regular))],
      [heading.map(() => HEAD_SIZE), ...body.map((r) => r.map(() => CELL_SIZE))],
      room,
    )
    const xs = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((a, b) => a + b + GAP, 0))
    const align = (i: number) => (i === 0 ? 'left' : 'right')
    const wrapRow = (cells: string[], font: PDFFont, size: number) =>
      cells.map((c, i) => wrap(c, font, size, widths[i]!))
    const headLines = wrapRow(heading, bold, HEAD_SIZE)
    const headHeight = Math.max(...headLines.map((l) => l.length)) * HEAD_SIZE * LEADING
    const rows = body.map((cells) => wrapRow(cells, regular, CELL_SIZE))
    const height = (row: string[][]) => Math.max(...row.map((l) => l.length)) * CELL_SIZE * LEADING

    const drawHeader = (continued: boolean) => {
      block(continued ? t('{{title}} (continued)', { title }) : title, 11.5, bold, BRAND, 4)
      headLines.forEach((l, i) => lines(l, xs[i]!, widths[i]!, HEAD_SIZE, bold, MUTED, align(i)))
      y -= headHeight + 2
      page.drawLine({
        start: { x: MARGIN, y },
        end: { x: MARGIN + room, y },
        thickness: 0.5,
        color: RULE,
      })
      y -= 3
    }
    // the title, the header and the first row stay together
    const first = rows[0] ? height(rows[0]) : CELL_SIZE * LEADING
    if (y - (11.5 * LEADING + 4 + headHeight + 5 + first) < MARGIN) newPage()
    drawHeader(false)
    if (rows.length === 0)
      y -= lines(
        wrap(t(table.empty ?? 'No completions in this period.'), regular, CELL_SIZE, room),
        MARGIN,
        room,
        CELL_SIZE,
        regular,
      )
    for (const row of rows) {
      if (y - height(row) < MARGIN) {
        newPage()
        drawHeader(true)
      }
      row.forEach((l, i) => lines(l, xs[i]!, widths[i]!, CELL_SIZE, regular, INK, align(i)))
      y -= height(row) + 2
    }
    y -= 14
  }
  block(t(SUMMARY_NOTE), 7.5, regular, MUTED)
  return new Blob([Buffer.from(await pdf.save())], { type: 'application/pdf' })
}
