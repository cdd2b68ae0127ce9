import { sql } from 'drizzle-orm'
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core'

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
 * Edits that a copy of the data must notice, each counted in the transaction that makes it, by
 * a trigger (migration 0010): the custom-dates copy (app/reporting/custom-range/) re-reads the
 * organisations when their count moves. A count, unlike a time, cannot miss two edits made in
 * the same millisecond.
 */
export const changeCounts = sqliteTable('change_counts', {
  name: text('name').primaryKey(),
  count: integer('count').notNull().default(0),
})

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
    /** The language they chose (en, cy); their pages and emails use it. Null: not chosen yet. */
    language: text('language', { enum: ['en', 'cy'] }),
    createdAt: createdAt(),
  },
  (t) => [
    // with the id, a unit's people are listed from the index alone (reports count them)
    index('users_vru').on(t.vruId, t.id),
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

// ---------------------------------------------------------------------------------------------
// Learning: modules and their versions, lessons, progress, completions

export const PRACTICE_LEVELS = [
  'trauma-aware',
  'trauma-skilled',
  'trauma-enhanced',
  'specialist',
] as const
export type PracticeLevel = (typeof PRACTICE_LEVELS)[number]
export const AUDIENCES = [
  'all-staff',
  'primary-schools',
  'secondary-schools',
  'colleges',
  'frontline-workers',
] as const
export type Audience = (typeof AUDIENCES)[number]
export const TOPICS = [
  'aces',
  'trauma-informed-practice',
  'knife-crime',
  'county-lines',
  'exploitation',
  'parental-imprisonment',
  'safeguarding',
  'wellbeing',
] as const
export type Topic = (typeof TOPICS)[number]
export const LESSON_KINDS = [
  'reading',
  'film',
  'letters',
  'activity',
  'check',
  'reflection',
] as const
export type LessonKind = (typeof LESSON_KINDS)[number]

/**
 * How long a completion keeps someone in date (app/learning/validity.ts, decision 015): never
 * expires, a number of months from completion, or until a day of the year (31 August). The
 * renewal window is how many days before expiry someone may renew.
 */
export type Validity =
  | { kind: 'none' }
  | { kind: 'rolling'; months: number; windowDays: number }
  | { kind: 'yearly'; month: number; day: number; windowDays: number }

export const modules = sqliteTable('modules', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  /** null: the national library */
  ownerVruId: integer('owner_vru_id').references(() => vrus.id),
  createdAt: createdAt(),
})

export const moduleVersions = sqliteTable(
  'module_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    moduleId: integer('module_id')
      .notNull()
      .references(() => modules.id),
    version: integer('version').notNull(),
    status: text('status', { enum: ['draft', 'published'] }).notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    descriptionHtml: text('description_html'),
    audience: text('audience', { mode: 'json' }).$type<Audience[]>().notNull(),
    topics: text('topics', { mode: 'json' }).$type<Topic[]>().notNull(),
    practiceLevel: text('practice_level', { enum: PRACTICE_LEVELS }).notNull(),
    estimatedMinutes: integer('estimated_minutes').notNull(),
    cpdMinutes: integer('cpd_minutes').notNull(),
    passMark: integer('pass_mark').notNull(),
    languages: text('languages', { mode: 'json' }).$type<string[]>().notNull(),
    contentNote: text('content_note'),
    translations: text('translations', { mode: 'json' }).$type<Record<string, ModuleTranslation>>(),
    evaluationStatements: text('evaluation_statements', { mode: 'json' })
      .$type<string[]>()
      .notNull(),
    /** The pack as imported (manifest and lesson sources), for export and change detection. */
    source: text('source', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    checksum: text('checksum').notNull(),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    publishedById: text('published_by_id').references(() => users.id),
    validity: text('validity', { mode: 'json' })
      .$type<Validity>()
      .notNull()
      .default(sql`'{"kind":"none"}'`),
    /** the slug of a shorter module whose completion renews this one */
    refresher: text('refresher'),
    /** everyone who completed an earlier version is in date at most until this UK day */
    requiredAgainBy: text('required_again_by'),
    requiredAgainReason: text('required_again_reason'),
    /** set when the pack is taught to classes of pupils */
    classroom: text('classroom', { mode: 'json' }).$type<ClassroomPack>(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('module_versions_module_version').on(t.moduleId, t.version)],
)

/** A module's manifest texts in another language (module.yaml `translations.cy`). */
export type ModuleTranslation = {
  title: string
  summary: string
  descriptionHtml?: string | null
  contentNote?: string | null
  evaluationStatements?: string[] | null
}

/**
 * A lesson in another language: the same kind and structure as the English (a check's correct
 * answers too), so progress and marking never depend on the language. `review`: what a native
 * speaker should still look at, kept with the text and shown, never hidden.
 */
export type LessonTranslation = {
  title: string
  contentNote: string | null
  bodyHtml: string
  details: Record<string, unknown>
  review: string | null
}

export const lessons = sqliteTable(
  'lessons',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    moduleVersionId: integer('module_version_id')
      .notNull()
      .references(() => moduleVersions.id),
    position: integer('position').notNull(),
    slug: text('slug').notNull(),
    kind: text('kind', { enum: LESSON_KINDS }).notNull(),
    title: text('title').notNull(),
    minutes: integer('minutes').notNull(),
    required: integer('required', { mode: 'boolean' }).notNull(),
    contentNote: text('content_note'),
    bodyHtml: text('body_html').notNull(),
    /** What the kind needs beyond the body (film paths, letters, questions, prompts), rendered. */
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    sources: text('sources', { mode: 'json' }).$type<string[]>().notNull(),
    /** film: its length read from the file's header, so completion never rests on the browser's word */
    filmSeconds: real('film_seconds'),
    /** the lesson in other languages, from its `<name>.cy.md` beside it, by language code */
    translations: text('translations', { mode: 'json' }).$type<Record<string, LessonTranslation>>(),
  },
  (t) => [uniqueIndex('lessons_version_slug').on(t.moduleVersionId, t.slug)],
)

