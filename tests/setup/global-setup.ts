import fs from 'node:fs'
import { migrateDatabase, openDatabase } from '#db/client.ts'
import { seedDemoData, seedReferenceData } from '#db/seed.ts'
import { BASE_DATABASE, TMP_DIR } from './paths.ts'

export default async function globalSetup() {
  fs.mkdirSync(TMP_DIR, { recursive: true })
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(BASE_DATABASE + suffix, { force: true })
  const { db, sqlite } = openDatabase(BASE_DATABASE)
  migrateDatabase(db)
  seedReferenceData(db)
  await seedDemoData(db)
  // fold the WAL into the main file so a plain copy carries everything
  sqlite.pragma('wal_checkpoint(TRUNCATE)')
  sqlite.close()
}
