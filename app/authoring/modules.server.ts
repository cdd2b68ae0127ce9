/**
 * Modules in the studio: who may see and edit which, the draft a trainer works on, and
 * publishing it. A draft is a pack (module.yaml and lesson files) held in a `module_versions`
 * row with status draft and version 0; publishing writes it out and loads it with the importer's
 * own code, so a published version is made exactly as `npm run modules:import` makes one.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { and, asc, desc, eq, isNull, or, sql } from 'drizzle-orm'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import { z } from 'zod'
import { recordAudit } from '#app/audit/audit.server.ts'
import {
  mayEditModule,
  newModuleOwner,
  studioScope,
  type StudioScope,
} from '#app/auth/permissions.server.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import {
  AUDIENCES,
  db,
  LESSON_KINDS,
  modules,
  moduleVersions,
  PRACTICE_LEVELS,
  TOPICS,
  users,
  vrus,
  type LessonKind,
} from '#app/db.server.ts'
import { forgetDraftMedia } from '#app/learning/media-access.server.ts'
import { DEFAULT_EVALUATION_STATEMENTS } from '#app/learning/pack-schema.server.ts'
import {
  StayingInDateFields,
  StayingInDateManifest,
  stayingInDateManifest,
  stayingInDateProblems,
  stayingInDateValues,
} from './staying-in-date.server.ts'
import {
  checkPack,
  loadPack,
  MEDIA_ROOT,
  translatedFileName,
  type PackIssue,
  type PackProblem,
} from '#app/learning/packs.server.ts'
import { MODULE_FORM_MESSAGES as MESSAGES } from './labels.ts'

export type StudioModule = typeof modules.$inferSelect
export type DraftFiles = Record<string, string>
export type Draft = typeof moduleVersions.$inferSelect & { source: DraftFiles }

const DRAFT_VERSION = 0

/** Why the studio refuses something; the route answers 404, 403 or 400 with the message. */
export type Refusal = {
  ok: false
  reason: 'not-found' | 'forbidden' | 'invalid'
  message: string
}
export const refuse = (reason: Refusal['reason'], message: string): Refusal => ({
  ok: false,
  reason,
  message,
})

function inStudioScope(scope: StudioScope) {
  if ('all' in scope) return sql`1 = 1`
  return scope.vruId === null
    ? isNull(modules.ownerVruId)
    : or(isNull(modules.ownerVruId), eq(modules.ownerVruId, scope.vruId))
}

/** The module at this address if the person may see it in the studio: another unit's is not there. */
export function findStudioModule(user: SessionUser, slug: string) {
  return db
    .select()
    .from(modules)
    .where(and(eq(modules.slug, slug), inStudioScope(studioScope(user))))
    .get()
}

export function listStudioModules(user: SessionUser) {
  const rows = db
    .select({
      module: modules,
      unit: vrus.name,
      version: moduleVersions.version,
      status: moduleVersions.status,
      title: moduleVersions.title,
    })
    .from(modules)
    .leftJoin(vrus, eq(vrus.id, modules.ownerVruId))
    .innerJoin(moduleVersions, eq(moduleVersions.moduleId, modules.id))
    .where(inStudioScope(studioScope(user)))
    .orderBy(asc(modules.slug), desc(moduleVersions.version))
    .all()
  const bySlug = new Map<
    string,
    {
      slug: string
      title: string
      unit: string | null
      published: number | null
      hasDraft: boolean
      editable: boolean
    }
  >()
  for (const row of rows) {
    const entry = bySlug.get(row.module.slug) ?? {
      slug: row.module.slug,
      title: row.title,
      unit: row.unit,
      published: null,
      hasDraft: false,
      editable: mayEditModule(user, row.module),
    }
    if (row.status === 'draft') {
      entry.hasDraft = true
      entry.title = row.title
    } else entry.published = Math.max(entry.published ?? 0, row.version)
    bySlug.set(row.module.slug, entry)
  }
  return [...bySlug.values()].sort((a, b) => a.title.localeCompare(b.title))
}

// ---------------------------------------------------------------------------------------------
// Module details

const checkbox = z
  .literal('on')
  .optional()
  .transform((v) => v === 'on')
