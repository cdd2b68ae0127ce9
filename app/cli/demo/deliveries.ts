/**
 * Demo classroom deliveries (decision 017): Merseyside schools teaching 'To the Edge' and
 * Lancashire schools teaching 'Mia's Story' over this financial year, logged through the same
 * function as the form, so a VRU lead sees reach and which schools have not used a pack yet.
 * The demo school lead's own school taught 'To the Edge' last year only: its lead sees a
 * delivery, and the school is not yet reached this year, as a teacher trying the demo finds.
 */
import { and, eq, inArray, like, ne } from 'drizzle-orm'
import { classroomDeliveries, db, organisations, users, vrus } from '#app/db.server.ts'
import {
  type DeliveryInput,
  classroomPacks,
  logDelivery,
} from '#app/classroom/deliveries.server.ts'
import { currentFinancialYear, periodRange } from '#app/reporting/periods.ts'
import { addDays, londonDay } from '#app/utils/uk-dates.ts'

const DAY = 24 * 60 * 60 * 1000
/** Each unit's pack, and the kinds of school whose pupils it suits. */
const PACKS = {
  merseyside: { slug: 'to-the-edge', schools: ['secondary', 'college'] },
  lancashire: { slug: 'mias-story', schools: ['primary', 'secondary'] },
} as const

/** Only into a database with no deliveries yet. */
export function seedDemoDeliveries(now = new Date()) {
  if (db.select({ id: classroomDeliveries.id }).from(classroomDeliveries).get()) return false
  const lead = db
    .select()
    .from(users)
    .where(eq(users.email, 'lead.school@demo.upstream.test'))
    .get()
  const yearStart = londonDay(periodRange(currentFinancialYear(now.getTime())).start)
  const today = londonDay(now)
  const span = Math.max(1, Math.round((Date.parse(today) - Date.parse(yearStart)) / DAY))
  let seeded = false
  for (const [slug, { slug: packSlug, schools }] of Object.entries(PACKS)) {
    const unit = db.select().from(vrus).where(eq(vrus.slug, slug)).get()
    const pack = unit && classroomPacks(unit.id).find((p) => p.slug === packSlug)
    if (!unit || !pack) continue
    // the demo staff of the unit's schools, but not the demo school lead's school
    const teachers = db
      .select()
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(
        and(
          eq(users.vruId, unit.id),
          like(users.email, 'staff%'),
          inArray(organisations.type, [...schools]),
          ne(organisations.id, lead?.organisationId ?? 0),
        ),
      )
      .all()
      .map((r) => r.users)
    teachers.forEach((teacher, i) => {
      for (let k = 0; k < 3; k++) {
        const day = addDays(
          yearStart,
          Math.floor(((i * 3 + k + 1) * span) / (teachers.length * 3 + 1)),
        )
        const lesson = pack.lessons[(i + k) % pack.lessons.length]!
        const input: DeliveryInput = {
          moduleId: pack.moduleId,
          lessons: [lesson.slug],
          deliveredOn: day,
          yearGroup: pack.yearGroups[(i + k) % pack.yearGroups.length]!,
          pupils: 18 + ((i * 7 + k * 5) % 14),
          setting: k === 2 && i % 3 === 0 ? 'small_group' : 'class',
          coDeliveredWith: i % 4 === 1 ? 'police' : undefined,
          concernPassedOn: (i + k) % 9 === 4 ? 'yes' : 'no',
          // a pack taught again to another class the same day is still one delivery each
          confirmDuplicate: 'yes',
        }
        if (logDelivery(teacher, input, new Date(Date.parse(day) + 15 * 60 * 60 * 1000)).ok)
          seeded = true
      }
    })
  }
  // last year, at the demo school lead's school: a delivery its lead sees
  const colleague =
    lead &&
    db
      .select()
      .from(users)
      .where(
        and(
          eq(users.organisationId, lead.organisationId ?? 0),
          eq(users.email, 'teacher.merseyside@demo.upstream.test'),
        ),
      )
      .get()
  const toTheEdge = lead?.vruId
    ? classroomPacks(lead.vruId).find((p) => p.slug === 'to-the-edge')
    : undefined
  if (colleague && toTheEdge) {
    const day = addDays(yearStart, -40)
    logDelivery(
      colleague,
      {
        moduleId: toTheEdge.moduleId,
        lessons: [toTheEdge.lessons[0]!.slug],
        deliveredOn: day,
        yearGroup: 10,
        pupils: 26,
        setting: 'class',
        coDeliveredWith: undefined,
        concernPassedOn: 'no',
      },
      new Date(Date.parse(day) + 15 * 60 * 60 * 1000),
    )
  }
  return seeded
}
