import { and, eq, gt, isNull } from 'drizzle-orm'
import { z } from 'zod'
import { recordAudit } from '#app/audit/audit.server.ts'
import { db, invitations, organisations, ROLES, SECTORS, users, vrus } from '#app/db.server.ts'
import { sendEmail } from '#app/utils/email.server.ts'
import { env } from '#app/utils/env.server.ts'
import { hashPassword } from './password.server.ts'
import {
  grantableRoles,
  ORGANISATION_ROLES,
  organisationsInScope,
  scopeFor,
} from './permissions.server.ts'
import { type SessionUser } from './session.server.ts'
import { hashToken, newToken } from './tokens.server.ts'

export const INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000

export const InvitationSchema = z.object({
  name: z
    .string({ error: 'Enter their name' })
    .max(120, 'The name must be 120 characters or fewer'),
  email: z
    .email({ error: 'Enter their work email address in the right format, like name@school.org.uk' })
    .max(254, 'The email address must be 254 characters or fewer'),
  role: z.enum(ROLES, { error: 'Choose their role in Upstream' }),
  organisationId: z.coerce
    .number({ error: 'Choose the organisation they work for' })
    .int()
    .positive()
    .optional(),
  vruId: z.coerce
    .number({ error: 'Choose the Violence Reduction Unit they work for' })
    .int()
    .positive()
    .optional(),
  jobRole: z.string().max(120, 'The job role must be 120 characters or fewer').optional(),
  sector: z.enum(SECTORS, { error: 'Choose a sector from the list' }).optional(),
})
export type InvitationInput = z.infer<typeof InvitationSchema>

type Placement =
  { errors: Record<string, string> } | { organisationId: number | null; vruId: number | null }

/** Works out where an invited person will belong, or what is wrong with the request. */
function placeInvitee(inviter: SessionUser, input: InvitationInput): Placement {
  if (!grantableRoles(inviter).includes(input.role)) {
    return { errors: { role: 'You cannot invite someone with this role' } }
  }
  if (ORGANISATION_ROLES.includes(input.role)) {
    const organisationId =
      input.organisationId ?? (inviter.role === 'organisation_lead' ? inviter.organisationId : null)
    if (!organisationId)
      return { errors: { organisationId: 'Choose the organisation they work for' } }
    const organisation = db
      .select({ id: organisations.id, vruId: organisations.vruId })
      .from(organisations)
      .where(and(eq(organisations.id, organisationId), organisationsInScope(scopeFor(inviter))))
      .get()
    if (!organisation) return { errors: { organisationId: 'Choose an organisation you manage' } }
    return { organisationId: organisation.id, vruId: organisation.vruId }
  }
  if (input.role === 'admin') return { organisationId: null, vruId: null }
  const vruId = inviter.role === 'vru_lead' ? inviter.vruId : input.vruId
  if (!vruId || !db.select({ id: vrus.id }).from(vrus).where(eq(vrus.id, vruId)).get()) {
    return { errors: { vruId: 'Choose the Violence Reduction Unit they work for' } }
  }
  return { organisationId: null, vruId }
}

/** Creates an invitation and emails its link; returns the link too, for the inviter to copy. */
export async function invitePerson(
  inviter: SessionUser,
  input: InvitationInput,
  now = Date.now(),
  address: string | null = null,
) {
  const email = input.email.trim().toLowerCase()
  const placement = placeInvitee(inviter, input)
  if ('errors' in placement) return { ok: false as const, errors: placement.errors }
  if (db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
    return {
      ok: false as const,
      errors: {
        email:
          'This email address cannot be invited. If the person already uses Upstream, ask an administrator to move their account.',
      },
    }
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
  recordAudit({
    action: 'invitation_sent',
    actor: inviter,
    address,
    vruId: placement.vruId,
    subject: `invitation:${email}`,
    details: { email, role: input.role, organisationId: placement.organisationId },
  })
  const link = `${env.APP_ORIGIN}/invitations/${token}`
  await sendEmail({
    to: email,
    subject: 'You are invited to Upstream',
    text: [
      `Hello ${input.name},`,
      '',
      `${inviter.name} has invited you to Upstream, the training service of your Violence Reduction Unit.`,
      'To join, open this link and choose a password. The link works for 14 days.',
      '',
      link,
    ].join('\n'),
  })
  return { ok: true as const, link }
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
