import { type Catalogue } from '../i18n.ts'

/** Welsh for emails, certificates and the public certificate check. */
export const messages: Catalogue = {}
