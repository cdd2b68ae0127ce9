/**
 * Counting completions over a range of time (custom dates), with no database: the report worker
 * runs it over its copy of the completions (facts.server.ts), half of the people on
 * its own thread and half on a helper's (count-helper.server.ts), since a national range is
 * about a million completions. A person counts once per group, at the highest practice level
 * they reached; the unit's own groups (authority, area, organisation, the units side by side)
 * count against the unit stored with the completion.
 */
import { type TotalsRow } from '../summary/tally.server.ts'

export type Column = Float64Array | Int32Array | Uint16Array | Uint8Array
type ColumnType = (new (length: number) => Column) &
  (new (buffer: SharedArrayBuffer) => Column) & { BYTES_PER_ELEMENT: number }

/**
 * Rows of typed columns that grow, kept in an order by inserting in place. In shared memory, so
 * a second thread can count half of a range without a copy.
 */
export class Columns<K extends string> {
  length = 0
  capacity = 0
  columns: Record<K, Column>
  constructor(private types: Record<K, ColumnType>) {
    this.columns = this.allocate(1024)
  }
  private allocate(capacity: number) {
    this.capacity = capacity
    return Object.fromEntries(
      Object.entries<ColumnType>(this.types).map(([k, Type]) => [
        k,
        new Type(new SharedArrayBuffer(capacity * Type.BYTES_PER_ELEMENT)),
      ]),
    ) as Record<K, Column>
  }
  /** Makes room for a row at `position` (the rows from there move down one) and returns it. */
  insert(position = this.length) {
    if (this.length === this.capacity) this.resize()
    if (position < this.length) {
      for (const k in this.columns) this.columns[k].copyWithin(position + 1, position, this.length)
    }
    this.length++
    return position
  }
  /** Moves the rows to arrays with room for a quarter more (a national copy is 200 MB). */
  resize(rows = this.length) {
    const resized = this.allocate(Math.max(1024, Math.ceil(rows * 1.25)))
    for (const k in resized) resized[k].set(this.columns[k].subarray(0, this.length))
    this.columns = resized
  }
  /** Keeps only the rows `keep` says to, in order. */
  filter(keep: (row: number) => boolean) {
    let kept = 0
    for (let row = 0; row < this.length; row++) {
      if (!keep(row)) continue
      for (const k in this.columns) this.columns[k][kept] = this.columns[k][row]!
      kept++
    }
    this.length = kept
  }
}

export const completionColumns = () =>
  new Columns({
    at: Float64Array,
    id: Int32Array,
    person: Int32Array,
    organisation: Int32Array,
    sector: Uint8Array,
    module: Uint16Array,
    level: Uint8Array,
    checksAttempted: Uint16Array,
    checksPassed: Uint16Array,
    ratingBefore: Float64Array,
    ratingAfter: Float64Array,
  })
export type Completions = ReturnType<typeof completionColumns>

/** The first index in `at` (sorted, `length` long) at or after `time`. */
export function firstAtOrAfter(at: Column, length: number, time: number) {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (at[middle]! < time) low = middle + 1
    else high = middle
  }
  return low
}

// What each person did so far in the range being counted: eight numbers a person, so counting a
// completion touches one short row of memory (people are met in no useful order, and a longer
// row, or more work per completion, doubled a national count).
const STRIDE = 8
/** the count's number when the person was met in it (the in-progress pass reuses it) */
const COUNTED = 0
const COUNTED_IN_MONTH = 1
/** the organisation of the first completion met: type, area and authority follow from it */
const FIRST_ORGANISATION = 2
/** the first completion's sector and unit, and the highest level reached, packed: */
const FIRST = 3
const SECTOR_BITS = 0xff
const UNIT_SHIFT = 8
const UNIT_BITS = 0xfff
const LEVEL_SHIFT = 20
/** then a bit per module, for the first 128 modules (the rest are remembered in a Set) */
const MODULE_BITS = 4
const BIT_MODULES = (STRIDE - MODULE_BITS) * 32

class PersonState {
  rows = new Int32Array(0)
  fit(people: number) {
    if (people * STRIDE <= this.rows.length) return
    const rows = new Int32Array(Math.ceil(people * 1.25) * STRIDE)
    rows.set(this.rows)
    this.rows = rows
  }
}

const state = new PersonState()
let counting = 0
/** A number not used before for a count (or a month of one), as it is stored: an Int32. */
const nextCount = () => (counting = (counting + 1) | 0 || 1)

