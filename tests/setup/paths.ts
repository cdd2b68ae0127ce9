import path from 'node:path'

export const TMP_DIR = path.resolve(import.meta.dirname, '..', '.tmp')
/** Migrated and seeded once per `vitest run`; each worker copies it. */
export const BASE_DATABASE = path.join(TMP_DIR, 'vitest-base.db')
