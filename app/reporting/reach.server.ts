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
 * A group's figures as they are counted: its deliveries per organisation id in an array, so a
 * national year (121,000 deliveries, 30,000 schools) needs no Set of each group's schools, and a
 * delivery taken away (an edit's old row) can leave a school uncounted again.
 */
class Tally {
  sessions = 0
  pupils = 0
  schools = 0
  seen: Uint16Array
  constructor(organisations: number) {
    this.seen = new Uint16Array(organisations + 1)
  }
  /** `sign`: 1 for a delivery, -1 for one taken away */
  add(organisation: number, pupils: number, sign = 1) {
    this.sessions += sign
    this.pupils += sign * pupils
    const before = this.seen[organisation]!
    this.seen[organisation] = before + sign
    if (before === 0) this.schools++
    else if (before + sign === 0) this.schools--
  }
  /** another group's schools and figures added to this one (months into a quarter) */
  merge(other: Tally) {
    this.sessions += other.sessions
    this.pupils += other.pupils
    for (let i = 0; i < other.seen.length; i++) {
      if (other.seen[i]! > 0) {
        if (this.seen[i] === 0) this.schools++
        this.seen[i] = this.seen[i]! + other.seen[i]!
      }
    }
  }
  get figures(): ReachFigures {
    return { schools: this.schools, sessions: this.sessions, pupils: this.pupils }
  }
}

type Groups = Map<number | string, Tally>
const TYPE_KEYS = new Map<string, number>(SCHOOL_TYPES.map((t, i) => [t, i]))

type Dims = {
  pack: Groups
  area: Groups
  type: Groups
  yearGroup: Groups
  month: Groups
  /** pack and school type: moduleId * 8 + the type's place in SCHOOL_TYPES */
  packType: Groups
}
/** A range's deliveries counted into every breakdown, up to the delivery `lastId`. */
type Scan = {
  all: Tally
  dims: Dims
  lastId: number
  /** the last edit or removal applied (classroom_delivery_changes) */
  lastSeq: number
  counts: string
  size: number
}

const newUnitRows = sqlite
  .prepare<{ vruId: number; from: string; to: string; after: number }, Row>(
    `select ${COLUMNS} from classroom_deliveries
     where id > :after and vru_id = :vruId and delivered_on >= :from and delivered_on < :to`,
  )
  .raw()
const newRows = sqlite
  .prepare<{ from: string; to: string; after: number }, Row>(
    `select ${COLUMNS} from classroom_deliveries
     where id > :after and delivered_on >= :from and delivered_on < :to`,
  )
  .raw()
const lastDelivery = sqlite
  .prepare<[], [number]>('select coalesce(max(id), 0) from classroom_deliveries')
  .raw()
const lastChange = sqlite
  .prepare<[], [number]>('select coalesce(max(seq), 0) from classroom_delivery_changes')
  .raw()
// edits and removals since `after` of deliveries already counted (id up to `counted`)
const CHANGE_COLUMNS = `${COLUMNS}, sign`
type Change = [...Row, number]
const unitChanges = sqlite
  .prepare<{ vruId: number; from: string; to: string; after: number; counted: number }, Change>(
    `select ${CHANGE_COLUMNS} from classroom_delivery_changes
     where seq > :after and delivery_id <= :counted and vru_id = :vruId
       and delivered_on >= :from and delivered_on < :to order by seq`,
  )
  .raw()
const changes = sqlite
  .prepare<{ from: string; to: string; after: number; counted: number }, Change>(
    `select ${CHANGE_COLUMNS} from classroom_delivery_changes
     where seq > :after and delivery_id <= :counted
       and delivered_on >= :from and delivered_on < :to order by seq`,
  )
  .raw()
const changeCountsNow = sqlite
  .prepare<[], [string]>(
    `select coalesce(group_concat(count), '') from change_counts where name = 'organisations'`,
  )
  .raw()

/** Rows into every breakdown; a change's last column says whether it adds or takes away. */
function count(scan: Scan, rows: Iterable<Row | Change>) {
  const { all, dims } = scan
  const group = (groups: Groups, key: number | string) => {
    let found = groups.get(key)
    if (!found) groups.set(key, (found = new Tally(scan.size)))
    return found
  }
  for (const row of rows) {
    const [moduleId, organisation, type, areaId, yearGroup, month, pupils] = row
    const sign = row.length === 8 ? row[7] : 1
    const typeKey = TYPE_KEYS.get(type)
    if (typeKey !== undefined)
      group(dims.packType, moduleId * 8 + typeKey).add(organisation, pupils, sign)
    all.add(organisation, pupils, sign)
    group(dims.pack, moduleId).add(organisation, pupils, sign)
    group(dims.area, areaId ?? 0).add(organisation, pupils, sign)
    group(dims.type, type).add(organisation, pupils, sign)
    group(dims.yearGroup, yearGroup).add(organisation, pupils, sign)
    group(dims.month, month).add(organisation, pupils, sign)
  }
}

// A year's count is kept, and what was logged, edited or removed since is applied to it: reading
// a national year again (121,000 rows crossing into JavaScript) takes 400 ms, the few new rows
// under 1. A changed organisation (its change count) has it counted again in full. Each is read
// in one transaction, so the rows, the edits and the last ids agree.
const scans = new Map<string, Scan>()
const currentScan = sqlite.transaction((vruId: number, days: DayRange): Scan => {
  const key = `${vruId}:${days.from}:${days.to}`
  const counts = changeCountsNow.get()![0]
  const lastId = lastDelivery.get()![0]
  const lastSeq = lastChange.get()![0]
  let scan = scans.get(key)
  if (!scan || scan.counts !== counts) {
    const size = lastOrganisation.get()?.[0] ?? 0
    const dims = {
      pack: new Map(),
      area: new Map(),
      type: new Map(),
      yearGroup: new Map(),
      month: new Map(),
      packType: new Map(),
    }
    scan = { all: new Tally(size), dims, lastId, lastSeq, counts, size }
    count(scan, vruId === NATIONAL ? everyUnitsRows.all(days) : unitRows.all({ vruId, ...days }))
    // a national year's tallies take about 3 MB: a dozen ranges at most, the oldest out first
    if (scans.size >= 12) scans.delete(scans.keys().next().value!)
    scans.set(key, scan)
    return scan
  }
  const range = { ...days, after: scan.lastId }
  const added =
    lastId > scan.lastId
      ? vruId === NATIONAL
        ? newRows.all(range)
        : newUnitRows.all({ vruId, ...range })
      : []
  // an organisation made since is counted in full (its id is past the tallies' end)
  if (added.some((r) => r[1] > scan!.size)) {
    scans.delete(key)
    return currentScan(vruId, days)
  }
  // edits of deliveries counted before; one added since is read as it is now
  const edits =
    lastSeq > scan.lastSeq
      ? vruId === NATIONAL
        ? changes.all({ ...days, after: scan.lastSeq, counted: scan.lastId })
        : unitChanges.all({ vruId, ...days, after: scan.lastSeq, counted: scan.lastId })
      : []
  count(scan, edits)
  count(scan, added)
  scan.lastId = lastId
  scan.lastSeq = lastSeq
  return scan
})

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

// What is counted is remembered until an organisation changes (its change count, migration
// 0010); deliveries logged, edited or removed since are applied to it (currentScan, packsUsed,
// from the edits migration 0019's triggers write down). A national year is 121,000 rows to read,
// 400 ms; reading what changed, under 1.
let stamp = ''
const remembered = new Map<string, unknown>()
function remember<T>(key: string, count: () => T): T {
  const now = changeCountsNow.get()![0]
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
  const { all, dims } = currentScan(scope.vruId, days)
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
  const used = sharesOf(currentScan(scope.vruId, days).dims.packType)
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
  .prepare<{ vruId: number }, [number, number, number]>(
    `select module_id, organisation_id, count(*)
     from classroom_deliveries indexed by classroom_deliveries_reach where vru_id = :vruId
     group by module_id, organisation_id`,
  )
  .raw()
const everyUnitsPacksUsed = sqlite
  .prepare<[], [number, number, number]>(
    `select module_id, organisation_id, count(*)
     from classroom_deliveries indexed by classroom_deliveries_day
     group by module_id, organisation_id`,
  )
  .raw()

export type NotYetUsed = {
  moduleId: string
  /** active schools that have never taught the pack */
  count: number
  /** those schools, for a unit; null nationally (counts only) */
  schools: Omit<School, 'areaId'>[] | null
}

const newPacksUsed = sqlite
  .prepare<{ vruId: number; after: number }, [number, number, number]>(
    `select module_id, organisation_id, 1 from classroom_deliveries
     where id > :after and (:vruId = 0 or vru_id = :vruId)`,
  )
  .raw()
const packsUsedChanges = sqlite
  .prepare<{ vruId: number; after: number; counted: number }, [number, number, number]>(
    `select module_id, organisation_id, sign from classroom_delivery_changes
     where seq > :after and delivery_id <= :counted and (:vruId = 0 or vru_id = :vruId)
     order by seq`,
  )
  .raw()

/** Each pack's schools, with how many times each taught it, up to the delivery `lastId`. */
type PacksUsed = { used: Map<string, Map<number, number>>; lastId: number; lastSeq: number }
/** Kept as the year's counts are: what was logged, edited or removed since is applied to it. */
const packsUsed = sqlite.transaction((vruId: number): PacksUsed => {
  const lastId = lastDelivery.get()![0]
  const lastSeq = lastChange.get()![0]
  const known = remember(`packs-used:${vruId}`, () => {
    const state: PacksUsed = { used: new Map(), lastId, lastSeq }
    addPairs(state, vruId === NATIONAL ? everyUnitsPacksUsed.all() : unitPacksUsed.all({ vruId }))
    return state
  })
  if (lastSeq > known.lastSeq)
    addPairs(known, packsUsedChanges.all({ vruId, after: known.lastSeq, counted: known.lastId }))
  if (lastId > known.lastId) addPairs(known, newPacksUsed.all({ vruId, after: known.lastId }))
  known.lastId = lastId
  known.lastSeq = lastSeq
  return known
})
function addPairs(state: PacksUsed, pairs: Iterable<[number, number, number]>) {
  for (const [moduleId, organisation, times] of pairs) {
    const key = String(moduleId)
    if (!state.used.has(key)) state.used.set(key, new Map())
    const schools = state.used.get(key)!
    const now = (schools.get(organisation) ?? 0) + times
    if (now > 0) schools.set(organisation, now)
    else schools.delete(organisation)
  }
}

/**
 * For each pack the unit may teach (or has taught), its active schools that have never taught it:
 * listed for a unit, counted nationally.
 */
export function schoolsNotYetUsing(scope: ReportScope): NotYetUsed[] {
  const { used } = packsUsed(scope.vruId)
  const packs = [...new Set([...packIdsOf(scope.vruId), ...used.keys()])]
  const schools = remember(`schools-list:${scope.vruId}`, () =>
    activeSchools.all({ vruId: scope.vruId }),
  )
  return packs.map((moduleId) => {
    const users = used.get(moduleId) ?? new Map<number, number>()
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
