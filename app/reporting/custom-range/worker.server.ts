/**
 * The worker thread that builds reports over custom dates (off-thread.server.ts starts it).
 * It opens its own connection to the database through the same modules as the server, and reads
 * the custom-dates copy in as soon as it starts (figures.server.ts).
 */
import { parentPort } from 'node:worker_threads'
import { buildReport } from '../report-counting.server.ts'
import { customRangeCopy } from './figures.server.ts'

void customRangeCopy()

type Message = { id: number; args: Parameters<typeof buildReport> }

parentPort?.on('message', ({ id, args }: Message) => {
  buildReport(...args).then(
    (report) => parentPort?.postMessage({ id, report }),
    (error: unknown) =>
      parentPort?.postMessage({
        id,
        error: error instanceof Error ? error.message : String(error),
      }),
  )
})
