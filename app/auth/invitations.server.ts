import { and, asc, eq, gt, inArray, isNull, like, or } from 'drizzle-orm'
import { z } from 'zod'
import { recordAudit } from '#app/audit/audit.server.ts'
import {
  db,
  invitations,
  organisations,
  ROLES,
  SECTORS,
  users,
  vrus,
  type Role,
} from '#app/db.server.ts'
import { i18nFor } from '#app/i18n/language.server.ts'
import { sendEmail } from '#app/utils/email.server.ts'
import { env } from '#app/utils/env.server.ts'
import { hashPassword } from './password.server.ts'
import {
  invitationsInScope,
  mayChooseOrganisation,
  mayGrantRole,
  mayManageInvitation,
  organisationsInScope,
  peopleInScope,
  roleBelongsTo,
  scopeFor,
  worksAcrossUnits,
  type Scope,
} from './permissions.server.ts'
import { type SessionUser } from './session.server.ts'
import { hashToken, newToken } from './tokens.server.ts'
import { AUTH_MESSAGES } from './labels.ts'

export const INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000

export const InvitationSchema = z.object({
  name: z
    .string({ error: 'Enter their name' })
    .max(120, 'The name must be 120 characters or fewer'),
  email: z.email({ error: AUTH_MESSAGES.email }).max(254, AUTH_MESSAGES.emailLength),
  role: z.enum(ROLES, { error: 'Choose their role in Upstream' }),
  organisationId: z.coerce
    .number({ error: AUTH_MESSAGES.organisation })
    .int()
    .positive()
    .optional(),
  vruId: z.coerce.number({ error: AUTH_MESSAGES.vru }).int().positive().optional(),
  jobRole: z.string().max(120, 'The job role must be 120 characters or fewer').optional(),
  sector: z.enum(SECTORS, { error: 'Choose a sector from the list' }).optional(),
})
export type InvitationInput = z.infer<typeof InvitationSchema>

type Placement =
  { errors: Record<string, string> } | { organisationId: number | null; vruId: number | null }

/** Works out where an invited person will belong, or what is wrong with the request. */
function placeInvitee(inviter: SessionUser, input: InvitationInput): Placement {
  if (!mayGrantRole(inviter, input.role)) {
    return { errors: { role: AUTH_MESSAGES.roleNotYours } }
  }
  const belongsTo = roleBelongsTo(input.role)
  if (belongsTo === 'organisation') {
    const organisationId =
      input.organisationId ?? (mayChooseOrganisation(inviter) ? null : inviter.organisationId)
    if (!organisationId) return { errors: { organisationId: AUTH_MESSAGES.organisation } }
    const organisation = db
      .select({ id: organisations.id, vruId: organisations.vruId })
      .from(organisations)
      .where(and(eq(organisations.id, organisationId), organisationsInScope(scopeFor(inviter))))
      .get()
    if (!organisation) return { errors: { organisationId: 'Choose an organisation you manage' } }
    return { organisationId: organisation.id, vruId: organisation.vruId }
  }
  if (belongsTo === 'platform') return { organisationId: null, vruId: null }
  const vruId = worksAcrossUnits(inviter) ? input.vruId : inviter.vruId
  if (!vruId || !db.select({ id: vrus.id }).from(vrus).where(eq(vrus.id, vruId)).get()) {
    return { errors: { vruId: AUTH_MESSAGES.vru } }
  }
  return { organisationId: null, vruId }
}

/**
 * What an inviter may be told about an address that already has an account. They can see the
 * people they manage, so an account among those is named as such; an account anywhere else (another
 * school, another unit) must not be revealed, so that invitation is answered as if it were sent and
 * the account's owner gets a note instead (`noteToExistingAccount`).
 */
export const ALREADY_IN_YOUR_SCOPE = AUTH_MESSAGES.alreadyHere

