/**
 * Classroom deliveries (decision 017): a teacher logs each time they taught a classroom pack, in
 * a form of fixed choices. Pupils are counted, never named or described; the unit, organisation,
 * its type and area are the teacher's when they logged it.
 */
import { and, desc, eq, inArray, isNotNull, ne } from 'drizzle-orm'
import { z } from 'zod'
import {
  deliveriesInScope,
  mayEditDelivery,
  mayLogDeliveries,
  modulesOpenTo,
  type Scope,
} from '#app/auth/permissions.server.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import {
  CO_DELIVERERS,
  classroomDeliveries,
  db,
  DELIVERY_SETTINGS,
  lessons,
  modules,
  moduleVersions,
  organisations,
  users,
  type ClassroomPack,
  type ModuleTranslation,
} from '#app/db.server.ts'
import { latestPublished } from '#app/learning/catalogue.server.ts'
import { type FieldErrors } from '#app/utils/forms.ts'
import { isoDayFrom, isRealDay, londonDay } from '#app/utils/uk-dates.ts'
import { createI18n, type Translator } from '#app/i18n/i18n.ts'
import { CLASSROOM_MESSAGES as MESSAGES, yearGroupLabel, yearGroupsLabel } from './labels.ts'

/** The largest group a delivery may count: more is not a class but a mistake. */
export const MAX_PUPILS = 400
/** Messages with a pack's name in them are written in the teacher's language here. */
const english = createI18n('en').t

const listOf = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : [v].flat()))

export const DeliverySchema = z.object({
  moduleId: z.coerce
    .number({ error: MESSAGES.pack })
    .int({ error: MESSAGES.pack })
    .positive({ error: MESSAGES.pack }),
  lessons: listOf.pipe(z.array(z.string()).min(1, MESSAGES.lessons)),
  deliveredOn: z
    .string({ error: MESSAGES.day })
    // a browser without a date picker sends what was typed, often day/month/year
    .transform(isoDayFrom)
    .pipe(
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, { error: MESSAGES.day })
        .refine(isRealDay, { error: MESSAGES.realDay }),
    ),
  yearGroup: z.coerce
    .number({ error: MESSAGES.yearGroup })
    .int({ error: MESSAGES.yearGroup })
    .min(1, { error: MESSAGES.yearGroup })
    .max(13, { error: MESSAGES.yearGroup }),
  pupils: z
    .string({ error: MESSAGES.pupils })
    .regex(/^\d+$/, { error: MESSAGES.wholePupils })
    .transform(Number)
    .pipe(
      z.number().min(1, { error: MESSAGES.noPupils }).max(MAX_PUPILS, {
        error: MESSAGES.tooManyPupils,
      }),
    ),
  setting: z.enum(DELIVERY_SETTINGS, { error: MESSAGES.setting }),
  coDeliveredWith: z.enum(CO_DELIVERERS, { error: MESSAGES.coDeliverer }).optional(),
  concernPassedOn: z.enum(['yes', 'no'], {
    error: MESSAGES.concern,
  }),
  confirmYearGroup: z.literal('yes').optional(),
  confirmDuplicate: z.literal('yes').optional(),
})
export type DeliveryInput = z.output<typeof DeliverySchema>

/** What a teacher must confirm before an unusual delivery is kept: asked, never refused. */
export type DeliveryConfirm = 'yearGroup' | 'duplicate'

export type DeliveryResult =
  { ok: true; id: number } | { ok: false; errors: FieldErrors; confirm?: DeliveryConfirm }

type ClassroomLesson = { slug: string; title: string }
export type ClassroomPackChoice = {
  moduleId: number
  slug: string
  title: string
  translations: Record<string, ModuleTranslation> | null
  versionId: number
  yearGroups: number[]
  since: string
  lessons: ClassroomLesson[]
}

/**
 * The classroom packs a person's unit may use, each with the lessons a teacher teaches; every
 * unit's for national reach.
 */
export function classroomPacks(vruId: number | null | 'every unit'): ClassroomPackChoice[] {
  const packs = db
    .select({
      moduleId: modules.id,
      slug: modules.slug,
      title: moduleVersions.title,
      translations: moduleVersions.translations,
      versionId: moduleVersions.id,
      classroom: moduleVersions.classroom,
    })
    .from(moduleVersions)
    .innerJoin(modules, eq(modules.id, moduleVersions.moduleId))
    .where(
      and(
        eq(moduleVersions.status, 'published'),
        latestPublished,
        isNotNull(moduleVersions.classroom),
        vruId === 'every unit' ? undefined : modulesOpenTo(vruId),
      ),
    )
    .orderBy(moduleVersions.title)
    .all()
  const titles = lessonTitles(packs.map((p) => p.versionId))
  return packs.map((p) => {
    const classroom = p.classroom as ClassroomPack
    return {
      moduleId: p.moduleId,
      slug: p.slug,
      title: p.title,
      translations: p.translations,
      versionId: p.versionId,
      yearGroups: classroom.yearGroups,
      since: classroom.since,
      lessons: classroom.lessons.map((slug) => ({
        slug,
        title: titles.get(`${p.versionId}:${slug}`) ?? slug,
      })),
    }
  })
}

