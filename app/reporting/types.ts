import { type Language } from '#app/i18n/i18n.ts'

/**
 * The shapes reporting's modules pass between them, here so that none imports another for a
 * type (the counting, the summary, the custom-range worker and the exports all use them).
 */

/** The vruId that stands for every unit together. */
export const NATIONAL = 0

/** The fewest people a released figure may describe (disclosure.server.ts). */
export const SMALL_GROUP = 5

/** Which unit a report covers (or NATIONAL), and its name on the page. */
export type ReportScope = { vruId: number; name: string }

/** A cell: a number, text, or null for a group too small to show. */
export type Cell = number | string | null

export type ReportTable = {
  id: string
  title: string
  columns: string[]
  /** `lang`: a label that is content in another language than the table's (a module's title) */
  rows: { label: string; href?: string; lang?: Language; cells: Cell[] }[]
  /** the cell charted beside the table */
  chart?: number
  /** how many rows the full table has when the page shows only the largest */
  total?: number /** what the page says when the table has no rows */
  empty?: string
}

/** What a breakdown shows of a group. */
export type GroupFigures = { groupKey: string; people: number; completions: number }

/**
 * A breakdown too long to read whole for a page (a national period's 30,000 organisations), as
 * its ranking (disclosure.server.ts discloseRanking): the largest groups that may be named (5
 * or more people, largest first, as many as the page lists), how many may be named and their
 * people, the sums of the groups too small to name, and the k-th smallest that may be named.
 */
export type Ranking<T extends GroupFigures> = {
  largest: T[]
  named: { count: number; people: number }
  folded: { people: number; completions: number }
  smallest: (k: number) => T
}

/** The most people first, then the most completions, then by key. */
export function byPeople(a: GroupFigures, b: GroupFigures) {
  return (
    b.people - a.people ||
    b.completions - a.completions ||
    (a.groupKey < b.groupKey ? -1 : a.groupKey > b.groupKey ? 1 : 0)
  )
}

/** Headline figures as released: null where they would describe 1 to 4 people. */
export type ReleasedHeadline = {
  upskilled: number | null
  completions: number | null
  inProgress: number | null
  overdue: number | null
  /** the share of staff in date on required training today ("82%"), whatever the period */
  staffInDate: string | null
}

/**
 * Reach of the classroom packs (reach.server.ts): schools and class sizes, never people, so
 * outside disclosure control. `notYetUsed`: each pack's schools that never taught it, as many as
 * the page lists (null nationally: counts only).
 */
export type ReachReport = {
  tables: ReportTable[]
  notYetUsed: {
    moduleId: string
    title: string
    /** the title's language, where it is content in another than the page's */
    lang?: Language
    count: number
    schools: { id: number; name: string; type: string; area: string }[] | null
  }[]
}

/**
 * A report as released: every figure about people has been through disclosure control; `reach`
 * (null when not asked for) counts schools and pupils' classes.
 */
export type Report = {
  scopeName: string
  periodLabel: string
  headline: ReleasedHeadline
  tables: ReportTable[]
  units: ReportTable | null
  reach?: ReachReport | null
}

/**
 * `limit`: list only the largest named groups of each breakdown (a page; the CSV lists all).
 * `only`: the one table a CSV needs (with the headline); the others are not built.
 * `language`: the reader's, for the tables' words (English when not given).
 */
export type ReportOptions = { now?: number; limit?: number; only?: string; language?: Language }
