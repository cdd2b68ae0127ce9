/**
 * Fixed words of the reports that reach people through `t()` from a variable (a note picked by
 * table, a disclosure marker): here so the catalogue reader finds them (tests/i18n/catalogue.ts).
 */

/** Disclosure control's words, in every table, CSV and PDF (disclosure.server.ts). */
export const DISCLOSURE_LABELS = {
  fewerThan5: 'fewer than 5',
  otherGroups: 'Other groups (not named)',
}

/** The national view's name (reportScopeFor in app/auth/permissions.server.ts). */
export const SCOPE_LABELS = {
  national: 'All Violence Reduction Units',
}

/** Under the board summary (report-export.server.ts SUMMARY_NOTE). */
export const SUMMARY_LABELS = {
  note: 'Professionals upskilled: different people with at least one completion in the period. Each person counts once in a period, so the quarters can add up to more than the year. Figures about 1 to 4 people are withheld, and groups that small are not named. Reach of classroom packs counts schools and the class sizes teachers reported, not people, so none of it is withheld.',
}

const IN_DATE_NOTE =
  'As at today, whatever the period: staff assigned a module that expires, and how many are in date on every such module (renewal due still counts as in date). A group is named only when its staff, those in date and those not are each none or at least 5.'

/** A sentence under a table's heading on how it is counted, by table id. */
export const TABLE_NOTES: Record<string, string> = {
  evaluation:
    'Evaluation counts people in groups of five as they complete, so its figures move in steps of five.',
  'in-date-by-organisation-type': IN_DATE_NOTE,
  'in-date-by-area': IN_DATE_NOTE,
  'by-delivery':
    'Modules finished online, and live workshops and webinars as their attendance registers record them. A person trained both ways counts in each row, and once in the headline.',
  'reach-by-quarter':
    'A school counts once in each quarter it taught in, so the quarters can add up to more schools than the period.',
  'reach-by-month':
    'A school counts once in each month it taught in, so the months can add up to more schools than the period.',
  'reach-share':
    'Schools now: the unit’s active primary, secondary and special schools, alternative provision and colleges today. Schools that used a pack: those of that type when they taught it, in the financial year the period ends in.',
}

/** The period form's errors (report-request.server.ts), shown through `t()` by the form. */
export const PERIOD_ERRORS = {
  year: 'Enter the year the financial year starts in, like 2026',
  yearFrom: 'Enter a year from 2000',
  yearBefore: 'Enter a year before 2100',
  quarter: 'Choose a quarter',
  month: 'Choose a month',
  monthFormat: 'Enter the month like 2026-04',
  from: 'Enter the first month',
  fromFormat: 'Enter the first month like 2026-04: custom ranges are whole months',
  to: 'Enter the last month',
  toFormat: 'Enter the last month like 2027-03: custom ranges are whole months',
  order: 'The last month must be the first month or after it',
  /** MOST_MONTHS in report-request.server.ts */
  tooLong: 'Choose at most 36 months',
  kind: 'Choose a kind of period',
}
