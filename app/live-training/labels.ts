import { type I18n } from '#app/i18n/i18n.ts'

/** Words for live training that pages and emails share (no server code: pages import it). */
export const SESSION_MODE_LABELS = {
  in_person: 'In person',
  online: 'Online',
} as const

export const BOOKING_STATUS_LABELS = {
  booked: 'Booked',
  waiting: 'On the waiting list',
} as const

export const SESSION_AUDIENCE_LABELS = {
  unit: "Everyone in the course's unit",
  organisations: 'Particular organisations',
  'job-roles': 'Particular job roles',
  national: 'Anyone on Upstream, in every unit',
} as const

/** What the register says of a person. */
export const ATTENDANCE_LABELS = {
  attended: 'Attended',
  partial: 'Partly attended',
  absent: 'Absent',
  cancelled_late: 'Cancelled late',
} as const

/** What came of booking a member of staff, one line per person. */
export const STAFF_BOOKING_OUTCOME_LABELS = {
  booked: 'Booked',
  waiting: 'On the waiting list',
  'already-booked': 'Already booked',
  'already-waiting': 'Already on the waiting list',
  'not-open': 'This session is not open to them',
  refused: 'Not booked',
} as const

export type SessionTime = { startsAt: Date | string; durationMinutes: number }
type SessionPlace = { mode: 'in_person' | 'online'; venue: string | null; address: string | null }

/** Where a session is held, for its facts on a page (its time and place, not the loader's). */
export const sessionPlace = (s: SessionPlace): SessionPlace => ({
  mode: s.mode,
  venue: s.venue,
  address: s.address,
})
export const sessionTime = (s: SessionTime): SessionTime => ({
  startsAt: s.startsAt,
  durationMinutes: s.durationMinutes,
})

/** A session's day and time in the page's language: "12 January 2027, 09:30 to 11:00 (UK time)". */
export function sessionWhen(i18n: I18n, s: SessionTime) {
  const start = new Date(s.startsAt)
  const end = new Date(start.getTime() + s.durationMinutes * 60_000)
  return i18n.t('{{day}}, {{start}} to {{end}} (UK time)', {
    day: i18n.date(start),
    start: i18n.clock(start),
    end: i18n.clock(end),
  })
}

export function sessionWhere(i18n: I18n, s: SessionPlace) {
  return s.mode === 'online'
    ? i18n.t('Online: the joining link is on Upstream from an hour before the start')
    : i18n.t('In person: {{place}}', { place: [s.venue, s.address].filter(Boolean).join(', ') })
}

/** What people who attended are asked afterwards, before and now (decision 010). */
export const LIVE_STATEMENT_LABELS = {
  understand: 'I understand what this training covered',
  confident: 'I feel confident using what it covered in my work',
  help: 'I know where to turn for help or advice on it',
} as const

/** A missing answer, by its field: `b` before the session, `a` now. */
export const LIVE_RATING_MESSAGES = {
  b0: 'Choose a number from 1 to 5 for statement 1 (before the session), or skip these questions',
  a0: 'Choose a number from 1 to 5 for statement 1 (now), or skip these questions',
  b1: 'Choose a number from 1 to 5 for statement 2 (before the session), or skip these questions',
  a1: 'Choose a number from 1 to 5 for statement 2 (now), or skip these questions',
  b2: 'Choose a number from 1 to 5 for statement 3 (before the session), or skip these questions',
  a2: 'Choose a number from 1 to 5 for statement 3 (now), or skip these questions',
} as const
