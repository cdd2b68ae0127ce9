import { z } from 'zod'
import { AUDIENCES, LESSON_KINDS, PRACTICE_LEVELS, TOPICS, type Validity } from '#app/db.server.ts'
import { isRealDay } from '#app/utils/uk-dates.ts'
import { validityProblems, yearlyDateFrom } from './validity.ts'

const text = (what: string, max = 2000) =>
  z
    .string({ error: `${what} is missing or is not text` })
    .trim()
    .min(1, `${what} is empty`)
    .max(max, `${what} is longer than ${max} characters`)
const mediaPath = (what: string) =>
  text(what, 300)
    .regex(/^[a-z0-9][a-z0-9._/-]*$/i, `${what} must be a path under media/, like films/name.mp4`)
    .refine((p) => !p.split('/').includes('..'), `${what} must stay inside media/`)
const minutes = (what: string) =>
  z
    .number({ error: `${what} must be a number of minutes` })
    .int()
    .min(0)
    .max(600)

export const DEFAULT_EVALUATION_STATEMENTS = [
  'I can recognise signs that a child or young person may be affected by trauma.',
  'I understand how adverse experiences in childhood can shape behaviour.',
  'I feel confident responding calmly when a young person is distressed.',
  'I know how to share a concern through my organisation’s safeguarding procedure.',
  'I know where to find support for the young people I work with and for myself.',
]

const renewalWindowDays = z
  .number({ error: 'validity.renewalWindowDays must be a number of days' })
  .int('validity.renewalWindowDays must be a whole number of days')
  .default(60)

/**
 * How long a completion keeps someone in date (decision 015): `months: 12`, or `until: 31
 * August` (the next such day after completing); `renewalWindowDays` before expiry they may
 * renew. Checked with the same rules as the studio's (validityProblems).
 */
const ValiditySchema = z
  .union(
    [
      z.object({ months: z.number().int(), renewalWindowDays }).strict(),
      z
        .object({
          until: z
            .string()
            .regex(/^\d{1,2} [A-Za-z]+$/, 'validity.until is a day and month, like 31 August'),
          renewalWindowDays,
        })
        .strict(),
    ],
    { error: 'validity needs months (like 12) or until (like 31 August), and renewalWindowDays' },
  )
  .transform((v): Validity => {
    if ('months' in v) return { kind: 'rolling', months: v.months, windowDays: v.renewalWindowDays }
    // a month that does not exist reads as month 0, which the refinement below refuses
    const { day, month } = yearlyDateFrom(v.until) ?? { day: 0, month: 0 }
    return {
      kind: 'yearly',
      month,
      day,
      windowDays: v.renewalWindowDays,
    }
  })
  .superRefine((validity, ctx) => {
    for (const problem of validityProblems(validity)) {
      ctx.addIssue({
        code: 'custom',
        message: `${VALIDITY_FIELD[problem.field]}: ${problem.message}`,
      })
    }
  })

const VALIDITY_FIELD = { months: 'months', date: 'until', windowDays: 'renewalWindowDays' }

const lessonFile = (what: string) =>
  text(what, 120).regex(
    /^[a-z0-9][a-z0-9-]*\.md$/,
    `${what} is a lesson file named like 01-welcome.md`,
  )

/** School years 1 to 13, as England and Wales both number them. */
/** The five statements a learner rates before and after a module, in a language. */
const EvaluationSchema = z.object({
  statements: z
    .array(text('evaluation statement', 300))
    .length(5, 'evaluation needs exactly five statements'),
})

export const YEAR_GROUPS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13] as const

/**
 * A pack taught to classes of pupils (decision 017): the lessons a teacher teaches from, the
 * year groups it suits, what to prepare, and the first day a delivery of it may be logged.
 */
export const ClassroomSchema = z
  .object({
    yearGroups: z
      .array(
        z
          .number({ error: 'classroom.yearGroups are school years, numbers from 1 to 13' })
          .int()
          .min(1, 'classroom.yearGroups are school years from 1 to 13')
          .max(13, 'classroom.yearGroups are school years from 1 to 13'),
      )
      .min(1, 'classroom.yearGroups needs at least one school year'),
    since: z
      .string({ error: 'classroom.since is the first day the pack was available to schools' })
      .refine(isRealDay, 'classroom.since is a date that exists, like 2020-09-01'),
    prepare: text('classroom.prepare', 3000),
    lessons: z.array(lessonFile('classroom lesson')).min(1, 'classroom.lessons needs a lesson'),
  })
  .strict()
