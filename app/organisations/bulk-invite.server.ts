/**
 * Inviting staff from a spreadsheet (CSV: name, email, job role). Every row is checked first; a
 * file with any error imports nothing unless the lead then chooses to invite the valid rows.
 * Each invitation goes through invitePerson, so the rules of one invitation hold for many.
 */
import { z } from 'zod'
import {
  accountsInInvitersScope,
  InvitationIntentSchema,
  InvitationSchema,
  invitePerson,
  pendingInScope,
} from '#app/auth/invitations.server.ts'
import { scopeFor } from '#app/auth/permissions.server.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import { type I18n } from '#app/i18n/i18n.ts'
import { i18nFor } from '#app/i18n/language.server.ts'
import { parseCsv } from '#app/utils/csv.ts'

export const MAX_STAFF_ROWS = 500
/** check: check the file and invite everyone if all is well; import-valid: invite the valid rows */
export const BulkInviteIntentSchema = z.enum(['check', 'import-valid'])
export const MAX_STAFF_FILE_BYTES = 200_000
/** Every intent of the organisation page: the spreadsheet's and the pending invitations'. */
export const OrganisationIntentSchema = z.enum([
  ...BulkInviteIntentSchema.options,
  ...InvitationIntentSchema.options,
])

export type StaffRow = {
  /** the line in the file, counting the header, as a spreadsheet numbers it */
  line: number
  name: string
  email: string
  jobRole: string
  errors: string[]
  /** someone the lead has invited already (still pending) or who has joined: left out, not a problem */
  already?: 'invited' | 'joined'
}

const HEADER = /^(name|full name)$/i

/**
 * Reads and checks every row; `fileError` when the file as a whole cannot be used. Only accounts
 * and invitations the lead can already see are reported (`already`); others are invited as usual
 * (see invitePerson).
 */
export function checkStaffCsv(
  lead: SessionUser,
  text: string,
  // problems with a number in them are composed in the lead's language
  i18n: I18n = i18nFor('en'),
): { rows: StaffRow[]; fileError?: string } {
  const all = parseCsv(text)
  const hasHeader = all[0] && HEADER.test(all[0][0]?.trim() ?? '')
  const body = all
    .map((cells, i) => ({ cells, line: i + 1 }))
    .slice(hasHeader ? 1 : 0)
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''))
  if (body.length === 0) {
    return {
      rows: [],
      fileError: 'The file has no staff in it. Put one person on each row: name, email, job role.',
    }
  }
  if (body.length > MAX_STAFF_ROWS) {
    return {
      rows: [],
      fileError: i18n.t('The file has {{count}} rows; send {{max}} or fewer at a time.', {
        count: i18n.number(body.length),
        max: i18n.number(MAX_STAFF_ROWS),
      }),
    }
  }
  const seen = new Map<string, number>()
  const rows = body.map(({ cells, line }) => {
    const [name = '', email = '', jobRole = ''] = cells.map((c) => c.trim())
    const row: StaffRow = { line, name, email: email.toLowerCase(), jobRole, errors: [] }
    if (cells.length > 3 && cells.slice(3).some((c) => c.trim() !== '')) {
      row.errors.push('This row has more than three columns: use name, email, job role')
    }
    const parsed = InvitationSchema.safeParse({
      name: name || undefined,
      email: email || undefined,
      role: 'learner',
      jobRole: jobRole || undefined,
    })
    if (!parsed.success) row.errors.push(...parsed.error.issues.map((issue) => issue.message))
    const earlier = seen.get(row.email)
    if (row.email && earlier)
      row.errors.push(i18n.t('The same email address is on line {{line}}', { line: earlier }))
    else if (row.email) seen.set(row.email, line)
    return row
  })
  const emails = rows.filter((r) => r.errors.length === 0).map((r) => r.email)
  const joined = accountsInInvitersScope(lead, emails)
  const invited = pendingInScope(scopeFor(lead), emails)
  for (const row of rows) {
    if (joined.has(row.email)) row.already = 'joined'
    else if (invited.has(row.email)) row.already = 'invited'
  }
  return { rows }
}

/** Invites each row as a learner of the lead's organisation; returns who was invited. */
export async function inviteStaff(lead: SessionUser, rows: StaffRow[]) {
  const invited: string[] = []
  const failed: StaffRow[] = []
  for (const row of rows) {
    const result = await invitePerson(lead, {
      name: row.name,
      email: row.email,
      role: 'learner',
      jobRole: row.jobRole || undefined,
    })
    if (result.ok) invited.push(row.email)
    else failed.push({ ...row, errors: Object.values(result.errors) })
  }
  return { invited, failed }
}
