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
