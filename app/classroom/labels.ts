import { type CoDeliverer, type DeliverySetting } from '#app/db.server.ts'
import { createI18n, type Translator } from '#app/i18n/i18n.ts'

const english = createI18n('en').t

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

export const yearGroupLabel = (year: number, t: Translator = english) =>
  t('Year {{n}}', { n: year })

const KEY_STAGES = [
  { name: 'KS1', from: 1, to: 2 },
  { name: 'KS2', from: 3, to: 6 },
  { name: 'KS3', from: 7, to: 9 },
  { name: 'KS4', from: 10, to: 11 },
  { name: 'KS5 (post-16)', from: 12, to: 13 },
]

/** "Years 8 to 11", for a pack's year groups, in the language of `t`. */
export function yearGroupsLabel(years: number[], t: Translator = english) {
  if (years.length === 0) return ''
  if (years.length === 1) return yearGroupLabel(years[0]!, t)
  const sorted = [...years].sort((a, b) => a - b)
  const runs: number[][] = []
  for (const y of sorted) {
    const run = runs.at(-1)
    if (run && run.at(-1) === y - 1) run.push(y)
    else runs.push([y])
  }
  const spans = runs.map((r) =>
    r.length > 1 ? t('{{from}} to {{to}}', { from: r[0]!, to: r.at(-1)! }) : String(r[0]),
  )
  return t('Years {{years}}', { years: spans.join(', ') })
}

/** The key stages a pack's year groups touch, as schools in England and Wales name them. */
export function keyStagesOf(years: number[]) {
  return KEY_STAGES.filter((k) => years.some((y) => y >= k.from && y <= k.to)).map((k) => k.name)
}

/**
 * The delivery form's and teach mode's fixed messages, kept here so the Welsh catalogue's reader
 * finds them: pages show them through `t()`.
 */
export const CLASSROOM_MESSAGES = {
  pack: 'Choose the pack you taught',
  lessons: 'Choose the lesson or lessons you taught',
  day: 'Enter the day you taught it, like 20/11/2026',
  realDay: 'Enter a day that exists, like 20/11/2026',
  yearGroup: 'Choose the year group you taught',
  pupils: 'Enter how many pupils were there, like 28',
  wholePupils: 'Enter how many pupils were there as a whole number, like 28',
  noPupils: 'Enter how many pupils were there: a delivery needs at least one',
  tooManyPupils:
    'That is more than 400 pupils. Check the number; for a larger assembly, log each year group on its own',
  setting: 'Choose where you taught it',
  coDeliverer: 'Choose who taught it with you',
  concern: 'Say whether you passed a concern to your designated safeguarding lead',
  packListed: 'Choose one of the classroom packs listed',
  future: 'That day has not happened yet. Log a lesson after you have taught it',
  notLinked: 'Your account is not linked to an organisation, so it cannot log lessons',
  noOrganisation: 'Your organisation was not found',
  tooOld: 'A delivery can be changed for a week after it is logged, and this one is older',
  notLinkedPage:
    'Your account is not linked to a school or organisation, so it cannot log lessons. Ask your organisation lead to link it.',
  packClosed: 'This pack is no longer open to your unit',
  notClassroom:
    'This is not a lesson taught to classes, so it has no teach mode. The module page lists the lessons you can teach.',
} as const