/** A person working through one version of a module; a new one after each completion. */
export const enrolments = sqliteTable(
  'enrolments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    moduleId: integer('module_id')
      .notNull()
      .references(() => modules.id),
    moduleVersionId: integer('module_version_id')
      .notNull()
      .references(() => moduleVersions.id),
    lastLessonId: integer('last_lesson_id').references(() => lessons.id),
    /** the learner's unit when they started: where the report counts them as in progress */
    vruId: integer('vru_id').references(() => vrus.id),
    startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    completedAt: integer('completed_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('enrolments_open')
      .on(t.userId, t.moduleId)
      .where(sql`completed_at is null`),
    index('enrolments_user').on(t.userId, t.updatedAt),
    // people in progress over custom dates: open enrolments alone, by unit then start, read
    // without the table; none of its columns change with a heartbeat
    index('enrolments_open_started')
      .on(t.vruId, t.startedAt, t.userId)
      .where(sql`completed_at is null`),
  ],
)

export const lessonProgress = sqliteTable(
  'lesson_progress',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    enrolmentId: integer('enrolment_id')
      .notNull()
      .references(() => enrolments.id),
    lessonId: integer('lesson_id')
      .notNull()
      .references(() => lessons.id),
    /** film: seconds into the film; letters: the letter open (0-based) */
    position: real('position').notNull().default(0),
    /** film: seconds actually played, whatever was skipped */
    watchedSeconds: real('watched_seconds').notNull().default(0),
    /** film: progress reports received, so a check can count that none acknowledged was lost */
    heartbeats: integer('heartbeats').notNull().default(0),
    /** letters: each letter opened (0-based, ascending), so the unread can be named */
    lettersRead: text('letters_read', { mode: 'json' }).$type<number[]>(),
    completedAt: integer('completed_at', { mode: 'timestamp_ms' }),
    completedBy: text('completed_by', {
      enum: ['viewed', 'watched', 'transcript', 'passed', 'answered'],
    }),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('lesson_progress_enrolment_lesson').on(t.enrolmentId, t.lessonId)],
)

export const checkAttempts = sqliteTable(
  'check_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    enrolmentId: integer('enrolment_id')
      .notNull()
      .references(() => enrolments.id),
    lessonId: integer('lesson_id')
      .notNull()
      .references(() => lessons.id),
    score: integer('score').notNull(),
    passed: integer('passed', { mode: 'boolean' }).notNull(),
    /** question index → chosen option indexes */
    answers: text('answers', { mode: 'json' }).$type<number[][]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('check_attempts_enrolment').on(t.enrolmentId, t.lessonId),
    index('check_attempts_lesson').on(t.lessonId),
  ],
)

