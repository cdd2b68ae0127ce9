/**
 * The worker thread that builds reports over custom dates (custom-dates.server.ts starts it).
 * It opens its own connection to the database through the same modules as the server, and reads
 * every completion into memory as soon as it starts.
 */
import { parentPort } from 'node:worker_threads'
import { sqlite } from '#app/db.server.ts'
import { loadCompletionFacts } from './completion-facts.server.ts'
import { buildReport } from './reports.server.ts'

// Reading in the completions goes through the whole file: mapped into memory it is read without
// a system call a page. Only this connection, which only reads, maps the file; SQLite caps the
// size at its build's limit.
sqlite.pragma('mmap_size = 2147418112')
loadCompletionFacts()

type Request = { id: number; args: Parameters<typeof buildReport> }

parentPort?.on('message', ({ id, args }: Request) => {
  try {
    parentPort?.postMessage({ id, report: buildReport(...args) })
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