const list = <T extends readonly [string, ...string[]]>(values: T, noneChosen: string) =>
  z.preprocess(
    (v) => (v === undefined ? [] : ([] as unknown[]).concat(v)),
    z.array(z.enum(values)).min(1, noneChosen),
  )
/** each message written out whole, so the Welsh catalogue has it (see labels.ts) */
const wholeNumber = (
  max: number,
  says: { number: string; whole: string; negative: string; max: string },
) =>
  z.coerce.number({ error: says.number }).int(says.whole).min(0, says.negative).max(max, says.max)

/**
 * The module's texts in Welsh (module.yaml `translations.cy`), and the languages it offers
 * (`en`: English only; `en-cy`: English and Welsh). A field not sent leaves the manifest as it is.
 */
const welshText = (max: number, tooLong: string) => z.string().trim().max(max, tooLong).optional()
const WelshDetailsFields = {
  languages: z.enum(['en', 'en-cy'], { error: MESSAGES.languages }).optional(),
  cyTitle: welshText(160, MESSAGES.cyTitle),
  cySummary: welshText(600, MESSAGES.cySummary),
  cyDescription: welshText(5000, MESSAGES.cyDescription),
  cyContentNote: welshText(1000, MESSAGES.cyContentNote),
}

export const ModuleDetailsSchema = z
  .object({
    title: z
      .string({ error: 'Enter a title' })
      .trim()
      .min(1, 'Enter a title')
      .max(160, MESSAGES.titleLength),
    summary: z
      .string({ error: MESSAGES.summary })
      .trim()
      .min(1, MESSAGES.summary)
      .max(600, MESSAGES.summaryLength),
    description: z.string().trim().max(5000).optional(),
    contentNote: z.string().trim().max(1000).optional(),
    audience: list(AUDIENCES, MESSAGES.audience),
    topics: list(TOPICS, MESSAGES.topic),
    practiceLevel: z.enum(PRACTICE_LEVELS, { error: MESSAGES.practiceLevel }),
    estimatedMinutes: wholeNumber(600, {
      number: MESSAGES.minutesNumber,
      whole: MESSAGES.minutesWhole,
      negative: MESSAGES.minutesNegative,
      max: MESSAGES.minutesMax,
    }),
    cpdMinutes: wholeNumber(600, {
      number: MESSAGES.cpdNumber,
      whole: MESSAGES.cpdWhole,
      negative: MESSAGES.cpdNegative,
      max: MESSAGES.cpdMax,
    }),
    passMark: wholeNumber(100, {
      number: MESSAGES.passMarkNumber,
      whole: MESSAGES.passMarkWhole,
      negative: MESSAGES.passMarkNegative,
      max: MESSAGES.passMarkMax,
    }),
    national: checkbox,
    ...StayingInDateFields,
    ...WelshDetailsFields,
  })
  .superRefine(stayingInDateProblems)
export type ModuleDetails = z.infer<typeof ModuleDetailsSchema>

const WelshTextsSchema = z.object({
  title: z.string().catch(''),
  summary: z.string().catch(''),
  description: z.string().catch(''),
  contentNote: z.string().catch(''),
})
/** The manifest's Welsh texts (`translations.cy`), empty where there are none. */
export function draftWelshTexts(files: DraftFiles) {
  const translations = readManifest(files).translations
  const cy: unknown =
    translations && typeof translations === 'object' && 'cy' in translations
      ? translations.cy
      : undefined
  return WelshTextsSchema.parse(cy && typeof cy === 'object' ? cy : {})
}

/** The manifest's translations with the Welsh texts from the form: kept as the importer reads them. */
function withWelshTexts(manifest: Manifest, details: ModuleDetails) {
  const translations =
    manifest.translations && typeof manifest.translations === 'object'
      ? { ...(manifest.translations as Record<string, unknown>) }
      : {}
  const before = translations.cy && typeof translations.cy === 'object' ? translations.cy : {}
  const sent = [details.cyTitle, details.cySummary, details.cyDescription, details.cyContentNote]
  if (sent.every((text) => text === undefined)) return manifest.translations
  const texts = {
    title: details.cyTitle || undefined,
    summary: details.cySummary || undefined,
    description: details.cyDescription || undefined,
    contentNote: details.cyContentNote || undefined,
  }
  if (Object.values(texts).some(Boolean)) translations.cy = { ...before, ...texts }
  else delete translations.cy
  return Object.keys(translations).length > 0 ? translations : undefined
}

