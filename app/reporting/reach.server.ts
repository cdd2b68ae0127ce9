/**
 * Reach of the classroom packs (issue 19): for a unit (or NATIONAL) and a report period, the
 * schools reached (distinct organisations with a delivery), sessions delivered and pupils reached
 * (class sizes as teachers reported them), by pack, area, organisation type, year group, month
 * and quarter; each pack's share of the unit's schools this financial year; and the schools that
 * have not used a pack yet.
 *
 * Not through disclosure control (decision 010), on purpose (decision 017): reach counts
 * organisations and class sizes, never people, and pupils are never data subjects, so nothing
 * here can single anyone out. No teacher is named or counted. A delivery counts for the unit,
 * organisation, type and area it was taught under (stored on it), never their values now.
 */
import { modulesOpenTo } from '#app/auth/permissions.server.ts'
import { db, modules, moduleVersions, sqlite, type OrganisationType } from '#app/db.server.ts'
import { financialYearOf, londonDay, ukDate } from '#app/utils/uk-dates.ts'
import { and, eq, isNotNull } from 'drizzle-orm'
import { monthsIn, periodRange, type Period } from './periods.ts'
import { NATIONAL, type ReportScope } from './types.ts'

/** The organisation types that are schools, for shares and the not-yet-used list. */
export const SCHOOL_TYPES = [
  'primary',
  'secondary',
  'special',
  'alternative_provision',
  'college',
] as const satisfies readonly OrganisationType[]

export type ReachFigures = { schools: number; sessions: number; pupils: number }
/** A group's figures; `key` is a module id, area id ('' for none), type, year group or month. */
export type ReachGroup = ReachFigures & { key: string }

export type Reach = {
  total: ReachFigures
  byPack: ReachGroup[]
  byArea: ReachGroup[]
  byType: ReachGroup[]
  byYearGroup: ReachGroup[]
  /** every month of the period, in order, with none where nothing was taught */
  byMonth: ReachGroup[]
  /** every financial-year quarter the period touches ('2026-1'), in order */
  byQuarter: ReachGroup[]
}

/** A half-open range of UK days, 'YYYY-MM-DD', as deliveries store them. */
export type DayRange = { from: string; to: string }

/** The UK days a period covers: [first day, the day after the last). */
export function periodDays(period: Period): DayRange {
  const { start, end } = periodRange(period)
  return { from: londonDay(start), to: londonDay(end) }
}

/** A month 'YYYY-MM' as its financial-year quarter, '2026-1' (April to June 2026). */
export function quarterOfMonth(month: string) {
  const year = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7))
  return `${financialYearOf(year, m)}-${Math.floor(((m + 8) % 12) / 3) + 1}`
}

// Read from the covering indexes alone (db/schema.ts): a unit's by unit then day, every unit's
// by day; one pass feeds every breakdown, which costs less than a grouped query per breakdown.
const COLUMNS =
  'module_id, organisation_id, organisation_type, area_id, year_group, delivered_on, pupils'
type Row = [number, number, string, number | null, number, string, number]
const unitRows = sqlite
  .prepare<{ vruId: number; from: string; to: string }, Row>(
    `select ${COLUMNS} from classroom_deliveries indexed by classroom_deliveries_reach
     where vru_id = :vruId and delivered_on >= :from and delivered_on < :to`,
  )
  .raw()
const everyUnitsRows = sqlite
  .prepare<{ from: string; to: string }, Row>(
    `select ${COLUMNS} from classroom_deliveries indexed by classroom_deliveries_day
     where delivered_on >= :from and delivered_on < :to`,
  )
  .raw()

function rowsIn(vruId: number, days: DayRange) {
  return vruId === NATIONAL ? everyUnitsRows.all(days) : unitRows.all({ vruId, ...days })
}

type Tally = { sessions: number; pupils: number; schools: Set<number> }
const tally = (): Tally => ({ sessions: 0, pupils: 0, schools: new Set() })
function add(groups: Map<string, Tally>, key: string, organisation: number, pupils: number) {
  let found = groups.get(key)
  if (!found) groups.set(key, (found = tally()))
  found.sessions++
  found.pupils += pupils
  found.schools.add(organisation)
}
const figures = (t: Tally): ReachFigures => ({
  schools: t.schools.size,
  sessions: t.sessions,
  pupils: t.pupils,
})
const NONE: ReachFigures = { schools: 0, sessions: 0, pupils: 0 }
/** Groups with deliveries, the most schools first (then sessions, then key). */
const ranked = (groups: Map<string, Tally>): ReachGroup[] =>
  [...groups]
    .map(([key, t]) => ({ key, ...figures(t) }))
    .sort(
      (a, b) =>
        b.schools - a.schools ||
        b.sessions - a.sessions ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    )
/** Every key in the order given, with none where nothing was taught. */
const inOrder = (groups: Map<string, Tally>, keys: string[]): ReachGroup[] =>
  keys.map((key) => {
    const t = groups.get(key)
    return { key, ...(t ? figures(t) : NONE) }
  })