export type Classroom = z.infer<typeof ClassroomSchema>

export const ManifestSchema = z.object({
  title: text('title', 160),
  summary: text('summary', 600),
  description: text('description', 5000).optional(),
  audience: z
    .array(z.enum(AUDIENCES, { error: `audience must be one of ${AUDIENCES.join(', ')}` }))
    .min(1, 'audience needs at least one value'),
  topics: z
    .array(z.enum(TOPICS, { error: `topics must be from ${TOPICS.join(', ')}` }))
    .min(1, 'topics needs at least one value'),
  practiceLevel: z.enum(PRACTICE_LEVELS, {
    error: `practiceLevel must be one of ${PRACTICE_LEVELS.join(', ')}`,
  }),
  estimatedMinutes: minutes('estimatedMinutes'),
  cpdMinutes: minutes('cpdMinutes'),
  passMark: z.number({ error: 'passMark must be a number from 0 to 100' }).int().min(0).max(100),
  languages: z
    .array(z.string().regex(/^[a-z]{2}$/, 'languages are two-letter codes like en'))
    .min(1),
  owner: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  contentNote: text('contentNote', 1000).optional(),
  translations: z
    .record(
      z.string().regex(/^[a-z]{2}$/),
      z.object({
        title: text('translated title', 160),
        summary: text('translated summary', 600),
        description: text('translated description', 5000).optional(),
        contentNote: text('translated contentNote', 1000).optional(),
        evaluation: EvaluationSchema.optional(),
      }),
    )
    .optional(),
  evaluation: EvaluationSchema.optional(),
  lessons: z
    .array(
      text('lesson file name', 120).regex(
        /^[a-z0-9][a-z0-9-]*\.md$/,
        'lesson files are named like 01-welcome.md',
      ),
    )
    .min(1, 'lessons needs at least one lesson file'),
  classroom: ClassroomSchema.optional(),
  validity: ValiditySchema.optional(),
  refresher: z
    .string()
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      'refresher is the short name of another module, like safeguarding-refresher',
    )
    .optional(),
  requiredAgain: z
    .object({
      by: z.string().refine(isRealDay, 'requiredAgain.by is a date that exists, like 2027-10-31'),
      reason: text('requiredAgain.reason', 500),
    })
    .optional(),
})
export type Manifest = z.infer<typeof ManifestSchema>

const teacherNotes = text('notes', 2000).optional()
/** A chapter's short name, which teach screens use to play it: `county-lines`. */
const chapterId = z
  .string({ error: 'a chapter id is a short name like county-lines' })
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'a chapter id is a short name like county-lines: lower-case letters, digits and hyphens',
  )
  .max(40, 'a chapter id is a short name like county-lines: 40 characters at most')
/**
 * One screen of teach mode: part of the pack's film, a discussion prompt, some of its letters
 * one at a time, or a titled screen of text. `notes` are for the teacher only.
 */
export const SlideSchema = z.union(
  [
    z
      .object({
        film: lessonFile('film'),
        /** a chapter of the film lesson by its id: from its `at` to the next chapter's */
        chapter: chapterId.optional(),
        from: z.number().min(0).optional(),
        to: z.number().min(0).optional(),
        notes: teacherNotes,
      })
      .strict()
      .refine(
        (s) => s.to === undefined || s.to > (s.from ?? 0),
        'a film screen ends after it starts',
      ),
    z.object({ prompt: text('prompt', 500), notes: teacherNotes }).strict(),
    z
      .object({
        letters: lessonFile('letters'),
        only: z.array(z.number().int().min(1)).min(1).optional(),
        notes: teacherNotes,
      })
      .strict(),
    z.object({ title: text('title', 160), text: text('text', 2000), notes: teacherNotes }).strict(),
  ],
  {
    error:
      'each teach screen is one of: film (a film lesson file), prompt, letters (a letters lesson file) or title with text',
  },
)
export type Slide = z.infer<typeof SlideSchema>

