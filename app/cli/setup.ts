import { databasePath, db, migrateDatabase, seedReferenceData } from '#app/db.server.ts'
import { seedDemoAssignments, seedDemoData } from './demo/accounts.ts'

// Run by `npm start` and `npm run dev`: migrate, load reference and demo data into an empty
// database, then load the module packs that changed. `--demo` (npm run db:seed) loads the demo
// data even where DEMO_DATA=false.
migrateDatabase(db)
if (seedReferenceData(db)) console.log('Loaded the 20 Violence Reduction Units.')
const wantDemo = process.argv.includes('--demo') || process.env.DEMO_DATA !== 'false'
if (wantDemo && (await seedDemoData())) {
  console.log('Loaded demo organisations and accounts (password upstream-demo-2026).')
}

// Imported once migrated: some app modules prepare statements when loaded, which needs the tables.
const { describeImport, fillFilmLengths, importPacks } =
  await import('#app/learning/packs.server.ts')
const reports = importPacks()
for (const line of describeImport(reports)) console.log(line)
for (const problem of fillFilmLengths()) console.log(`! ${problem.file}: ${problem.message}`)
if (wantDemo) {
  if (seedDemoAssignments()) console.log('Assigned a demo module to the demo teacher.')
  const { seedDemoActivity } = await import('./demo/activity.ts')
  const seeded = seedDemoActivity()
  if (seeded.learning) console.log('Demo staff finished modules this financial year.')
  if (seeded.inDate) console.log('Demo school staff keep safeguarding training in date.')
  if (seeded.live) console.log('Demo live training: a workshop and a webinar booked.')
  if (seeded.deliveries) console.log('Demo schools taught To the Edge and Mia’s Story to classes.')
}
// Closed evaluation batches from before they were summed by month are summed once, before any
// batch closes here.
const { batchUnbatched, fillEvaluationSpans } = await import('#app/reporting/disclosure.server.ts')
if (fillEvaluationSpans() > 0) console.log('Summed the evaluation batches by month.')
// A database with completions from before the report summary existed gets it built once.
const { rebuildReportTotals, reportTotalsMissing } =
  await import('#app/reporting/summary/totals.server.ts')
if (reportTotalsMissing()) {
  rebuildReportTotals()
  console.log('Built the report summary from the completions.')
}
// Completions from before evaluation batches existed join them once, in the order they came.
const batched = batchUnbatched()
if (batched > 0) console.log(`Put ${batched} completions into evaluation batches of five.`)
console.log(`Database ready at ${databasePath()}`)