/** Private to their author: no lead, trainer or unit query reads this table. */
export const reflections = sqliteTable(
  'reflections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    lessonId: integer('lesson_id')
      .notNull()
      .references(() => lessons.id),
    promptIndex: integer('prompt_index').notNull(),
    answer: text('answer').notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('reflections_user_lesson_prompt').on(t.userId, t.lessonId, t.promptIndex)],
)

/** What reports count: person, module version and time, with the unit and organisation then. */
/** How a person was trained: a module online, or a live course in person or online. */
export const DELIVERIES = ['online', 'live_in_person', 'live_online'] as const
export type Delivery = (typeof DELIVERIES)[number]

export const completions = sqliteTable(
  'completions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    /**
     * The module finished online; for attendance at a live course, the module it covers (if
     * it covers one, so the attendance counts for assignments and staying in date) or null.
     */
    moduleId: integer('module_id').references(() => modules.id),
    moduleVersionId: integer('module_version_id').references(() => moduleVersions.id),
    /** null for attendance at a live course */
    enrolmentId: integer('enrolment_id')
      .unique()
      .references(() => enrolments.id),
    /** attendance at a live course (decision 016): the course and the session attended */
    courseId: integer('course_id').references((): AnySQLiteColumn => courses.id),
    sessionId: integer('session_id').references((): AnySQLiteColumn => courseSessions.id),
    /** how the person was trained: a report's breakdown */
    delivery: text('delivery', { enum: DELIVERIES }).notNull().default('online'),
    vruId: integer('vru_id').references(() => vrus.id),
    organisationId: integer('organisation_id').references(() => organisations.id),
    completedAt: integer('completed_at', { mode: 'timestamp_ms' }).notNull(),
    score: integer('score'),
    cpdMinutes: integer('cpd_minutes').notNull(),
    certificateCode: text('certificate_code').notNull().unique(),
    /**
     * The UK day (YYYY-MM-DD) this completion keeps its holder in date until, and for which
     * module: the module itself, or the full module a refresher renews. Null: it never expires.
     */
    validUntil: text('valid_until'),
    renewsModuleId: integer('renews_module_id').references(() => modules.id),
    /** the learner's sector then, like the unit and organisation: reports count it as it was */
    sector: text('sector', { enum: SECTORS }),
    // What reports count of this completion, kept on it (app/reporting/summary/totals.server.ts) so a
    // report reads one row: knowledge checks tried and passed at their first attempt, and the
    // learner's mean self-rating before and after (null until given).
    checksAttempted: integer('checks_attempted').notNull().default(0),
    checksPassedFirstTime: integer('checks_passed_first_time').notNull().default(0),
    ratingBefore: real('rating_before'),
    ratingAfter: real('rating_after'),
    /** the evaluation batches (evaluationBatches) this completion joined, once it did */
    checkBatchId: integer('check_batch_id'),
    ratingBatchId: integer('rating_batch_id'),
  },
  (t) => [
    index('completions_user').on(t.userId, t.completedAt),
    uniqueIndex('completions_attendance').on(t.sessionId, t.userId),
    // where each person stands on each module that expires: the latest day per person
    index('completions_in_date')
      .on(t.renewsModuleId, t.userId, t.validUntil)
      .where(sql`valid_until is not null`),
    // a unit's completions over any dates, read from the index alone: custom-date reports
    index('completions_vru_facts').on(
      t.vruId,
      t.completedAt,
      t.userId,
      t.enrolmentId,
      t.organisationId,
      t.moduleId,
      t.moduleVersionId,
      t.sector,
      t.checksAttempted,
      t.checksPassedFirstTime,
      t.ratingBefore,
      t.ratingAfter,
      t.courseId,
      t.delivery,
    ),
  ],
)

/**
 * Completions changed after they were made, in order: a live attendance rated afterwards, or a
 * completion taken away when a register is corrected. Written by triggers (migration 0017) so the
 * custom-dates copy (app/reporting/custom-range/store.server.ts) can take up exactly what changed.
 */
export const completionChanges = sqliteTable('completion_changes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  completionId: integer('completion_id').notNull(),
  kind: text('kind', { enum: ['rated', 'removed'] }).notNull(),
})

export const evaluations = sqliteTable(
  'evaluations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    enrolmentId: integer('enrolment_id')
      .notNull()
      .references(() => enrolments.id),
    stage: text('stage', { enum: ['pre', 'post'] }).notNull(),
    /** null when the learner skipped it */
    ratings: text('ratings', { mode: 'json' }).$type<number[] | null>(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('evaluations_enrolment_stage').on(t.enrolmentId, t.stage)],
)

