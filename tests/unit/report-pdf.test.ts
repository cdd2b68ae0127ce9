/**
 * The board summary PDF read back as text: every heading and row of the print view is there in
 * the same words, and no two headings are drawn over each other.
 */
import fs from 'node:fs'
import { describe, expect, test } from 'vitest'
import {
  decodePDFRawStream,
  PDFArray,
  PDFDocument,
  type PDFRawStream,
  StandardFonts,
} from 'pdf-lib'
import { FEWER_THAN_5, OTHER_GROUPS } from '#app/reporting/disclosure.server.ts'
import { boardSummary } from '#app/reporting/report-export.server.ts'
import { boardSummaryPdf } from '#app/reporting/report-pdf.server.ts'
import { type Report } from '#app/reporting/types.ts'
import { pdfTextReader } from './helpers.ts'

const LONG =
  'Trauma-informed practice in schools: responding safely to disclosures of criminal exploitation and county lines'

/** A report as released, with what made the old PDF unreadable: long names and withheld rows. */
const report: Report = {
  scopeName: 'Merseyside Violence Reduction Partnership',
  periodLabel: 'April 2024 to March 2025',
  headline: {
    upskilled: 1234,
    completions: 5678,
    inProgress: null,
    overdue: 12,
    staffInDate: '82%',
  },
  units: null,
  tables: [
    {
      id: 'by-sector',
      title: 'By sector',
      columns: ['Sector', 'Professionals upskilled', 'Completions'],
      rows: [
        { label: 'Education', cells: [900, 4000] },
        { label: 'Health', cells: [300, 1500] },
        { label: OTHER_GROUPS, cells: [null, null] },
      ],
    },
    {
      id: 'by-module',
      title: 'By module',
      columns: ['Module', 'Professionals upskilled', 'Completions'],
      rows: [
        { label: LONG, cells: [640, 700] },
        ...Array.from({ length: 6 }, (_, i) => ({
          label: `Knife crime and serious violence, part ${i + 1}: what a youth worker can do`,
          cells: [i === 3 ? null : 50 + i, 60 + i],
        })),
        { label: OTHER_GROUPS, cells: [null, 7] },
      ],
    },
    {
      id: 'evaluation',
      title: 'Evaluation by module',
      columns: [
        'Module',
        'Matched before and after ratings',
        'Mean rating before (1 to 5)',
        'Mean rating after (1 to 5)',
        'Mean change',
        'Knowledge checks passed at the first attempt',
      ],
      rows: [
        { label: LONG, cells: [120, '2.9', '4.1', '1.2', '81%'] },
        {
          label: 'Adverse childhood experiences (ACEs): foundations',
          cells: [null, null, null, null, '90%'],
        },
        ...Array.from({ length: 8 }, (_, i) => ({
          label: `Exploitation module ${i + 1}`,
          cells: [i % 2 ? null : 20 + i, '3.0', '3.9', '0.9', 'no checks'],
        })),
      ],
    },
  ],
}

type Run = { page: number; text: string; x: number; y: number; width: number; size: number }

/** Every text run of the PDF, in drawing order, with where it sits on its page. */
async function textRuns(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes)
  // Liberation Sans, which the PDF is drawn in, has Helvetica's widths
  const measure = await PDFDocument.create()
  const regular = await measure.embedFont(StandardFonts.Helvetica)
  const bold = await measure.embedFont(StandardFonts.HelveticaBold)
  const runs: Run[] = []
  doc.getPages().forEach((page, index) => {
    const read = pdfTextReader(doc, page)
    const contents = page.node.Contents()!
    const streams =
      contents instanceof PDFArray
        ? contents.asArray().map((s) => doc.context.lookup(s))
        : [contents]
    const source = streams
      .map((s) => new TextDecoder('latin1').decode(decodePDFRawStream(s as PDFRawStream).decode()))
      .join('\n')
    for (const [, block] of source.matchAll(/BT\n([\s\S]*?)\nET/g)) {
      const font = /\/(\S+) ([\d.]+) Tf/.exec(block!)
      const at = /1 0 0 1 ([\d.-]+) ([\d.-]+) Tm/.exec(block!)
      const hex = /<([0-9A-Fa-f]*)> Tj/.exec(block!)
      if (!font || !at || !hex) continue
      const text = read(font[1]!, hex[1]!)
      const size = Number(font[2])
      const used = font[1]!.includes('Bold') ? bold : regular
      runs.push({
        page: index,
        text,
        x: Number(at[1]),
        y: Number(at[2]),
        size,
        width: used.widthOfTextAtSize(text, size),
      })
    }
  })
  return { runs, pages: doc.getPageCount() }
}

