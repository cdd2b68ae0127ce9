/**
 * The studio's fields for training that stays in date (decision 015): how long a completion
 * keeps someone in date, the renewal window, the refresher that renews it, and whether a new
 * version asks everyone to take it again by a day. They become the pack's `validity`,
 * `refresher` and `requiredAgain`, checked by the same rules as the importer's.
 */
import { z } from 'zod'
import { type Validity } from '#app/db.server.ts'
import { listCatalogue } from '#app/learning/catalogue.server.ts'
import { refresherCircle } from '#app/learning/packs.server.ts'
import { validityProblems, yearlyDateFrom } from '#app/learning/validity.ts'
import { isoDayFrom, isRealDay, londonDay, MONTH_NAMES } from '#app/utils/uk-dates.ts'
import { STAYING_IN_DATE_MESSAGES as MESSAGES } from './labels.ts'

export const EXPIRY_KINDS = ['never', 'months', 'yearly'] as const

const optionalText = (max: number, tooLong: string) =>
  z.string().trim().max(max, tooLong).optional().catch(undefined)

/** The form's fields, as typed; checked together in `stayingInDateProblems`. */
export const StayingInDateFields = {
  expires: z.enum(EXPIRY_KINDS).optional().catch(undefined),
  validMonths: optionalText(10, MESSAGES.months),
  validUntil: optionalText(30, MESSAGES.dayMonth),
  renewalWindowDays: optionalText(10, MESSAGES.days),
  refresher: optionalText(120, MESSAGES.refresher),
  requiredAgainBy: optionalText(20, MESSAGES.date),
  requiredAgainReason: optionalText(500, MESSAGES.reasonLength),
}

type Fields = z.infer<z.ZodObject<typeof StayingInDateFields>>

const wholeNumber = (typed: string | undefined) =>
  typed && /^\d+$/.test(typed.trim()) ? Number(typed) : null

/** The validity the fields describe, or the field to put right. */
function validityFrom(f: Fields): Validity | { field: keyof Fields; message: string } {
  if (!f.expires || f.expires === 'never') return { kind: 'none' }
  const windowDays = f.renewalWindowDays?.trim() ? wholeNumber(f.renewalWindowDays) : 60
  if (windowDays === null) {
    return {
      field: 'renewalWindowDays',
      message: MESSAGES.windowWhole,
    }
  }
  if (f.expires === 'months') {
    const months = wholeNumber(f.validMonths)
    if (months === null) return { field: 'validMonths', message: MESSAGES.monthsLike }
    return { kind: 'rolling', months, windowDays }
  }
  const day = f.validUntil ? yearlyDateFrom(f.validUntil) : null
  if (!day) return { field: 'validUntil', message: MESSAGES.dayMonth }
  return { kind: 'yearly', ...day, windowDays }
}

const PROBLEM_FIELD = {
  months: 'validMonths',
  date: 'validUntil',
  windowDays: 'renewalWindowDays',
} as const

export function stayingInDateProblems(f: Fields, ctx: z.RefinementCtx) {
  const validity = validityFrom(f)
  if ('field' in validity) {
    ctx.addIssue({ code: 'custom', path: [validity.field], message: validity.message })
  } else {
    for (const problem of validityProblems(validity)) {
      ctx.addIssue({
        code: 'custom',
        path: [PROBLEM_FIELD[problem.field]],
        message: problem.message,
      })
    }
  }
  const by = f.requiredAgainBy ? isoDayFrom(f.requiredAgainBy) : undefined
  if (by && !isRealDay(by)) {
    ctx.addIssue({
      code: 'custom',
      path: ['requiredAgainBy'],
      message: MESSAGES.realDate,
    })
  } else if (by && by < londonDay()) {
    ctx.addIssue({
      code: 'custom',
      path: ['requiredAgainBy'],
      message: MESSAGES.notPast,
    })
  } else if (by && !f.requiredAgainReason) {
    ctx.addIssue({
      code: 'custom',
      path: ['requiredAgainReason'],
      message: MESSAGES.reason,
    })
  }
}

/** What the fields add to module.yaml. */
export function stayingInDateManifest(f: Fields) {
  const validity = validityFrom(f)
  const by = f.requiredAgainBy ? isoDayFrom(f.requiredAgainBy) : undefined
  return {
    validity:
      'field' in validity || validity.kind === 'none'
        ? undefined
        : validity.kind === 'rolling'
          ? { months: validity.months, renewalWindowDays: validity.windowDays }
          : {
              until: `${validity.day} ${MONTH_NAMES[validity.month - 1]}`,
              renewalWindowDays: validity.windowDays,
            },
    refresher: f.refresher || undefined,
    requiredAgain: by ? { by, reason: f.requiredAgainReason ?? '' } : undefined,
  }
}

/** The manifest's fields as the studio reads a draft: leniently, since a draft may be unfinished. */
export const StayingInDateManifest = {
  validity: z
    .union([
      z.object({ months: z.number(), renewalWindowDays: z.number().optional() }),
      z.object({ until: z.string(), renewalWindowDays: z.number().optional() }),
    ])
    .optional()
    .catch(undefined),
  refresher: z.string().optional().catch(undefined),
  requiredAgain: z.object({ by: z.string(), reason: z.string() }).optional().catch(undefined),
}

type DraftFields = z.infer<z.ZodObject<typeof StayingInDateManifest>>

/** The form's values for a draft's manifest. */
export function stayingInDateValues(m: DraftFields): Record<keyof Fields, string> {
  const v = m.validity
  return {
    expires: !v ? 'never' : 'months' in v ? 'months' : 'yearly',
    validMonths: v && 'months' in v ? String(v.months) : '',
    validUntil: v && 'until' in v ? v.until : '',
    renewalWindowDays: v ? String(v.renewalWindowDays ?? 60) : '60',
    refresher: m.refresher ?? '',
    requiredAgainBy: m.requiredAgain?.by ?? '',
    requiredAgainReason: m.requiredAgain?.reason ?? '',
  }
}

export type RefresherChoice = ReturnType<typeof refresherChoices>[number]

/** The modules a module's unit may name as its refresher: any it can see but itself. */
export function refresherChoices(vruId: number | null, slug?: string) {
  return listCatalogue(vruId)
    .filter((m) => m.slug !== slug)
    .map(({ slug, title, translations }) => ({ slug, title, translations }))
}

/** Why a module may not name this refresher (itself, or one that leads back to it), or null. */
export function refresherRefusal(slug: string, refresher: string | undefined) {
  if (!refresher) return null
  if (refresher === slug) return MESSAGES.ownRefresher
  return refresherCircle(slug, refresher) ? MESSAGES.circle : null
}
