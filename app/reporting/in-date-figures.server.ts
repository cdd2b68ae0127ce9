/**
 * Staff in date on required training (decision 015), for a unit or every unit, as at a day:
 * the people covered by an assignment of a module that expires, and how many of them are in date
 * on every such module (renewal due still counts as in date, as on the compliance list). Read
 * from staff_in_date, which triggers keep (migration 0014); counted, never named, and released
 * through disclosure.server.ts like every other figure.
 */
import { sqlite } from '#app/db.server.ts'
import { NATIONAL } from './types.ts'

export type InDateGroup = { type: string; areaId: number | null; staff: number; inDate: number }

// each organisation's staff counted on its index range first, then added up by type and area
const byOrganisation = (where: string) => `
  select o.type as type, o.area_id as areaId, sum(s.staff) as staff, sum(s.inDate) as inDate
  from (
    select organisation_id, count(*) as staff, sum(in_date_until >= :today) as inDate
    from staff_in_date ${where} group by organisation_id
  ) s join organisations o on o.id = s.organisation_id
  group by o.type, o.area_id`
const national = sqlite.prepare<{ today: string }, InDateGroup>(byOrganisation(''))
const ofUnit = sqlite.prepare<{ today: string; vru: number }, InDateGroup>(
  byOrganisation('where organisation_id in (select id from organisations where vru_id = :vru)'),
)

// what the counts depend on besides the day: anyone's standing, and organisations' type and area
const changes = sqlite.prepare<[], { changes: string }>(
  `select group_concat(count) as changes from change_counts
   where name in ('staff_in_date', 'organisations')`,
)
/**
 * Counts remembered per unit and day until a change: counting them reads every member of staff
 * with required training (some 70 ms nationally), on every report page.
 */
const remembered = new Map<string, { changes: string; groups: InDateGroup[] }>()

/** The exact counts by organisation type and area as at `today`, before disclosure control. */
export function staffInDateCounted(vruId: number, today: string): InDateGroup[] {
  const key = `${vruId} ${today}`
  const now = changes.get()?.changes ?? ''
  const found = remembered.get(key)
  if (found?.changes === now) return found.groups
  const groups = vruId === NATIONAL ? national.all({ today }) : ofUnit.all({ today, vru: vruId })
  // yesterday's and older counts are of no more use
  for (const k of remembered.keys()) if (!k.endsWith(today)) remembered.delete(k)
  remembered.set(key, { changes: now, groups })
  return groups
}

/** staff_in_date made again from the view its triggers read: after a bulk load without them. */
export function rebuildStaffInDate() {
  sqlite.transaction(() => {
    sqlite.exec(`delete from staff_in_date;
      insert into staff_in_date (user_id, organisation_id, in_date_until)
      select user_id, organisation_id, min(in_date_until) from required_training_standings
      group by user_id`)
  })()
}
