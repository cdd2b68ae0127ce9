/**
 * What a report request asks for, read from the address: the period, checked with zod. A wrong
 * or missing period falls back to the current financial year, with the errors to show.
 */
import { z } from 'zod'
import { type FieldErrors } from '#app/utils/forms.ts'
import { PERIOD_ERRORS } from './labels.ts'
import { currentFinancialYear, periodParams, type Period } from './periods.ts'
import { NATIONAL } from './types.ts'

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/
/** The longest custom range: longer ones are refused (a board asks for years, not decades); its
 * error says the number (PERIOD_ERRORS.tooLong). */
export const MOST_MONTHS = 36
const monthsFromTo = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
  Number(to.slice(5)) -
  Number(from.slice(5)) +
  1

const FinancialYear = z.coerce
  .number({ error: PERIOD_ERRORS.year })
  .int({ error: PERIOD_ERRORS.year })
  .min(2000, PERIOD_ERRORS.yearFrom)
  .max(2100, PERIOD_ERRORS.yearBefore)

const PeriodSchema = z.discriminatedUnion('period', [
  z.object({
    period: z.literal('year'),
    year: FinancialYear,
  }),
  z.object({
    period: z.literal('quarter'),
    year: FinancialYear,
    quarter: z.coerce.number().int().min(1).max(4, PERIOD_ERRORS.quarter),
  }),
  z.object({
    period: z.literal('month'),
    month: z.string({ error: PERIOD_ERRORS.month }).regex(MONTH, {
      error: PERIOD_ERRORS.monthFormat,
    }),
  }),
  z
    .object({
      period: z.literal('custom'),
      // whole months only, never days: a one-day range would single people out (decision 010)
      from: z.string({ error: PERIOD_ERRORS.from }).regex(MONTH, {
        error: PERIOD_ERRORS.fromFormat,
      }),
      to: z.string({ error: PERIOD_ERRORS.to }).regex(MONTH, {
        error: PERIOD_ERRORS.toFormat,
      }),
    })
    .refine((v) => v.from <= v.to, {
      error: PERIOD_ERRORS.order,
      path: ['to'],
    })
    .refine((v) => monthsFromTo(v.from, v.to) <= MOST_MONTHS, {
      error: PERIOD_ERRORS.tooLong,
      path: ['to'],
    }),
])

/** The period asked for in the address; the current financial year when none or when wrong. */
export function periodFrom(params: URLSearchParams, now = Date.now()) {
  const input = Object.fromEntries([...params].filter(([, v]) => v.trim() !== ''))
  const values = Object.fromEntries(params)
  if (!input.period) return { period: currentFinancialYear(now), errors: {} as FieldErrors, values }
  const parsed = PeriodSchema.safeParse(input)
  if (!parsed.success) {
    const errors: FieldErrors = {}
    for (const issue of parsed.error.issues) {
      errors[String(issue.path[0] ?? 'period')] ??=
        issue.path[0] === 'period' ? PERIOD_ERRORS.kind : issue.message
    }
    return { period: currentFinancialYear(now), errors, values }
  }
  const data = parsed.data
  const period: Period =
    data.period === 'year'
      ? { kind: 'year', year: data.year }
      : data.period === 'quarter'
        ? { kind: 'quarter', year: data.year, quarter: data.quarter as 1 | 2 | 3 | 4 }
        : data.period === 'month'
          ? {
              kind: 'month',
              year: Number(data.month.slice(0, 4)),
              month: Number(data.month.slice(5)),
            }
          : { kind: 'custom', from: data.from, to: data.to }
  return { period, errors: {} as FieldErrors, values }
}

/** The address's query for a report's links: its period, and its unit when one was picked. */
export function reportQuery(period: Period, pickedUnit: number) {
  const query = new URLSearchParams(periodParams(period))
  if (pickedUnit !== NATIONAL) query.set('unit', String(pickedUnit))
  return query.toString()
}
