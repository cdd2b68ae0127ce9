import fs from 'node:fs/promises'
import path from 'node:path'
import nodemailer from 'nodemailer'
import { env } from './env.server.ts'

// With no SMTP_URL, mail is written as .eml files to the outbox folder (README: "Mail in development").
const transport = env.SMTP_URL
  ? nodemailer.createTransport(env.SMTP_URL)
  : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })

export async function sendEmail({
  to,
  subject,
  text,
  calendar,
}: {
  to: string
  subject: string
  text: string
  /** a calendar invitation, update or cancellation (.ics), which mail programs offer to add */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string }
}) {
  const info = await transport.sendMail({
    from: env.MAIL_FROM,
    to,
    subject,
    text,
    icalEvent: calendar
      ? { method: calendar.method, filename: 'invitation.ics', content: calendar.content }
      : undefined,
  })
  if (!env.SMTP_URL && 'message' in info && Buffer.isBuffer(info.message)) {
    await fs.mkdir(env.MAIL_OUTBOX, { recursive: true })
    const safeTo = to.replace(/[^a-z0-9@._-]/gi, '_')
    const file = path.join(
      env.MAIL_OUTBOX,
      `${Date.now()}-${crypto.randomUUID().slice(0, 8)}-${safeTo}.eml`,
    )
    await fs.writeFile(file, info.message)
  }
}

const pending = new Set<Promise<void>>()

/**
 * Runs mail work after the current request has been answered, so an answer never waits for (or
 * reveals, by its timing) whether an email was sent. A failure is logged, never thrown into the
 * request. Jobs run side by side: one slow mail server does not hold the others back.
 */
export function sendInBackground(label: string, work: () => Promise<void>) {
  const job: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
    .then(work)
    .catch((error: unknown) => {
      console.error(`Mail (${label}) could not be sent:`, error)
    })
    .finally(() => pending.delete(job))
  pending.add(job)
}

/** Resolves once every job queued so far (and any they queue) has finished; for tests and shutdown. */
export async function backgroundMailSettled() {
  while (pending.size > 0) await Promise.all(pending)
}
