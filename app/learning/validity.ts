/**
 * How long a completion keeps someone in date (Keeping Children Safe in Education asks schools
 * to refresh safeguarding training at least yearly). Everything here is in UK calendar days
 * (YYYY-MM-DD, Europe/London), inclusive: "valid until 31 August" means in date all that day
 * and expired from 1 September, whatever time the completion was made.
 * Decision 015 explains the rules; these functions are pure so the studio, the importer,
 * completions and reports all agree.
 */
import type { Validity } from '#app/db.server.ts'
import { addDays, MONTH_NAMES } from '#app/utils/uk-dates.ts'
import { VALIDITY_MESSAGES } from './labels.ts'

export type { Validity }

export type InDateStatus = 'in_date' | 'renewal_due' | 'expired'

const twoDigits = (n: number) => String(n).padStart(2, '0')
const dayOf = (year: number, month: number, day: number) =>
  `${year}-${twoDigits(month)}-${twoDigits(day)}`
const parts = (day: string) => day.split('-').map(Number) as [number, number, number]
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** The same day some months on; a day the later month lacks becomes its last (31 Jan + 1 = 28 Feb). */
export function addMonths(day: string, months: number) {
  const [y, m, d] = parts(day)
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return dayOf(year, month, Math.min(d, daysInMonth(year, month)))
}

/** "31 August" (any case) as a day of the year, or null when it names no month. */
export function yearlyDateFrom(typed: string) {
  const match = /^(\d{1,2})\s+([A-Za-z]+)$/.exec(typed.trim())
  if (!match) return null
  const month = MONTH_NAMES.findIndex((m) => m.toLowerCase() === match[2]!.toLowerCase()) + 1
  return month > 0 ? { day: Number(match[1]), month } : null
}

/** A fixed yearly date must exist every year: 29 February is refused as well as 30 February. */
export function yearlyDateExists(month: number, day: number) {
  return Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day) && day >= 1
    ? day <= daysInMonth(2027, month)
    : false
}

/** The first time the yearly date falls on or after a day. */
function nextYearly(from: string, month: number, day: number) {
  const [y] = parts(from)
  const thisYear = dayOf(y, month, day)
  return thisYear >= from ? thisYear : dayOf(y + 1, month, day)
}

/** The first day someone may renew: the window opens this many days before expiry. */
export function windowOpens(validUntil: string, windowDays: number) {
  return addDays(validUntil, -windowDays)
}

/**
 * The day a completion keeps someone in date until, or null when the module never expires.
 * `previous` is the day they were in date until before this completion (of the module or its
 * refresher), if any.
 * - Renewing in the window extends from the old expiry, so nobody loses time by being early.
 * - Otherwise it runs from the day of completion; a yearly date less than the window away is
 *   passed over for the next year's (finishing on 20 August counts for the coming school year,
 *   as a renewal in the window would).
 * - A completion never shortens what someone already had.
 */
export function validUntil(completedOn: string, validity: Validity, previous?: string | null) {
  if (validity.kind === 'none') return null
  const inWindow =
    previous != null &&
    completedOn <= previous &&
    completedOn >= windowOpens(previous, validity.windowDays)
  let until: string
  if (validity.kind === 'rolling') {
    until = addMonths(inWindow ? previous : completedOn, validity.months)
  } else if (inWindow) {
    until = nextYearly(addDays(previous, 1), validity.month, validity.day)
  } else {
    const next = nextYearly(completedOn, validity.month, validity.day)
    until =
      completedOn >= windowOpens(next, validity.windowDays)
        ? nextYearly(addDays(next, 1), validity.month, validity.day)
        : next
  }
  return previous != null && previous > until ? previous : until
}

/** Where someone stands on a day, given the day they are in date until. */
export function inDateStatus(validUntil: string, today: string, windowDays: number): InDateStatus {
  if (today > validUntil) return 'expired'
  return today >= windowOpens(validUntil, windowDays) ? 'renewal_due' : 'in_date'
}

/** Problems with a validity as a trainer or pack sets it, in the words of its fields. */
export function validityProblems(validity: Validity) {
  if (validity.kind === 'none') return []
  const problems: { field: 'months' | 'date' | 'windowDays'; message: string }[] = []
  if (!Number.isInteger(validity.windowDays) || validity.windowDays < 0) {
    problems.push({ field: 'windowDays', message: VALIDITY_MESSAGES.windowNotNegative })
  }
  if (validity.kind === 'rolling') {
    if (!Number.isInteger(validity.months) || validity.months <= 0) {
      problems.push({
        field: 'months',
        message: VALIDITY_MESSAGES.oneMonth,
      })
    } else if (validity.windowDays >= daysFromMonths(validity.months)) {
      problems.push({
        field: 'windowDays',
        message: VALIDITY_MESSAGES.windowShorter,
      })
    }
  } else if (!yearlyDateExists(validity.month, validity.day)) {
    problems.push({
      field: 'date',
      message: VALIDITY_MESSAGES.everyYear,
    })
  } else if (validity.windowDays >= 365) {
    problems.push({
      field: 'windowDays',
      message: VALIDITY_MESSAGES.windowUnderYear,
    })
  }
  return problems
}

/** Never more days than a run of months can hold (a month is 28 to 31 days), so a window fits. */
function daysFromMonths(months: number) {
  return months * 30 - 2
}
