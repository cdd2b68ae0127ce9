import { beforeAll, expect, test } from 'vitest'
import { seedDemoInDate } from '#app/cli/demo/in-date.ts'
import { seedDemoLearning } from '#app/cli/demo/learning.ts'
import { seedDemoLiveTraining } from '#app/cli/demo/live-training.ts'
import { db, reportTotals } from '#app/db.server.ts'
import { importPacks } from '#app/learning/packs.server.ts'
import { currentFinancialYear } from '#app/reporting/periods.ts'
import { buildReport } from '#app/reporting/report-counting.server.ts'
import { rebuildReportTotals } from '#app/reporting/summary/totals.server.ts'
import { vruId } from './helpers.ts'

beforeAll(() => {
  expect(importPacks().filter((r) => r.status === 'refused')).toEqual([])
})

/** The summary's rows of live attendance: by course, and live in person. */
const liveRows = () =>
  db
    .select()
    .from(reportTotals)
    .all()
    .filter((r) => r.dimension === 'course' || r.groupKey === 'live_in_person')
    .map((r) => JSON.stringify(r))
    .sort()

test(
  "the demo's past workshop shows a VRU lead live figures this financial year, once",
  { timeout: 120_000 },
  async () => {
    const now = new Date()
    // as app/cli/setup.ts makes the demo, in its order
    expect(seedDemoLearning(now.getTime())).toBe(true)
    expect(seedDemoInDate(now.getTime())).toBe(true)
    expect(seedDemoLiveTraining(now)).toBe(true)
    expect(seedDemoLiveTraining(now)).toBe(false)
    const report = await buildReport(
      { vruId: vruId('merseyside'), name: 'Merseyside' },
      currentFinancialYear(now.getTime()),
      { now: now.getTime() },
    )
    const delivery = report.tables.find((t) => t.id === 'by-delivery')!
    // the Riverside staff who attended: a number, not "fewer than 5"
    expect(delivery.rows.find((r) => r.label === 'Live in person')?.cells).toEqual([8, 8])
    expect(report.tables.find((t) => t.id === 'by-course')!.rows).toEqual([
      { label: 'Responding to distress: a trauma-informed workshop', cells: [8, 8] },
    ])
    // counted after the Riverside staff's modules, in time order as the summary needs: a
    // rebuild gives the same live figures
    const counted = liveRows()
    expect(counted.length).toBeGreaterThan(0)
    rebuildReportTotals()
    expect(liveRows()).toEqual(counted)
  },
)
