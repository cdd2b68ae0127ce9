import { type Catalogue } from '../i18n.ts'

/** Welsh for the organisation lead's pages, organisations, people, assignments, administration, audit. */
export const staff: Catalogue = {}
