import { openDatabase } from '#db/client.ts'

export * from '#db/schema.ts'
// For the command-line scripts (app/cli), which migrate and load the units through this client.
export { databasePath, migrateDatabase } from '#db/client.ts'
export { seedReferenceData } from '#db/vrus.ts'

// One connection per process; kept on globalThis so `remix dev` rebuilds do not open another.
const globalForDb = globalThis as unknown as { upstreamDb?: ReturnType<typeof openDatabase> }
const connection = (globalForDb.upstreamDb ??= openDatabase())

export const db = connection.db
export const sqlite = connection.sqlite
