import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, vi } from 'vitest'
import { BASE_DATABASE, TMP_DIR } from './paths.ts'

// A real SQLite file for each test file, copied from the migrated, seeded base.
const id = `${process.env.VITEST_POOL_ID ?? '0'}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`
const databaseFile = path.join(TMP_DIR, `vitest-${id}.db`)
if (!process.env.DATABASE_PATH?.startsWith(path.join(TMP_DIR, 'vitest-'))) {
  fs.copyFileSync(BASE_DATABASE, databaseFile)
  process.env.DATABASE_PATH = databaseFile
  process.env.MAIL_OUTBOX = path.join(TMP_DIR, `outbox-${id}`)
}

// An unexpected console.error fails the test that caused it.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`)
  })
})
afterEach(() => {
  vi.restoreAllMocks()
})
