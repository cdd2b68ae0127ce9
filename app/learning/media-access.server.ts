/**
 * Who may fetch which file under media/. Units license their films, so a file is served only to
 * someone who may open a module that uses it (any version: a learner part-way through an old one
 * still needs its film), or, for a file only a draft uses, to someone who may edit that module. A
 * file no module uses (build scripts, sources, replaced uploads) is served to nobody.
 */
import path from 'node:path'
import { mayEditModule, mayOpenModule } from '#app/auth/permissions.server.ts'
import { readSessionCookieQuickly, type SessionUser } from '#app/auth/session.server.ts'
import { sqlite } from '#app/db.server.ts'
import {
  FILM_TYPES,
  lessonMedia,
  MEDIA_ROOT,
  parseLessonFile,
  type MediaUse,
} from './packs.server.ts'

/** The kinds of file each use may be: a transcript path naming a script still serves nothing. */
const FILE_TYPES: Record<MediaUse, readonly string[]> = {
  film: Object.keys(FILM_TYPES),
  captions: ['.vtt'],
  transcript: ['.md', '.txt'],
  poster: ['.jpg', '.jpeg', '.png', '.webp'],
  download: ['.pdf'],
}

type Reference = { moduleId: number; use: MediaUse }
type LessonRow = { id: number; moduleId: number; file: string; raw: string }

// Every film range request asks this, so the media paths modules use are kept in memory. Published
// versions never change: each is read once. Drafts change in place, so they are read again when
// the module_versions table changes (a publish, an import, a new draft, from any process) or this
// process saves a draft (forgetDraftMedia).
const versionsState = sqlite.prepare<[], { versions: number; top: number | null }>(
  'select count(*) as versions, max(id) as top from module_versions',
)
const publishedSince = sqlite.prepare<[number], LessonRow>(`
  select mv.id, mv.module_id as moduleId, f.key as file, f.value as raw
  from module_versions mv, json_each(mv.source) f
  where mv.status = 'published' and mv.id > ? and f.key like 'lessons/%' and f.type = 'text'`)
const draftLessons = sqlite.prepare<[], LessonRow>(`
  select mv.id, mv.module_id as moduleId, f.key as file, f.value as raw
  from module_versions mv, json_each(mv.source) f
  where mv.status = 'draft' and f.key like 'lessons/%' and f.type = 'text'`)
const moduleOwners = sqlite.prepare<[], { id: number; ownerVruId: number | null }>(
  'select id, owner_vru_id as ownerVruId from modules',
)

const published = new Map<string, Reference[]>()
let publishedUpTo = 0
let drafts = new Map<string, Reference[]>()
let owners = new Map<number, number | null>()
let state = ''

// only film and activity lessons name media; the others' YAML need not be read
const NAMES_MEDIA = /^kind:\s*["']?(film|activity)\b/m

function addReferences(index: Map<string, Reference[]>, row: LessonRow) {
  if (!NAMES_MEDIA.test(row.raw)) return
  const parsed = parseLessonFile(row.file, row.raw)
  if (!parsed.ok) return
  for (const { path: mediaPath, use } of lessonMedia(parsed.lesson)) {
    const refs = index.get(mediaPath) ?? []
    if (!refs.some((r) => r.moduleId === row.moduleId && r.use === use))
      refs.push({ moduleId: row.moduleId, use })
    index.set(mediaPath, refs)
  }
}

function refresh() {
  const now = versionsState.get()
  const next = `${now?.versions}:${now?.top}`
  if (next === state) return
  for (const row of publishedSince.all(publishedUpTo)) {
    addReferences(published, row)
    publishedUpTo = Math.max(publishedUpTo, row.id)
  }
  drafts = new Map()
  for (const row of draftLessons.all()) addReferences(drafts, row)
  owners = new Map(moduleOwners.all().map((m) => [m.id, m.ownerVruId]))
  state = next
}

/** A draft was saved in place: its media are read again at the next request. */
export function forgetDraftMedia() {
  state = ''
}

/** The path under media/ a request names, or null for one never served (sources, dotfiles). */
function mediaPathOf(urlPath: string) {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  const relative = decoded.replace(/^\/+/, '')
  const parts = relative.split('/')
  if (parts.some((p) => p === '' || p.startsWith('.') || p === 'source')) return null
  if (/[\\\0]/.test(relative)) return null
  return relative
}

/** Whether the person may fetch this media path (relative to media/). */
export function mayFetchMedia(user: Pick<SessionUser, 'role' | 'vruId'>, mediaPath: string) {
  refresh()
  const ext = path.extname(mediaPath).toLowerCase()
  const allowed = (refs: Reference[] | undefined, may: typeof mayOpenModule) =>
    (refs ?? []).some(
      (ref) =>
        FILE_TYPES[ref.use].includes(ext) &&
        owners.has(ref.moduleId) &&
        may(user, { ownerVruId: owners.get(ref.moduleId) ?? null }),
    )
  return (
    allowed(published.get(mediaPath), mayOpenModule) ||
    allowed(drafts.get(mediaPath), mayEditModule)
  )
}

export type MediaAnswer = { status: 200; file: string } | { status: 401 | 404; message: string }

/**
 * For server.ts: the file a /media request may have. Outside the person's scope the answer is
 * 404, as for a file that does not exist, so another unit's films cannot even be listed.
 */
export function mediaFileFor(
  cookieHeader: string | undefined,
  urlPath: string,
  mediaRoot = MEDIA_ROOT,
): MediaAnswer {
  const user = readSessionCookieQuickly(cookieHeader)
  if (!user) return { status: 401, message: 'Sign in to see this file.' }
  const mediaPath = mediaPathOf(urlPath)
  if (!mediaPath || !mayFetchMedia(user, mediaPath))
    return { status: 404, message: 'There is no such file.' }
  return { status: 200, file: path.join(mediaRoot, mediaPath) }
}
