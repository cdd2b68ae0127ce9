import { type Catalogue } from '../i18n.ts'

/** Welsh for teaching a class: teach mode, the delivery log. */
export const classroom: Catalogue = {}
