import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

/**
 * A worker thread running a TypeScript module of the app (an absolute path): tsx loads it, as it
 * loads the server, so the worker shares the server's modules without a build of its own.
 */
export function typescriptWorker(file: string) {
  const url = JSON.stringify(pathToFileURL(file).href)
  return new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${url}) })`,
    { eval: true },
  )
}
