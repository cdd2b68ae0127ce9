/** What the studio's module page shows, gathered in one place so the route stays thin. */
import { mayCopyModule, mayEditModule } from '#app/auth/permissions.server.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import { type I18n } from '#app/i18n/i18n.ts'
import { lessonsOf } from '#app/learning/progress.server.ts'
import { lessonChanges, moduleInsights, publishedVersionId } from './insights.server.ts'
import { previewLessons } from './lessons.server.ts'
import { studioProblems } from './problems.server.ts'
import { refresherChoices } from './staying-in-date.server.ts'
import {
  detailsOf,
  findDraft,
  latestPublishedVersion,
  readManifest,
  versionsOf,
  type StudioModule,
} from './modules.server.ts'

export function studioModulePage(
  user: SessionUser,
  module: StudioModule,
  params: URLSearchParams,
  i18n?: I18n,
) {
  const editable = mayEditModule(user, module)
  const draft = findDraft(module.id)
  const published = latestPublishedVersion(module.id)
  const versions = versionsOf(module.id)
  const lessons = draft
    ? previewLessons(draft).map((entry) =>
        'lesson' in entry
          ? {
              file: entry.lesson.file,
              slug: entry.lesson.slug,
              title: entry.lesson.title,
              kind: entry.lesson.kind,
              problem: null,
              welsh: Boolean(entry.lesson.translations?.cy),
              review: entry.lesson.review,
            }
          : {
              file: entry.file,
              slug: entry.file.replace(/\.md$/, ''),
              title: entry.title,
              kind: null,
              welsh: false,
              review: null,
              problem: studioProblems(entry.problems, draft.source, i18n)
                .map((p) => p.inLesson)
                .join('; '),
            },
      )
    : published
      ? lessonsOf(published.id).map((l) => ({
          file: null,
          slug: l.slug,
          title: l.title,
          kind: l.kind,
          problem: null,
          welsh: Boolean(l.translations?.cy),
          review: l.translations?.cy?.review ?? null,
        }))
      : []
  const to = Number(params.get('to')) || versions[0]?.version || 0
  const from = Number(params.get('from')) || versions[1]?.version || 0
  const fromId = publishedVersionId(module.id, from)
  const toId = publishedVersionId(module.id, to)
  return {
    slug: module.slug,
    national: module.ownerVruId === null,
    title: draft?.title ?? published?.title ?? module.slug,
    editable,
    mayCopy: mayCopyModule(user, module),
    hasDraft: Boolean(draft),
    details: draft ? detailsOf(draft) : null,
    refreshers: editable ? refresherChoices(module.ownerVruId, module.slug) : [],
    lessons,
    /** the languages learners can read it in: as the draft's manifest says, else the version's */
    welsh: draft
      ? readManifest(draft.source).languages.includes('cy')
      : Boolean(published?.languages.includes('cy')),
    versions: versions.map((v) => ({ ...v, publishedAt: v.publishedAt?.toISOString() ?? null })),
    comparison:
      fromId && toId && from !== to ? { from, to, changes: lessonChanges(fromId, toId) } : null,
    insights: editable ? moduleInsights(module.id) : null,
  }
}
