/**
 * The helper thread of the report worker: counts the other half of the people over a range
 * (facts.server.ts, countInHalves), from the completions in shared memory, into the
 * shared figures it is given, then wakes the report worker.
 */
import { parentPort } from 'node:worker_threads'
import { Count, fitPeople, type CountArrays, type CountRequest } from './count.ts'

type Message = { request: CountRequest; arrays: CountArrays; done: Int32Array; people: number }

parentPort?.on('message', ({ request, arrays, done, people }: Message) => {
  try {
    fitPeople(people)
    new Count(request.groups, request.months.length, 1, arrays).countAll(request)
    Atomics.store(done, 0, 1)
  } catch {
    Atomics.store(done, 0, 2)
  } finally {
    Atomics.notify(done, 0)
  }
})
