import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, expect, test } from 'vitest'
import { backupDatabase, restoreDatabase } from '#db/backup.ts'
import { BASE_DATABASE, TMP_DIR } from '#tests/setup/paths.ts'

const dir = fs.mkdtempSync(path.join(TMP_DIR, 'backup-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/**
 * Another process writing as fast as it can, as the server would: one row a transaction, numbered
 * 1, 2, 3…, so a consistent snapshot holds exactly the rows 1..k with no gap.
 */
function startWriter(file: string) {
  const script = `
    const db = new (require('better-sqlite3'))(process.argv[1])
    db.pragma('journal_mode = WAL'); db.pragma('synchronous = NORMAL'); db.pragma('busy_timeout = 5000')
    const insert = db.prepare("insert into audit_events (at, action, subject) values (?, 'sign_in', ?)")
    let n = 0
    const tick = () => { for (let i = 0; i < 50; i++) insert.run(Date.now(), 'load:' + ++n); setImmediate(tick) }
    tick()`
  const child = spawn(process.execPath, ['-e', script, file], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

function loadRows(file: string) {
  const db = new Database(file, { readonly: true })
  try {
    const numbers = db
      .prepare(
        "select cast(substr(subject, 6) as integer) as n from audit_events where subject like 'load:%' order by n",
      )
      .pluck()
      .all() as number[]
    const users = db.prepare('select id, email, name from users order by id').all()
    const integrity = db.pragma('integrity_check', { simple: true })
    return { numbers, users, integrity }
  } finally {
    db.close()
  }
}

test('an online backup under concurrent writes is a consistent snapshot, and restores exactly', async () => {
  const live = path.join(dir, 'live.db')
  fs.copyFileSync(BASE_DATABASE, live)
  const writer = startWriter(live)
  // let the writer get going, so the backup starts mid-stream
  await expect.poll(() => loadRows(live).numbers.length, { timeout: 10_000 }).toBeGreaterThan(500)
  const backup = path.join(dir, 'backup.db')
  const result = await backupDatabase(backup, live)
  await new Promise((r) => setTimeout(r, 200))
  await writer.stop()

  const saved = loadRows(backup)
  const now = loadRows(live)
  expect(saved.integrity).toBe('ok')
  expect(result.pages).toBeGreaterThan(0)
  // rows 1..k, no gap, no half-written transaction; the live database went on past it
  const k = saved.numbers.length
  expect(k).toBeGreaterThan(500)
  expect(saved.numbers).toEqual(Array.from({ length: k }, (_, i) => i + 1))
  expect(now.numbers.length).toBeGreaterThan(k)
  expect(saved.users).toEqual(now.users)
  // the backup is in the audit log of the live database
  const liveDb = new Database(live, { readonly: true })
  expect(
    liveDb.prepare("select count(*) from audit_events where action = 'backup_taken'").pluck().get(),
  ).toBe(1)
  liveDb.close()

  // restoring puts the snapshot back, leaving nothing of the later writes (nor their WAL)
  await restoreDatabase(backup, live)
  expect(fs.existsSync(`${live}-wal`)).toBe(false)
  const restored = loadRows(live)
  expect(restored.integrity).toBe('ok')
  expect(restored.numbers).toEqual(saved.numbers)
  expect(restored.users).toEqual(saved.users)
})

test('a backup never overwrites a file, and a damaged backup is not restored', async () => {
  const live = path.join(dir, 'other.db')
  fs.copyFileSync(BASE_DATABASE, live)
  const existing = path.join(dir, 'exists.db')
  fs.writeFileSync(existing, 'something precious')
  await expect(backupDatabase(existing, live)).rejects.toThrow(/exists already/)
  expect(fs.readFileSync(existing, 'utf8')).toBe('something precious')

  const damaged = path.join(dir, 'damaged.db')
  await backupDatabase(damaged, live)
  const bytes = fs.readFileSync(damaged)
  bytes.fill(0x41, 4096, 8192) // scribble over a page
  fs.writeFileSync(damaged, bytes)
  const before = fs.readFileSync(live)
  await expect(restoreDatabase(damaged, live)).rejects.toThrow(/damaged|malformed|not a database/i)
  expect(fs.readFileSync(live).equals(before)).toBe(true)
})
