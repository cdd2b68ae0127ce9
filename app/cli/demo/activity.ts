import { rebuildReportTotals } from '#app/reporting/summary/totals.server.ts'
import { seedDemoDeliveries } from './deliveries.ts'
import { seedDemoInDate } from './in-date.ts'
import { seedDemoLearning } from './learning.ts'
import { seedDemoLiveTraining } from './live-training.ts'

/**
 * The demo's learning, its staff keeping training in date and its live training, as setup makes
 * them (each only once). The staff in date finished modules before the demo learners did, but
 * are written after them, while the summary counts each person's completions in time order; so
 * where anything was written, the summary is counted again from the completions.
 */
export function seedDemoActivity(now = new Date()) {
  const learning = seedDemoLearning(now.getTime())
  const inDate = seedDemoInDate(now.getTime())
  const live = seedDemoLiveTraining(now)
  if (learning || inDate || live) rebuildReportTotals()
  // after the learning, whose staff teach the classes
  const deliveries = seedDemoDeliveries(now)
  return { learning, inDate, live, deliveries }
}