/** People with an enrolment open, started in [start, end), in a unit (0: any), each once. */
export function peopleStarted(
  enrolments: { startedAt: Column; person: Column; vru: Column; open: Column },
  length: number,
  { start, end, vruId }: { start: number; end: number; vruId: number },
) {
  const s = state.rows
  const stamp = nextCount()
  const { startedAt, person, vru, open } = enrolments
  let n = 0
  for (let i = 0; i < length; i++) {
    if (!open[i] || startedAt[i]! < start || startedAt[i]! >= end) continue
    if (vruId && vru[i] !== vruId) continue
    const r = person[i]! * STRIDE
    if (s[r + COUNTED] === stamp) continue
    s[r + COUNTED] = stamp
    n++
  }
  return n
}

/** Room in each thread's person state for `people` people. */
export function fitPeople(people: number) {
  state.fit(people)
}

/** People and completions per group, as small-number ids. */
class GroupCounts {
  constructor(
    public people: Int32Array,
    public completions: Int32Array,
  ) {}
  rows(key: (group: number) => string) {
    const rows: TotalsRow[] = []
    for (let group = 0; group < this.completions.length; group++) {
      if (this.completions[group]! === 0) continue
      // a literal, not a spread of noResults: there can be 30,000 of these
      rows.push({
        groupKey: key(group),
        people: this.people[group]!,
        completions: this.completions[group]!,
        evaluationPairs: 0,
        ratingBefore: 0,
        ratingAfter: 0,
        checksAttempted: 0,
        checksPassedFirstTime: 0,
      })
    }
    return rows
  }
}

export const noResults = {
  evaluationPairs: 0,
  ratingBefore: 0,
  ratingAfter: 0,
  checksAttempted: 0,
  checksPassedFirstTime: 0,
}

/** What a count needs to know besides the completions: the organisations' groups, and sizes. */
export type Groups = {
  organisationType: Uint8Array
  organisationAuthority: Uint16Array
  organisationArea: Int32Array
  sectors: number
  types: number
  authorities: number
  areas: number
  modules: number
  levels: number
  units: number
}

/** A count's figures, each an array by group id: in shared memory when a helper fills them. */
function countArrays(groups: Groups, months: number, shared: boolean) {
  const array = <T extends Int32Array | Float64Array>(
    Type: (new (n: number) => T) &
      (new (b: SharedArrayBuffer) => T) & { BYTES_PER_ELEMENT: number },
    n: number,
  ) => (shared ? new Type(new SharedArrayBuffer(n * Type.BYTES_PER_ELEMENT)) : new Type(n))
  const pair = (n: number) => [array(Int32Array, n), array(Int32Array, n)] as const
  const organisations = groups.organisationType.length
  return {
    /** people and completions in all */
    all: array(Float64Array, 2),
    sectors: pair(groups.sectors),
    types: pair(groups.types),
    authorities: pair(groups.authorities),
    areas: pair(groups.areas),
    organisations: pair(organisations),
    /** people first met in each organisation: its other groups count them in finish() */
    firstMet: array(Int32Array, organisations),
    /** the same without a unit (never an organisation's people): only the type counts them */
    firstMetWithoutUnit: array(Int32Array, organisations),
    modules: pair(groups.modules),
    levels: pair(groups.levels),
    units: pair(groups.units),
    months: pair(months),
    evaluationPairs: array(Float64Array, groups.modules),
    ratingBefore: array(Float64Array, groups.modules),
    ratingAfter: array(Float64Array, groups.modules),
    checksAttempted: array(Float64Array, groups.modules),
    checksPassedFirstTime: array(Float64Array, groups.modules),
  }
}
export type CountArrays = ReturnType<typeof countArrays>

/** Which completions to count: a unit's (or every unit's) over months of a range. */
export type CountRequest = {
  segments: { unit: number; columns: Completions['columns']; length: number }[]
  groups: Groups
  /** the range cut at each UK month's start, in order, together covering all of it */
  months: { start: number; end: number }[]
}

// Which figure a group other than a person's first in the range is remembered for.
const SECTOR = 0
const TYPE = 1
const AUTHORITY = 2
const AREA = 3
const ORGANISATION = 4
const UNIT = 5
const MODULE = 6

/** One count over a range: its figures so far, and who was met in it. */
export class Count {
  query = nextCount()
  sectors: GroupCounts
  types: GroupCounts
  authorities: GroupCounts
  areas: GroupCounts
  organisations: GroupCounts
  modules: GroupCounts
  levels: GroupCounts
  units: GroupCounts
  months: GroupCounts
  results: Record<keyof typeof noResults, Float64Array>
  /** groups other than those a person's first completion gives, as person, figure, group */
  others = new Set<number>()

