/**
 * A module as a zip in the modules/ pack format: `<slug>/module.yaml`, `<slug>/lessons/*.md` and
 * the media files its lessons name under `media/`. Films are streamed in and out, never held whole.
 */
import { createI18n, type I18n } from '#app/i18n/i18n.ts'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { Unzip, UnzipInflate, Zip, ZipPassThrough } from 'fflate'
import { isMap, parseDocument } from 'yaml'
import { recordAudit } from '#app/audit/audit.server.ts'
import { mayChooseModuleOwner, mayEditModule } from '#app/auth/permissions.server.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import { db, modules, vrus } from '#app/db.server.ts'
import {
  lessonMedia,
  loadPack,
  MEDIA_ROOT,
  checkPack,
  parseLessonFile,
  type PackProblem,
} from '#app/learning/packs.server.ts'
import {
  findDraft,
  latestPublishedVersion,
  packFilesOf,
  type DraftFiles,
  type StudioModule,
} from './modules.server.ts'
import { studioProblems } from './problems.server.ts'
import { discardUploads, formatBytes, type Upload } from './uploads.server.ts'

export function packMedia(files: DraftFiles) {
  const paths = new Set<string>()
  for (const [name, raw] of Object.entries(files)) {
    if (!name.startsWith('lessons/')) continue
    const parsed = parseLessonFile(name, raw)
    if (parsed.ok) for (const m of lessonMedia(parsed.lesson)) paths.add(m.path)
  }
  return [...paths].sort()
}

/** The zip of a pack as a stream of bytes, media files read in chunks as it is sent. */
export function packZipStream(slug: string, files: DraftFiles, mediaRoot = MEDIA_ROOT) {
  const entries: { name: string; text?: string; file?: string }[] = [
    ...Object.entries(files)
      .filter(([name]) => name === 'module.yaml' || name.startsWith('lessons/'))
      .map(([name, text]) => ({ name: `${slug}/${name}`, text })),
    ...packMedia(files)
      .filter((p) => fs.existsSync(path.join(mediaRoot, p)))
      .map((p) => ({ name: `media/${p}`, file: path.join(mediaRoot, p) })),
  ]
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error)
        controller.enqueue(chunk)
        if (final) controller.close()
      })
      for (const entry of entries) {
        const item = new ZipPassThrough(entry.name)
        zip.add(item)
        if (entry.text !== undefined) {
          item.push(new TextEncoder().encode(entry.text), true)
          continue
        }
        for await (const chunk of fs.createReadStream(entry.file!)) item.push(chunk as Buffer)
        item.push(new Uint8Array(0), true)
      }
      zip.end()
    },
  })
}

function recordExport(
  user: SessionUser,
  module: StudioModule,
  version: number,
  address: string | null,
) {
  recordAudit({
    action: 'module_exported',
    actor: user,
    address,
    vruId: module.ownerVruId,
    subject: `module:${module.slug}`,
    details: { version },
  })
}

/** Safe names only: no absolute paths, no climbing out of the folder. */
function safeEntry(name: string) {
  return (
    !name.startsWith('/') &&
    !name.includes('\\') &&
    !name.split('/').some((part) => part === '..') &&
    /^[A-Za-z0-9._/-]+$/.test(name)
  )
}

/**
 * The most a module zip may unpack to, whatever UPLOAD_LIMIT_BYTES says: the largest real pack is
 * a 24-minute film (about 550 MB at 720p) with its captions, transcript and a few PDFs. A zip
 * over either limit is refused before more than the limit reaches the disk.
 */
export const PACK_UNPACKED_LIMIT = 1024 ** 3
export const PACK_FILE_LIMIT = 768 * 1024 ** 2
export type PackLimits = { total: number; file: number }

/**
 * Unpacks a zip file into a folder, one chunk at a time, stopping at the limits: a small zip can
 * hold gigabytes of one repeated byte. A size a zip declares is believed only when it is too big.
 */
