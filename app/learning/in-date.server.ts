/**
 * Training that stays in date (decision 015): what each completion keeps its holder in date
 * for and until when, and where a person stands on each module that expires. A module's rules
 * are its latest published version's, so a trainer's change applies from the next completion.
 */
import { and, eq, isNotNull, sql } from 'drizzle-orm'
import { completions, db, modules, moduleVersions, type ModuleTranslation } from '#app/db.server.ts'
import { londonDay } from '#app/utils/uk-dates.ts'
import { latestPublished } from './catalogue.server.ts'
import {
  inDateStatus,
  validUntil,
  windowOpens,
  type InDateStatus,
  type Validity,
} from './validity.ts'

type Rules = {
  moduleId: number
  slug: string
  title: string
  translations: Record<string, ModuleTranslation> | null
  validity: Validity
  refresher: string | null
  requiredAgainBy: string | null
  requiredAgainReason: string | null
  publishedAt: Date | null
}

const rulesColumns = {
  moduleId: modules.id,
  slug: modules.slug,
  title: moduleVersions.title,
  translations: moduleVersions.translations,
  validity: moduleVersions.validity,
  refresher: moduleVersions.refresher,
  requiredAgainBy: moduleVersions.requiredAgainBy,
  requiredAgainReason: moduleVersions.requiredAgainReason,
  // asking again runs from the first version that asked by this day: later versions copy the
  // field from their draft, and must not ask those who already took it again
  publishedAt: sql<Date | null>`(select min(v.published_at) from module_versions v
    where v.module_id = ${modules.id} and v.status = 'published'
      and v.required_again_by = ${moduleVersions.requiredAgainBy})`.mapWith(
    moduleVersions.publishedAt,
  ),
}

function rulesOf(moduleId: number): Rules | undefined {
  return db
    .select(rulesColumns)
    .from(modules)
    .innerJoin(moduleVersions, and(eq(moduleVersions.moduleId, modules.id), latestPublished))
    .where(eq(modules.id, moduleId))
    .get()
}

/** Modules that name this one as their refresher. */
function modulesRenewedBy(slug: string) {
  return db
    .select(rulesColumns)
    .from(modules)
    .innerJoin(moduleVersions, and(eq(moduleVersions.moduleId, modules.id), latestPublished))
    .where(eq(moduleVersions.refresher, slug))
    .all()
}

/** The version that asked everyone to take a module again, if it applies to someone. */
function requiredAgain(rules: Rules, lastCompletedAt: number) {
  if (!rules.requiredAgainBy || !rules.publishedAt) return null
  if (lastCompletedAt >= rules.publishedAt.getTime()) return null
  return { by: rules.requiredAgainBy, reason: rules.requiredAgainReason ?? '' }
}

export type Standing = {
  moduleId: number
  validUntil: string
  lastCompletedAt: number
  /** set when a new version asked everyone who did an earlier one to take it again */
  requiredAgain: { by: string; reason: string } | null
}

/** The day someone is in date until on a module that expires, or null if they never did it. */
function standingOn(userId: string, rules: Rules): Standing | null {
  const latest = db
    .select({
      validUntil: sql<string>`max(${completions.validUntil})`,
      lastCompletedAt: sql<number>`max(${completions.completedAt})`,
    })
    .from(completions)
    .where(
      and(
        eq(completions.userId, userId),
        eq(completions.renewsModuleId, rules.moduleId),
        isNotNull(completions.validUntil),
      ),
    )
    .get()
  if (!latest?.validUntil) return null
  return capped(rules, { moduleId: rules.moduleId, ...latest })
}

/**
 * A person's latest day, shortened if a later version asked everyone to take it again (the
 * view required_training_standings, migration 0014, applies the same rule for the reports).
 */
function capped(
  rules: Rules,
  latest: { moduleId: number; validUntil: string; lastCompletedAt: number },
): Standing {
  const again = requiredAgain(rules, latest.lastCompletedAt)
  const validUntil = again && again.by < latest.validUntil ? again.by : latest.validUntil
  return { ...latest, validUntil, requiredAgain: again }
}

function hasCompleted(userId: string, moduleId: number) {
  return Boolean(
    db
      .select({ id: completions.id })
      .from(completions)
      .where(and(eq(completions.userId, userId), eq(completions.moduleId, moduleId)))
      .get(),
  )
}

/**
 * What a completion about to be recorded keeps its holder in date for, and until when. A
 * refresher renews the full module it is named by, once the full module has been done
 * (induction first); otherwise a module renews itself if it expires.
 */
