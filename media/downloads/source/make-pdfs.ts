/**
 * Turns the Markdown sources in this folder into the printable PDFs that activity lessons offer
 * for download (media/downloads/<name>.pdf):  npx tsx media/downloads/source/make-pdfs.ts
 * Handles what handouts use: #, ## and ### headings, paragraphs, - and 1. lists, **bold**, and a
 * line of --- to start a new page. A letters lesson's letters are read from its pack (LETTER_PACKS),
 * so the PDF cannot drift from the letters learners read. Each classroom pack (a manifest with
 * `classroom:`) also gets discussion cards cut from its teach screens' prompts, and a letters pack
 * its letters in large print: both read from the pack's own files, never copied.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { PDFDocument, rgb, StandardFonts, type PDFFont } from 'pdf-lib'
import YAML from 'yaml'

const here = path.dirname(new URL(import.meta.url).pathname)
const out = path.resolve(here, '..')
const modulesRoot = path.resolve(here, '../../../modules')
const A4 = [595.28, 841.89] as const
const MARGIN = 56

/** PDF name → the letters lesson (under modules/) whose letters it prints, one to a page. */
const LETTER_PACKS: Record<string, string> = {
  'mias-story-letters': 'mias-story/lessons/01-the-letters.md',
}
/** The same letters in large print (18 pt), for pupils and staff who need bigger type. */
const LARGE_PRINT_LETTERS: Record<string, string> = {
  'mias-story-letters-large-print': 'mias-story/lessons/01-the-letters.md',
}

type Block = { kind: 'h1' | 'h2' | 'h3' | 'p' | 'li' | 'page'; text: string; marker?: string }

function blocks(markdown: string): Block[] {
  const result: Block[] = []
  let paragraph: string[] = []
  const flush = () => {
    if (paragraph.length > 0) result.push({ kind: 'p', text: paragraph.join(' ') })
    paragraph = []
  }
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim()
    const heading = /^(#{1,3})\s+(.*)$/.exec(line)
    const bullet = /^[-*]\s+(.*)$/.exec(line)
    const numbered = /^(\d+)\.\s+(.*)$/.exec(line)
    if (!line) flush()
    else if (line === '---') {
      flush()
      result.push({ kind: 'page', text: '' })
    } else if (heading) {
      flush()
      result.push({ kind: (['h1', 'h2', 'h3'] as const)[heading[1]!.length - 1]!, text: heading[2]! })
    } else if (bullet) {
      flush()
      result.push({ kind: 'li', text: bullet[1]!, marker: '•' })
    } else if (numbered) {
      flush()
      result.push({ kind: 'li', text: numbered[2]!, marker: `${numbered[1]}.` })
    } else if (result.at(-1)?.kind === 'li' && paragraph.length === 0 && raw.startsWith('  ')) {
      result.at(-1)!.text += ` ${line}`
    } else paragraph.push(line)
  }
  flush()
  return result
}

// Standard fonts are WinAnsi: swap the few characters they lack.
export const plain = (text: string) =>
  text
    .replace(/\*\*(.*?)\*\*/g, '$1')
    .replace(/\[(.*?)\]\((.*?)\)/g, '$1 ($2)')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/→/g, '->')
    .normalize('NFC')

function wrap(text: string, font: PDFFont, size: number, width: number) {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word
    if (font.widthOfTextAtSize(candidate, size) > width && line) {
      lines.push(line)
      line = word
    } else line = candidate
  }
  if (line) lines.push(line)
  return lines
}

/** A letters lesson as Markdown: the pack's title, then each letter numbered on a page of its own. */
function lettersMarkdown(lessonFile: string) {
  const packDir = path.dirname(path.dirname(lessonFile))
  const manifest = YAML.parse(fs.readFileSync(path.join(packDir, 'module.yaml'), 'utf8')) as {
    title: string
  }
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fs.readFileSync(lessonFile, 'utf8'))?.[1]
  const lesson = YAML.parse(front ?? '') as {
    title: string
    letters: { from: string; to: string; date: string; body: string }[]
  }
  const date = (iso: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(iso)
      ? new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
          new Date(`${iso}T12:00:00Z`),
        )
      : iso
  const total = lesson.letters.length
  return [
    `# ${manifest.title}: ${lesson.title.toLowerCase()}`,
    `${total} letters, each on its own page, to read in order.`,
    ...lesson.letters.flatMap((letter, i) => [
      ...(i > 0 ? ['---'] : []),
      `## Letter ${i + 1} of ${total}: from ${letter.from} to ${letter.to}`,
      date(letter.date),
      letter.body,
    ]),
  ].join('\n\n')
}