/** A module assigned to an organisation, a job role within it, or one person. */
export const assignments = sqliteTable(
  'assignments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    moduleId: integer('module_id')
      .notNull()
      .references(() => modules.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    jobRole: text('job_role'),
    userId: text('user_id').references(() => users.id),
    dueAt: integer('due_at', { mode: 'timestamp_ms' }),
    assignedById: text('assigned_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    removedAt: integer('removed_at', { mode: 'timestamp_ms' }),
    /** recurring: once done, kept in date by renewing (decision 015), not done once and over */
    keepInDate: integer('keep_in_date', { mode: 'boolean' }).notNull().default(false),
    /** for staff who join after it was made: due this many days after they join */
    dueWithinDays: integer('due_within_days'),
  },
  (t) => [
    index('assignments_organisation').on(t.organisationId),
    index('assignments_user').on(t.userId),
  ],
)

export const REMINDER_KINDS = ['due_soon', 'overdue'] as const
export type ReminderKind = (typeof REMINDER_KINDS)[number]

/** Reminder emails already sent, so that `npm run reminders` never sends one twice. */
export const assignmentReminders = sqliteTable(
  'assignment_reminders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => assignments.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: REMINDER_KINDS }).notNull(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('assignment_reminders_once').on(t.assignmentId, t.userId, t.kind)],
)

export const RENEWAL_REMINDER_KINDS = ['window_open', 'days_30', 'days_7', 'lapsed'] as const
export type RenewalReminderKind = (typeof RENEWAL_REMINDER_KINDS)[number]

/** Renewal emails sent, once each per expiry: a renewal moves validUntil and a new round starts. */
export const renewalReminders = sqliteTable(
  'renewal_reminders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    moduleId: integer('module_id')
      .notNull()
      .references(() => modules.id),
    validUntil: text('valid_until').notNull(),
    kind: text('kind', { enum: RENEWAL_REMINDER_KINDS }).notNull(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('renewal_reminders_once').on(t.userId, t.moduleId, t.validUntil, t.kind)],
)

/**
 * Where each member of staff stands today on the training required of them that expires
 * (decision 015): the earliest of their latest in-date days over every assigned module that
 * expires, '' when they never did one. Kept by triggers (migration 0014) in the transaction that
 * records a completion, assigns, moves or deactivates someone or publishes a module, so the
 * reports count the share in date by an index range instead of working it out per person.
 * Every change bumps change_counts 'staff_in_date' (migration 0018), so a counted figure is
 * remembered until one.
 */
export const staffInDate = sqliteTable(
  'staff_in_date',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    inDateUntil: text('in_date_until').notNull(),
  },
  (t) => [index('staff_in_date_by_organisation').on(t.organisationId, t.inDateUntil)],
)

/**
 * Report figures per unit, period and group, kept current in the transaction that writes each
 * completion (app/reporting/summary/totals.server.ts). Why a summary: "professionals upskilled" counts
 * distinct people, which no index can add up; at national scale (a million completions a year)
 * counting them at request time takes seconds, while reading these rows takes milliseconds.
 * vruId 0 holds the national figures (a person who moved unit counts once nationally).
 * period: 'm2026-04' (UK month), 'q2026-1' (financial-year quarter), 'y2026' (financial year
 * from 1 April 2026). dimension: 'all', 'sector', 'organisation_type', 'local_authority',
 * 'area', 'organisation', 'module', 'level', and 'in_progress' (people only); groupKey '' for
 * 'all' and 'in_progress'.
 */
export const reportTotals = sqliteTable(
  'report_totals',
  {
    vruId: integer('vru_id').notNull(),
    period: text('period').notNull(),
    dimension: text('dimension').notNull(),
    groupKey: text('group_key').notNull(),
    people: integer('people').notNull().default(0),
    completions: integer('completions').notNull().default(0),
    /** modules only: matched pre/post self-ratings, and the sums of each person's mean rating */
    evaluationPairs: integer('evaluation_pairs').notNull().default(0),
    ratingBefore: real('rating_before').notNull().default(0),
    ratingAfter: real('rating_after').notNull().default(0),
    /** modules only: knowledge checks attempted, and passed at the first attempt */
    checksAttempted: integer('checks_attempted').notNull().default(0),
    checksPassedFirstTime: integer('checks_passed_first_time').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.vruId, t.period, t.dimension, t.groupKey] }),
    // a period's organisations ranked without reading the table: 30,000 of them nationally
    index('report_totals_ranking').on(
      t.period,
      t.dimension,
      t.vruId,
      t.people,
      t.completions,
      t.groupKey,
    ),
  ],
)