export function slugFor(title: string) {
  return (
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'module'
  )
}

function freeModuleSlug(title: string) {
  const base = slugFor(title)
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`
    if (!db.select({ id: modules.id }).from(modules).where(eq(modules.slug, slug)).get())
      return slug
  }
}

/**
 * A draft's manifest, read leniently: a draft may be unfinished, and fields the studio does not
 * edit (translations, evaluation) are kept as they are. Publishing checks it strictly.
 */
const DraftManifestSchema = z.looseObject({
  title: z.string().optional().catch(undefined),
  summary: z.string().optional().catch(undefined),
  description: z.string().optional().catch(undefined),
  contentNote: z.string().optional().catch(undefined),
  audience: z.array(z.enum(AUDIENCES)).catch([]),
  ...StayingInDateManifest,
  topics: z.array(z.enum(TOPICS)).catch([]),
  practiceLevel: z.enum(PRACTICE_LEVELS).optional().catch(undefined),
  estimatedMinutes: z.number().optional().catch(undefined),
  cpdMinutes: z.number().optional().catch(undefined),
  passMark: z.number().optional().catch(undefined),
  languages: z.array(z.string()).catch(['en']),
  owner: z.string().optional().catch(undefined),
  lessons: z.array(z.string()).catch([]),
})
type Manifest = z.infer<typeof DraftManifestSchema>

export function readManifest(files: DraftFiles): Manifest {
  let value: unknown = null
  try {
    value = parseYaml(files['module.yaml'] ?? '')
  } catch {
    // an unreadable manifest reads as an empty one; publishing names the problem
  }
  // a manifest that is not a mapping (a string, a list) reads as an empty one too
  const manifest = DraftManifestSchema.safeParse(value)
  return manifest.success ? manifest.data : DraftManifestSchema.parse({})
}

function ownerSlug(ownerVruId: number | null) {
  if (ownerVruId === null) return undefined
  return db.select({ slug: vrus.slug }).from(vrus).where(eq(vrus.id, ownerVruId)).get()?.slug
}

function applyDetails(
  manifest: Manifest,
  details: ModuleDetails,
  ownerVruId: number | null,
): Manifest {
  const next: Manifest = {
    ...stayingInDateManifest(details),
    ...manifest,
    title: details.title,
    summary: details.summary,
    description: details.description || undefined,
    audience: details.audience,
    topics: details.topics,
    practiceLevel: details.practiceLevel,
    estimatedMinutes: details.estimatedMinutes,
    cpdMinutes: details.cpdMinutes,
    passMark: details.passMark,
    // a module offering Welsh must have it for every lesson: publishing says which lack it
    languages:
      details.languages === undefined
        ? manifest.languages
        : details.languages === 'en-cy'
          ? ['en', 'cy']
          : ['en'],
    translations: withWelshTexts(manifest, details),
    owner: ownerSlug(ownerVruId),
    contentNote: details.contentNote || undefined,
  }
  // lessons last, as pack authors write module.yaml
  const { lessons, ...rest } = next
  return { ...rest, lessons }
}

/** A new draft version of these files: version 0, with no checksum until it is published. */
function draftRow(moduleId: number, files: DraftFiles) {
  return {
    moduleId,
    version: DRAFT_VERSION,
    status: 'draft' as const,
    checksum: '',
    ...draftColumns(files),
  }
}

/** The columns a draft row shows in lists, taken from its manifest. */
function draftColumns(files: DraftFiles) {
  const m = readManifest(files)
  return {
    title: m.title || 'Untitled module',
    summary: m.summary ?? '',
    audience: m.audience,
    topics: m.topics,
    practiceLevel: m.practiceLevel ?? 'trauma-aware',
    estimatedMinutes: m.estimatedMinutes ?? 0,
    cpdMinutes: m.cpdMinutes ?? 0,
    passMark: m.passMark ?? 0,
    languages: m.languages,
    contentNote: m.contentNote ?? null,
    evaluationStatements: DEFAULT_EVALUATION_STATEMENTS,
    source: files,
  }
}

export function createModule(
  user: SessionUser,
  details: ModuleDetails,
  address: string | null = null,
) {
  const owner = newModuleOwner(user, details.national)
  // routes ask the policy first; reaching here without an owner is a programming error
  if (!owner) throw new Error('This account is not in a unit, so it cannot own modules.')
  const { ownerVruId } = owner
  const slug = freeModuleSlug(details.title)
  const files: DraftFiles = {
    'module.yaml': stringifyYaml(applyDetails(readManifest({}), details, ownerVruId)),
  }
  return insertModule(slug, ownerVruId, files, {
    action: 'module_created',
    actor: user,
    address,
    vruId: ownerVruId,
    subject: `module:${slug}`,
    details: { title: details.title },
  })
}

/** A new module whose only version is a draft of these files, recorded as created. */
function insertModule(
  slug: string,
  ownerVruId: number | null,
  files: DraftFiles,
  audit: Parameters<typeof recordAudit>[0],
) {
  return db.transaction((tx) => {
    const module = tx.insert(modules).values({ slug, ownerVruId }).returning().get()
    tx.insert(moduleVersions).values(draftRow(module.id, files)).run()
    recordAudit(audit, tx)
    return module
  })
}

export function latestPublishedVersion(moduleId: number) {
  return db
    .select()
    .from(moduleVersions)
    .where(and(eq(moduleVersions.moduleId, moduleId), eq(moduleVersions.status, 'published')))
    .orderBy(desc(moduleVersions.version))
    .get()
}

export function findDraft(moduleId: number): Draft | undefined {
  const row = db
    .select()
    .from(moduleVersions)
    .where(and(eq(moduleVersions.moduleId, moduleId), eq(moduleVersions.status, 'draft')))
    .get()
  return row && { ...row, source: packFilesOf(row) }
}

/** The pack files of a published version: manifest and lessons (transcripts live in media/). */
export function packFilesOf(version: { source: Record<string, unknown> }): DraftFiles {
  return Object.fromEntries(
    Object.entries(version.source).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === 'string' &&
        (entry[0] === 'module.yaml' || entry[0].startsWith('lessons/')),
    ),
  )
}

/** The draft to work on: the one there is, or a new one from the latest published version. */
export function ensureDraft(module: StudioModule): Draft {
  const existing = findDraft(module.id)
  if (existing) return existing
  const published = latestPublishedVersion(module.id)
  // every module is made with a draft or by loading a version, so one of the two is there
  if (!published) throw new Error(`Module ${module.slug} has no version to start from`)
  const files = packFilesOf(published)
  const row = db.insert(moduleVersions).values(draftRow(module.id, files)).returning().get()
  return { ...row, source: files }
}

export function saveDraftFiles(draft: Draft, files: DraftFiles) {
  db.update(moduleVersions).set(draftColumns(files)).where(eq(moduleVersions.id, draft.id)).run()
  forgetDraftMedia()
  return { ...draft, source: files }
}

export function updateModuleDetails(module: StudioModule, draft: Draft, details: ModuleDetails) {
  const files = {
    ...draft.source,
    'module.yaml': stringifyYaml(
      applyDetails(readManifest(draft.source), details, module.ownerVruId),
    ),
  }
  return saveDraftFiles(draft, files)
}

/** What the module form shows: the draft's manifest as form values. */
export function detailsOf(draft: Draft) {
  const m = readManifest(draft.source)
  return {
    title: m.title ?? '',
    summary: m.summary ?? '',
    description: m.description ?? '',
    contentNote: m.contentNote ?? '',
    audience: m.audience.join(','),
    topics: m.topics.join(','),
    practiceLevel: m.practiceLevel ?? '',
    estimatedMinutes: String(m.estimatedMinutes ?? ''),
    cpdMinutes: String(m.cpdMinutes ?? ''),
    passMark: String(m.passMark ?? ''),
    ...stayingInDateValues(m),
    ...welshDetailsValues(draft.source),
  }
}

/** The module form's Welsh fields, from the manifest. */
export function welshDetailsValues(files: DraftFiles) {
  const cy = draftWelshTexts(files)
  return {
    languages: readManifest(files).languages.includes('cy') ? 'en-cy' : 'en',
    cyTitle: cy.title,
    cySummary: cy.summary,
    cyDescription: cy.description,
    cyContentNote: cy.contentNote,
  }
}

// ---------------------------------------------------------------------------------------------
// Lessons of a draft

export const LessonKindSchema = z.enum(LESSON_KINDS, { error: MESSAGES.lessonKind })

export const StudioIntentSchema = z.enum([
  'details',
  'add-lesson',
  'move',
  'remove',
  'confirm-publish',
  'publish',
  'start-draft',
  'copy',
])
export const AddLessonSchema = z.object({
  kind: LessonKindSchema,
  lessonTitle: z
    .string({ error: 'Enter a lesson title' })
    .trim()
    .min(1, 'Enter a lesson title')
    .max(160),
  /** how many lessons come before the new one; missing, it goes at the end */
  position: z.coerce
    .number({ error: MESSAGES.lessonPlace })
    .int(MESSAGES.lessonPlace)
    .min(0, MESSAGES.lessonPlace)
    .optional(),
})
export const LessonTargetSchema = z.object({
  file: z.string().min(1),
  direction: z.enum(['up', 'down']).optional(),
})

export function lessonFileSlug(file: string) {
  return file.replace(/^\d+-/, '').replace(/\.md$/, '')
}

export function draftLessonFiles(draft: Draft) {
  return readManifest(draft.source).lessons.map((file) => ({
    file,
    slug: lessonFileSlug(file),
    raw: draft.source[`lessons/${file}`] ?? '',
  }))
}

export function findDraftLesson(draft: Draft, file: string) {
  return draftLessonFiles(draft).find((l) => l.file === file)
}

export function lessonFileText(front: Record<string, unknown>, body: string) {
  return `---\n${stringifyYaml(front)}---\n${body.trim()}\n`
}

/**
 * A new lesson, as a start for the author to fill in: after `position` lessons (past the last
 * lesson means at the end, as does none).
 */
export function addLesson(draft: Draft, kind: LessonKind, title: string, position?: number) {
  const manifest = readManifest(draft.source)
  const taken = new Set(manifest.lessons.map(lessonFileSlug))
  const base = slugFor(title)
  let slug = base
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`
  const file = `${slug}.md`
  const lessons = [...manifest.lessons]
  lessons.splice(position ?? lessons.length, 0, file)
  const files = {
    ...draft.source,
    'module.yaml': stringifyYaml({ ...manifest, lessons }),
    [`lessons/${file}`]: lessonFileText({ kind, title, minutes: 5 }, ''),
  }
  saveDraftFiles(draft, files)
  return file
}

