import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

export const ROLES = ['admin', 'vru_lead', 'trainer', 'organisation_lead', 'learner'] as const
export type Role = (typeof ROLES)[number]

export const SECTORS = [
  'education',
  'police',
  'health',
  'social_care',
  'youth_work',
  'justice',
  'voluntary_community',
  'other',
] as const
export type Sector = (typeof SECTORS)[number]

export const ORGANISATION_TYPES = [
  'primary',
  'secondary',
  'special',
  'alternative_provision',
  'college',
  'police',
  'health',
  'youth_service',
  'social_care',
  'justice',
  'local_authority',
  'voluntary',
  'other',
] as const
export type OrganisationType = (typeof ORGANISATION_TYPES)[number]

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`)

export const vrus = sqliteTable('vrus', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  area: text('area').notNull(),
  bilingual: integer('bilingual', { mode: 'boolean' }).notNull().default(false),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: createdAt(),
})

/** Optional grouping inside a hub-and-spoke unit (a local authority area or local unit). */
export const areas = sqliteTable(
  'areas',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    vruId: integer('vru_id')
      .notNull()
      .references(() => vrus.id),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('areas_vru_name').on(t.vruId, t.name)],
)

export const organisations = sqliteTable(
  'organisations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    vruId: integer('vru_id')
      .notNull()
      .references(() => vrus.id),
    areaId: integer('area_id').references(() => areas.id),
    name: text('name').notNull(),
    type: text('type', { enum: ORGANISATION_TYPES }).notNull(),
    localAuthority: text('local_authority').notNull(),
    wellbeingContact: text('wellbeing_contact'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index('organisations_vru').on(t.vruId, t.name)],
)

/**
 * vruId is set for everyone but administrators; for organisation members it always equals
 * their organisation's unit (app/organisations keeps it so) so tenancy filters need no join.
 */
export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    role: text('role', { enum: ROLES }).notNull(),
    vruId: integer('vru_id').references(() => vrus.id),
    organisationId: integer('organisation_id').references(() => organisations.id),
    sector: text('sector', { enum: SECTORS }),
    jobRole: text('job_role'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    index('users_vru').on(t.vruId),
    index('users_organisation').on(t.organisationId),
  ],
)

export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
)

export const invitations = sqliteTable('invitations', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  tokenHash: text('token_hash').notNull().unique(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  vruId: integer('vru_id').references(() => vrus.id),
  organisationId: integer('organisation_id').references(() => organisations.id),
  sector: text('sector', { enum: SECTORS }),
  jobRole: text('job_role'),
  invitedById: text('invited_by_id')
    .notNull()
    .references(() => users.id),
  createdAt: createdAt(),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  acceptedAt: integer('accepted_at', { mode: 'timestamp_ms' }),
})

export const passwordResets = sqliteTable('password_resets', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  tokenHash: text('token_hash').notNull().unique(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  usedAt: integer('used_at', { mode: 'timestamp_ms' }),
})

/** Failed sign-ins, keyed by account email or client address, for rate limiting. */
export const signInFailures = sqliteTable(
  'sign_in_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('sign_in_failures_key').on(t.key, t.at)],
)
