/**
 * The tables of a report, built from counted figures and released through disclosure control
 * (disclosure.server.ts): the breakdowns, completions by month, evaluation and the units side by
 * side. report-counting.server.ts decides which figures go in.
 */
import { sqlite } from '#app/db.server.ts'
import { type I18n, type Language } from '#app/i18n/i18n.ts'
import { type ContentText } from '#app/i18n/content.ts'
import { type CustomFigures } from './custom-range/figures.server.ts'
import {
  discloseGroups,
  discloseInDate,
  discloseMonths,
  type discloseRanking,
  type InDateFigures,
  type ModuleEvaluation,
} from './disclosure.server.ts'
import { monthName, monthsIn, periodKey, type Period } from './periods.ts'
import { monthTotalsFor, unitTotalsFor } from './summary/read.server.ts'
import { type GroupFigures, type ReportTable } from './types.ts'

/** A group key's label, when the key is one of a known list; otherwise the fallback or the key. */
export const labelIn =
  <K extends string>(keys: readonly K[], labels: Record<K, string>, fallback?: string) =>
  (key: string) =>
    keys.includes(key as K) ? labels[key as K] : (fallback ?? key)

const oneDecimal = (n: number) => Math.round(n * 10) / 10

const namesOf = (sql: string) => sqlite.prepare<{ ids: string }, { id: number; name: string }>(sql)
export const organisationNames = namesOf(
  `select id, name from organisations where id in (select value from json_each(:ids))`,
)
export const areaNames = namesOf(
  `select id, name from areas where id in (select value from json_each(:ids))`,
)
export const courseNames = namesOf(
  `select id, title as name from courses where id in (select value from json_each(:ids))`,
)

export function names(statement: typeof organisationNames, rows: { groupKey: string }[]) {
  const ids = JSON.stringify(rows.map((r) => Number(r.groupKey)))
  return new Map(statement.all({ ids }).map((r) => [String(r.id), r.name]))
}

/**
 * The people columns of a breakdown as released (disclosure.server.ts): groups of 5 or more
 * named, the largest first (`limit`: only that many, for a page), then one unnamed row for the
 * rest. `partition`: the headline's people, when each person is in one group only. `groups`:
 * every group, or a ranking already released (discloseRanking) where there are too many to read.
 */
export function breakdown(
  id: string,
  title: string,
  heading: string,
  groups: GroupFigures[] | ReturnType<typeof discloseRanking<GroupFigures>>,
  label: (named: GroupFigures[]) => (key: string) => string,
  options: {
    order?: readonly string[]
    href?: (key: string) => string
    partition?: number
    limit?: number
    other?: string
    /** the language of a group's label, where it is content (a module's title) */
    langOf?: (key: string) => Language | undefined
  },
  { t }: I18n,
): ReportTable {
  const { named, namedCount, other } = Array.isArray(groups)
    ? discloseGroups(groups, options.partition)
    : groups
  const shown = options.limit ? named.slice(0, options.limit) : named
  if (options.order) {
    const order = options.order
    shown.sort((a, b) => order.indexOf(a.groupKey) - order.indexOf(b.groupKey))
  }
  const labelOf = label(shown)
  const rows: ReportTable['rows'] = shown.map((r) => ({
    label: labelOf(r.groupKey),
    href: options.href?.(r.groupKey),
    lang: options.langOf?.(r.groupKey),
    cells: [r.people, r.completions],
  }))
  if (other)
    rows.push({
      label: options.other ?? t('Other groups (not named)'),
      cells: [other.people, other.completions],
    })
  return {
    id,
    title,
    columns: [heading, t('Professionals upskilled'), t('Completions')],
    total: namedCount + (other ? 1 : 0),
    rows,
    chart: 0,
  }
}

/** A share as a whole percentage, when both its parts may be released. */
export const shareOf = (part: number | null, whole: number | null) =>
  part === null || !whole ? null : `${Math.round((100 * part) / whole)}%`

/**
 * Staff in date on required training by a grouping, as released (discloseInDate): the named
 * groups, the unnamed rest, and every group together.
 */
