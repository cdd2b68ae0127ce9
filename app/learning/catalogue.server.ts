import { and, asc, eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import { type ContentText } from '#app/i18n/content.ts'
import { type Language } from '#app/i18n/i18n.ts'
import { modulesOpenTo } from '#app/auth/permissions.server.ts'
import {
  AUDIENCES,
  db,
  modules,
  moduleVersions,
  PRACTICE_LEVELS,
  sqlite,
  TOPICS,
  type Audience,
  type PracticeLevel,
  type Topic,
} from '#app/db.server.ts'

/** Beside `modules`: the version row is the module's latest published one. */
export const latestPublished = sql`${moduleVersions.version} = (
  select max(v.version) from module_versions v where v.module_id = ${modules.id} and v.status = 'published'
)`

const summaryColumns = {
  moduleId: modules.id,
  slug: modules.slug,
  ownerVruId: modules.ownerVruId,
  versionId: moduleVersions.id,
  version: moduleVersions.version,
  title: moduleVersions.title,
  summary: moduleVersions.summary,
  audience: moduleVersions.audience,
  topics: moduleVersions.topics,
  practiceLevel: moduleVersions.practiceLevel,
  estimatedMinutes: moduleVersions.estimatedMinutes,
  cpdMinutes: moduleVersions.cpdMinutes,
  translations: moduleVersions.translations,
  languages: moduleVersions.languages,
}

export type CatalogueFilters = { audience?: Audience; topic?: Topic; level?: PracticeLevel }

// unknown filter values are ignored rather than refused: the page still helps
const CatalogueFiltersSchema = z.object({
  audience: z.enum(AUDIENCES).optional().catch(undefined),
  topic: z.enum(TOPICS).optional().catch(undefined),
  level: z.enum(PRACTICE_LEVELS).optional().catch(undefined),
})

export function catalogueFiltersFrom(params: URLSearchParams): CatalogueFilters {
  return CatalogueFiltersSchema.parse({
    audience: params.get('audience') ?? undefined,
    topic: params.get('topic') ?? undefined,
    level: params.get('level') ?? undefined,
  })
}

/** The latest published version of every module a unit may use. */
export function listCatalogue(vruId: number | null) {
  return db
    .select(summaryColumns)
    .from(moduleVersions)
    .innerJoin(modules, eq(modules.id, moduleVersions.moduleId))
    .where(and(eq(moduleVersions.status, 'published'), latestPublished, modulesOpenTo(vruId)))
    .orderBy(asc(moduleVersions.title))
    .all()
}

/** Modules for everyone count as for each audience. */
export function filterCatalogue<
  M extends { audience: Audience[]; topics: Topic[]; practiceLevel: PracticeLevel },
>(catalogue: M[], filters: CatalogueFilters) {
  return catalogue.filter(
    (m) =>
      (!filters.audience ||
        m.audience.includes(filters.audience) ||
        m.audience.includes('all-staff')) &&
      (!filters.topic || m.topics.includes(filters.topic)) &&
      (!filters.level || m.practiceLevel === filters.level),
  )
}

// Prepared once: every lesson page asks this, and building the query each time cost more than
// running it.
const visibleModuleBySlug = db
  .select(summaryColumns)
  .from(moduleVersions)
  .innerJoin(modules, eq(modules.id, moduleVersions.moduleId))
  .where(
    and(
      eq(modules.slug, sql.placeholder('slug')),
      eq(moduleVersions.status, 'published'),
      latestPublished,
      modulesOpenTo(sql.placeholder('vruId')),
    ),
  )
  .prepare()

/** One module by its address, if the unit may use it and it has a published version. */
export function findVisibleModule(vruId: number | null, slug: string) {
  return visibleModuleBySlug.get({ slug, vruId })
}

export function getModuleVersion(versionId: number) {
  return db.select().from(moduleVersions).where(eq(moduleVersions.id, versionId)).get()
}

const latestTitles = sqlite.prepare<
  { ids: string },
  { moduleId: number; title: string; translations: string | null }
>(`
  select mv.module_id as moduleId, mv.title, mv.translations from module_versions mv
  where mv.module_id in (select value from json_each(:ids))
    and mv.version = (select max(version) from module_versions where module_id = mv.module_id)`)

/** Each module's title as its latest version has it, for lists that span versions. */
export function moduleTitlesOf(moduleIds: number[]) {
  const rows = latestTitles.all({ ids: JSON.stringify([...new Set(moduleIds)]) })
  return new Map(rows.map((r) => [r.moduleId, r.title]))
}

/** Each module's latest title in a language where the pack has it, else in English (reports). */
export function moduleTitlesIn(moduleIds: number[], language: Language) {
  const rows = latestTitles.all({ ids: JSON.stringify([...new Set(moduleIds)]) })
  return new Map(
    rows.map((r) => {
      const translations = r.translations
        ? (JSON.parse(r.translations) as Record<string, { title?: string }>)
        : null
      // as moduleText() in app/components/in-language.tsx, without React on the report worker
      const translated = language === 'en' ? undefined : translations?.[language]?.title
      const title: ContentText = translated
        ? { text: translated, language }
        : { text: r.title, language: 'en' }
      return [r.moduleId, title] as const
    }),
  )
}
