import { beforeAll, expect, test } from 'vitest'
import { seedDemoInDate } from '#app/cli/demo/in-date.ts'
import { trainingInDate } from '#app/learning/in-date.server.ts'
import { importPacks } from '#app/learning/packs.server.ts'
import { staffCompliance, staffInDate } from '#app/organisations/compliance.server.ts'
import { londonDay } from '#app/utils/uk-dates.ts'
import { DEMO, userRow } from './helpers.ts'

beforeAll(() => {
  expect(importPacks().filter((r) => r.status === 'refused')).toEqual([])
})

test('the demo shows the school lead every point of staying in date, and its teacher and nurse a renewal', () => {
  // the demo's dates count back from now, so any day of the year shows the same
  const now = Date.now()
  expect(seedDemoInDate(now)).toBe(true)
  expect(seedDemoInDate(now)).toBe(false)
  const rows = staffCompliance(userRow(DEMO.schoolLead).organisationId!, now).filter(
    (r) => r.module === 'Safeguarding in schools: induction (England)',
  )
  expect(new Set(rows.map((r) => r.status))).toEqual(
    new Set(['in-date', 'renewal-due', 'expired', 'not-started']),
  )
  // of ten staff: five in date (two of them due to renew, one renewed by the refresher), three
  // expired, and two never done (the lead among them): enough of each for the VRU's figure
  expect(staffInDate(rows)).toEqual({ inDate: 5, of: 10 })
  const today = londonDay(now)
  expect(trainingInDate(userRow(DEMO.merseysideTeacher).id, today)).toMatchObject([
    { status: 'renewal_due', renewWith: { slug: 'safeguarding-refresher-england' } },
  ])
  expect(trainingInDate(userRow(DEMO.walesNurse).id, today)).toMatchObject([
    { slug: 'keeping-learners-safe-wales', status: 'renewal_due' },
  ])
})
