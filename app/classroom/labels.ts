import { type CoDeliverer, type DeliverySetting } from '#app/db.server.ts'

export const SETTING_LABELS: Record<DeliverySetting, string> = {
  class: 'A class',
  assembly: 'An assembly',
  small_group: 'A small group',
  alternative_provision: 'Alternative provision',
}

export const CO_DELIVERER_LABELS: Record<CoDeliverer, string> = {
  colleague: 'A colleague at my school',
  school_nurse: 'A school nurse',
  police: 'A police or schools officer',
  youth_worker: 'A youth worker',
  vru_trainer: 'A VRU trainer',
  voluntary_partner: 'A voluntary or community partner',
  other_partner: 'Another partner',
}

export const yearGroupLabel = (year: number) => `Year ${year}`

const KEY_STAGES = [
  { name: 'Key stage 1', from: 1, to: 2 },
  { name: 'Key stage 2', from: 3, to: 6 },
  { name: 'Key stage 3', from: 7, to: 9 },
  { name: 'Key stage 4', from: 10, to: 11 },
  { name: 'Post-16', from: 12, to: 13 },
]

/** "Years 8 to 11", for a pack's year groups. */
export function yearGroupsLabel(years: number[]) {
  if (years.length === 0) return ''
  if (years.length === 1) return yearGroupLabel(years[0]!)
  const sorted = [...years].sort((a, b) => a - b)
  const runs: number[][] = []
  for (const y of sorted) {
    const run = runs.at(-1)
    if (run && run.at(-1) === y - 1) run.push(y)
    else runs.push([y])
  }
  return `Years ${runs.map((r) => (r.length > 1 ? `${r[0]} to ${r.at(-1)}` : String(r[0]))).join(', ')}`
}

/** The key stages a pack's year groups touch. */
export function keyStagesOf(years: number[]) {
  return KEY_STAGES.filter((k) => years.some((y) => y >= k.from && y <= k.to)).map((k) => k.name)
}
