import { openDatabase, migrateDatabase, databasePath } from './client.ts'

const { db, sqlite } = openDatabase()
migrateDatabase(db)
sqlite.close()
console.log(`Migrated ${databasePath()}`)
