/**
 * Reports over custom dates are counted from the completions themselves (the summary holds
 * months, quarters and financial years): seconds for a large unit or the nation. better-sqlite3
 * blocks the thread it runs on, so they are built on a worker thread with its own connection,
 * and every other request goes on being served meanwhile. One worker, started on first use;
 * requests to it queue in order.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { type buildReport, type Report } from './reports.server.ts'

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
  // run from the project root, like the server; tsx loads the TypeScript in the worker too
  const file = pathToFileURL(path.resolve('app/reporting/report-worker.server.ts')).href
  const started = new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(file)}) })`,
    { eval: true },
  )
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

/** buildReport() on the worker thread. */
export function buildReportOffThread(...args: Parameters<typeof buildReport>) {
  return new Promise<Report>((resolve, reject) => {
    const id = ++nextId
    waiting.set(id, { resolve, reject })
    reportWorker().postMessage({ id, args })
  })
}
