import { type Audience, type Delivery, type PracticeLevel, type Topic } from '#app/db.server.ts'

export const AUDIENCE_LABELS: Record<Audience, string> = {
  'all-staff': 'All staff',
  'primary-schools': 'Primary schools',
  'secondary-schools': 'Secondary schools',
  colleges: 'Colleges',
  'frontline-workers': 'Frontline workers',
}

export const TOPIC_LABELS: Record<Topic, string> = {
  aces: 'Adverse childhood experiences',
  'trauma-informed-practice': 'Trauma-informed practice',
  'knife-crime': 'Knife crime',
  'county-lines': 'County Lines',
  exploitation: 'Exploitation',
  'parental-imprisonment': 'Parental imprisonment',
  safeguarding: 'Safeguarding',
  wellbeing: 'Wellbeing',
}

export const PRACTICE_LEVEL_LABELS: Record<PracticeLevel, string> = {
  'trauma-aware': 'Trauma-aware',
  'trauma-skilled': 'Trauma-skilled',
  'trauma-enhanced': 'Trauma-enhanced',
  specialist: 'Specialist',
}

/** How people were trained: a module online, or a live course (decision 016). */
export const DELIVERY_LABELS: Record<Delivery, string> = {
  online: 'Online',
  live_in_person: 'Live in person',
  live_online: 'Live online',
}

export const LESSON_KIND_LABELS = {
  reading: 'Reading',
  film: 'Film',
  letters: 'Letters',
  activity: 'Activity',
  check: 'Knowledge check',
  reflection: 'Reflection',
} as const

/** An assigned module that expires reads as where the learner stands, not just "Complete". */
export const IN_DATE_LABELS = {
  in_date: 'Complete and in date',
  renewal_due: 'Complete: renewal due',
  expired: 'Expired: renew it',
} as const

/** Why a module's 'stays in date' rule cannot be kept (the studio and the pack importer). */
export const VALIDITY_MESSAGES = {
  windowNotNegative: 'The renewal window must be 0 days or more.',
  oneMonth: 'Training must stay in date for at least 1 month.',
  windowShorter: 'The renewal window must be shorter than the time the training stays in date.',
  everyYear: 'Choose a day that exists every year (29 February does not).',
  windowUnderYear: 'The renewal window must be shorter than a year, as the training lasts a year.',
} as const