  /**
   * `half`: count only the people whose number has this lowest bit (the other thread counts the
   * rest); `arrays`: where to put the figures (a helper is given shared ones).
   */
  constructor(
    private groups: Groups,
    months: number,
    private half?: 0 | 1,
    public arrays = countArrays(groups, months, false),
  ) {
    const a = arrays
    this.sectors = new GroupCounts(...a.sectors)
    this.types = new GroupCounts(...a.types)
    this.authorities = new GroupCounts(...a.authorities)
    this.areas = new GroupCounts(...a.areas)
    this.organisations = new GroupCounts(...a.organisations)
    this.modules = new GroupCounts(...a.modules)
    this.levels = new GroupCounts(...a.levels)
    this.units = new GroupCounts(...a.units)
    this.months = new GroupCounts(...a.months)
    this.results = a
  }

  get people() {
    return this.arrays.all[0]!
  }
  get completions() {
    return this.arrays.all[1]!
  }

  /** Figures for the same range, counted by a helper for the other half of the people. */
  static sharedArrays(groups: Groups, months: number) {
    return countArrays(groups, months, true)
  }

  /** Adds another half's figures to these. */
  merge(other: CountArrays) {
    for (const [key, value] of Object.entries(this.arrays)) {
      const from = other[key as keyof CountArrays]
      const pairs = (Array.isArray(value) ? value : [value]) as (Int32Array | Float64Array)[]
      const others = (Array.isArray(from) ? from : [from]) as (Int32Array | Float64Array)[]
      pairs.forEach((to, k) => {
        for (let i = 0; i < to.length; i++) to[i]! += others[k]![i]!
      })
    }
  }

  /** Counts every segment's completions in each month of the range. */
  countAll({ segments, months }: CountRequest) {
    // a month's own number, the same in every unit: a person counts once in it
    const stamps = months.map(() => nextCount())
    for (const { unit, columns, length } of segments) {
      months.forEach((month, m) => {
        const from = firstAtOrAfter(columns.at, length, month.start)
        const to = firstAtOrAfter(columns.at, length, month.end)
        this.add(columns, unit, from, to, m, stamps[m]!)
      })
    }
    return this
  }

  /** True the first time a person is met in this group (not their first completion's). */
  private isNew(person: number, figure: number, group: number) {
    const key = (person * 8 + figure) * 2 ** 22 + group
    if (this.others.has(key)) return false
    this.others.add(key)
    return true
  }

