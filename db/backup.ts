/**
 * Online backup and restore. `npm run db:backup <file>` copies the live database while the server
 * runs (SQLite's backup API, page by page, a consistent snapshot even under writes);
 * `npm run db:restore <file>` puts a backup in place of the database, with the server stopped.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import Database from 'better-sqlite3'
import { databasePath, openDatabase } from './client.ts'
import { auditEvents } from './schema.ts'

function integrityOf(file: string) {
  const check = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return String(check.pragma('integrity_check', { simple: true }))
  } finally {
    check.close()
  }
}

/** Copies the database to `destination` while others write to it; records it in the audit log. */
export async function backupDatabase(destination: string, source = databasePath()) {
  const target = path.resolve(destination)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  if (fs.existsSync(target)) throw new Error(`${destination} exists already: choose a new file`)
  const { db, sqlite } = openDatabase(source)
  try {
    // all pages in one step: copied in steps, a write from the server between two steps would
    // restart the copy, and under steady writes it might never finish (WAL: writers do not wait)
    const { totalPages } = await sqlite.backup(target, { progress: () => 0x7fffffff })
    const integrity = integrityOf(target)
    if (integrity !== 'ok') throw new Error(`The backup failed its integrity check: ${integrity}`)
    db.insert(auditEvents)
      .values({
        at: new Date(),
        action: 'backup_taken',
        details: { file: path.basename(target), pages: totalPages },
      })
      .run()
    return { file: target, pages: totalPages, bytes: fs.statSync(target).size }
  } finally {
    sqlite.close()
  }
}

/**
 * Puts a backup in place of the database. The server must be stopped: the old write-ahead log
 * is removed with the old file, so nothing of it is replayed over the restored data.
 */
export async function restoreDatabase(backup: string, target = databasePath()) {
  const source = path.resolve(backup)
  const integrity = integrityOf(source)
  if (integrity !== 'ok') throw new Error(`${backup} is damaged (${integrity}): not restored`)
  const destination = path.resolve(target)
  fs.mkdirSync(path.dirname(destination), { recursive: true })
  const incoming = `${destination}.restoring`
  fs.rmSync(incoming, { force: true })
  const reader = new Database(source, { readonly: true })
  try {
    await reader.backup(incoming, { progress: () => 0x7fffffff })
  } finally {
    reader.close()
  }
  for (const suffix of ['-wal', '-shm', '']) fs.rmSync(`${destination}${suffix}`, { force: true })
  fs.renameSync(incoming, destination)
  return { file: destination }
}

// Run as a script: tsx db/backup.ts backup|restore <file>
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [command, file] = process.argv.slice(2)
  if (!file || (command !== 'backup' && command !== 'restore')) {
    console.error('Usage: npm run db:backup <file>   or   npm run db:restore <file>')
    process.exit(2)
  }
  try {
    if (command === 'backup') {
      const result = await backupDatabase(file)
      console.log(
        `Backed up ${databasePath()} to ${result.file} (${result.pages} pages, ${result.bytes} bytes); integrity ok.`,
      )
    } else {
      const result = await restoreDatabase(file)
      console.log(`Restored ${file} to ${result.file}. Start the server again.`)
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
