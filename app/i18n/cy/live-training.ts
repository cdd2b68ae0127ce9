import { type Catalogue } from '../i18n.ts'

/** Welsh for live training: courses, sessions, booking, registers, attendance. */
export const liveTraining: Catalogue = {}
