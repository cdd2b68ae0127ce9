/**
 * A paper register entered afterwards as CSV (email, attendance; name optional), and the register
 * downloaded in the same columns to print or fill in. Every row is checked first, as staff CSVs
 * are (bulk-invite.server.ts); while any row is wrong nothing is recorded, and when all are right
 * the marks are saved by saveRegister in one transaction.
 */
import { type SessionUser } from '#app/auth/session.server.ts'
import { ATTENDANCES, type Attendance } from '#app/db.server.ts'
import { createI18n, type Language, type Translator } from '#app/i18n/i18n.ts'
import { i18nFor } from '#app/i18n/language.server.ts'
import { parseCsv, toCsv } from '#app/utils/csv.ts'
import { londonDay } from '#app/utils/uk-dates.ts'
import { ATTENDANCE_LABELS, LIVE_TRAINING_MESSAGES as M } from './labels.ts'
import { registerFor, saveRegister } from './register.server.ts'

/** A register is tens of people; the cap keeps a wrong file (a whole staff list) cheap to refuse. */
export const MAX_REGISTER_ROWS = 2_000
export const MAX_REGISTER_FILE_BYTES = 300_000

const english = createI18n('en').t

export type RegisterCsvRow = {
  /** the line in the file, counting the heading, as a spreadsheet numbers it */
  line: number
  email: string
  attendance: string
  errors: string[]
  /** the email is not booked on this session: they can be added as a walk-in */
  notBooked?: true
}

export type RegisterUploaded =
  | { ok: true; recorded: number; unmarked: number; marked: number; attended: number }
  | { ok: false; fileError: string; rows: RegisterCsvRow[] }

const normalise = (word: string) =>
  word
    .trim()
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[\s_-]+/g, ' ')

const welsh = i18nFor('cy')

/** Each mark by its key, its label in English and Welsh, and the words trainers write on paper. */
const ATTENDANCE_WORDS = new Map<string, Attendance>([
  ...ATTENDANCES.map((a) => [normalise(a), a] as const),
  ...ATTENDANCES.map((a) => [normalise(ATTENDANCE_LABELS[a]), a] as const),
  ...ATTENDANCES.map((a) => [normalise(welsh.t(ATTENDANCE_LABELS[a])), a] as const),
  ['partly', 'partial'],
  ['canceled late', 'cancelled_late'],
  ['presennol', 'attended'],
  ['rhannol', 'partial'],
  ['absennol', 'absent'],
])

/**
 * The register's headings in each language: a Welsh reader downloads Welsh ones, and a file
 * with either set is read back (not a mix of the two).
 */
export const REGISTER_CSV_HEADINGS = {
  en: { name: 'name', email: 'email', attendance: 'attendance' },
  cy: { name: 'enw', email: 'e-bost', attendance: 'presenoldeb' },
} as const

type Columns = { email: number; attendance: number }

/** Where each column is, from the heading row; a message when the heading row is not usable. */
function columnsOf(heading: string[], t: Translator): Columns | string {
  const names = heading.map(normalise)
  const duplicate = names.find((n, i) => n !== '' && names.indexOf(n) !== i)
  if (duplicate) return t(M.headingTwice, { heading: duplicate })
  const found = (language: Language) => {
    const words = Object.values(REGISTER_CSV_HEADINGS[language]).map(normalise)
    return names.filter((n) => words.includes(n)).length
  }
  const inEnglish = found('en')
  const inWelsh = found('cy')
  if (inEnglish > 0 && inWelsh > 0) return M.mixedHeadings
  const { email, attendance } = REGISTER_CSV_HEADINGS[inWelsh > 0 ? 'cy' : 'en']
  const columns = {
    email: names.indexOf(normalise(email)),
    attendance: names.indexOf(normalise(attendance)),
  }
  return columns.email < 0 || columns.attendance < 0 ? M.headings : columns
}

/**
 * Reads and checks every row against the people booked; `fileError` when the file as a whole
 * cannot be used, or says how many rows are wrong. Messages with a value in them are in the
 * language of `t`; the others are English keys the page translates.
 */
