import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, expect, test } from 'vitest'
import { TMP_DIR } from '#tests/setup/paths.ts'

const dir = fs.mkdtempSync(path.join(TMP_DIR, 'cli-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const run = promisify(execFile)
const packs = fs
  .readdirSync('modules', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

test('`npm run modules:import` on a database never set up loads every pack, then finds them unchanged', async () => {
  const env = { ...process.env, DATABASE_PATH: path.join(dir, 'fresh.db') }
  const first = await run(path.resolve('node_modules/.bin/tsx'), ['app/cli/import-modules.ts'], {
    env,
  })
  for (const pack of packs) expect(first.stdout).toContain(`✓ ${pack}: loaded as version 1`)
  const again = await run(path.resolve('node_modules/.bin/tsx'), ['app/cli/import-modules.ts'], {
    env,
  })
  for (const pack of packs) expect(again.stdout).toContain(`· ${pack}: unchanged (version 1)`)
}, 60_000)
