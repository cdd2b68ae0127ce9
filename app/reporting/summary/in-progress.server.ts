/** The report summary's people in progress, kept as modules are started and completed. */
import { sqlite } from '#app/db.server.ts'
import { periodKeysAt } from '../periods.ts'
import { NATIONAL } from '../types.ts'
import { emptyTotals, scopesOf, upsert } from './tally.server.ts'

/**
 * People in progress: people who started a module in the period and have not finished it yet.
 * Kept in the summary as dimension 'in_progress' (group ''), people only, each person once per
 * unit and period however many modules they have open. A start time never changes, so a start
 * adds and a completion takes away, and no heartbeat has to touch the summary.
 */
const IN_PROGRESS = 'in_progress'
const enrolmentById = sqlite.prepare<
  [number],
  { userId: string; vruId: number | null; startedAt: number }
>('select user_id as userId, vru_id as vruId, started_at as startedAt from enrolments where id = ?')
const otherOpenEnrolmentsOf = sqlite.prepare<
  [string, number],
  { vruId: number | null; startedAt: number }
>(`select vru_id as vruId, started_at as startedAt from enrolments
   where user_id = ? and completed_at is null and id <> ?`)

/** A person counts in a unit's period while any module they started in it is unfinished. */
export function changeInProgress(enrolmentId: number, change: 1 | -1) {
  const enrolment = enrolmentById.get(enrolmentId)
  if (!enrolment) return
  const others = otherOpenEnrolmentsOf
    .all(enrolment.userId, enrolmentId)
    .map((e) => ({ vruId: e.vruId, periods: periodKeysAt(e.startedAt) }))
  const periods = periodKeysAt(enrolment.startedAt)
  for (const scope of scopesOf(enrolment.vruId)) {
    periods.forEach((period, k) => {
      const counted = others.some(
        (e) => e.periods[k] === period && (scope === NATIONAL || e.vruId === scope),
      )
      if (counted) return
      upsert.run({ ...inProgressRow(scope, period), people: change })
    })
  }
}

const inProgressRow = (vruId: number, period: string) => ({
  ...emptyTotals(),
  vruId,
  period,
  dimension: IN_PROGRESS,
  groupKey: '',
})

/** Counts a new enrolment as in progress. Call inside the transaction that writes it. */
export function countStart(enrolmentId: number) {
  changeInProgress(enrolmentId, 1)
}

/** Every unit's and the nation's people in progress per period, from the open enrolments. */
export function inProgressRows() {
  const people = new Map<string, number>()
  const open = sqlite
    .prepare<[], { userId: string; vruId: number | null; startedAt: number }>(
      `select user_id as userId, vru_id as vruId, started_at as startedAt from enrolments
       where completed_at is null order by user_id`,
    )
    .iterate()
  let person: string | null = null
  let counted = new Set<string>()
  for (const e of open) {
    if (e.userId !== person) {
      person = e.userId
      counted = new Set()
    }
    for (const period of periodKeysAt(e.startedAt)) {
      for (const scope of scopesOf(e.vruId)) {
        const key = `${scope} ${period}`
        if (counted.has(key)) continue
        counted.add(key)
        people.set(key, (people.get(key) ?? 0) + 1)
      }
    }
  }
  return [...people].map(([key, n]) => {
    const [scope, period] = key.split(' ') as [string, string]
    return { ...inProgressRow(Number(scope), period), people: n }
  })
}