export function renewalBy(userId: string, moduleId: number, completedAt: Date) {
  const rules = rulesOf(moduleId)
  if (!rules) return { renewsModuleId: null, validUntil: null }
  const renewed =
    modulesRenewedBy(rules.slug).find(
      (full) => full.validity.kind !== 'none' && hasCompleted(userId, full.moduleId),
    ) ?? (rules.validity.kind !== 'none' ? rules : null)
  if (!renewed) return { renewsModuleId: null, validUntil: null }
  const previous = standingOn(userId, renewed)
  return {
    renewsModuleId: renewed.moduleId,
    validUntil: validUntil(londonDay(completedAt), renewed.validity, previous?.validUntil),
  }
}

export type InDate = Standing & {
  slug: string
  title: string
  status: InDateStatus
  windowOpens: string
  /** the module to take to renew: the refresher once the full module is done, else itself */
  renewWith: { slug: string; title: string; translations: Record<string, ModuleTranslation> | null }
}

/** Every module that expires which someone has done, with where they stand today. */
export function trainingInDate(userId: string, today = londonDay()): InDate[] {
  const moduleIds = db
    .selectDistinct({ moduleId: completions.renewsModuleId })
    .from(completions)
    .where(and(eq(completions.userId, userId), isNotNull(completions.validUntil)))
    .all()
  const found: InDate[] = []
  for (const { moduleId } of moduleIds) {
    const rules = moduleId === null ? undefined : rulesOf(moduleId)
    if (!rules || rules.validity.kind === 'none') continue
    const standing = standingOn(userId, rules)
    if (!standing) continue
    found.push({
      ...standing,
      slug: rules.slug,
      title: rules.title,
      status: inDateStatus(standing.validUntil, today, rules.validity.windowDays),
      windowOpens: windowOpensOn(standing.validUntil, rules.validity),
      renewWith: renewWith(rules),
    })
  }
  return found.sort((a, b) => a.validUntil.localeCompare(b.validUntil))
}

/** The module to take to renew: the refresher if the module names one, else itself. */
function renewWith(rules: Rules) {
  const refresher = rules.refresher ? refresherOf(rules.refresher) : undefined
  return refresher ?? { slug: rules.slug, title: rules.title, translations: rules.translations }
}

function refresherOf(slug: string) {
  return db
    .select({
      slug: modules.slug,
      title: moduleVersions.title,
      translations: moduleVersions.translations,
    })
    .from(modules)
    .innerJoin(moduleVersions, and(eq(moduleVersions.moduleId, modules.id), latestPublished))
    .where(eq(modules.slug, slug))
    .get()
}

function windowOpensOn(until: string, validity: Validity) {
  return validity.kind === 'none' ? until : windowOpens(until, validity.windowDays)
}

/**
 * Where people stand on every module that expires which they have done: everyone whose
 * training runs out on or after `from` (the daily reminders), or the staff of one organisation
 * (its compliance list). Deactivated people are left to the caller.
 */
export function standingsOf(who: { from: string } | { organisationId: number }) {
  const latest = db
    .select({
      userId: completions.userId,
      moduleId: sql<number>`${completions.renewsModuleId}`,
      validUntil: sql<string>`max(${completions.validUntil})`,
      lastCompletedAt: sql<number>`max(${completions.completedAt})`,
    })
    .from(completions)
    .where(
      and(
        isNotNull(completions.validUntil),
        'organisationId' in who
          ? sql`${completions.userId} in (select id from users where organisation_id = ${who.organisationId})`
          : undefined,
      ),
    )
    .groupBy(completions.userId, completions.renewsModuleId)
    .having('from' in who ? sql`max(${completions.validUntil}) >= ${who.from}` : undefined)
    .all()
  const modulesFound = new Map<number, { rules: Rules; renewWith: InDate['renewWith'] } | null>()
  const found: (Standing & {
    userId: string
    windowDays: number
    rules: Rules
    renewWith: InDate['renewWith']
  })[] = []
  for (const row of latest) {
    if (!modulesFound.has(row.moduleId)) {
      const rules = rulesOf(row.moduleId)
      modulesFound.set(row.moduleId, rules ? { rules, renewWith: renewWith(rules) } : null)
    }
    const module = modulesFound.get(row.moduleId)
    if (!module || module.rules.validity.kind === 'none') continue
    const standing = capped(module.rules, row)
    if (!('from' in who) || standing.validUntil >= who.from) {
      found.push({
        ...standing,
        userId: row.userId,
        windowDays: module.rules.validity.windowDays,
        ...module,
      })
    }
  }
  return found
}

/** Which of these modules expire, by their latest published versions. */
export function modulesThatExpire(moduleIds: number[]) {
  return new Set(
    [...new Set(moduleIds)].filter((id) => (rulesOf(id)?.validity.kind ?? 'none') !== 'none'),
  )
}
