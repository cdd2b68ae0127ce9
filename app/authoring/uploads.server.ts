/**
 * Uploads: films, captions, PDFs and module zips, streamed to a temporary file under media/ and
 * checked by their content, never their name. Nothing reaches its final name until the whole form
 * is accepted, so a refused form leaves no file behind.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { env } from '#app/utils/env.server.ts'
import { readFilmSeconds } from '#app/learning/film-length.server.ts'
import { unreadableFilmLength } from '#app/learning/packs.server.ts'
import { checkWebVtt } from '#app/learning/webvtt.ts'
import { MODULE_FORM_MESSAGES } from './labels.ts'

export type UploadKind = 'film' | 'captions' | 'pdf' | 'zip'

export type Upload = {
  field: string
  kind: UploadKind
  tmpPath: string
  bytes: number
  /** the extension the content showed it to be */
  ext: string
  error?: string
}

const CAPTIONS_LIMIT = 5 * 1024 * 1024

const WHAT: Record<UploadKind, string> = {
  film: 'The film',
  captions: 'The captions file',
  pdf: 'The PDF',
  zip: 'The module zip',
}

/** What the first bytes say a file is, for the kinds the studio accepts. */
export function sniff(kind: UploadKind, head: Uint8Array): string | null {
  const ascii = (from: number, to: number) =>
    Buffer.from(head.subarray(from, to)).toString('latin1')
  switch (kind) {
    case 'film':
      if (ascii(4, 8) === 'ftyp') return '.mp4'
      if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3)
        return '.webm'
      return null
    case 'pdf':
      return ascii(0, 5) === '%PDF-' ? '.pdf' : null
    case 'zip':
      return ascii(0, 4) === 'PK\u0003\u0004' ? '.zip' : null
    case 'captions':
      return '.vtt'
  }
}

function refusal(kind: UploadKind) {
  switch (kind) {
    case 'film':
      return MODULE_FORM_MESSAGES.notMp4
    case 'pdf':
      return MODULE_FORM_MESSAGES.notPdf
    case 'zip':
      return MODULE_FORM_MESSAGES.notZip
    case 'captions':
      return MODULE_FORM_MESSAGES.notWebVtt
  }
}

export function formatBytes(bytes: number) {
  if (bytes >= 1024 ** 3) return `${Math.round((bytes / 1024 ** 3) * 10) / 10} GB`
  if (bytes >= 1024 ** 2) return `${Math.round(bytes / 1024 ** 2)} MB`
  return `${Math.round(bytes / 1024)} KB`
}

export function incomingDir(mediaRoot: string) {
  return path.join(mediaRoot, 'uploads', '.incoming')
}

/**
 * Streams the files named in `fileFields` of a multipart form to temporary files, collecting them
 * in `uploads`. A file that is too big or of the wrong kind is drained and dropped, and comes back
 * with an error, so the rest of the form is still read.
 */
/** One file part of a multipart form, as the route's form reader streams it. */
type FilePart = { name: string; filename?: string; data: AsyncIterable<Uint8Array> }

export function uploadHandler(
  fileFields: Record<string, UploadKind>,
  { mediaRoot, limit = env.UPLOAD_LIMIT_BYTES }: { mediaRoot: string; limit?: number },
) {
  const uploads: Upload[] = []
  const handler = async ({ name, filename, data }: FilePart): Promise<string | undefined> => {
    const kind = fileFields[name]
    if (!kind || filename === undefined) return undefined
    if (filename === '') {
      for await (const _ of data) void _
      return undefined
    }
    const max = kind === 'captions' ? Math.min(limit, CAPTIONS_LIMIT) : limit
    fs.mkdirSync(incomingDir(mediaRoot), { recursive: true })
    const upload: Upload = {
      field: name,
      kind,
      tmpPath: path.join(incomingDir(mediaRoot), crypto.randomUUID()),
      bytes: 0,
      ext: '',
    }
    uploads.push(upload)
    const out = fs.createWriteStream(upload.tmpPath)
    const closed = new Promise<void>((resolve, reject) => {
      out.on('close', resolve)
      out.on('error', reject)
    })
    let head = Buffer.alloc(0)
    for await (const chunk of data) {
      upload.bytes += chunk.byteLength
      if (upload.error) continue // drain the rest of the file, keep reading the form
      if (upload.bytes > max) {
        upload.error = `${WHAT[kind]} is larger than the limit of ${formatBytes(max)}`
        continue
      }
      if (!upload.ext && head.length < 16) {
        head = Buffer.concat([head, chunk])
        if (head.length >= 16) {
          const ext = sniff(kind, head)
          if (!ext) {
            upload.error = refusal(kind)
            continue
          }
          upload.ext = ext
        }
      }
      if (!out.write(chunk))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()))
    }
    out.end()
    await closed
    if (!upload.error && !upload.ext) {
      const ext = sniff(kind, head)
      if (ext) upload.ext = ext
      else upload.error = refusal(kind)
    }
    if (!upload.error && kind === 'captions') {
      const check = checkWebVtt(fs.readFileSync(upload.tmpPath, 'utf8'))
      if (!check.ok)
        upload.error = `The captions file has a problem on line ${check.line}: ${check.message}`
    }
    // learners' completion is measured against the length the file states, so it must state one
    if (!upload.error && kind === 'film' && readFilmSeconds(upload.tmpPath) === null) {
      const message = unreadableFilmLength(`“${path.basename(filename).slice(0, 120)}”`)
      upload.error = message[0]!.toUpperCase() + message.slice(1)
    }
    if (upload.error) fs.rmSync(upload.tmpPath, { force: true })
    return `upload:${uploads.length - 1}`
  }
  return { handler, uploads }
}

/** Deletes the temporary files of a refused form. */
export function discardUploads(uploads: Upload[]) {
  for (const upload of uploads) fs.rmSync(upload.tmpPath, { force: true })
}

/** Gives an accepted upload its final name under media/uploads/<module>/; returns its media path. */
export function keepUpload(upload: Upload, moduleSlug: string, mediaRoot: string) {
  const name = `${crypto.randomBytes(6).toString('hex')}${upload.ext}`
  const relative = path.posix.join('uploads', moduleSlug, name)
  fs.mkdirSync(path.join(mediaRoot, 'uploads', moduleSlug), { recursive: true })
  fs.renameSync(upload.tmpPath, path.join(mediaRoot, relative))
  return relative
}

/** The media path a text file (a transcript) is kept at: named by its content, never overwritten. */
export function keepText(text: string, moduleSlug: string, ext: string, mediaRoot: string) {
  const hash = crypto.createHash('sha256').update(text).digest('hex').slice(0, 12)
  const relative = path.posix.join('uploads', moduleSlug, `${hash}${ext}`)
  const full = path.join(mediaRoot, relative)
  if (!fs.existsSync(full)) {
    fs.mkdirSync(path.dirname(full), { recursive: true })
    fs.writeFileSync(`${full}.tmp`, text)
    fs.renameSync(`${full}.tmp`, full)
  }
  return relative
}