export function inDateTable(
  id: string,
  title: string,
  heading: string,
  groups: InDateFigures[],
  label: (key: string) => string,
  { t }: I18n,
): ReportTable {
  const { named, other, total } = discloseInDate(groups)
  const row = (rowLabel: string, f: { staff: number | null; inDate: number | null }) => ({
    label: rowLabel,
    cells: [f.staff, f.inDate, shareOf(f.inDate, f.staff)],
  })
  return {
    id,
    title,
    columns: [
      heading,
      t('Staff with required training that expires'),
      t('In date'),
      t('Share in date'),
    ],
    rows:
      total.staff === 0
        ? []
        : [
            ...named.map((g) => row(label(g.groupKey), g)),
            ...(other ? [row(t('Other groups (not named)'), other)] : []),
            row(t('All staff'), total),
          ],
    empty: t('No one here is assigned training that expires.'),
  }
}

export function evaluationTable(
  evaluation: ModuleEvaluation[],
  titles: (ids: number[]) => Map<string, ContentText>,
  { t }: I18n,
): ReportTable {
  const named = titles(evaluation.map((m) => m.moduleId))
  return {
    id: 'evaluation',
    title: t('Evaluation by module'),
    columns: [
      t('Module'),
      t('Matched before and after ratings'),
      t('Mean rating before (1 to 5)'),
      t('Mean rating after (1 to 5)'),
      t('Mean change'),
      t('Knowledge checks passed at the first attempt'),
    ],
    rows: evaluation
      .sort((a, b) => b.pairs - a.pairs || b.checked - a.checked || a.moduleId - b.moduleId)
      .map((m) => {
        const rated = m.pairs > 0 && m.meanBefore !== null && m.meanAfter !== null
        const title = named.get(String(m.moduleId))
        return {
          label: title?.text ?? t('Module {{id}}', { id: m.moduleId }),
          lang: title?.language,
          cells: [
            rated ? m.pairs : null,
            rated ? oneDecimal(m.meanBefore!) : null,
            rated ? oneDecimal(m.meanAfter!) : null,
            rated ? oneDecimal(m.meanAfter! - m.meanBefore!) : null,
            m.checked === 0
              ? null
              : m.checksAttempted > 0
                ? `${Math.round((100 * m.checksPassedFirstTime) / m.checksAttempted)}%`
                : t('no checks'),
          ],
        }
      }),
  }
}

/** `counted`: custom dates' months, counted with the rest (the summary holds whole months). */
export function monthsTable(
  vruId: number,
  period: Period,
  counted: CustomFigures['months'] | undefined,
  i18n: I18n,
): ReportTable {
  const { t } = i18n
  const months = monthsIn(period)
  let figures: { people: number; completions: number }[]
  if (counted) {
    figures = counted
  } else {
    const keys = months.map((m) => periodKey({ kind: 'month', ...m })!)
    const found = new Map(monthTotalsFor(vruId, keys).map((r) => [r.period, r]))
    figures = keys.map((k) => found.get(k) ?? { people: 0, completions: 0 })
  }
  const released = discloseMonths(figures)
  return {
    id: 'by-month',
    title: t('Completions by month'),
    columns: [t('Month'), t('Completions'), t('Professionals upskilled that month')],
    rows: months.map((m, i) => {
      const f = released[i]
      return {
        label: monthName(m.year, m.month, i18n),
        cells: f ? [f.completions, f.people] : [null, null],
      }
    }),
    chart: 0,
  }
}

const unitNames = sqlite.prepare<[], { id: number; name: string; slug: string }>(
  'select id, name, slug from vrus order by name',
)

/**
 * Every unit side by side, for administrators (`counted`: over custom dates), under the same
 * rules as any breakdown: a unit of 1 to 4 people is not named.
 */
export function unitsTable(
  period: Period,
  partition: number,
  counted: CustomFigures['units'] | undefined,
  i18n: I18n,
): ReportTable {
  const { t } = i18n
  const figures = counted ?? unitTotalsFor([periodKey(period)!])
  const units = new Map(unitNames.all().map((u) => [String(u.id), u.name]))
  const table = breakdown(
    'units',
    t('Units side by side'),
    t('Violence Reduction Unit'),
    figures
      .filter((f) => f.completions > 0)
      .map((f) => ({ groupKey: String(f.vruId), people: f.people, completions: f.completions })),
    () => (k) => units.get(k) ?? t('Unit {{id}}', { id: k }),
    {
      href: (k) => `/reports?unit=${k}`,
      partition,
      other: t('Other units (not named)'),
    },
    i18n,
  )
  return { ...table, total: undefined }
}
