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
import { classroomPacks } from '#app/classroom/deliveries.server.ts'
import { sqlite, type OrganisationType } from '#app/db.server.ts'
import { financialYearOf, londonDay, ukDate } from '#app/utils/uk-dates.ts'
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
// by day. One pass feeds every breakdown: a grouped query per breakdown read the index six times.
// The month comes as a number (202604), counted by SQLite rather than cut from text in JS.
const COLUMNS = `module_id, organisation_id, organisation_type, area_id, year_group,
  cast(substr(delivered_on, 1, 4) as integer) * 100 + cast(substr(delivered_on, 6, 2) as integer),
  pupils`
type Row = [number, number, string, number | null, number, number, number]
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
const lastOrganisation = sqlite
  .prepare<[], [number | null]>('select max(id) from organisations')
  .raw()

/**
 * A group's figures as they are counted: its schools marked in a byte per organisation id, so a
 * national year (150,000 deliveries, 30,000 schools) needs no Set of each group's schools.
 */
class Tally {
  sessions = 0
  pupils = 0
  schools = 0
  seen: Uint8Array
  constructor(organisations: number) {
    this.seen = new Uint8Array(organisations + 1)
  }
  add(organisation: number, pupils: number) {
    this.sessions++
    this.pupils += pupils
    if (this.seen[organisation] === 0) {
      this.seen[organisation] = 1
      this.schools++
    }
  }
  /** another group's schools and figures added to this one (months into a quarter) */
  merge(other: Tally) {
    this.sessions += other.sessions
    this.pupils += other.pupils
    for (let i = 0; i < other.seen.length; i++) {
      if (other.seen[i] === 1 && this.seen[i] === 0) {
        this.seen[i] = 1
        this.schools++
      }
    }
  }
  get figures(): ReachFigures {
    return { schools: this.schools, sessions: this.sessions, pupils: this.pupils }
  }
}

type Groups = Map<number | string, Tally>
const TYPE_KEYS = new Map<string, number>(SCHOOL_TYPES.map((t, i) => [t, i]))

/** One pass over a range's deliveries into every breakdown (`sharesOnly`: pack by type only). */
function scan(vruId: number, days: DayRange, sharesOnly = false) {
  const size = lastOrganisation.get()?.[0] ?? 0
  const all = new Tally(size)
  const group = (groups: Groups, key: number | string) => {
    let found = groups.get(key)
    if (!found) groups.set(key, (found = new Tally(size)))
    return found
  }
  const dims = {
    pack: new Map() as Groups,
    area: new Map() as Groups,
    type: new Map() as Groups,
    yearGroup: new Map() as Groups,
    month: new Map() as Groups,
    /** pack and school type: `${moduleId}:${type}` */
    packType: new Map() as Groups,
  }
  const rows = vruId === NATIONAL ? everyUnitsRows.all(days) : unitRows.all({ vruId, ...days })
  for (const [moduleId, organisation, type, areaId, yearGroup, month, pupils] of rows) {
    const typeKey = TYPE_KEYS.get(type)
    if (typeKey !== undefined)
      group(dims.packType, moduleId * 8 + typeKey).add(organisation, pupils)
    if (sharesOnly) continue
    all.add(organisation, pupils)
    group(dims.pack, moduleId).add(organisation, pupils)
    group(dims.area, areaId ?? 0).add(organisation, pupils)
    group(dims.type, type).add(organisation, pupils)
    group(dims.yearGroup, yearGroup).add(organisation, pupils)
    group(dims.month, month).add(organisation, pupils)
  }
  return { all, dims }
}

const NONE: ReachFigures = { schools: 0, sessions: 0, pupils: 0 }
/** Groups with deliveries, the most schools first (then sessions, then key). */
const ranked = (groups: Groups, key: (k: number | string) => string): ReachGroup[] =>
  [...groups]
    .map(([k, t]) => ({ key: key(k), ...t.figures }))
    .sort(
      (a, b) =>
        b.schools - a.schools ||
        b.sessions - a.sessions ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    )
const monthKey = (month: number) =>
  `${Math.floor(month / 100)}-${String(month % 100).padStart(2, '0')}`

// Figures are remembered until a delivery is added (its id), a delivery is edited or removed (the
// change count 'classroom_deliveries', bumped by triggers, migration 0019) or an organisation changes
// (its change count, migration 0010): a page, its CSVs and its board summary then count once. A
// national year is 150,000 rows to read, which took 300 to 800 ms here; reading the stamp, 0.1.
const stampOf = sqlite
  .prepare<[], [string]>(
    `select coalesce((select max(id) from classroom_deliveries), 0) || ':' ||
       coalesce((select group_concat(count) from change_counts
                 where name in ('classroom_deliveries', 'organisations')), '')`,
  )
  .raw()
