import { type OrganisationType, type Role, type Sector } from '#app/db.server.ts'

// Labels in English; pages pass them through t() so Welsh can be added in cy.ts.
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Platform administrator',
  vru_lead: 'VRU lead',
  trainer: 'Trainer',
  organisation_lead: 'Organisation lead',
  learner: 'Learner',
}

export const SECTOR_LABELS: Record<Sector, string> = {
  education: 'Education',
  police: 'Police',
  health: 'Health',
  social_care: 'Social care',
  youth_work: 'Youth work',
  justice: 'Justice',
  voluntary_community: 'Voluntary and community sector',
  other: 'Other',
}

export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, string> = {
  primary: 'Primary school',
  secondary: 'Secondary school',
  special: 'Special school',
  alternative_provision: 'Alternative provision or PRU',
  college: 'College',
  police: 'Police',
  health: 'Health',
  youth_service: 'Youth service',
  social_care: 'Social care',
  justice: 'Justice or youth justice',
  local_authority: 'Local authority',
  voluntary: 'Voluntary or community organisation',
  other: 'Other',
}

/**
 * Where a member of staff is with a module assigned to them (the compliance list). A module
 * that expires is in date, due for renewal or expired once done, rather than complete.
 */
export const COMPLIANCE_STATUSES = [
  'not-started',
  'in-progress',
  'overdue',
  'complete',
  'in-date',
  'renewal-due',
  'expired',
] as const
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number]
export const COMPLIANCE_STATUS_LABELS: Record<ComplianceStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  overdue: 'Overdue',
  complete: 'Complete',
  'in-date': 'In date',
  'renewal-due': 'Renewal due',
  expired: 'Expired',
}
/** The inspector's question: who has run out, or will within 30 days. */
export const EXPIRING_FILTER = 'expiring'
export const EXPIRING_FILTER_LABEL = 'Expired or running out within 30 days'

export function optionsFrom<K extends string>(labels: Record<K, string>) {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }))
}

/** Rows a page of the compliance list shows; the CSV has every row. */
export const COMPLIANCE_PAGE_ROWS = 100