// ---------------------------------------------------------------------------------------------
// Audit

export const AUDIT_ACTIONS = [
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'password_reset',
  'invitation_sent',
  'invitation_accepted',
  'invitation_resent',
  'invitation_cancelled',
  'person_changed',
  'person_deactivated',
  'person_reactivated',
  'person_erased',
  'organisation_changed',
  'vru_changed',
  'module_created',
  'module_published',
  'module_imported',
  'module_exported',
  'assignment_created',
  'assignment_removed',
  'report_exported',
  'data_exported',
  'backup_taken',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

/**
 * Who did what, when, from where. Kept when people are erased (the actor's name and email are
 * copied in `actor` at the time and replaced on erasure), so the record of actions survives.
 */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** the actor as shown then: "Name <email>", or the email tried for a failed sign-in */
    actor: text('actor'),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    /** the unit the event belongs to, so a VRU lead sees only their unit's; null: national */
    vruId: integer('vru_id').references(() => vrus.id),
    /** what it was done to, e.g. "person:<id>", "module:<slug>", "assignment:<id>" */
    subject: text('subject'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
    address: text('address'),
  },
  (t) => [index('audit_events_at').on(t.at), index('audit_events_vru').on(t.vruId, t.at)],
)

export const EVALUATION_SERIES = ['checks', 'ratings'] as const
/**
 * Evaluation in batches of five (app/reporting/disclosure.server.ts, decision 010): per unit
 * (0: none), module and financial year of completion, completions join the open batch in the
 * order they complete ('checks': first-attempt results) or their after-rating is saved
 * ('ratings': matched pairs). A batch closes at five members and never changes; reports release
 * sums over closed batches only.
 */
export const evaluationBatches = sqliteTable(
  'evaluation_batches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    vruId: integer('vru_id').notNull(),
    moduleId: integer('module_id').notNull(),
    series: text('series', { enum: EVALUATION_SERIES }).notNull(),
    /** the financial year its members completed in: no batch straddles a year's end */
    year: integer('year').notNull(),
    members: integer('members').notNull().default(0),
    /** the earliest and latest completion time of its members */
    firstAt: integer('first_at').notNull(),
    lastAt: integer('last_at').notNull(),
    ratingBefore: real('rating_before').notNull().default(0),
    ratingAfter: real('rating_after').notNull().default(0),
    checksAttempted: integer('checks_attempted').notNull().default(0),
    checksPassedFirstTime: integer('checks_passed_first_time').notNull().default(0),
  },
  (t) => [
    index('evaluation_batches_open').on(t.vruId, t.moduleId, t.series, t.year, t.members),
    // covering: a national report's evaluation sums read from the index alone
    index('evaluation_batches_period').on(
      t.vruId,
      t.members,
      t.firstAt,
      t.lastAt,
      t.moduleId,
      t.series,
      t.ratingBefore,
      t.ratingAfter,
      t.checksAttempted,
      t.checksPassedFirstTime,
    ),
  ],
)

/**
 * Closed evaluation batches added up by the UK months their members' completions span (decision
 * 010 releases a batch in a range only when all its members completed in it): a report's
 * evaluation is then a few hundred rows for any whole-month range, where summing the batches read
 * hundreds of thousands nationally. vruId 0 holds every batch (the national figure, as in
 * report_totals); months are counted as year * 12 + month - 1. Kept by disclosure.server.ts
 * when a batch closes; filled from the batches by setup where it is empty.
 */
export const evaluationSpans = sqliteTable(
  'evaluation_spans',
  {
    vruId: integer('vru_id').notNull(),
    firstMonth: integer('first_month').notNull(),
    lastMonth: integer('last_month').notNull(),
    moduleId: integer('module_id').notNull(),
    series: text('series', { enum: EVALUATION_SERIES }).notNull(),
    members: integer('members').notNull().default(0),
    ratingBefore: real('rating_before').notNull().default(0),
    ratingAfter: real('rating_after').notNull().default(0),
    checksAttempted: integer('checks_attempted').notNull().default(0),
    checksPassedFirstTime: integer('checks_passed_first_time').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.vruId, t.firstMonth, t.lastMonth, t.moduleId, t.series] })],
)