async function unzipTo(zipFile: string, dir: string, limits: PackLimits): Promise<PackProblem[]> {
  const problems: PackProblem[] = []
  const writes: Promise<void>[] = []
  let unpacked = 0
  let tooBig = false
  const refuseTotal = () =>
    problems.push({
      file: path.basename(zipFile),
      message: `the zip unpacks to more than ${formatBytes(limits.total)}, the most a module zip may hold`,
    })
  const refuseFile = (name: string) =>
    problems.push({
      file: name,
      message: `this file unpacks to more than ${formatBytes(limits.file)}, the most one file in a module zip may be`,
    })
  const unzip = new Unzip((entry) => {
    if (entry.name.endsWith('/') || tooBig) return
    if (!safeEntry(entry.name)) {
      problems.push({
        file: entry.name,
        message: 'a file in the zip has a name that is not allowed',
      })
      return
    }
    if ((entry.originalSize ?? 0) > limits.file) {
      refuseFile(entry.name)
      tooBig = true
      return
    }
    const target = path.join(dir, entry.name)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    const fd = fs.openSync(target, 'w')
    let written = 0
    writes.push(
      new Promise<void>((resolve, reject) => {
        entry.ondata = (error, chunk, final) => {
          if (error) {
            fs.closeSync(fd)
            return reject(error)
          }
          unpacked += chunk.length
          written += chunk.length
          if (written > limits.file || unpacked > limits.total) {
            fs.closeSync(fd)
            if (!tooBig) {
              if (written > limits.file) refuseFile(entry.name)
              else refuseTotal()
            }
            tooBig = true
            entry.terminate()
            return resolve()
          }
          fs.writeSync(fd, chunk)
          if (final) {
            fs.closeSync(fd)
            resolve()
          }
        }
      }),
    )
    entry.start()
  })
  unzip.register(UnzipInflate)
  const damaged = () =>
    problems.push({ file: path.basename(zipFile), message: 'the zip is damaged' })
  try {
    for await (const chunk of fs.createReadStream(zipFile)) {
      unzip.push(chunk as Buffer)
      if (tooBig) break
    }
    if (!tooBig) unzip.push(new Uint8Array(0), true)
  } catch {
    // fflate throws on a header it cannot read, or a compression method it does not know
    damaged()
    return problems
  }
  try {
    await Promise.all(writes)
  } catch {
    damaged()
  }
  return problems
}

export type ImportResult =
  | { status: 'imported' | 'unchanged'; slug: string; version: number }
  | { status: 'refused'; problems: (PackProblem & { text?: string })[] }

/** A pack folder's manifest and lesson files, as a draft holds them, read as far as they are there. */
function folderFiles(packDir: string): DraftFiles {
  const files: DraftFiles = {}
  const read = (name: string) => {
    const full = path.join(packDir, name)
    if (fs.existsSync(full) && fs.statSync(full).isFile())
      files[name] = fs.readFileSync(full, 'utf8')
  }
  read('module.yaml')
  const lessons = path.join(packDir, 'lessons')
  if (fs.existsSync(lessons))
    for (const name of fs.readdirSync(lessons)) read(path.join('lessons', name))
  return files
}

function sameFile(a: string, b: string) {
  if (fs.statSync(a).size !== fs.statSync(b).size) return false
  return fs.readFileSync(a).equals(fs.readFileSync(b))
}

/**
 * Imports a module zip with the same checks as `npm run modules:import`. A broken zip is refused
 * with the file and the problem, and nothing of it is loaded. A trainer's import belongs to
 * their unit; `slug` gives the module another address (a copy).
 */
