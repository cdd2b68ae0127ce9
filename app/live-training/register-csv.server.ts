/**
 * A paper register entered afterwards as CSV (email, attendance; name optional), and the register
 * downloaded in the same columns to print or fill in. Every row is checked first, as staff CSVs
 * are (bulk-invite.server.ts); while any row is wrong nothing is recorded, and when all are right
 * the marks are saved by saveRegister in one transaction.
 */
import { type SessionUser } from '#app/auth/session.server.ts'
import { ATTENDANCES, type Attendance } from '#app/db.server.ts'
import { parseCsv, toCsv } from '#app/utils/csv.ts'
import { londonDay } from '#app/utils/uk-dates.ts'
import { ATTENDANCE_LABELS } from './labels.ts'
import { registerFor, saveRegister } from './register.server.ts'

/** A register is tens of people; the cap keeps a wrong file (a whole staff list) cheap to refuse. */
export const MAX_REGISTER_ROWS = 2_000
export const MAX_REGISTER_FILE_BYTES = 300_000

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
    .replace(/[\s_-]+/g, ' ')

/** Each mark by its key, its label and the words trainers write on paper. */
const ATTENDANCE_WORDS = new Map<string, Attendance>([
  ...ATTENDANCES.map((a) => [normalise(a), a] as const),
  ...ATTENDANCES.map((a) => [normalise(ATTENDANCE_LABELS[a]), a] as const),
  ['partly', 'partial'],
  ['canceled late', 'cancelled_late'],
])

const HEADINGS = ['name', 'email', 'attendance'] as const

/** Where each column is, from the heading row; a string when the heading row is not usable. */
function columnsOf(heading: string[]) {
  const names = heading.map(normalise)
  const duplicate = names.find((n, i) => n !== '' && names.indexOf(n) !== i)
  if (duplicate) return `The heading “${duplicate}” is in the first row twice: keep one`
  const email = names.indexOf('email')
  const attendance = names.indexOf('attendance')
  if (email < 0 || attendance < 0) {
    return 'The first row must be the headings email and attendance (name is optional), as in the downloaded register'
  }
  return { email, attendance }
}

/**
 * Reads and checks every row against the people booked; `fileError` when the file as a whole
 * cannot be used, or says how many rows are wrong.
 */
export function checkRegisterCsv(
  people: { bookingId: number; email: string }[],
  text: string,
):
  | { ok: true; marks: Record<`b${number}`, Attendance>; recorded: number; unmarked: number }
  | { ok: false; fileError: string; rows: RegisterCsvRow[] } {
  const all = parseCsv(text)
    .map((cells, i) => ({ cells, line: i + 1 }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''))
  const [heading, ...body] = all
  const columns = heading ? columnsOf(heading.cells) : undefined
  if (typeof columns === 'string') return { ok: false, fileError: columns, rows: [] }
  if (!columns || body.length === 0) {
    return {
      ok: false,
      fileError:
        'The file has nobody in it. Put the headings email and attendance in the first row, then one person on each row.',
      rows: [],
    }
  }
  if (body.length > MAX_REGISTER_ROWS) {
    return {
      ok: false,
      fileError: `The file has ${body.length} rows; a register takes ${MAX_REGISTER_ROWS} at most.`,
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
    if (!email) row.errors.push('Enter their email: people are found on the register by email')
    else if (bookingId === undefined) {
      row.errors.push(
        `${email} is not booked on this session. Check the address, or add them as a walk-in on the register page and send the file again`,
      )
      row.notBooked = true
    }
    const earlier = seen.get(email)
    if (email && earlier) row.errors.push(`The same email address is on line ${earlier}`)
    else if (email) seen.set(email, line)
    const mark = ATTENDANCE_WORDS.get(normalise(attendance))
    if (attendance && !mark) {
      row.errors.push(
        `“${attendance.slice(0, 40)}” is not a mark: write attended, partly attended, absent or cancelled late (or leave it empty)`,
      )
    }
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
      fileError:
        wrong.length === 1
          ? 'One row of the file is wrong, so nothing has been recorded yet. Correct it and send the file again.'
          : `${wrong.length} rows of the file are wrong, so nothing has been recorded yet. Correct them and send the file again.`,
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
): RegisterUploaded | undefined {
  const register = registerFor(actor, sessionId, now)
  if (!register) return undefined
  if (register.closedBecause) return { ok: false, fileError: register.closedBecause, rows: [] }
  const checked = checkRegisterCsv(register.people, text)
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
 * The people booked as CSV (name, email, attendance so far), to print or fill in and send back;
 * undefined when the register is not the actor's (404).
 */
export function registerCsv(actor: SessionUser, sessionId: number, now = new Date()) {
  const register = registerFor(actor, sessionId, now)
  if (!register) return undefined
  const rows = register.people.map((p) => [
    p.name,
    p.email,
    p.attendance ? ATTENDANCE_LABELS[p.attendance] : '',
  ])
  return {
    csv: toCsv([[...HEADINGS], ...rows]),
    people: rows.length,
    day: londonDay(register.session.startsAt),
    vruId: register.course.vruId,
  }
}