/** The emails among these that belong to people the inviter can already see. */
export function accountsInInvitersScope(inviter: SessionUser, emails: string[]) {
  if (emails.length === 0) return new Set<string>()
  return new Set(
    db
      .select({ email: users.email })
      .from(users)
      .where(and(inArray(users.email, emails), peopleInScope(scopeFor(inviter))))
      .all()
      .map((u) => u.email),
  )
}

/** In the account owner's language. */
async function noteToExistingAccount(
  person: { email: string; name: string; language: 'en' | 'cy' | null },
  inviter: SessionUser,
) {
  const { t } = i18nFor(person.language)
  await sendEmail({
    to: person.email,
    subject: t('Someone tried to invite you to Upstream'),
    text: [
      t('Hello {{name}},', { name: person.name }),
      '',
      t(
        '{{inviter}} tried to invite this email address to Upstream. It already has an account, so no invitation was made and nothing about the account has changed.',
        { inviter: inviter.name },
      ),
      '',
      t('If you use Upstream, sign in as usual at {{address}}.', {
        address: `${env.APP_ORIGIN}/login`,
      }),
      '',
      t(
        'If you have moved to a new organisation, ask your organisation lead or your Violence Reduction Unit to move your account. Otherwise you can ignore this email.',
      ),
    ].join('\n'),
  })
}

/**
 * Creates an invitation and emails its link. An address with an account outside the inviter's
 * scope gets the same answer, and its owner a note instead of an invitation.
 */
export async function invitePerson(
  inviter: SessionUser,
  input: InvitationInput,
  now = Date.now(),
  address: string | null = null,
) {
  const email = input.email.trim().toLowerCase()
  const placement = placeInvitee(inviter, input)
  if ('errors' in placement) return { ok: false as const, errors: placement.errors }
  if (accountsInInvitersScope(inviter, [email]).has(email)) {
    return { ok: false as const, errors: { email: ALREADY_IN_YOUR_SCOPE } }
  }
  const existing = db
    .select({ email: users.email, name: users.name, language: users.language })
    .from(users)
    .where(eq(users.email, email))
    .get()
  // the inviter's unit sees the same audit record either way, or its log would give the answer away
  recordAudit({
    action: 'invitation_sent',
    actor: inviter,
    address,
    vruId: placement.vruId,
    subject: `invitation:${email}`,
    details: { email, role: input.role, organisationId: placement.organisationId },
  })
  if (existing) {
    await noteToExistingAccount(existing, inviter)
    return { ok: true as const }
  }
  const { token, tokenHash } = newToken()
  db.insert(invitations)
    .values({
      tokenHash,
      email,
      name: input.name,
      role: input.role,
      organisationId: placement.organisationId,
      vruId: placement.vruId,
      jobRole: input.jobRole ?? null,
      sector: input.sector ?? null,
      invitedById: inviter.id,
      expiresAt: new Date(now + INVITATION_LIFETIME_MS),
    })
    .run()
  await sendInvitationEmail({ email, name: input.name }, inviter, token)
  return { ok: true as const }
}

/** In the inviter's language: the invitee has no account, so no language of their own yet. */
async function sendInvitationEmail(
  invitee: { email: string; name: string },
  inviter: SessionUser,
  token: string,
) {
  const { t } = i18nFor(inviter.language)
  await sendEmail({
    to: invitee.email,
    subject: t('You are invited to Upstream'),
    text: [
      t('Hello {{name}},', { name: invitee.name }),
      '',
      t(
        '{{inviter}} has invited you to Upstream, the training service of your Violence Reduction Unit.',
        { inviter: inviter.name },
      ),
      t('To join, open this link and choose a password. The link works for 14 days.'),
      '',
      `${env.APP_ORIGIN}/invitations/${token}`,
    ].join('\n'),
  })
}

// Pending invitations: seen, resent and cancelled by those who manage the organisation or unit

