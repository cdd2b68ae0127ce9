import { type Catalogue } from '../i18n.ts'

/** Welsh for the trainer's studio. */
export const studio: Catalogue = {}
