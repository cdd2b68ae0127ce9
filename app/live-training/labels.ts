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

/**
 * Live training's fixed messages (forms, bookings, the register and its CSV), kept here so the
 * Welsh catalogue's reader finds them. Pages show them through `t()`; a message with a
 * `{{placeholder}}` is filled in by the domain in the reader's language.
 */
export const LIVE_TRAINING_MESSAGES = {
  // a course
  title: 'Enter a title',
  titleTooLong: 'Keep the title to 120 characters',
  summary: 'Say in a sentence or two what the course covers',
  summaryTooLong: 'Keep the summary to 1,000 characters',
  practiceLevel: 'Choose the practice level it teaches',
  audience: 'Choose who it is for',
  cpdMinutes: 'Enter the CPD minutes as a number, like 120',
  wholeCpdMinutes: 'Enter whole minutes, like 120',
  fewCpdMinutes: 'A course gives at least 15 minutes of CPD',
  manyCpdMinutes: 'Enter at most 2,400 minutes (five days)',
  coveredModule: 'Choose the module it covers, or untick "Attending covers the module"',
  mayNotMakeCourses: 'You cannot make courses of live training',
  moduleListed: 'Choose one of the modules listed',
  // a session
  mode: 'Choose in person or online',
  day: 'Enter the day, like 2027-01-12',
  dayForm: 'Enter the day like 2027-01-12',
  realDay: 'Enter a day that exists, like 2027-01-12',
  time: 'Enter the start time, like 09:30',
  timeForm: 'Enter the start time on the 24-hour clock, like 09:30 or 16:00',
  duration: 'Enter how long it lasts in minutes, like 90',
  wholeDuration: 'Enter whole minutes, like 90',
  shortDuration: 'A session lasts at least 15 minutes',
  longDuration: 'A session lasts at most 600 minutes (10 hours): make a longer course two sessions',
  capacity: 'Enter how many places there are, like 30',
  wholeCapacity: 'Enter a whole number of places',
  noCapacity: 'A session needs at least 1 place',
  largeCapacity: 'Enter at most 1,000 places',
  venueTooLong: 'Keep the venue to 200 characters',
  addressTooLong: 'Keep the address to 500 characters',
  accessibilityTooLong: 'Keep the accessibility notes to 1,000 characters',
  linkTooLong: 'Keep the link to 500 characters',
  cancelUpTo: 'Enter the hours before the start, like 24',
  wholeCancelUpTo: 'Enter whole hours, like 24',
  negativeCancelUpTo: 'Enter 0 or more hours',
  longCancelUpTo: 'Enter at most 336 hours (two weeks)',
  whoMayBook: 'Choose who may book',
  jobRolesTooLong: 'Keep the job roles to 1,000 characters',
  venue: 'Enter the venue, like Riverside Academy hall',
  address: 'Enter the address, so people can find it',
  joiningLink: 'Enter the joining link, starting https://',
  organisations: 'Choose at least one organisation',
  jobRoles: 'Enter at least one job role, like Teacher',
  passed: 'Choose a day and time that have not passed yet',
  unitOrganisations: "Choose organisations of the course's unit",
  unitTrainers: "Choose trainers of the course's unit",
  courseYouRun: 'Choose a course you run',
  sessionYouRun: 'Choose a session you run',
  sessionFixed: 'This session is cancelled or has started: it cannot change',
  keepPlaces: '{{count}} people are booked: keep at least {{count}} places, or cancel the session',
  confirmCancel: 'Tick the box to confirm: everyone booked is told and their places are freed',
  // booking
  chooseSession: 'Choose a session.',
  bookOnlyOwn: 'You can book only for yourself or your own staff.',
  notOpenToPerson: 'This session is not open to this person.',
  sessionCancelled: 'This session has been cancelled.',
  sessionStarted: 'This session has already started, so it can no longer be booked.',
  cancelOnlyOwn: 'You can cancel only your own bookings or your staff’s.',
  noBooking: 'There is no booking to cancel.',
  tooLateToCancel:
    'Places can be given up until {{hours}} hours before the start. Tell the trainer if you cannot come.',
  booked: 'You are booked. We have emailed you the details and a calendar invitation.',
  waiting:
    'The session is full, so you are on its waiting list. We will email you if a place comes up.',
  cancelled: 'Done: your place is given up, and we have emailed you to confirm.',
  // booking staff
  chooseStaff: 'Choose at least one member of staff to book',
  tooManyStaff: 'Choose at most 1,000 people at a time',
  notYourStaff: 'not one of your staff',
  sessionGone: 'the session is over, cancelled or not there',
  noVru: 'their account is not linked to a VRU',
  otherVru: "it is for another VRU's staff",
  otherOrganisations: 'it is for particular organisations only',
  otherJobRoles: 'it is only for these job roles: {{roles}}',
  // the register
  mark: 'Choose attended, partly, absent or cancelled late',
  name: 'Enter their name',
  nameTooLong: 'Keep the name to 120 characters',
  email: 'Enter their work email',
  emailTooLong: 'Enter an email address of at most 254 characters',
  emailForm: 'Enter a work email like name@school.org.uk',
  sessionCancelledRegister: 'This session was cancelled, so it has no register.',
  registerNotOpen: 'The register opens an hour before the session starts.',
  addressRefused:
    'This address cannot be added to this register. Check it, or use the address they use for work here.',
  whereTheyWork: 'Choose where they work: they are new to Upstream, so an account is made for them',
  alreadyOnRegister: '{{name}} is already on this register',
  // the register as CSV
  fileTooLarge:
    'The file is larger than 300 KB, far more than a register: check it is the right file',
  noFile: 'Choose a CSV file of the register, or paste it below',
  headingTwice: 'The heading “{{heading}}” is in the first row twice: keep one',
  headings:
    'The first row must be the headings email and attendance (name is optional), as in the downloaded register, or in Welsh e-bost and presenoldeb (enw is optional)',
  mixedHeadings:
    'The first row mixes English and Welsh headings: use email and attendance (name is optional), or e-bost and presenoldeb (enw is optional)',
  emptyFile:
    'The file has nobody in it. Put the headings email and attendance in the first row, then one person on each row.',
  tooManyRows: 'The file has {{count}} rows; a register takes {{max}} at most.',
  rowEmail: 'Enter their email: people are found on the register by email',
  rowNotBooked:
    '{{email}} is not booked on this session. Check the address, or add them as a walk-in on the register page and send the file again',
  rowRepeated: 'The same email address is on line {{line}}',
  rowMark:
    '“{{mark}}” is not a mark: write attended, partly attended, absent or cancelled late (or leave it empty)',
  oneRowWrong:
    'One row of the file is wrong, so nothing has been recorded yet. Correct it and send the file again.',
  rowsWrong:
    '{{count}} rows of the file are wrong, so nothing has been recorded yet. Correct them and send the file again.',
} as const