function lessonTitles(versionIds: number[]) {
  if (versionIds.length === 0) return new Map<string, string>()
  const rows = db
    .select({ versionId: lessons.moduleVersionId, slug: lessons.slug, title: lessons.title })
    .from(lessons)
    .where(inArray(lessons.moduleVersionId, versionIds))
    .all()
  return new Map(rows.map((r) => [`${r.versionId}:${r.slug}`, r.title]))
}

/** Checks a delivery against its pack and the teacher's own log; the problems, or none. */
function deliveryProblems(
  teacherId: string,
  input: DeliveryInput,
  pack: ClassroomPackChoice | undefined,
  today: string,
  editing: number | null,
  t: Translator,
): { errors: FieldErrors; confirm?: DeliveryConfirm } | null {
  if (!pack) return { errors: { moduleId: MESSAGES.packListed } }
  const errors: FieldErrors = {}
  const taught = new Set(pack.lessons.map((l) => l.slug))
  if (input.lessons.some((l) => !taught.has(l)))
    errors.lessons = t('Choose lessons of {{pack}}: one you chose is not a lesson of this pack', {
      pack: pack.title,
    })
  if (input.deliveredOn > today) errors.deliveredOn = MESSAGES.future
  else if (input.deliveredOn < pack.since)
    errors.deliveredOn = t(
      '{{pack}} was first available to schools on {{day}}. Check the day you taught it',
      { pack: pack.title, day: pack.since },
    )
  if (Object.keys(errors).length > 0) return { errors }
  if (!pack.yearGroups.includes(input.yearGroup) && !input.confirmYearGroup)
    return {
      errors: {
        confirmYearGroup: t(
          '{{pack}} is written for {{years}}, not {{year}}. Tick the box to confirm you taught it to {{year}}, or change the year group',
          {
            pack: pack.title,
            years: yearGroupsLabel(pack.yearGroups, t),
            year: yearGroupLabel(input.yearGroup, t),
          },
        ),
      },
      confirm: 'yearGroup',
    }
  if (!input.confirmDuplicate && sameDeliveryLogged(teacherId, input, editing))
    return {
      errors: {
        confirmDuplicate: t(
          'You have already logged {{pack}} for {{pupils}} pupils in {{year}} on this day. If this was another group, tick the box to log it as well; if not, there is nothing more to do',
          { pack: pack.title, pupils: input.pupils, year: yearGroupLabel(input.yearGroup, t) },
        ),
      },
      confirm: 'duplicate',
    }
  return null
}

function sameDeliveryLogged(teacherId: string, input: DeliveryInput, editing: number | null) {
  const sameDay = db
    .select({ lessons: classroomDeliveries.lessons })
    .from(classroomDeliveries)
    .where(
      and(
        eq(classroomDeliveries.teacherId, teacherId),
        eq(classroomDeliveries.deliveredOn, input.deliveredOn),
        eq(classroomDeliveries.moduleId, input.moduleId),
        eq(classroomDeliveries.yearGroup, input.yearGroup),
        eq(classroomDeliveries.pupils, input.pupils),
        eq(classroomDeliveries.setting, input.setting),
        editing === null ? undefined : ne(classroomDeliveries.id, editing),
      ),
    )
    .all()
  const key = [...input.lessons].sort().join(',')
  return sameDay.some((d) => [...d.lessons].sort().join(',') === key)
}

const columnsOf = (input: DeliveryInput, versionId: number, now: Date) => ({
  moduleId: input.moduleId,
  moduleVersionId: versionId,
  deliveredOn: input.deliveredOn,
  lessons: [...new Set(input.lessons)],
  yearGroup: input.yearGroup,
  pupils: input.pupils,
  setting: input.setting,
  coDeliveredWith: input.coDeliveredWith ?? null,
  concernPassedOn: input.concernPassedOn === 'yes',
  updatedAt: now,
})

/** Logs a delivery for the teacher's unit and organisation as they are now. */
export function logDelivery(
  teacher: Pick<SessionUser, 'id' | 'role' | 'vruId' | 'organisationId'>,
  input: DeliveryInput,
  now = new Date(),
  t: Translator = english,
): DeliveryResult {
  if (!mayLogDeliveries(teacher))
    return {
      ok: false,
      errors: { form: MESSAGES.notLinked },
    }
  const pack = classroomPacks(teacher.vruId).find((p) => p.moduleId === input.moduleId)
  const problems = deliveryProblems(teacher.id, input, pack, londonDay(now), null, t)
  if (problems) return { ok: false, ...problems }
  const organisation = db
    .select({ type: organisations.type, areaId: organisations.areaId })
    .from(organisations)
    .where(eq(organisations.id, teacher.organisationId))
    .get()
  if (!organisation) return { ok: false, errors: { form: MESSAGES.noOrganisation } }
  const row = db
    .insert(classroomDeliveries)
    .values({
      teacherId: teacher.id,
      vruId: teacher.vruId,
      organisationId: teacher.organisationId,
      organisationType: organisation.type,
      areaId: organisation.areaId,
      createdAt: now,
      ...columnsOf(input, pack!.versionId, now),
    })
    .returning({ id: classroomDeliveries.id })
    .get()
  return { ok: true, id: row.id }
}

