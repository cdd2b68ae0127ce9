import { type Catalogue } from '../i18n.ts'

/** Welsh for reports, the board summary, report CSVs and PDFs. */
export const reports: Catalogue = {}
