import { describe, expect, test } from 'vitest'
import {
  addMonths,
  inDateStatus,
  validityProblems,
  validUntil,
  type Validity,
} from '#app/learning/validity.ts'
import { londonDay } from '#app/utils/uk-dates.ts'

const yearly: Validity = { kind: 'yearly', month: 8, day: 31, windowDays: 60 }
const rolling: Validity = { kind: 'rolling', months: 12, windowDays: 60 }

describe('how long a completion keeps someone in date', () => {
  test('a module without validity never expires', () => {
    expect(validUntil('2026-09-10', { kind: 'none' })).toBeNull()
  })

  test('rolling: twelve months from the day, a day the later month lacks becoming its last', () => {
    expect(validUntil('2026-09-10', rolling)).toBe('2027-09-10')
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29')
    expect(validUntil('2028-02-29', rolling)).toBe('2029-02-28')
  })

  test('the UK day counts: 23:59 on 31 August in summer time is still 31 August', () => {
    const lateEvening = Date.UTC(2026, 7, 31, 22, 59) // 23:59 BST
    expect(londonDay(lateEvening)).toBe('2026-08-31')
    expect(validUntil(londonDay(lateEvening), rolling)).toBe('2027-08-31')
    // a minute later it is 1 September in the UK, though still 31 August in UTC
    expect(londonDay(lateEvening + 60_000)).toBe('2026-09-01')
  })

  test('yearly: until the next 31 August; inside the window before it, the one after', () => {
    expect(validUntil('2026-09-01', yearly)).toBe('2027-08-31')
    expect(validUntil('2027-06-01', yearly)).toBe('2027-08-31')
    // the window for 31 August 2027 opens on 2 July (60 days before)
    expect(validUntil('2027-07-01', yearly)).toBe('2027-08-31')
    expect(validUntil('2027-07-02', yearly)).toBe('2028-08-31')
    expect(validUntil('2027-08-31', yearly)).toBe('2028-08-31')
  })

  test('renewing early in the window extends from the old expiry, not from the day', () => {
    expect(validUntil('2027-08-01', rolling, '2027-09-10')).toBe('2028-09-10')
    expect(validUntil('2027-07-12', rolling, '2027-09-10')).toBe('2028-09-10')
    expect(validUntil('2027-08-01', yearly, '2027-08-31')).toBe('2028-08-31')
  })

  test('renewing after it lapsed runs from the day of renewal', () => {
    expect(validUntil('2027-10-01', rolling, '2027-09-10')).toBe('2028-10-01')
    expect(validUntil('2027-10-01', yearly, '2027-08-31')).toBe('2028-08-31')
  })

  test('a completion before the window never shortens what someone had', () => {
    expect(
      validUntil('2026-10-01', { kind: 'rolling', months: 6, windowDays: 30 }, '2027-09-10'),
    ).toBe('2027-09-10')
  })
})

describe('where someone stands on a day', () => {
  test('in date, then renewal due from the window, then expired the day after', () => {
    expect(inDateStatus('2027-08-31', '2027-07-01', 60)).toBe('in_date')
    expect(inDateStatus('2027-08-31', '2027-07-02', 60)).toBe('renewal_due')
    expect(inDateStatus('2027-08-31', '2027-08-31', 60)).toBe('renewal_due')
    expect(inDateStatus('2027-08-31', '2027-09-01', 60)).toBe('expired')
  })
})

describe('a validity a trainer or pack sets', () => {
  test('sensible ones have no problems', () => {
    expect(validityProblems(rolling)).toEqual([])
    expect(validityProblems(yearly)).toEqual([])
    expect(validityProblems({ kind: 'none' })).toEqual([])
  })

  test('zero months, a window as long as the validity, 30 and 29 February are refused by field', () => {
    expect(validityProblems({ kind: 'rolling', months: 0, windowDays: 0 })).toEqual([
      { field: 'months', message: 'Training must stay in date for at least 1 month.' },
    ])
    expect(validityProblems({ kind: 'rolling', months: 1, windowDays: 28 })[0]?.field).toBe(
      'windowDays',
    )
    expect(validityProblems({ kind: 'rolling', months: 12, windowDays: -1 })[0]?.field).toBe(
      'windowDays',
    )
    expect(validityProblems({ kind: 'yearly', month: 2, day: 30, windowDays: 60 })[0]?.field).toBe(
      'date',
    )
    expect(validityProblems({ kind: 'yearly', month: 2, day: 29, windowDays: 60 })[0]?.field).toBe(
      'date',
    )
    expect(validityProblems({ kind: 'yearly', month: 8, day: 31, windowDays: 400 })[0]?.field).toBe(
      'windowDays',
    )
  })
})