const common = {
  title: text('title', 160),
  minutes: minutes('minutes'),
  required: z.boolean().default(true),
  contentNote: text('contentNote', 1000).optional(),
  sources: z.array(text('source', 500)).default([]),
  /** the screens of teach mode, for a lesson listed in the manifest's classroom.lessons */
  teach: z.array(SlideSchema).min(1, 'teach needs at least one screen').optional(),
  /** in a translated lesson (`.cy.md`): what a native speaker should still review; shown, never hidden */
  review: text('review', 2000).optional(),
}

const OptionSchema = z.object({
  text: text('option text', 500),
  correct: z.boolean({ error: 'every option needs correct: true or false' }),
  feedback: text('option feedback', 1000),
})

const QuestionSchema = z
  .object({
    prompt: text('question prompt', 1000),
    multiple: z.boolean().default(false),
    options: z.array(OptionSchema).min(2, 'a question needs at least two options').max(8),
    /** what in the question may distress (a stabbing, abuse at home): shown before it */
    contentNote: text('question content note', 500).optional(),
    /** the same question without the hard detail, for a learner who chooses not to read it */
    alternative: text('question alternative', 1000).optional(),
  })
  .superRefine((q, ctx) => {
    if (Boolean(q.contentNote) !== Boolean(q.alternative))
      ctx.addIssue({
        code: 'custom',
        message: q.contentNote
          ? `the question "${q.prompt}" has a content note but no alternative: write the question again without the hard detail`
          : `the question "${q.prompt}" has an alternative but no content note: say what the question is about`,
        path: [q.contentNote ? 'alternative' : 'contentNote'],
        params: { code: 'note-without-alternative' },
      })
    const correct = q.options.filter((o) => o.correct).length
    if (correct === 0)
      ctx.addIssue({
        code: 'custom',
        message: `the question "${q.prompt}" has no correct option`,
        params: { code: 'no-correct-option' },
      })
    if (!q.multiple && correct > 1) {
      ctx.addIssue({
        code: 'custom',
        message: `the question "${q.prompt}" has ${correct} correct options but is not multiple: true`,
        params: { code: 'too-many-correct' },
      })
    }
  })

export const LessonSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('reading'), ...common }),
    z.object({
      kind: z.literal('film'),
      ...common,
      film: mediaPath('film'),
      captions: z
        .array(
          z.object({
            language: z.string().regex(/^[a-z]{2}$/),
            label: text('captions label', 60),
            file: mediaPath('captions file'),
            /** captions in another language than English: the transcript in that language */
            transcript: mediaPath('captions transcript').optional(),
            /** what a native speaker should still review in these captions (and their transcript) */
            review: text('captions review', 2000).optional(),
          }),
          {
            error: 'a film needs captions: a list of language, label and file',
          },
        )
        .min(1, 'a film needs captions'),
      transcript: mediaPath('transcript'),
      poster: mediaPath('poster').optional(),
      chapters: z
        .array(
          z.object({
            /** the short name teach screens play it by (`chapter: county-lines`) */
            id: chapterId.optional(),
            at: z.number().min(0),
            title: text('chapter title', 120),
          }),
        )
        .default([])
        .refine((chapters) => {
          const ids = chapters.flatMap((c) => (c.id ? [c.id] : []))
          return new Set(ids).size === ids.length
        }, 'every chapter id is different'),
      notes: z
        .array(z.object({ at: z.number().min(0), text: text('content note', 500) }))
        .default([]),
    }),
    z.object({
      kind: z.literal('letters'),
      ...common,
      letters: z
        .array(
          z.object({
            from: text('from', 120),
            to: text('to', 120),
            date: text('date', 60),
            body: text('letter body', 10000),
          }),
        )
        .min(1, 'a letters lesson needs at least one letter'),
    }),
    z.object({
      kind: z.literal('activity'),
      ...common,
      downloads: z
        .array(z.object({ title: text('download title', 160), file: mediaPath('download file') }))
        .default([]),
    }),
    z.object({
      kind: z.literal('check'),
      ...common,
      passMark: z.number().int().min(0).max(100).optional(),
      questions: z.array(QuestionSchema).min(1, 'a knowledge check needs at least one question'),
    }),
    z.object({
      kind: z.literal('reflection'),
      ...common,
      prompts: z.array(text('prompt', 500)).min(1, 'a reflection needs at least one prompt'),
    }),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union' ? `kind must be one of ${LESSON_KINDS.join(', ')}` : undefined,
  },
)
export type LessonSource = z.infer<typeof LessonSchema>