  /**
   * Counts a unit's completions from index `from` to `to`, all in month `m` of the range (whose
   * number is `month`): the loop a report's time goes on. A person's groups are kept for their
   * first completion met; another is looked up only when it differs. Completions by organisation
   * type, authority and area follow from those by organisation, after (finish()).
   */
  private add(
    c: Completions['columns'],
    unit: number,
    from: number,
    to: number,
    m: number,
    month: number,
  ) {
    const s = state.rows
    const query = this.query
    const half = this.half ?? -1
    const { person, organisation, sector, module, level } = c
    const { checksAttempted, checksPassed, ratingBefore, ratingAfter } = c
    const typeOf = this.groups.organisationType
    const { people: sectorPeople, completions: sectorCompletions } = this.sectors
    const { people: modulePeople, completions: moduleCompletions } = this.modules
    const { people: levelPeople, completions: levelCompletions } = this.levels
    const organisationCompletions = this.organisations.completions
    const firstMet = unit ? this.arrays.firstMet : this.arrays.firstMetWithoutUnit
    const { evaluationPairs, ratingBefore: beforeSum, ratingAfter: afterSum } = this.results
    const { checksAttempted: attemptedSum, checksPassedFirstTime: passedSum } = this.results
    let people = 0
    let completions = 0
    let monthPeople = 0
    for (let i = from; i < to; i++) {
      const p = person[i]!
      if (half >= 0 && (p & 1) !== half) continue
      completions++
      const o = organisation[i]!
      const sectorId = sector[i]!
      const moduleId = module[i]!
      const rank = level[i]!
      const r = p * STRIDE
      if (s[r + COUNTED] !== query) {
        s[r + COUNTED] = query
        s[r + FIRST_ORGANISATION] = o
        s[r + FIRST] = (rank << LEVEL_SHIFT) | (unit << UNIT_SHIFT) | sectorId
        for (let k = r + MODULE_BITS; k < r + STRIDE; k++) s[k] = 0
        people++
        sectorPeople[sectorId]!++
        levelPeople[rank]!++
        if (o) firstMet[o]!++
        if (moduleId < BIT_MODULES) s[r + MODULE_BITS + (moduleId >>> 5)] = 1 << (moduleId & 31)
        modulePeople[moduleId]!++
      } else {
        const first = s[r + FIRST]!
        if ((first & SECTOR_BITS) !== sectorId && this.isNew(p, SECTOR, sectorId)) {
          sectorPeople[sectorId]!++
        }
        const best = first >>> LEVEL_SHIFT
        if (rank > best) {
          levelPeople[rank]!++
          levelPeople[best]!--
          s[r + FIRST] = (first & ~(0xf << LEVEL_SHIFT)) | (rank << LEVEL_SHIFT)
        }
        if (moduleId < BIT_MODULES) {
          const word = r + MODULE_BITS + (moduleId >>> 5)
          const bit = 1 << (moduleId & 31)
          if (!(s[word]! & bit)) {
            s[word]! |= bit
            modulePeople[moduleId]!++
          }
        } else if (this.isNew(p, MODULE, moduleId)) modulePeople[moduleId]!++
        const firstOrganisation = s[r + FIRST_ORGANISATION]!
        const firstUnit = (first >>> UNIT_SHIFT) & UNIT_BITS
        if (firstOrganisation !== o || firstUnit !== unit) {
          this.otherGroups(p, unit, o, firstUnit, firstOrganisation)
        }
      }
      if (s[r + COUNTED_IN_MONTH] !== month) {
        s[r + COUNTED_IN_MONTH] = month
        monthPeople++
      }
      sectorCompletions[sectorId]!++
      moduleCompletions[moduleId]!++
      levelCompletions[rank]!++
      if (o) {
        if (unit) organisationCompletions[o]!++
        // without a unit (never for an organisation's people) the type is counted here
        else this.types.completions[typeOf[o]!]!++
      }
      if (checksAttempted[i]! > 0) {
        attemptedSum[moduleId]! += checksAttempted[i]!
        passedSum[moduleId]! += checksPassed[i]!
      }
      const before = ratingBefore[i]!
      const after = ratingAfter[i]!
      // both given (a rating not given is NaN)
      if (before === before && after === after) {
        evaluationPairs[moduleId]!++
        beforeSum[moduleId]! += before
        afterSum[moduleId]! += after
      }
    }
    this.arrays.all[0]! += people
    this.arrays.all[1]! += completions
    if (unit) this.units.completions[unit]! += completions
    if (unit) this.units.people[unit]! += people
    this.months.people[m]! += monthPeople
    this.months.completions[m]! += completions
  }

  /** A later completion of the person in another organisation or unit: new groups count. */
  private otherGroups(p: number, unit: number, o: number, firstUnit: number, firstOrg: number) {
    const f = this.groups
    const sameUnit = unit === firstUnit
    const type = f.organisationType[o]!
    if (o && type !== f.organisationType[firstOrg] && this.isNew(p, TYPE, type)) {
      this.types.people[type]!++
    }
    if (!unit) return
    if (!sameUnit && this.isNew(p, UNIT, unit)) this.units.people[unit]!++
    if (!o) return
    // the unit's own groups are new in another unit even when named alike
    const authority = f.organisationAuthority[o]!
    if (
      (!sameUnit || authority !== f.organisationAuthority[firstOrg]) &&
      this.isNew(p, AUTHORITY, authority)
    ) {
      this.authorities.people[authority]!++
    }
    const area = f.organisationArea[o]!
    if (area && (!sameUnit || area !== f.organisationArea[firstOrg]) && this.isNew(p, AREA, area)) {
      this.areas.people[area]!++
    }
    if ((!sameUnit || o !== firstOrg) && this.isNew(p, ORGANISATION, o)) {
      this.organisations.people[o]!++
    }
  }

  /**
   * Completions by organisation type, authority and area, from those by organisation; and the
   * people first met in each organisation counted in it and in its type, authority and area
   * (people met again elsewhere were counted there as they were met).
   */
  finish() {
    const f = this.groups
    const { firstMet, firstMetWithoutUnit } = this.arrays
    const { completions, people } = this.organisations
    for (let o = 0; o < completions.length; o++) {
      const type = f.organisationType[o]!
      this.types.people[type]! += firstMet[o]! + firstMetWithoutUnit[o]!
      if (!completions[o]) continue
      const authority = f.organisationAuthority[o]!
      const area = f.organisationArea[o]!
      people[o]! += firstMet[o]!
      this.types.completions[type]! += completions[o]!
      this.authorities.completions[authority]! += completions[o]!
      this.authorities.people[authority]! += firstMet[o]!
      if (area) {
        this.areas.completions[area]! += completions[o]!
        this.areas.people[area]! += firstMet[o]!
      }
    }
  }
}
