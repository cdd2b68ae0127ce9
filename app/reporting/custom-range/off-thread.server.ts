/**
 * Reports over custom dates are counted from a copy of every completion in an in-memory DuckDB
 * database (store.server.ts). The copy lives on a worker thread with its own connection, so
 * reading it in (seconds for a national workforce) and keeping it current leave the server's
 * thread free for every other request. One worker, started when someone first opens the reports, so the copy
 * is ready by the time they pick custom dates; requests to it queue in order.
 */
import path from 'node:path'
import { type Worker } from 'node:worker_threads'
import { typescriptWorker } from '#app/utils/workers.server.ts'
import { type Period } from '../periods.ts'
import { type Report, type ReportOptions, type ReportScope } from '../types.ts'

type Waiting = { resolve: (report: Report) => void; reject: (error: Error) => void }
type Reply = { id: number; report?: Report; error?: string }

let worker: Worker | undefined
const waiting = new Map<number, Waiting>()
let nextId = 0

function failAll(error: Error) {
  for (const { reject } of waiting.values()) reject(error)
  waiting.clear()
  worker = undefined
}

function reportWorker() {
  if (worker) return worker
  // run from the project root, like the server
  const started = typescriptWorker(path.resolve('app/reporting/custom-range/worker.server.ts'))
  started.unref()
  started.on('message', ({ id, report, error }: Reply) => {
    const request = waiting.get(id)
    waiting.delete(id)
    if (report) request?.resolve(report)
    else request?.reject(new Error(error ?? 'The report could not be counted'))
  })
  started.on('error', (error) => failAll(error))
  started.on('exit', () => failAll(new Error('The report worker stopped')))
  worker = started
  return started
}

/** Starts the worker, which reads its copy in at once. */
export function warmReportWorker() {
  reportWorker()
}

/** buildReport() on the worker thread. */
export function buildReportOffThread(...args: [ReportScope, Period, ReportOptions?]) {
  return new Promise<Report>((resolve, reject) => {
    const id = ++nextId
    waiting.set(id, { resolve, reject })
    reportWorker().postMessage({ id, args })
  })
}
