/**
 * `npm run modules:import`: checks every pack in modules/ and loads each changed one as a new
 * published version. Exits 1 when any pack was refused, naming the file and the problem.
 */
import { describeImport, fillFilmLengths, importPacks } from '#app/learning/packs.server.ts'

const reports = importPacks()
for (const line of describeImport(reports)) console.log(line)
for (const problem of fillFilmLengths()) console.log(`! ${problem.file}: ${problem.message}`)
if (reports.some((r) => r.status === 'refused')) process.exitCode = 1