async function makePdf(markdown: string, target: string, scale = 1) {
  const pdf = await PDFDocument.create()
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const content = blocks(markdown)
  pdf.setTitle(plain(content.find((b) => b.kind === 'h1')?.text ?? path.basename(target, '.pdf')))
  pdf.setAuthor('Upstream')
  let page = pdf.addPage([...A4])
  let y = A4[1] - MARGIN
  const width = A4[0] - MARGIN * 2
  const style = {
    h1: [bold, 18, 14],
    h2: [bold, 14, 12],
    h3: [bold, 12, 8],
    p: [regular, 11, 8],
    li: [regular, 11, 4],
  } as const
  for (const block of content) {
    if (block.kind === 'page') {
      page = pdf.addPage([...A4])
      y = A4[1] - MARGIN
      continue
    }
    const [font, baseSize, baseAfter] = style[block.kind]
    const [size, after] = [baseSize * scale, baseAfter * scale]
    const indent = block.kind === 'li' ? 16 : 0
    const lines = wrap(plain(block.text), font, size, width - indent)
    if (block.kind.startsWith('h')) y -= 6
    if (y - lines.length * size * 1.35 < MARGIN) {
      page = pdf.addPage([...A4])
      y = A4[1] - MARGIN
    }
    lines.forEach((line, i) => {
      if (i === 0 && block.marker) page.drawText(block.marker, { x: MARGIN, y: y - size, size, font: regular })
      page.drawText(line, { x: MARGIN + indent, y: y - size, size, font, color: rgb(0.1, 0.1, 0.1) })
      y -= size * 1.35
    })
    y -= after
  }
  pdf.getPages().forEach((p, i, all) =>
    p.drawText(`Upstream  ·  page ${i + 1} of ${all.length}`.replace('·', '-'), { x: MARGIN, y: 28, size: 9, font: regular, color: rgb(0.35, 0.35, 0.35) }),
  )
  fs.writeFileSync(target, await pdf.save())
}

/** A classroom pack's prompts, lesson by lesson, in the order its teach screens show them. */
export function classroomPrompts(packDir: string) {
  const manifest = YAML.parse(fs.readFileSync(path.join(packDir, 'module.yaml'), 'utf8')) as {
    title: string
    classroom?: { lessons: string[] }
  }
  return {
    title: manifest.title,
    lessons: (manifest.classroom?.lessons ?? []).map((file) => {
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(
        fs.readFileSync(path.join(packDir, 'lessons', file), 'utf8'),
      )?.[1]
      const lesson = YAML.parse(front ?? '') as { title: string; teach?: { prompt?: string }[] }
      return {
        title: lesson.title,
        prompts: (lesson.teach ?? []).flatMap((s) => (s.prompt ? [s.prompt] : [])),
      }
    }),
  }
}

/** The packs that are taught to classes, by folder name. */
export function classroomPacks() {
  return fs
    .readdirSync(modulesRoot)
    .filter((slug) => {
      const manifest = path.join(modulesRoot, slug, 'module.yaml')
      return fs.existsSync(manifest) && /^classroom:/m.test(fs.readFileSync(manifest, 'utf8'))
    })
    .sort()
}

const CARD_COLUMNS = 2
const CARD_ROWS = 4

/**
 * Discussion cards: every prompt of a classroom pack on a card of its own, eight to an A4 page
 * with dashed cut lines, the lesson's name at the top of each so a dropped card finds its lesson.
 */
