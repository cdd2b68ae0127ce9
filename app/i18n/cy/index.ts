import { type Catalogue } from '../i18n.ts'
import { common } from './common.ts'
import { learning } from './learning.ts'
import { classroom } from './classroom.ts'
import { liveTraining } from './live-training.ts'
import { staff } from './staff.ts'
import { studio } from './studio.ts'
import { reports } from './reports.ts'
import { messages } from './messages.ts'
import { content } from './content.ts'

/**
 * Welsh, keyed by the English text, one file an area so that translators of different areas do
 * not meet in one file. A key belongs in one file only (a test checks).
 */
export const CY_AREAS = {
  common,
  learning,
  classroom,
  liveTraining,
  staff,
  studio,
  reports,
  messages,
  content,
}

export const cy: Catalogue = {
  ...common,
  ...learning,
  ...classroom,
  ...liveTraining,
  ...staff,
  ...studio,
  ...reports,
  ...messages,
  ...content,
}