export function saveLessonFile(draft: Draft, file: string, text: string) {
  return saveDraftFiles(draft, { ...draft.source, [`lessons/${file}`]: text })
}

export function moveLesson(draft: Draft, file: string, direction: 'up' | 'down') {
  const manifest = readManifest(draft.source)
  const order = [...manifest.lessons]
  const i = order.indexOf(file)
  const j = direction === 'up' ? i - 1 : i + 1
  if (i < 0 || j < 0 || j >= order.length) return draft
  ;[order[i], order[j]] = [order[j]!, order[i]!]
  return saveDraftFiles(draft, {
    ...draft.source,
    'module.yaml': stringifyYaml({ ...manifest, lessons: order }),
  })
}

export function removeLesson(draft: Draft, file: string) {
  const manifest = readManifest(draft.source)
  const files = { ...draft.source }
  delete files[`lessons/${file}`]
  // its Welsh goes with it
  delete files[`lessons/${translatedFileName(file, 'cy')}`]
  files['module.yaml'] = stringifyYaml({
    ...manifest,
    lessons: manifest.lessons.filter((l) => l !== file),
  })
  return saveDraftFiles(draft, files)
}

// ---------------------------------------------------------------------------------------------
// Publishing

/** Writes pack files into a new temporary folder named for the module; returns the pack folder. */
export function writePackFolder(slug: string, files: DraftFiles) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-pack-'))
  const dir = path.join(root, slug)
  for (const [name, text] of Object.entries(files)) {
    if (name !== 'module.yaml' && !name.startsWith('lessons/')) continue
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }
  return { root, dir }
}