export async function importPackZip(
  user: SessionUser,
  zipFile: string,
  {
    address = null,
    slug: asSlug,
    mediaRoot = MEDIA_ROOT,
    limits = { total: PACK_UNPACKED_LIMIT, file: PACK_FILE_LIMIT },
    i18n,
  }: {
    address?: string | null
    slug?: string
    mediaRoot?: string
    limits?: PackLimits
    i18n?: I18n
  } = {},
): Promise<ImportResult> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-zip-'))
  try {
    const unpacked = await unzipTo(zipFile, work, limits)
    if (unpacked.length > 0) return { status: 'refused', problems: unpacked }
    const folders = fs
      .readdirSync(work, { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== 'media')
      .map((e) => e.name)
    if (folders.length !== 1)
      return {
        status: 'refused',
        problems: [
          {
            file: path.basename(zipFile),
            message: 'the zip must hold one module folder (with module.yaml) and its media folder',
          },
        ],
      }
    let packDir = path.join(work, folders[0]!)
    const slug = asSlug ?? folders[0]!
    if (slug !== folders[0]) {
      fs.renameSync(packDir, path.join(work, slug))
      packDir = path.join(work, slug)
    }
    const existing = db.select().from(modules).where(eq(modules.slug, slug)).get()
    if (existing && !mayEditModule(user, existing))
      return {
        status: 'refused',
        problems: [
          {
            file: `${slug}/module.yaml`,
            message: `a module with the address ${slug} already exists and you may not change it`,
          },
        ],
      }
    // A trainer's import belongs to their unit, whatever the manifest says. A manifest that is
    // not a mapping of fields (bad YAML, a string, a list) is left for readPack to refuse by name.
    const manifestFile = path.join(packDir, 'module.yaml')
    if (!mayChooseModuleOwner(user) && fs.existsSync(manifestFile)) {
      const unit = db
        .select({ slug: vrus.slug })
        .from(vrus)
        .where(eq(vrus.id, user.vruId ?? -1))
        .get()
      const manifest = parseDocument(fs.readFileSync(manifestFile, 'utf8'))
      if (manifest.errors.length === 0 && isMap(manifest.contents)) {
        if (unit) manifest.set('owner', unit.slug)
        else manifest.delete('owner')
        fs.writeFileSync(manifestFile, manifest.toString())
      }
    }
    const zipMedia = path.join(work, 'media')
    const read = checkPack(packDir, zipMedia)
    if (!read.ok) {
      // the trainer reads each problem by the lesson and field the studio shows
      const worded = studioProblems(read.problems, folderFiles(packDir), i18n)
      return {
        status: 'refused',
        problems: read.problems.map((p, i) => ({
          file: p.file.replace(/^modules\//, ''),
          message: p.message,
          text: worded[i]!.text,
        })),
      }
    }
    // media already there under the same name must be the same file: an import never replaces one
    const media = packMedia(read.pack.files)
    for (const p of media) {
      const target = path.join(mediaRoot, p)
      if (fs.existsSync(target) && !sameFile(target, path.join(zipMedia, p)))
        return {
          status: 'refused',
          problems: [
            { file: `media/${p}`, message: 'a different file with this name is already in media/' },
          ],
        }
    }
    const copied: string[] = []
    for (const p of media) {
      const target = path.join(mediaRoot, p)
      if (fs.existsSync(target)) continue
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.copyFileSync(path.join(zipMedia, p), `${target}.importing`)
      fs.renameSync(`${target}.importing`, target)
      copied.push(target)
    }
    const loaded = loadPack(read.pack, mediaRoot)
    if (loaded.status === 'refused') {
      for (const file of copied) fs.rmSync(file, { force: true })
      return { status: 'refused', problems: loaded.problems }
    }
    const module = db.select().from(modules).where(eq(modules.slug, slug)).get()
    recordAudit({
      action: 'module_imported',
      actor: user,
      address,
      vruId: module?.ownerVruId ?? null,
      subject: `module:${slug}`,
      details: { version: loaded.version, status: loaded.status },
    })
    return { status: loaded.status, slug, version: loaded.version }
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

/** The studio's import form: one zip, streamed to a temporary file, imported, then removed. */
export async function importZipUpload(
  user: SessionUser,
  uploads: Upload[],
  address: string | null,
  i18n: I18n = createI18n('en'),
  mediaRoot = MEDIA_ROOT,
) {
  const refused = (message: string, problems: (PackProblem & { text?: string })[] = []) => ({
    ok: false as const,
    errors: { zip: message },
    problems,
  })
  try {
    const upload = uploads[0]
    const { t } = i18n
    if (!upload) return refused(t('Choose a module zip to import'))
    if (upload.error) return refused(upload.error)
    const result = await importPackZip(user, upload.tmpPath, { address, mediaRoot, i18n })
    if (result.status === 'refused')
      return refused(t('The module zip was refused; nothing of it was loaded'), result.problems)
    return { ok: true as const, ...result }
  } finally {
    discardUploads(uploads)
  }
}

/**
 * The zip of a module's latest published version (its draft if it has none), for download; null
 * when it has neither.
 */
export function exportModule(user: SessionUser, module: StudioModule, address: string | null) {
  const version = latestPublishedVersion(module.id) ?? findDraft(module.id)
  if (!version) return null
  recordExport(user, module, version.version, address)
  return packZipStream(module.slug, packFilesOf(version))
}