describe('board summary PDF', () => {
  test('has every heading and row of the print view, in its words, with no heading over another', async () => {
    const bytes = new Uint8Array(await (await boardSummaryPdf(report)).arrayBuffer())
    fs.mkdirSync('tests/.tmp', { recursive: true })
    fs.writeFileSync('tests/.tmp/board-summary.pdf', bytes)
    const { runs } = await textRuns(bytes)
    // a wrapped cell is drawn line after line, so the runs joined read as the page does
    const all = runs.map((r) => r.text).join(' ')
    const summary = boardSummary(report)
    for (const { label } of summary.headline) expect(all).toContain(label)
    expect(all).toContain('1,234')
    for (const table of summary.tables) {
      expect(all).toContain(table.title)
      for (const column of table.columns) expect(all).toContain(column)
      for (const row of table.rows) {
        expect(all).toContain(row.label)
        for (const cell of row.cells) if (typeof cell === 'string') expect(all).toContain(cell)
      }
    }
    expect(all).toContain(OTHER_GROUPS)
    expect(all.replace(/\s+/g, ' ')).toContain(
      'Each person counts once in a period, so the quarters can add up to more than the year.',
    )
    // as many "fewer than 5" as the print view shows
    const withheld =
      summary.headline.filter((f) => f.value === null).length +
      summary.tables.flatMap((t) => t.rows.flatMap((r) => r.cells)).filter((c) => c === null).length
    expect(all.split(FEWER_THAN_5).length - 1).toBe(withheld)

    // headings: the bold 8 pt runs; two on the same line never share any x
    const headings = runs.filter((r) => r.size === 8)
    expect(headings.length).toBeGreaterThan(6)
    for (const a of headings)
      for (const b of headings) {
        if (a === b || a.page !== b.page || Math.abs(a.y - b.y) > 1) continue
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x
        expect(apart, `"${a.text}" and "${b.text}" overlap`).toBe(true)
      }
    // nothing runs off the page
    for (const r of runs) {
      expect(r.x).toBeGreaterThanOrEqual(40)
      expect(r.x + r.width).toBeLessThanOrEqual(595.28 - 40)
      expect(r.y).toBeGreaterThan(30)
    }
  })

  test('a long report breaks between rows onto more pages, with the table header again', async () => {
    // every table the summary takes, each with long names that wrap
    const long: Report = {
      ...report,
      tables: ['by-sector', 'by-organisation-type', 'by-module', 'by-practice-level'].map((id) => ({
        ...report.tables[1]!,
        id,
        title: `Table ${id}`,
        rows: Array.from({ length: 12 }, (_, i) => ({
          label: `${LONG}, ${LONG.toLowerCase()}, ${i + 1}`,
          cells: [i, i],
        })),
      })),
    }
    const bytes = new Uint8Array(await (await boardSummaryPdf(long)).arrayBuffer())
    fs.writeFileSync('tests/.tmp/board-summary-long.pdf', bytes)
    const { runs, pages } = await textRuns(bytes)
    expect(pages).toBeGreaterThan(1)
    for (let page = 1; page < pages; page++) {
      const here = runs.filter((r) => r.page === page).map((r) => r.text)
      expect(here.join(' ')).toContain('Professionals upskilled')
    }
    expect(runs.some((r) => r.text.endsWith('(continued)'))).toBe(true)
  })
})
