import fs from 'node:fs'
import path from 'node:path'
import { BASE_DATABASE, TMP_DIR } from './paths.ts'

export default async function globalSetup() {
  fs.mkdirSync(TMP_DIR, { recursive: true })
  // databases and outboxes of earlier runs
  for (const entry of fs.readdirSync(TMP_DIR)) {
    if (entry.startsWith('vitest-') || entry.startsWith('outbox-')) {
      fs.rmSync(path.join(TMP_DIR, entry), { recursive: true, force: true })
    }
  }
  // The demo accounts are written through the app's database client, which opens DATABASE_PATH
  // when first imported: point it at the base, then put it back so each worker copies the base.
  const databasePath = process.env.DATABASE_PATH
  process.env.DATABASE_PATH = BASE_DATABASE
  const { db, migrateDatabase, seedReferenceData, sqlite } = await import('#app/db.server.ts')
  const { seedDemoData } = await import('#app/cli/demo/accounts.ts')
  if (databasePath === undefined) delete process.env.DATABASE_PATH
  else process.env.DATABASE_PATH = databasePath
  migrateDatabase(db)
  seedReferenceData(db)
  await seedDemoData()
  // fold the WAL into the main file so a plain copy carries everything
  sqlite.pragma('wal_checkpoint(TRUNCATE)')
  sqlite.close()
}