// ---- Live training (decision 016) ----

/** Who may book a session: the course's unit, particular organisations or job roles, or anyone. */
export type SessionAudience =
  | { kind: 'unit' }
  | { kind: 'organisations'; organisationIds: number[] }
  | { kind: 'job-roles'; jobRoles: string[] }
  | { kind: 'national' }

/** What is taught live; it runs as sessions. */
export const courses = sqliteTable(
  'courses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** null: made by an administrator for every unit */
    vruId: integer('vru_id').references(() => vrus.id),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    practiceLevel: text('practice_level', { enum: PRACTICE_LEVELS }).notNull(),
    audience: text('audience', { enum: AUDIENCES }).notNull(),
    cpdMinutes: integer('cpd_minutes').notNull(),
    /** a module that goes with it: pre-work online, or the module taught live */
    moduleId: integer('module_id').references(() => modules.id),
    /** whether partly attending counts as completing it */
    partialCounts: integer('partial_counts', { mode: 'boolean' }).notNull().default(false),
    /**
     * whether attending covers the module, so it counts for assignments of it and keeps people
     * in date on it (else the module is pre-work)
     */
    coversModule: integer('covers_module', { mode: 'boolean' }).notNull().default(false),
    createdById: text('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('courses_vru').on(t.vruId)],
)

export const SESSION_MODES = ['in_person', 'online'] as const
export type SessionMode = (typeof SESSION_MODES)[number]

/** One time a course runs. */
export const courseSessions = sqliteTable(
  'course_sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id),
    mode: text('mode', { enum: SESSION_MODES }).notNull(),
    venue: text('venue'),
    address: text('address'),
    accessibility: text('accessibility'),
    /** shown only to people booked, and only close to the start */
    joiningLink: text('joining_link'),
    startsAt: integer('starts_at', { mode: 'timestamp_ms' }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    capacity: integer('capacity').notNull(),
    audience: text('audience', { mode: 'json' })
      .$type<SessionAudience>()
      .notNull()
      .default(sql`'{"kind":"unit"}'`),
    /** places may be given up until this many hours before the start */
    cancelUpToHours: integer('cancel_up_to_hours').notNull().default(24),
    /** goes up with each change of time or place: a calendar replaces the older invitation */
    sequence: integer('sequence').notNull().default(0),
    cancelledAt: integer('cancelled_at', { mode: 'timestamp_ms' }),
    /** when the register was first saved: attendance figures count sessions from then */
    registerTakenAt: integer('register_taken_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('course_sessions_starts').on(t.startsAt),
    index('course_sessions_course').on(t.courseId),
  ],
)

export const sessionTrainers = sqliteTable(
  'session_trainers',
  {
    sessionId: integer('session_id')
      .notNull()
      .references(() => courseSessions.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] })],
)

export const ATTENDANCES = ['attended', 'partial', 'absent', 'cancelled_late'] as const
export type Attendance = (typeof ATTENDANCES)[number]

export const BOOKING_STATUSES = ['booked', 'waiting', 'cancelled'] as const
export type BookingStatus = (typeof BOOKING_STATUSES)[number]

/** A person's place on a session, or on its waiting list (first asked, first offered). */
export const bookings = sqliteTable(
  'bookings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: integer('session_id')
      .notNull()
      .references(() => courseSessions.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: BOOKING_STATUSES }).notNull(),
    /** when they asked: the waiting list's order */
    askedAt: integer('asked_at', { mode: 'timestamp_ms' }).notNull(),
    /** an organisation lead booking for their staff; null when the person booked */
    bookedById: text('booked_by_id').references(() => users.id),
    cancelledAt: integer('cancelled_at', { mode: 'timestamp_ms' }),
    /** the register: null until taken */
    attendance: text('attendance', { enum: ATTENDANCES }),
    /** added on the day by the trainer */
    walkIn: integer('walk_in', { mode: 'boolean' }).notNull().default(false),
    /** reminders sent: the day before, and an hour before */
    remindedDayBeforeAt: integer('reminded_day_before_at', { mode: 'timestamp_ms' }),
    remindedHourBeforeAt: integer('reminded_hour_before_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('bookings_once').on(t.sessionId, t.userId),
    index('bookings_user').on(t.userId),
  ],
)

