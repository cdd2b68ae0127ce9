/**
 * Publishing from the studio: what learners will get, said before the trainer confirms, and the
 * draft's problems in the studio's words when it cannot be published yet.
 */
import { type SessionUser } from '#app/auth/session.server.ts'
import { type I18n } from '#app/i18n/i18n.ts'
import { mayEditModule } from '#app/auth/permissions.server.ts'
import { AUDIENCES } from '#app/db.server.ts'
import { AUDIENCE_LABELS } from '#app/learning/labels.ts'
import { getVru } from '#app/organisations/vrus.server.ts'
import {
  checkDraft,
  findDraft,
  latestPublishedVersion,
  publishDraft,
  refuse,
  type StudioModule,
} from './modules.server.ts'
import { studioProblems } from './problems.server.ts'
import { MODULE_FORM_MESSAGES } from './labels.ts'

/**
 * What publishing the draft would do, for the trainer to confirm: who gets it, how many lessons,
 * and which version it replaces; or the draft's problems if it cannot be published yet.
 */
export function publishSummary(user: SessionUser, module: StudioModule, i18n?: I18n) {
  if (!mayEditModule(user, module)) return refuse('forbidden', MODULE_FORM_MESSAGES.nationalPublish)
  const draft = findDraft(module.id)
  if (!draft) return refuse('invalid', MODULE_FORM_MESSAGES.noDraft)
  const read = checkDraft(module, draft)
  if (!read.ok)
    return {
      status: 'refused' as const,
      problems: studioProblems(read.problems, draft.source, i18n),
    }
  const { manifest, lessons, checksum } = read.pack
  const latest = latestPublishedVersion(module.id)
  return {
    status: 'ready' as const,
    // in the order the form lists them
    audience: AUDIENCES.filter((a) => manifest.audience.includes(a)).map((a) => AUDIENCE_LABELS[a]),
    unit: module.ownerVruId === null ? null : (getVru(module.ownerVruId)?.name ?? null),
    lessons: lessons.length,
    replaces: latest?.version ?? null,
    version: (latest?.version ?? 0) + 1,
    unchanged: latest?.checksum === checksum,
  }
}

/** Publishes the draft; a refusal's problems come back in the studio's words. */
export function publishFromStudio(
  user: SessionUser,
  module: StudioModule,
  address: string | null,
  i18n?: I18n,
) {
  const draft = findDraft(module.id)
  const result = publishDraft(user, module, address)
  if ('status' in result && result.status === 'refused')
    return {
      status: 'refused' as const,
      problems: studioProblems(result.problems, draft?.source ?? {}, i18n),
    }
  return result
}
