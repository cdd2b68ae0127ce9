import { beforeAll, expect, test } from 'vitest'
import { seedDemoActivity } from '#app/cli/demo/activity.ts'
import { sqlite } from '#app/db.server.ts'
import { importPacks } from '#app/learning/packs.server.ts'
import { currentFinancialYear, periodRange } from '#app/reporting/periods.ts'
import { buildReport, exactHeadline } from '#app/reporting/report-counting.server.ts'
import { vruId } from './helpers.ts'

beforeAll(() => {
  expect(importPacks().filter((r) => r.status === 'refused')).toEqual([])
})

test(
  "the demo's past workshop shows a VRU lead live figures this financial year, once",
  { timeout: 120_000 },
  async () => {
    const now = new Date()
    // as app/cli/setup.ts makes the demo
    expect(seedDemoActivity(now)).toEqual({
      learning: true,
      inDate: true,
      live: true,
      deliveries: true,
    })
    expect(seedDemoActivity(now)).toEqual({
      learning: false,
      inDate: false,
      live: false,
      deliveries: false,
    })
    const merseyside = { vruId: vruId('merseyside'), name: 'Merseyside' }
    const year = currentFinancialYear(now.getTime())
    const report = await buildReport(merseyside, year, { now: now.getTime() })
    // each person who completed anything this year counts once: the lead's headline
    const { start, end } = periodRange(year)
    const people = sqlite
      .prepare<[number, number, number], { n: number }>(
        `select count(distinct user_id) as n from completions
         where vru_id = ? and completed_at >= ? and completed_at < ?`,
      )
      .get(merseyside.vruId, start, end)!.n
    expect(people).toBeGreaterThan(8)
    expect((await exactHeadline(merseyside, year, now.getTime())).upskilled).toBe(people)
    const delivery = report.tables.find((t) => t.id === 'by-delivery')!
    // the Riverside staff who attended: a number, not "fewer than 5"
    expect(delivery.rows.find((r) => r.label === 'Live in person')?.cells).toEqual([8, 8])
    expect(report.tables.find((t) => t.id === 'by-course')!.rows).toEqual([
      { label: 'Responding to distress: a trauma-informed workshop', cells: [8, 8] },
    ])
  },
)
