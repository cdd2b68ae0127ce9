import fs from 'node:fs'
import path from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import { type PDFDocument, type PDFFont } from 'pdf-lib'

// the standard PDF fonts have no ŵ or ŷ; this one has every Welsh letter (media/fonts/README.md)
const FONT_DIR = path.resolve('media', 'fonts')
const files = { regular: 'LiberationSans-Regular.ttf', bold: 'LiberationSans-Bold.ttf' }
const loaded = new Map<string, Buffer>()

function fontBytes(file: string) {
  let bytes = loaded.get(file)
  if (!bytes) {
    bytes = fs.readFileSync(path.join(FONT_DIR, file))
    loaded.set(file, bytes)
  }
  return bytes
}

/** The regular and bold fonts of our PDFs, embedded (only the letters used) in this one. */
export async function embedPdfFonts(
  pdf: PDFDocument,
): Promise<{ regular: PDFFont; bold: PDFFont }> {
  pdf.registerFontkit(fontkit)
  const [regular, bold] = await Promise.all([
    pdf.embedFont(fontBytes(files.regular), { subset: true }),
    pdf.embedFont(fontBytes(files.bold), { subset: true }),
  ])
  return { regular: regular!, bold: bold! }
}