export type PublishResult =
  | { status: 'published' | 'unchanged'; version: number }
  | { status: 'refused'; problems: (PackProblem & Partial<PackIssue>)[] }
  | Refusal

/** The draft read and checked as the importer reads a pack, without loading it. */
export function checkDraft(module: StudioModule, draft: Draft, mediaRoot = MEDIA_ROOT) {
  const { root, dir } = writePackFolder(module.slug, draft.source)
  try {
    const read = checkPack(dir, mediaRoot)
    return read.ok ? read : { ok: false as const, problems: read.problems.map(packRelative) }
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
}

/**
 * Publishes the draft as the next version: checked and loaded by the importer, so a learner
 * part-way through keeps their version and new learners start this one.
 */
export function publishDraft(
  user: SessionUser,
  module: StudioModule,
  address: string | null = null,
  mediaRoot = MEDIA_ROOT,
): PublishResult {
  if (!mayEditModule(user, module)) return refuse('forbidden', MESSAGES.nationalPublish)
  const draft = findDraft(module.id)
  if (!draft) return refuse('invalid', MESSAGES.noDraft)
  const read = checkDraft(module, draft, mediaRoot)
  if (!read.ok) return { status: 'refused', problems: read.problems }
  const loaded = loadPack(read.pack, mediaRoot)
  if (loaded.status === 'refused') return { status: 'refused', problems: loaded.problems }
  db.transaction((tx) => {
    tx.delete(moduleVersions).where(eq(moduleVersions.id, draft.id)).run()
    if (loaded.status === 'imported') {
      tx.update(moduleVersions)
        .set({ publishedById: user.id })
        .where(
          and(eq(moduleVersions.moduleId, module.id), eq(moduleVersions.version, loaded.version)),
        )
        .run()
      recordAudit(
        {
          action: 'module_published',
          actor: user,
          address,
          vruId: module.ownerVruId,
          subject: `module:${module.slug}`,
          details: { version: loaded.version },
        },
        tx,
      )
    }
  })
  return {
    status: loaded.status === 'imported' ? 'published' : 'unchanged',
    version: loaded.version,
  }
}

/** Problems name the lesson file as the author knows it, not the temporary folder. */
function packRelative(problem: PackIssue): PackIssue {
  return { ...problem, file: problem.file.replace(/^modules\/[^/]+\//, '') }
}

/** Every version, newest first, with who published it. */
export function versionsOf(moduleId: number) {
  return db
    .select({
      id: moduleVersions.id,
      version: moduleVersions.version,
      status: moduleVersions.status,
      title: moduleVersions.title,
      publishedAt: moduleVersions.publishedAt,
      publishedBy: users.name,
    })
    .from(moduleVersions)
    .leftJoin(users, eq(users.id, moduleVersions.publishedById))
    .where(and(eq(moduleVersions.moduleId, moduleId), eq(moduleVersions.status, 'published')))
    .orderBy(desc(moduleVersions.version))
    .all()
}

/** A national module copied into the person's unit as a new module, as a draft. */
export function copyIntoUnit(
  user: SessionUser,
  module: StudioModule,
  address: string | null = null,
): StudioModule | Refusal {
  if (user.vruId === null) return refuse('forbidden', MESSAGES.noUnit)
  const from = findDraft(module.id) ?? latestPublishedVersion(module.id)
  if (!from) return refuse('not-found', MESSAGES.nothingToCopy)
  const files = packFilesOf(from)
  const manifest = readManifest(files)
  const title = `${String(manifest.title ?? module.slug)} (copy)`
  const slug = freeModuleSlug(String(manifest.title ?? module.slug))
  files['module.yaml'] = stringifyYaml({ ...manifest, title, owner: ownerSlug(user.vruId) })
  return insertModule(slug, user.vruId, files, {
    action: 'module_created',
    actor: user,
    address,
    subject: `module:${slug}`,
    details: { title, copiedFrom: module.slug },
  })
}
