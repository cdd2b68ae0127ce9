import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import * as schema from './schema.ts'

export const DEFAULT_DATABASE_PATH = 'data/upstream.db'
// Scripts and tests run from the project root; the server build never migrates.
const MIGRATIONS_FOLDER = path.resolve('db/migrations')

export function databasePath() {
  return process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH
}

export function openDatabase(file = databasePath()) {
  // better-sqlite3 does not create the folder
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const sqlite = new Database(file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  return { sqlite, db: drizzle(sqlite, { schema }) }
}

export type Db = ReturnType<typeof openDatabase>['db']

export function migrateDatabase(db: Db) {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER })
}
