/**
 * Dates as a clock in the UK shows them (Europe/London), British Summer Time included: today,
 * a day's first and last moments, a month, a financial year (1 April to 31 March). Plain
 * arithmetic rather than Intl: the report summary's rebuild calls these millions of times.
 */

const HOUR = 3_600_000

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** The last Sunday of a month, 01:00 UTC: when UK clocks change (March and October). */
function lastSundayOneAm(year: number, month: number) {
  const lastDay = new Date(Date.UTC(year, month + 1, 0))
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1)
}

/** The UK's offset from UTC at an instant: an hour in summer time, none otherwise. */
export function ukOffsetMs(utcMs: number) {
  const year = new Date(utcMs).getUTCFullYear()
  return utcMs >= lastSundayOneAm(year, 2) && utcMs < lastSundayOneAm(year, 9) ? HOUR : 0
}

/** The date on a UK calendar at an instant; month 1 to 12. */
export function ukDate(utcMs: number) {
  const local = new Date(utcMs + ukOffsetMs(utcMs))
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() }
}

/** The instant a UK calendar day begins (midnight there); month 1 to 12, overflow allowed. */
export function ukMidnight(year: number, month: number, day = 1) {
  const asUtc = Date.UTC(year, month - 1, day)
  // midnight is never within an hour of a clock change (01:00 UTC), so this test is exact
  return ukOffsetMs(asUtc - HOUR) ? asUtc - HOUR : asUtc
}

/** The financial year (named by the year it starts in) holding a UK month. */
export function financialYearOf(year: number, month: number) {
  return month >= 4 ? year : year - 1
}

const twoDigits = (n: number) => String(n).padStart(2, '0')

/** The day (YYYY-MM-DD) it is in the UK at this moment: "today" for due dates and file names. */
export function londonDay(at: Date | number = Date.now()) {
  const { year, month, day } = ukDate(typeof at === 'number' ? at : at.getTime())
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`
}

/** A day typed as day/month/year (as browsers without a date picker send it) in YYYY-MM-DD. */
export function isoDayFrom(typed: string) {
  return typed
    .trim()
    .replace(
      /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/,
      (_, d: string, m: string, y: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`,
    )
}

/** A YYYY-MM-DD that is a day on the calendar (not 30 February), from 2000 on. */
export function isRealDay(day: string) {
  // zod runs this check even when the format check before it failed: 'abc' is no date
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return addDays(day, 0) === day && y >= 2000 && m >= 1 && d >= 1
}

export function addDays(day: string, days: number) {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** The first moment of a UK day (midnight is 23:00 UTC the day before in summer). */
export function startOfLondonDay(day: string) {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(ukMidnight(y, m, d))
}

/** The last moment of a day: a module due on a day may be finished at any time that day. */
export function endOfLondonDay(day: string) {
  return new Date(startOfLondonDay(addDays(day, 1)).getTime() - 1)
}

/** The instant of a UK clock time ("09:30") on a UK day: summer time included. */
export function ukInstant(day: string, time: string) {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const [h, min] = time.split(':').map(Number) as [number, number]
  const asUtc = Date.UTC(y, m - 1, d, h, min)
  const inSummer = asUtc - HOUR
  return new Date(ukOffsetMs(inSummer) ? inSummer : asUtc)
}

/** The UK clock time ("09:30") at an instant. */
export function ukClock(at: Date | number) {
  const ms = typeof at === 'number' ? at : at.getTime()
  const local = new Date(ms + ukOffsetMs(ms))
  return `${twoDigits(local.getUTCHours())}:${twoDigits(local.getUTCMinutes())}`
}

/** The UK clock time to the second ("09:30:05"), where the exact moment matters (the audit log). */
export function ukClockSeconds(at: Date | number) {
  const ms = typeof at === 'number' ? at : at.getTime()
  return `${ukClock(ms)}:${twoDigits(new Date(ms).getUTCSeconds())}`
}

// made once: a formatter takes far longer to make than to use (a long compliance list has
// thousands of dates)
const englishLongDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
})

// Written out rather than asked of Intl: browsers without Welsh locale data (Chromium's own
// ICU among them) answer 'cy' in American English, and the page would change as it hydrates.
const WELSH_MONTHS = [
  'Ionawr',
  'Chwefror',
  'Mawrth',
  'Ebrill',
  'Mai',
  'Mehefin',
  'Gorffennaf',
  'Awst',
  'Medi',
  'Hydref',
  'Tachwedd',
  'Rhagfyr',
]

/** A day as written in English or Welsh: 4 December 2026, 4 Rhagfyr 2026. */
export function formatDate(date: Date | string | number, language: 'en' | 'cy' = 'en') {
  const at = new Date(date)
  if (language === 'en') return englishLongDate.format(at)
  const { year, month, day } = ukDate(at.getTime())
  return `${day} ${WELSH_MONTHS[month - 1]} ${year}`
}

/**
 * A time of day on UK clocks. English: 14:30. Welsh says the part of the day, and "o’r gloch" on
 * the hour: 2 o’r gloch y prynhawn, 9:30 y bore.
 */
export function formatClock(at: Date | number, language: 'en' | 'cy' = 'en') {
  if (language === 'en') return ukClock(at)
  const [hours, minutes] = ukClock(at).split(':').map(Number) as [number, number]
  const hour = hours % 12 === 0 ? 12 : hours % 12
  const part = hours < 12 ? 'y bore' : hours < 18 ? 'y prynhawn' : 'yr hwyr'
  if (hours === 12 && minutes === 0) return 'canol dydd'
  return minutes === 0 ? `${hour} o’r gloch ${part}` : `${hour}:${twoDigits(minutes)} ${part}`
}
