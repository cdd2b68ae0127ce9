import { openDatabase, migrateDatabase, databasePath } from './client.ts'
import { seedDemoData, seedReferenceData } from './seed.ts'

// Run by `npm start` and `npm run dev`: migrate, then load reference and demo data into an empty
// database. `--demo` (npm run db:seed) loads the demo data even where DEMO_DATA=false.
const { db, sqlite } = openDatabase()
migrateDatabase(db)
if (seedReferenceData(db)) console.log('Loaded the 20 Violence Reduction Units.')
const wantDemo = process.argv.includes('--demo') || process.env.DEMO_DATA !== 'false'
if (wantDemo && (await seedDemoData(db))) {
  console.log('Loaded demo organisations and accounts (password upstream-demo-2026).')
}
sqlite.close()
console.log(`Database ready at ${databasePath()}`)
