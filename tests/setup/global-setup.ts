import fs from 'node:fs'
import path from 'node:path'
import { migrateDatabase, openDatabase } from '#db/client.ts'
import { seedDemoData, seedReferenceData } from '#db/seed.ts'
import { BASE_DATABASE, TMP_DIR } from './paths.ts'

export default async function globalSetup() {
  fs.mkdirSync(TMP_DIR, { recursive: true })
  // databases and outboxes of earlier runs
  for (const entry of fs.readdirSync(TMP_DIR)) {
    if (entry.startsWith('vitest-') || entry.startsWith('outbox-')) {
      fs.rmSync(path.join(TMP_DIR, entry), { recursive: true, force: true })
    }
  }
  const { db, sqlite } = openDatabase(BASE_DATABASE)
  migrateDatabase(db)
  seedReferenceData(db)
  await seedDemoData(db)
  // fold the WAL into the main file so a plain copy carries everything
  sqlite.pragma('wal_checkpoint(TRUNCATE)')
  sqlite.close()
}
