import { type Catalogue } from '../i18n.ts'

/** Welsh for a learner's pages: my learning, modules, lessons, checks, certificates, evaluations, the account. */
export const learning: Catalogue = {}