/** Reach in a period for a unit, or every unit for NATIONAL (the scope comes from the policy). */
export function countReach(scope: ReportScope, period: Period): Reach {
  const all = tally()
  const dims = {
    pack: new Map<string, Tally>(),
    area: new Map<string, Tally>(),
    type: new Map<string, Tally>(),
    yearGroup: new Map<string, Tally>(),
    month: new Map<string, Tally>(),
  }
  for (const [moduleId, organisation, type, areaId, yearGroup, day, pupils] of rowsIn(
    scope.vruId,
    periodDays(period),
  )) {
    all.sessions++
    all.pupils += pupils
    all.schools.add(organisation)
    add(dims.pack, String(moduleId), organisation, pupils)
    add(dims.area, areaId === null ? '' : String(areaId), organisation, pupils)
    add(dims.type, type, organisation, pupils)
    add(dims.yearGroup, String(yearGroup), organisation, pupils)
    add(dims.month, day.slice(0, 7), organisation, pupils)
  }
  const months = monthsIn(period).map(
    ({ year, month }) => `${year}-${String(month).padStart(2, '0')}`,
  )
  // a quarter's schools are distinct across its months: merged from the months' sets
  const quarters = new Map<string, Tally>()
  for (const [month, t] of dims.month) {
    const key = quarterOfMonth(month)
    const q = quarters.get(key) ?? tally()
    q.sessions += t.sessions
    q.pupils += t.pupils
    for (const s of t.schools) q.schools.add(s)
    quarters.set(key, q)
  }
  return {
    total: figures(all),
    byPack: ranked(dims.pack),
    byArea: ranked(dims.area),
    byType: ranked(dims.type),
    byYearGroup: [...ranked(dims.yearGroup)].sort((a, b) => Number(a.key) - Number(b.key)),
    byMonth: inOrder(dims.month, months),
    byQuarter: inOrder(quarters, [...new Set(months.map(quarterOfMonth))]),
  }
}

/** The financial year a period ends in: the year whose shares the reach section shows. */
export function shareYearOf(period: Period): Period {
  const { year, month } = ukDate(periodRange(period).end - 1)
  return { kind: 'year', year: financialYearOf(year, month) }
}

const schoolTypeList = SCHOOL_TYPES.map((t) => `'${t}'`).join(', ')
const schoolsNow = sqlite.prepare<{ vruId: number }, { type: string; schools: number }>(
  `select type, count(*) as schools from organisations
   where (:vruId = 0 or vru_id = :vruId) and active = 1 and type in (${schoolTypeList})
   group by type`,
)

export type PackShare = {
  type: string
  /** the unit's active schools of the type now */
  schools: number
  /** per pack id: distinct schools of the type that used it in the year */
  used: Map<string, number>
}

/**
 * For each school type, the unit's active schools of that type now, and how many schools of that
 * type (as taught) used each pack in the financial year.
 */
export function packShares(scope: ReportScope, year: Period): PackShare[] {
  const used = new Map<string, Map<string, Set<number>>>()
  for (const [moduleId, organisation, type] of rowsIn(scope.vruId, periodDays(year))) {
    let byPack = used.get(type)
    if (!byPack) used.set(type, (byPack = new Map()))
    let schools = byPack.get(String(moduleId))
    if (!schools) byPack.set(String(moduleId), (schools = new Set()))
    schools.add(organisation)
  }
  const now = new Map(schoolsNow.all({ vruId: scope.vruId }).map((r) => [r.type, r.schools]))
  return SCHOOL_TYPES.map((type) => ({
    type,
    schools: now.get(type) ?? 0,
    used: new Map([...(used.get(type) ?? [])].map(([pack, s]) => [pack, s.size])),
  }))
}

/** The classroom packs a unit may teach (the national library and its own), by title. */
export function classroomPacks(vruId: number) {
  return db
    .selectDistinct({ moduleId: modules.id })
    .from(modules)
    .innerJoin(moduleVersions, eq(moduleVersions.moduleId, modules.id))
    .where(
      and(
        isNotNull(moduleVersions.classroom),
        vruId === NATIONAL ? undefined : modulesOpenTo(vruId),
      ),
    )
    .all()
    .map((r) => String(r.moduleId))
}

type School = { id: number; name: string; type: string; areaId: number | null; area: string | null }
const activeSchools = sqlite.prepare<{ vruId: number }, School>(
  `select o.id, o.name, o.type, o.area_id as areaId, a.name as area
   from organisations o left join areas a on a.id = o.area_id
   where (:vruId = 0 or o.vru_id = :vruId) and o.active = 1 and o.type in (${schoolTypeList})
   order by o.name, o.id`,
)
// each school's deliveries through their own index, so a school that joined the unit later
// still counts what it taught before
const packsUsedBy = sqlite
  .prepare<{ vruId: number }, [number, number]>(
    `select distinct d.module_id, d.organisation_id
     from organisations o
     join classroom_deliveries d indexed by classroom_deliveries_organisation
       on d.organisation_id = o.id
     where (:vruId = 0 or o.vru_id = :vruId) and o.active = 1 and o.type in (${schoolTypeList})`,
  )
  .raw()

export type NotYetUsed = {
  moduleId: string
  /** active schools that have never taught the pack */
  count: number
  /** those schools, for a unit; null nationally (counts only) */
  schools: Omit<School, 'areaId'>[] | null
}

/**
 * For each pack the unit may teach (or has taught), its active schools that have never taught it:
 * listed for a unit, counted nationally.
 */
export function schoolsNotYetUsing(scope: ReportScope): NotYetUsed[] {
  const used = new Map<string, Set<number>>()
  for (const [moduleId, organisation] of packsUsedBy.all({ vruId: scope.vruId })) {
    const key = String(moduleId)
    if (!used.has(key)) used.set(key, new Set())
    used.get(key)!.add(organisation)
  }
  const packs = [...new Set([...classroomPacks(scope.vruId), ...used.keys()])]
  const schools = activeSchools.all({ vruId: scope.vruId })
  return packs.map((moduleId) => {
    const users = used.get(moduleId) ?? new Set<number>()
    const not = schools.filter((s) => !users.has(s.id))
    return {
      moduleId,
      count: not.length,
      schools:
        scope.vruId === NATIONAL
          ? null
          : not.map(({ id, name, type, area }) => ({ id, name, type, area })),
    }
  })
}