/** A classroom pack as stored on its version (decision 017); lessons are lesson addresses. */
export type ClassroomPack = {
  yearGroups: number[]
  /** the first UK day a delivery of the pack may be logged */
  since: string
  prepareHtml: string
  lessons: string[]
}

/** One screen of teach mode, as stored in a classroom lesson's details. */
export type TeachScreen = { notesHtml: string | null } & (
  | {
      kind: 'film'
      lesson: string
      from: number
      to: number | null
      /** a chapter of the film lesson by id, played from its time to the next chapter's */
      chapter?: string
    }
  | { kind: 'letters'; lesson: string; only: number[] | null }
  | { kind: 'prompt'; text: string }
  | { kind: 'text'; title: string; html: string }
)

export const DELIVERY_SETTINGS = [
  'class',
  'assembly',
  'small_group',
  'alternative_provision',
] as const
export type DeliverySetting = (typeof DELIVERY_SETTINGS)[number]

/** Who taught beside the teacher: a kind of partner, never a name typed in (decision 017). */
export const CO_DELIVERERS = [
  'colleague',
  'school_nurse',
  'police',
  'youth_worker',
  'vru_trainer',
  'voluntary_partner',
  'other_partner',
] as const
export type CoDeliverer = (typeof CO_DELIVERERS)[number]

/**
 * A classroom pack taught to a group of pupils, logged by the teacher. Pupils are counted, never
 * named or described. The unit, organisation, its type and area are the teacher's at the time,
 * so the reach a unit reports does not move when a teacher or school moves later.
 */
export const classroomDeliveries = sqliteTable(
  'classroom_deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teacherId: text('teacher_id')
      .notNull()
      .references(() => users.id),
    vruId: integer('vru_id')
      .notNull()
      .references(() => vrus.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    organisationType: text('organisation_type', { enum: ORGANISATION_TYPES }).notNull(),
    areaId: integer('area_id').references(() => areas.id),
    moduleId: integer('module_id')
      .notNull()
      .references(() => modules.id),
    moduleVersionId: integer('module_version_id')
      .notNull()
      .references(() => moduleVersions.id),
    /** the UK day it was taught, YYYY-MM-DD */
    deliveredOn: text('delivered_on').notNull(),
    /** the addresses of the classroom lessons taught */
    lessons: text('lessons', { mode: 'json' }).$type<string[]>().notNull(),
    yearGroup: integer('year_group').notNull(),
    pupils: integer('pupils').notNull(),
    setting: text('setting', { enum: DELIVERY_SETTINGS }).notNull(),
    coDeliveredWith: text('co_delivered_with', { enum: CO_DELIVERERS }),
    /** whether a concern was passed to the designated safeguarding lead: yes or no only */
    concernPassedOn: integer('concern_passed_on', { mode: 'boolean' }).notNull(),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    // reach: a unit's (or every unit's) deliveries in a range of days, read from the index alone
    index('classroom_deliveries_reach').on(
      t.vruId,
      t.deliveredOn,
      t.moduleId,
      t.organisationId,
      t.organisationType,
      t.areaId,
      t.yearGroup,
      t.pupils,
    ),
    index('classroom_deliveries_day').on(
      t.deliveredOn,
      t.vruId,
      t.moduleId,
      t.organisationId,
      t.organisationType,
      t.areaId,
      t.yearGroup,
      t.pupils,
    ),
    index('classroom_deliveries_organisation').on(t.organisationId, t.deliveredOn),
    index('classroom_deliveries_teacher').on(t.teacherId, t.deliveredOn),
  ],
)

/**
 * What an edit or removal did to a delivery, written by triggers (migration 0019): the old row
 * taken away (-1) and the new one added (+1), so remembered reach is corrected rather than
 * counted again. `deliveryId` tells a count that has not reached that delivery yet to skip it.
 */
export const classroomDeliveryChanges = sqliteTable('classroom_delivery_changes', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  deliveryId: integer('delivery_id').notNull(),
  sign: integer('sign').notNull(),
  vruId: integer('vru_id').notNull(),
  deliveredOn: text('delivered_on').notNull(),
  moduleId: integer('module_id').notNull(),
  organisationId: integer('organisation_id').notNull(),
  organisationType: text('organisation_type').notNull(),
  areaId: integer('area_id'),
  yearGroup: integer('year_group').notNull(),
  pupils: integer('pupils').notNull(),
})
