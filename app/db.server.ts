import { openDatabase } from '#db/client.ts'

export * from '#db/schema.ts'

// One connection per process; kept on globalThis so `remix dev` rebuilds do not open another.
const globalForDb = globalThis as unknown as { upstreamDb?: ReturnType<typeof openDatabase> }
const connection = (globalForDb.upstreamDb ??= openDatabase())

export const db = connection.db
export const sqlite = connection.sqlite