/** resend: a fresh link by email; cancel: asks first, then (with `confirmed`) removes the link */
export const InvitationIntentSchema = z.enum(['resend', 'cancel'])
const InvitationIdSchema = z.coerce.number().int().positive()

/**
 * Invitations not yet accepted in this scope, oldest first; expired ones too, so they can be
 * resent. `search` keeps those whose name or email contains it, as the people list does.
 */
export function pendingInvitations(scope: Scope, { search }: { search?: string } = {}) {
  const pattern = `%${search}%`
  return db
    .select({
      id: invitations.id,
      name: invitations.name,
      email: invitations.email,
      role: invitations.role,
      organisationName: organisations.name,
      vruName: vrus.name,
      sentAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .leftJoin(organisations, eq(organisations.id, invitations.organisationId))
    .leftJoin(vrus, eq(vrus.id, invitations.vruId))
    .where(
      and(
        isNull(invitations.acceptedAt),
        invitationsInScope(scope),
        search ? or(like(invitations.name, pattern), like(invitations.email, pattern)) : undefined,
      ),
    )
    .orderBy(asc(invitations.createdAt), asc(invitations.id))
    .all()
}

/** The emails among these with an invitation pending in this scope (never another's). */
export function pendingInScope(scope: Scope, emails: string[]) {
  if (emails.length === 0) return new Set<string>()
  return new Set(
    db
      .select({ email: invitations.email })
      .from(invitations)
      .where(
        and(
          inArray(invitations.email, emails),
          isNull(invitations.acceptedAt),
          invitationsInScope(scope),
        ),
      )
      .all()
      .map((i) => i.email),
  )
}

const NOT_FOUND = AUTH_MESSAGES.invitationGone

/** A pending invitation the actor may resend or cancel, or undefined (wrong scope, bad id, used). */
function manageableInvitation(actor: SessionUser, id: unknown) {
  const parsed = InvitationIdSchema.safeParse(id)
  if (!parsed.success) return undefined
  const invitation = db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.id, parsed.data),
        isNull(invitations.acceptedAt),
        invitationsInScope(scopeFor(actor)),
      ),
    )
    .get()
  return invitation && mayManageInvitation(actor, invitation) ? invitation : undefined
}

function auditInvitation(
  action: 'invitation_resent' | 'invitation_cancelled',
  actor: SessionUser,
  invitation: { email: string; role: Role; vruId: number | null },
  address: string | null,
) {
  recordAudit({
    action,
    actor,
    address,
    vruId: invitation.vruId,
    subject: `invitation:${invitation.email}`,
    details: { email: invitation.email, role: invitation.role },
  })
}

/** A new link for 14 days, emailed as invitations are; the old link stops working. */
export async function resendInvitation(
  actor: SessionUser,
  id: unknown,
  now = Date.now(),
  address: string | null = null,
) {
  const invitation = manageableInvitation(actor, id)
  if (!invitation) return { ok: false as const, error: NOT_FOUND }
  const { token, tokenHash } = newToken()
  db.update(invitations)
    .set({
      tokenHash,
      createdAt: new Date(now),
      expiresAt: new Date(now + INVITATION_LIFETIME_MS),
    })
    .where(eq(invitations.id, invitation.id))
    .run()
  auditInvitation('invitation_resent', actor, invitation, address)
  await sendInvitationEmail(invitation, actor, token)
  return { ok: true as const, email: invitation.email }
}

/** The invitation to confirm before cancelling, or a refusal. */
export function invitationToCancel(actor: SessionUser, id: unknown) {
  const invitation = manageableInvitation(actor, id)
  if (!invitation) return { ok: false as const, error: NOT_FOUND }
  return { ok: true as const, id: invitation.id, email: invitation.email, name: invitation.name }
}