/** Corrects a delivery, by its teacher within the week; where it is counted does not change. */
export function changeDelivery(
  teacher: Pick<SessionUser, 'id' | 'vruId'>,
  id: number,
  input: DeliveryInput,
  now = new Date(),
  t: Translator = english,
): DeliveryResult | null {
  const delivery = db.select().from(classroomDeliveries).where(eq(classroomDeliveries.id, id)).get()
  if (!delivery || delivery.teacherId !== teacher.id) return null
  if (!mayEditDelivery(teacher, delivery, now))
    return {
      ok: false,
      errors: {
        form: MESSAGES.tooOld,
      },
    }
  const pack = classroomPacks(teacher.vruId).find((p) => p.moduleId === input.moduleId)
  const problems = deliveryProblems(teacher.id, input, pack, londonDay(now), id, t)
  if (problems) return { ok: false, ...problems }
  db.update(classroomDeliveries)
    .set(columnsOf(input, pack!.versionId, now))
    .where(eq(classroomDeliveries.id, id))
    .run()
  return { ok: true, id }
}

export type DeliveryRow = {
  id: number
  deliveredOn: string
  moduleId: number
  pack: string
  lessons: string[]
  yearGroup: number
  pupils: number
  setting: (typeof DELIVERY_SETTINGS)[number]
  coDeliveredWith: (typeof CO_DELIVERERS)[number] | null
  concernPassedOn: boolean
  teacher: string
  teacherId: string
  editable: boolean
}

/**
 * The deliveries a scope may see, newest first: a teacher's own, their organisation's for an
 * organisation lead. `limit` keeps a long history's page short.
 */
export function listDeliveries(
  viewer: Pick<SessionUser, 'id'>,
  scope: Scope,
  { limit = 200, now = new Date() }: { limit?: number; now?: Date } = {},
): DeliveryRow[] {
  const rows = db
    .select({
      id: classroomDeliveries.id,
      deliveredOn: classroomDeliveries.deliveredOn,
      moduleId: classroomDeliveries.moduleId,
      versionId: classroomDeliveries.moduleVersionId,
      pack: moduleVersions.title,
      lessons: classroomDeliveries.lessons,
      yearGroup: classroomDeliveries.yearGroup,
      pupils: classroomDeliveries.pupils,
      setting: classroomDeliveries.setting,
      coDeliveredWith: classroomDeliveries.coDeliveredWith,
      concernPassedOn: classroomDeliveries.concernPassedOn,
      teacher: users.name,
      teacherId: classroomDeliveries.teacherId,
      createdAt: classroomDeliveries.createdAt,
    })
    .from(classroomDeliveries)
    .innerJoin(moduleVersions, eq(moduleVersions.id, classroomDeliveries.moduleVersionId))
    .innerJoin(users, eq(users.id, classroomDeliveries.teacherId))
    .where(deliveriesInScope(scope))
    .orderBy(desc(classroomDeliveries.deliveredOn), desc(classroomDeliveries.id))
    .limit(limit)
    .all()
  const titles = lessonTitles([...new Set(rows.map((r) => r.versionId))])
  return rows.map(({ versionId, createdAt, ...r }) => ({
    ...r,
    lessons: r.lessons.map((slug) => titles.get(`${versionId}:${slug}`) ?? slug),
    editable: mayEditDelivery(viewer, { teacherId: r.teacherId, createdAt }, now),
  }))
}

/** One delivery its teacher may see, with the form's values; null for anyone else's. */
export function getOwnDelivery(teacher: Pick<SessionUser, 'id'>, id: number, now = new Date()) {
  const delivery = db
    .select()
    .from(classroomDeliveries)
    .where(and(eq(classroomDeliveries.id, id), eq(classroomDeliveries.teacherId, teacher.id)))
    .get()
  if (!delivery) return null
  return {
    id: delivery.id,
    moduleId: delivery.moduleId,
    editable: mayEditDelivery(teacher, delivery, now),
    values: {
      moduleId: String(delivery.moduleId),
      lessons: delivery.lessons.join(','),
      deliveredOn: delivery.deliveredOn,
      yearGroup: String(delivery.yearGroup),
      pupils: String(delivery.pupils),
      setting: delivery.setting,
      coDeliveredWith: delivery.coDeliveredWith ?? '',
      concernPassedOn: delivery.concernPassedOn ? 'yes' : 'no',
    } as Record<string, string>,
  }
}