let stamp = ''
const remembered = new Map<string, unknown>()
function remember<T>(key: string, count: () => T): T {
  const now = stampOf.get()![0]
  if (now !== stamp) {
    remembered.clear()
    stamp = now
  }
  if (remembered.has(key)) return remembered.get(key) as T
  const value = count()
  // the oldest goes first: a server keeps a few hundred periods at most
  if (remembered.size >= 200) remembered.delete(remembered.keys().next().value!)
  remembered.set(key, value)
  return value
}

/** Reach in a period for a unit, or every unit for NATIONAL (the scope comes from the policy). */
export function countReach(scope: ReportScope, period: Period): Reach {
  const days = periodDays(period)
  return remember(`reach:${scope.vruId}:${days.from}:${days.to}`, () => {
    const { all, dims } = scan(scope.vruId, days)
    // the same pass gives the shares when the period is a financial year
    remember(`shares:${scope.vruId}:${days.from}:${days.to}`, () => sharesOf(dims.packType))
    const months = monthsIn(period).map(({ year, month }) => year * 100 + month)
    // a quarter's schools are distinct across its months: its months' schools merged
    const size = all.seen.length - 1
    const quarters = new Map<string, Tally>()
    for (const month of months) {
      const key = quarterOfMonth(monthKey(month))
      if (!quarters.has(key)) quarters.set(key, new Tally(size))
      const counted = dims.month.get(month)
      if (counted) quarters.get(key)!.merge(counted)
    }
    return {
      total: all.figures,
      byPack: ranked(dims.pack, String),
      byArea: ranked(dims.area, (k) => (k === 0 ? '' : String(k))),
      byType: ranked(dims.type, String),
      byYearGroup: ranked(dims.yearGroup, String).sort((a, b) => Number(a.key) - Number(b.key)),
      byMonth: months.map((m) => ({
        key: monthKey(m),
        ...(dims.month.get(m)?.figures ?? NONE),
      })),
      byQuarter: [...quarters].map(([key, t]) => ({ key, ...t.figures })),
    }
  })
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

const sharesOf = (packType: Groups) =>
  [...packType].map(([key, t]) => ({
    moduleId: String(Math.floor(Number(key) / 8)),
    type: SCHOOL_TYPES[Number(key) % 8]!,
    schools: t.schools,
  }))

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
  const days = periodDays(year)
  const used = remember(`shares:${scope.vruId}:${days.from}:${days.to}`, () =>
    sharesOf(scan(scope.vruId, days, true).dims.packType),
  )
  const now = remember(
    `schools:${scope.vruId}`,
    () => new Map(schoolsNow.all({ vruId: scope.vruId }).map((r) => [r.type, r.schools])),
  )
  return SCHOOL_TYPES.map((type) => ({
    type,
    schools: now.get(type) ?? 0,
    used: new Map(used.filter((u) => u.type === type).map((u) => [u.moduleId, u.schools])),
  }))
}

/** The classroom packs a unit may teach (every one nationally), as the delivery form offers them. */
export function packIdsOf(vruId: number) {
  return classroomPacks(vruId === NATIONAL ? 'every unit' : vruId).map((p) => String(p.moduleId))
}

type School = { id: number; name: string; type: string; areaId: number | null; area: string | null }
const activeSchools = sqlite.prepare<{ vruId: number }, School>(
  `select o.id, o.name, o.type, o.area_id as areaId, a.name as area
   from organisations o left join areas a on a.id = o.area_id
   where (:vruId = 0 or o.vru_id = :vruId) and o.active = 1 and o.type in (${schoolTypeList})
   order by o.name, o.id`,
)
// the pairs read from the covering indexes alone, distinct in SQLite (London: 45,000 deliveries
// to 4,400 pairs in about 50 ms). Through each school's own index instead, every delivery was a
// lookup in the table: 640 ms for London. A school counts what was taught there under this unit,
// so a school that moved in from another unit starts afresh.
const unitPacksUsed = sqlite
  .prepare<{ vruId: number }, [number, number]>(
    `select distinct module_id, organisation_id
     from classroom_deliveries indexed by classroom_deliveries_reach where vru_id = :vruId`,
  )
  .raw()
const everyUnitsPacksUsed = sqlite
  .prepare<[], [number, number]>(
    `select distinct module_id, organisation_id
     from classroom_deliveries indexed by classroom_deliveries_day`,
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
  return remember(`not-yet:${scope.vruId}`, () => notYetUsing(scope))
}
function notYetUsing(scope: ReportScope): NotYetUsed[] {
  const used = new Map<string, Set<number>>()
  const pairs =
    scope.vruId === NATIONAL ? everyUnitsPacksUsed.all() : unitPacksUsed.all({ vruId: scope.vruId })
  for (const [moduleId, organisation] of pairs) {
    const key = String(moduleId)
    if (!used.has(key)) used.set(key, new Set())
    used.get(key)!.add(organisation)
  }
  const packs = [...new Set([...packIdsOf(scope.vruId), ...used.keys()])]
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
