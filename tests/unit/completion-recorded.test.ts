/**
 * Learning tells reporting of each start and completion itself, inside the transaction that
 * writes it (app/reporting/summary/record.server.ts): a module finished through learning moves
 * the report summary at once, with nothing of reporting's counting imported first, and a full
 * rebuild of the summary agrees with what was recorded. Its own financial year, 2008.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { importPacks } from '#app/learning/packs.server.ts'
import { startModule } from '#app/learning/progress.server.ts'
import { periodKey, type Period } from '#app/reporting/periods.ts'
import { totalsFor } from '#app/reporting/summary/read.server.ts'
import { rebuildReportTotals } from '#app/reporting/summary/totals.server.ts'
import { addPerson, finishModule, organisationNamed, sessionUser, vruId } from './helpers.ts'

beforeAll(() => {
  expect(importPacks().filter((r) => r.status === 'refused')).toEqual([])
})

const year: Period = { kind: 'year', year: 2008 }
/** The unit's headline in the summary for 2008, as a standard-period report reads it. */
function summary() {
  const totals = totalsFor(vruId('merseyside'), periodKey(year)!)
  const all = totals.get('all')?.[0]
  return {
    upskilled: all?.people ?? 0,
    completions: all?.completions ?? 0,
    inProgress: totals.get('in_progress')?.[0]?.people ?? 0,
  }
}

describe('a completion recorded by learning', () => {
  test('moves the report summary in the same step, and a rebuild agrees', () => {
    const organisation = organisationNamed('Riverside Academy, Liverpool')
    const user = sessionUser(addPerson(`recorded.${Date.now()}@example.test`, organisation.id))
    const before = summary()

    startModule(user, 'aces-foundations', new Date('2008-06-15T09:00:00Z'))
    expect(summary()).toEqual({ ...before, inProgress: before.inProgress + 1 })

    const { completion } = finishModule(user, 'aces-foundations', new Date('2008-06-15T10:00:00Z'))
    expect(completion).not.toBeNull()
    const after = {
      upskilled: before.upskilled + 1,
      completions: before.completions + 1,
      inProgress: before.inProgress,
    }
    expect(summary()).toEqual(after)

    rebuildReportTotals()
    expect(summary()).toEqual(after)
  })
})
