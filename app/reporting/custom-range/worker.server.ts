/**
 * The worker thread that builds reports over custom dates (off-thread.server.ts starts it).
 * It opens its own connection to the database through the same modules as the server, and reads
 * every completion into memory as soon as it starts.
 */
import { parentPort } from 'node:worker_threads'
import { buildReport } from '../report-counting.server.ts'
import { loadCompletionFacts } from './facts.server.ts'

loadCompletionFacts()

type Message = { id: number; args: Parameters<typeof buildReport> }

parentPort?.on('message', ({ id, args }: Message) => {
  try {
    parentPort?.postMessage({ id, report: buildReport(...args) })
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
