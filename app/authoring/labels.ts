/** The studio's fixed labels, here so the Welsh catalogue's reader finds them (see tests/i18n). */

/** How a lesson differs between two versions of a module. */
export const CHANGE_LABELS = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  moved: 'Moved',
} as const

/** The messages of a module's 'Staying in date' fields. */
export const STAYING_IN_DATE_MESSAGES = {
  months: 'Enter a number of months',
  dayMonth: 'Enter a day and month, like 31 August',
  days: 'Enter a number of days',
  refresher: 'Choose a module from the list',
  date: 'Enter a date, like 31/10/2027',
  reasonLength: 'Keep the reason to 500 characters',
  windowWhole: 'Enter the renewal window as a whole number of days',
  monthsLike: 'Enter how many months it stays in date, like 12',
  realDate: 'Enter a date that exists, like 31/10/2027',
  notPast: 'The date to take it again by must be today or later',
  reason: 'Say why everyone must take it again: learners see this',
  ownRefresher: 'A module cannot be its own refresher: choose a shorter module',
  circle: 'That module is renewed by this one, so neither could be taken first: choose another',
} as const
