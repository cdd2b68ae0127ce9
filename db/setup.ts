import { openDatabase, migrateDatabase, databasePath } from './client.ts'
import { seedDemoAssignments, seedDemoData, seedReferenceData } from './seed.ts'

// Run by `npm start` and `npm run dev`: migrate, load reference and demo data into an empty
// database, then load the module packs that changed. `--demo` (npm run db:seed) loads the demo
// data even where DEMO_DATA=false.
const { db, sqlite } = openDatabase()
migrateDatabase(db)
if (seedReferenceData(db)) console.log('Loaded the 20 Violence Reduction Units.')
const wantDemo = process.argv.includes('--demo') || process.env.DEMO_DATA !== 'false'
if (wantDemo && (await seedDemoData(db))) {
  console.log('Loaded demo organisations and accounts (password upstream-demo-2026).')
}
sqlite.close()

// The importer reads and writes through the app's own database module.
const { describeImport, fillFilmLengths, importPacks } =
  await import('../app/learning/packs.server.ts')
const reports = importPacks()
for (const line of describeImport(reports)) console.log(line)
for (const problem of fillFilmLengths()) console.log(`! ${problem.file}: ${problem.message}`)
if (wantDemo) {
  const again = openDatabase()
  if (seedDemoAssignments(again.db)) console.log('Assigned a demo module to the demo teacher.')
  again.sqlite.close()
  const { seedDemoLearning } = await import('../app/learning/demo-learning.server.ts')
  if (seedDemoLearning()) console.log('Demo staff finished modules this financial year.')
}
// A database with completions from before the report summary existed gets it built once.
const { rebuildReportTotals, reportTotalsMissing } =
  await import('../app/reporting/summary/totals.server.ts')
if (reportTotalsMissing()) {
  rebuildReportTotals()
  console.log('Built the report summary from the completions.')
}
// Completions from before evaluation batches existed join them once, in the order they came.
const { batchUnbatched } = await import('../app/reporting/disclosure.server.ts')
const batched = batchUnbatched()
if (batched > 0) console.log(`Put ${batched} completions into evaluation batches of five.`)
console.log(`Database ready at ${databasePath()}`)
