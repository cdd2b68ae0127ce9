/**
 * `npm run modules:import`: checks every pack in modules/ and loads each changed one as a new
 * published version. Exits 1 when any pack was refused, naming the file and the problem. A new
 * database is migrated first (with the 20 units), so the command works before `npm start` has.
 */
import { db, migrateDatabase, seedReferenceData } from '#app/db.server.ts'

migrateDatabase(db)
seedReferenceData(db)
// Imported once migrated: the packs module prepares statements when loaded, which needs tables.
const { describeImport, fillFilmLengths, importPacks } =
  await import('#app/learning/packs.server.ts')
const reports = importPacks()
for (const line of describeImport(reports)) console.log(line)
for (const problem of fillFilmLengths()) console.log(`! ${problem.file}: ${problem.message}`)
if (reports.some((r) => r.status === 'refused')) process.exitCode = 1
