import { and, eq, gt, isNull } from 'drizzle-orm'
import { recordAudit } from '#app/audit/audit.server.ts'
import { db, passwordResets, users } from '#app/db.server.ts'
import { sendEmail, sendInBackground } from '#app/utils/email.server.ts'
import { env } from '#app/utils/env.server.ts'
import { i18nFor } from '#app/i18n/language.server.ts'
import { type Language } from '#app/i18n/i18n.ts'
import { hashPassword } from './password.server.ts'
import { clearAccountFailures, mayRequestPasswordReset } from './rate-limit.server.ts'
import { endAllSessions } from './session.server.ts'
import { hashToken, newToken } from './tokens.server.ts'

export const RESET_LINK_LIFETIME_MS = 60 * 60 * 1000

/**
 * The forgotten-password form: throttled (RESET_LIMITS), then the look-up and the email happen
 * after the answer, so an address with an account and one without get the same words in the
 * same time.
 */
export function askForPasswordReset(email: string, address: string, now = Date.now()) {
  if (!mayRequestPasswordReset(email, address, now)) return { ok: false as const }
  sendInBackground('password reset', () => requestPasswordReset(email, now))
  return { ok: true as const }
}

/** Sends a reset link if an active account has this email; says nothing either way. */
export async function requestPasswordReset(email: string, now = Date.now()) {
  const user = db
    .select()
    .from(users)
    .where(and(eq(users.email, email.trim().toLowerCase()), eq(users.active, true)))
    .get()
  if (!user) return
  // in the account's language: the form may have been filled in anywhere
  const { t } = i18nFor(user.language)
  await sendPasswordLink(user, {
    subject: t('Reset your Upstream password'),
    lines: [
      t(
        'Someone asked to reset the password for your Upstream account. To choose a new password, open this link within an hour:',
      ),
    ],
    after: [t('If it was not you, you can ignore this email: your password has not changed.')],
    now,
    language: user.language,
  })
}

/**
 * Emails a link to choose a password: a reset, or a first password for an account made for
 * someone (a walk-in at live training), whose link lasts longer.
 */
export async function sendPasswordLink(
  user: { id: string; name: string; email: string },
  mail: {
    subject: string
    lines: string[]
    after?: string[]
    now?: number
    lifetimeMs?: number
    /** the language the subject and lines are in, for the greeting */
    language?: Language | null
  },
) {
  const { token, tokenHash } = newToken()
  const now = mail.now ?? Date.now()
  db.insert(passwordResets)
    .values({
      tokenHash,
      userId: user.id,
      expiresAt: new Date(now + (mail.lifetimeMs ?? RESET_LINK_LIFETIME_MS)),
    })
    .run()
  await sendEmail({
    to: user.email,
    subject: mail.subject,
    text: [
      i18nFor(mail.language).t('Hello {{name}},', { name: user.name }),
      '',
      ...mail.lines,
      '',
      `${env.APP_ORIGIN}/reset-password/${token}`,
      ...(mail.after ? ['', ...mail.after] : []),
    ].join('\n'),
  })
}

function findUsableReset(token: string, now: number) {
  return db
    .select()
    .from(passwordResets)
    .where(
      and(
        eq(passwordResets.tokenHash, hashToken(token)),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, new Date(now)),
      ),
    )
    .get()
}

export function isResetTokenUsable(token: string, now = Date.now()) {
  return findUsableReset(token, now) !== undefined
}

/** Sets the new password and uses the token up; false when the link is spent or expired. */
export async function resetPassword(
  token: string,
  password: string,
  now = Date.now(),
  address: string | null = null,
) {
  const passwordHash = await hashPassword(password)
  const userId = db.transaction((tx) => {
    // drizzle's better-sqlite3 transactions run on the one connection, so this read is inside it
    const reset = findUsableReset(token, now)
    if (!reset) return null
    // every open link of this person is spent, not only the one used
    tx.update(passwordResets)
      .set({ usedAt: new Date(now) })
      .where(and(eq(passwordResets.userId, reset.userId), isNull(passwordResets.usedAt)))
      .run()
    tx.update(users).set({ passwordHash }).where(eq(users.id, reset.userId)).run()
    const person = tx.select().from(users).where(eq(users.id, reset.userId)).get()
    if (person)
      recordAudit(
        { action: 'password_reset', actor: person, address, subject: `person:${person.id}` },
        tx,
      )
    return reset.userId
  })
  if (userId) {
    const person = db.select({ email: users.email }).from(users).where(eq(users.id, userId)).get()
    if (person) clearAccountFailures(person.email)
    await endAllSessions(userId)
  }
  return userId !== null
}
