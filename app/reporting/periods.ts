/**
 * Reporting periods in UK time (app/utils/uk-dates.ts). Units report by financial year (1 April
 * to 31 March) and its quarters; a completion belongs to the period that holds its completion
 * time as a clock in the UK showed it, British Summer Time included.
 */
import { createI18n, type I18n } from '#app/i18n/i18n.ts'
import { financialYearOf, MONTH_NAMES, ukDate, ukMidnight } from '#app/utils/uk-dates.ts'

/** English, for callers that write for no one in particular (the audit log, tests). */
const ENGLISH = createI18n('en')
const welshMonths = new Intl.DateTimeFormat('cy-GB', { month: 'long', timeZone: 'UTC' })

export type Period =
  | { kind: 'year'; year: number }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'month'; year: number; month: number }
  /** from and to: UK months 'YYYY-MM', both whole months included (never days: decision 010) */
  | { kind: 'custom'; from: string; to: string }

function monthParts(month: string) {
  const [y, m] = month.split('-').map(Number)
  return { year: y!, month: m! }
}

/** The instants [start, end) a period covers. */
export function periodRange(period: Period): { start: number; end: number } {
  switch (period.kind) {
    case 'year':
      return { start: ukMidnight(period.year, 4), end: ukMidnight(period.year + 1, 4) }
    case 'quarter': {
      const first = 4 + (period.quarter - 1) * 3
      return {
        start: ukMidnight(period.year, first),
        end: ukMidnight(period.year, first + 3),
      }
    }
    case 'month':
      return {
        start: ukMidnight(period.year, period.month),
        end: ukMidnight(period.year, period.month + 1),
      }
    case 'custom': {
      const from = monthParts(period.from)
      const to = monthParts(period.to)
      return { start: ukMidnight(from.year, from.month), end: ukMidnight(to.year, to.month + 1) }
    }
  }
}

/** The key of a standard period in the report summary; null for custom dates. */
export function periodKey(period: Period) {
  switch (period.kind) {
    case 'year':
      return `y${period.year}`
    case 'quarter':
      return `q${period.year}-${period.quarter}`
    case 'month':
      return `m${period.year}-${String(period.month).padStart(2, '0')}`
    case 'custom':
      return null
  }
}

/** The month, quarter and financial year an instant falls in, as summary keys. */
export function periodKeysAt(utcMs: number) {
  const { year, month } = ukDate(utcMs)
  const fy = financialYearOf(year, month)
  const quarter = Math.floor(((month + 8) % 12) / 3) + 1
  return [`m${year}-${String(month).padStart(2, '0')}`, `q${fy}-${quarter}`, `y${fy}`]
}

export function currentFinancialYear(now = Date.now()): Period {
  const { year, month } = ukDate(now)
  return { kind: 'year', year: financialYearOf(year, month) }
}

/** The UK months a period touches, in order, for "completions by month". */
export function monthsIn(period: Period) {
  const { start, end } = periodRange(period)
  const first = ukDate(start)
  const last = ukDate(end - 1)
  const months: { year: number; month: number }[] = []
  for (
    let y = first.year, m = first.month;
    y < last.year || (y === last.year && m <= last.month);
  ) {
    months.push({ year: y, month: m })
    m += 1
    if (m > 12) {
      m = 1
      y += 1
    }
  }
  return months
}

/** Each month of a period as the instants of it the period covers (a custom range's ends cut). */
export function monthRanges(period: Period) {
  const range = periodRange(period)
  return monthsIn(period).map(({ year, month }) => {
    const whole = periodRange({ kind: 'month', year, month })
    return { start: Math.max(range.start, whole.start), end: Math.min(range.end, whole.end) }
  })
}

/** Welsh month names after "i" (to) take the soft mutation: Ebrill i Fehefin. */
const SOFT: Record<string, string> = {
  Mawrth: 'Fawrth',
  Mai: 'Fai',
  Mehefin: 'Fehefin',
  Gorffennaf: 'Orffennaf',
  Medi: 'Fedi',
  Tachwedd: 'Dachwedd',
  Rhagfyr: 'Ragfyr',
}

/** A month's name in the language: April, Ebrill; `after`: following "to" (Welsh mutates). */
function nameOfMonth(month: number, i18n: I18n, after = false) {
  const index = (month - 1) % 12
  if (i18n.language !== 'cy') return MONTH_NAMES[index]!
  const name = welshMonths.format(Date.UTC(2000, index, 15))
  return after ? (SOFT[name] ?? name) : name
}

export function monthName(year: number, month: number, i18n: I18n = ENGLISH, after = false) {
  return i18n.t('{{month}} {{year}}', { month: nameOfMonth(month, i18n, after), year })
}

function namedMonth(value: string, i18n: I18n, after = false) {
  const { year, month } = monthParts(value)
  return monthName(year, month, i18n, after)
}

/** A financial-year quarter by its months: "April to June". */
export function quarterMonths(quarter: number, i18n: I18n = ENGLISH) {
  const first = 4 + (quarter - 1) * 3
  return i18n.t('{{first}} to {{last}}', {
    first: nameOfMonth(first, i18n),
    last: nameOfMonth(first + 2, i18n, true),
  })
}

/** How a period is written on the page and the board summary, in the reader's language. */
export function periodLabel(period: Period, i18n: I18n = ENGLISH) {
  const { t } = i18n
  switch (period.kind) {
    case 'year':
      return t('Financial year {{from}} to {{to}}', { from: period.year, to: period.year + 1 })
    case 'quarter':
      return t('Quarter {{quarter}} of {{from}} to {{to}} ({{months}})', {
        quarter: period.quarter,
        from: period.year,
        to: period.year + 1,
        months: quarterMonths(period.quarter, i18n),
      })
    case 'month':
      return monthName(period.year, period.month, i18n)
    case 'custom':
      return period.from === period.to
        ? namedMonth(period.from, i18n)
        : t('{{first}} to {{last}}', {
            first: namedMonth(period.from, i18n),
            last: namedMonth(period.to, i18n, true),
          })
  }
}

/** The period as it goes into an export's file name, e.g. 2026-27, 2026-27-q1, 2026-04. */
export function periodSlug(period: Period) {
  const fy = (year: number) => `${year}-${String((year + 1) % 100).padStart(2, '0')}`
  switch (period.kind) {
    case 'year':
      return fy(period.year)
    case 'quarter':
      return `${fy(period.year)}-q${period.quarter}`
    case 'month':
      return `${period.year}-${String(period.month).padStart(2, '0')}`
    case 'custom':
      return `${period.from}-to-${period.to}`
  }
}

/** The period as search parameters, for links and the form's values. */
export function periodParams(period: Period): Record<string, string> {
  switch (period.kind) {
    case 'year':
      return { period: 'year', year: String(period.year) }
    case 'quarter':
      return { period: 'quarter', year: String(period.year), quarter: String(period.quarter) }
    case 'month':
      return {
        period: 'month',
        month: `${period.year}-${String(period.month).padStart(2, '0')}`,
      }
    case 'custom':
      return { period: 'custom', from: period.from, to: period.to }
  }
}