export async function makeCards(packDir: string) {
  const { title, lessons } = classroomPrompts(packDir)
  const cards = lessons.flatMap((lesson) => lesson.prompts.map((prompt) => ({ lesson: lesson.title, prompt })))
  const pdf = await PDFDocument.create()
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  pdf.setTitle(`${plain(title)}: discussion cards`)
  pdf.setAuthor('Upstream')
  const [pageWidth, pageHeight] = A4
  const margin = 28
  const cardWidth = (pageWidth - margin * 2) / CARD_COLUMNS
  const cardHeight = (pageHeight - margin * 2) / CARD_ROWS
  const perPage = CARD_COLUMNS * CARD_ROWS
  const grey = rgb(0.45, 0.45, 0.45)
  for (let start = 0; start < cards.length; start += perPage) {
    const page = pdf.addPage([...A4])
    // cut lines: the page's grid, dashed
    const dash = { thickness: 0.75, color: grey, dashArray: [4, 4] }
    for (let c = 0; c <= CARD_COLUMNS; c++) {
      const x = margin + c * cardWidth
      page.drawLine({ start: { x, y: margin }, end: { x, y: pageHeight - margin }, ...dash })
    }
    for (let r = 0; r <= CARD_ROWS; r++) {
      const y = margin + r * cardHeight
      page.drawLine({ start: { x: margin, y }, end: { x: pageWidth - margin, y }, ...dash })
    }
    cards.slice(start, start + perPage).forEach((card, i) => {
      const left = margin + (i % CARD_COLUMNS) * cardWidth + 16
      const top = pageHeight - margin - Math.floor(i / CARD_COLUMNS) * cardHeight - 16
      const width = cardWidth - 32
      let y = top
      for (const line of wrap(plain(card.lesson), regular, 8, width)) {
        page.drawText(line, { x: left, y: y - 8, size: 8, font: regular, color: grey })
        y -= 10.5
      }
      y -= 10
      let size = 16
      let lines = wrap(plain(card.prompt), bold, size, width)
      // a long prompt steps down until it fits the card
      while (lines.length * size * 1.3 > y - (top - cardHeight + 40) && size > 10) {
        size -= 1
        lines = wrap(plain(card.prompt), bold, size, width)
      }
      for (const line of lines) {
        page.drawText(line, { x: left, y: y - size, size, font: bold, color: rgb(0.1, 0.1, 0.1) })
        y -= size * 1.3
      }
    })
    page.drawText(`${plain(title)} - discussion cards - cut along the dashed lines`, {
      x: margin,
      y: 12,
      size: 8,
      font: regular,
      color: grey,
    })
  }
  return pdf.save()
}

export const cardsFileOf = (slug: string) => `${slug}-discussion-cards.pdf`

async function main() {
  const sources = [
    ...fs
      .readdirSync(here)
      .filter((f) => f.endsWith('.md'))
      .map((f) => ({ name: f.replace(/\.md$/, ''), scale: 1, markdown: () => fs.readFileSync(path.join(here, f), 'utf8') })),
    ...Object.entries(LETTER_PACKS).map(([name, lesson]) => ({
      name,
      scale: 1,
      markdown: () => lettersMarkdown(path.join(modulesRoot, lesson)),
    })),
    ...Object.entries(LARGE_PRINT_LETTERS).map(([name, lesson]) => ({
      name,
      scale: 18 / 11,
      markdown: () => lettersMarkdown(path.join(modulesRoot, lesson)).replace(/^# (.*)$/m, '# $1 (large print)'),
    })),
  ].sort((a, b) => a.name.localeCompare(b.name))

  for (const source of sources) {
    const target = path.join(out, `${source.name}.pdf`)
    await makePdf(source.markdown(), target, source.scale)
    console.log(`wrote media/downloads/${path.basename(target)}`)
  }
  for (const slug of classroomPacks()) {
    fs.writeFileSync(path.join(out, cardsFileOf(slug)), await makeCards(path.join(modulesRoot, slug)))
    console.log(`wrote media/downloads/${cardsFileOf(slug)}`)
  }
}

// run as a script; imported (by the printables test) it only lends its functions
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