/** Removes the invitation, so its link stops working. */
export function cancelInvitation(actor: SessionUser, id: unknown, address: string | null = null) {
  const invitation = manageableInvitation(actor, id)
  if (!invitation) return { ok: false as const, error: NOT_FOUND }
  db.delete(invitations).where(eq(invitations.id, invitation.id)).run()
  auditInvitation('invitation_cancelled', actor, invitation, address)
  return { ok: true as const, email: invitation.email }
}

export type InvitationOutcome =
  | { kind: 'invitation'; ok: boolean; message: string; values?: Record<string, string> }
  | { kind: 'confirm-cancel'; id: number; email: string; name: string }

/**
 * What pressing Resend or Cancel beside a pending invitation comes to, on every page that lists
 * them: cancelling asks first, and only a form carrying `confirmed=yes` removes the link.
 */
export async function answerInvitationIntent(
  actor: SessionUser,
  intent: z.infer<typeof InvitationIntentSchema>,
  form: Pick<FormData, 'get'>,
  address: string | null = null,
): Promise<InvitationOutcome> {
  const notice = (ok: boolean, message: string, values?: Record<string, string>) => ({
    kind: 'invitation' as const,
    ok,
    message,
    values,
  })
  switch (intent) {
    case 'resend': {
      const resent = await resendInvitation(actor, form.get('id'), Date.now(), address)
      return resent.ok
        ? notice(true, AUTH_MESSAGES.resent, { email: resent.email })
        : notice(false, resent.error)
    }
    case 'cancel': {
      if (form.get('confirmed') !== 'yes') {
        const found = invitationToCancel(actor, form.get('id'))
        return found.ok
          ? { kind: 'confirm-cancel', id: found.id, email: found.email, name: found.name }
          : notice(false, found.error)
      }
      const cancelled = cancelInvitation(actor, form.get('id'), address)
      return cancelled.ok
        ? notice(true, AUTH_MESSAGES.cancelled, { email: cancelled.email })
        : notice(false, cancelled.error)
    }
  }
}

/** An invitation that can still be accepted, found by the token in its link. */
export function findOpenInvitation(token: string, now = Date.now()) {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      name: invitations.name,
      role: invitations.role,
      vruId: invitations.vruId,
      organisationId: invitations.organisationId,
      organisationName: organisations.name,
      vruName: vrus.name,
      jobRole: invitations.jobRole,
      sector: invitations.sector,
    })
    .from(invitations)
    .leftJoin(organisations, eq(organisations.id, invitations.organisationId))
    .leftJoin(vrus, eq(vrus.id, invitations.vruId))
    .where(
      and(
        eq(invitations.tokenHash, hashToken(token)),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, new Date(now)),
      ),
    )
    .get()
}

/** Creates the account; the invitation is used up. Null when the link is spent or expired. */
export async function acceptInvitation(
  token: string,
  details: { name: string; password: string },
  now = Date.now(),
  address: string | null = null,
) {
  const passwordHash = await hashPassword(details.password)
  return db.transaction((tx) => {
    const invitation = findOpenInvitation(token, now)
    if (!invitation) return null
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, invitation.email)).get())
      return null
    const id = crypto.randomUUID()
    tx.insert(users)
      .values({
        id,
        email: invitation.email,
        name: details.name,
        passwordHash,
        role: invitation.role,
        vruId: invitation.vruId,
        organisationId: invitation.organisationId,
        sector: invitation.sector,
        jobRole: invitation.jobRole,
      })
      .run()
    // any other open invitation to the same address is used up with this one
    tx.update(invitations)
      .set({ acceptedAt: new Date(now) })
      .where(and(eq(invitations.email, invitation.email), isNull(invitations.acceptedAt)))
      .run()
    recordAudit(
      {
        action: 'invitation_accepted',
        actor: { id, name: details.name, email: invitation.email, vruId: invitation.vruId },
        address,
        subject: `person:${id}`,
        details: { role: invitation.role, organisationId: invitation.organisationId },
      },
      tx,
    )
    return { userId: id, role: invitation.role }
  })
}