export function checkRegisterCsv(
  people: { bookingId: number; email: string }[],
  text: string,
  t: Translator = english,
):
  | { ok: true; marks: Record<`b${number}`, Attendance>; recorded: number; unmarked: number }
  | { ok: false; fileError: string; rows: RegisterCsvRow[] } {
  const all = parseCsv(text)
    .map((cells, i) => ({ cells, line: i + 1 }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''))
  const [heading, ...body] = all
  const columns = heading ? columnsOf(heading.cells, t) : undefined
  if (typeof columns === 'string') return { ok: false, fileError: columns, rows: [] }
  if (!columns || body.length === 0) return { ok: false, fileError: M.emptyFile, rows: [] }
  if (body.length > MAX_REGISTER_ROWS) {
    return {
      ok: false,
      fileError: t(M.tooManyRows, { count: body.length, max: MAX_REGISTER_ROWS }),
      rows: [],
    }
  }
  const booked = new Map(people.map((p) => [p.email.toLowerCase(), p.bookingId]))
  const seen = new Map<string, number>()
  const marks: Record<`b${number}`, Attendance> = {}
  let unmarked = 0
  const rows = body.map(({ cells, line }): RegisterCsvRow => {
    // the downloaded register keeps a leading = + - @ as text with a quote mark: take it off
    const email = (cells[columns.email] ?? '')
      .trim()
      .replace(/^'(?=\s*[=+\-@])/, '')
      .toLowerCase()
    const attendance = (cells[columns.attendance] ?? '').trim()
    const row: RegisterCsvRow = { line, email, attendance, errors: [] }
    const bookingId = booked.get(email)
    if (!email) row.errors.push(M.rowEmail)
    else if (bookingId === undefined) {
      row.errors.push(t(M.rowNotBooked, { email }))
      row.notBooked = true
    }
    const earlier = seen.get(email)
    if (email && earlier) row.errors.push(t(M.rowRepeated, { line: earlier }))
    else if (email) seen.set(email, line)
    const mark = ATTENDANCE_WORDS.get(normalise(attendance))
    if (attendance && !mark) row.errors.push(t(M.rowMark, { mark: attendance.slice(0, 40) }))
    if (row.errors.length === 0 && bookingId !== undefined) {
      // an empty mark leaves the person as they are, as an unticked row on the page does
      if (mark) marks[`b${bookingId}`] = mark
      else unmarked++
    }
    return row
  })
  const wrong = rows.filter((r) => r.errors.length > 0)
  if (wrong.length > 0) {
    return {
      ok: false,
      fileError: wrong.length === 1 ? M.oneRowWrong : t(M.rowsWrong, { count: wrong.length }),
      rows: wrong,
    }
  }
  return { ok: true, marks, recorded: Object.keys(marks).length, unmarked }
}

/**
 * Records a register file when every row is right; undefined when the register is not the
 * actor's to take (404).
 */
export function uploadRegister(
  actor: SessionUser,
  sessionId: number,
  text: string,
  now = new Date(),
  t: Translator = english,
): RegisterUploaded | undefined {
  const register = registerFor(actor, sessionId, now)
  if (!register) return undefined
  if (register.closedBecause) return { ok: false, fileError: register.closedBecause, rows: [] }
  const checked = checkRegisterCsv(register.people, text, t)
  if (!checked.ok) return checked
  const saved = saveRegister(actor, sessionId, checked.marks, now)
  if (!saved) return undefined
  if (!saved.ok) {
    return { ok: false, fileError: Object.values(saved.errors).join('. '), rows: [] }
  }
  return {
    ok: true,
    recorded: checked.recorded,
    unmarked: checked.unmarked,
    marked: saved.marked,
    attended: saved.attended,
  }
}

/**
 * The people booked as CSV (name, email, attendance so far), with headings and marks in the
 * reader's language, to print or fill in and send back; undefined when the register is not the
 * actor's (404).
 */
export function registerCsv(
  actor: SessionUser,
  sessionId: number,
  now = new Date(),
  language: Language = 'en',
) {
  const register = registerFor(actor, sessionId, now)
  if (!register) return undefined
  const { t } = i18nFor(language)
  const rows = register.people.map((p) => [
    p.name,
    p.email,
    p.attendance ? t(ATTENDANCE_LABELS[p.attendance]) : '',
  ])
  const headings = REGISTER_CSV_HEADINGS[language]
  return {
    csv: toCsv([[headings.name, headings.email, headings.attendance], ...rows]),
    people: rows.length,
    day: londonDay(register.session.startsAt),
    vruId: register.course.vruId,
  }
}
