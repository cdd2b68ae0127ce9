/**
 * Renewal reminders (decision 015): an email when someone's renewal window opens, 30 days and
 * 7 days before their training runs out, and on the day after it lapses. Each is recorded
 * against the expiry it warns of, so a daily run sends each once, and a renewal (a new expiry)
 * starts a new round. A missed day sends only the reminder due now, never a backlog.
 */
import { and, eq, inArray } from 'drizzle-orm'
import { db, renewalReminders, users, type RenewalReminderKind } from '#app/db.server.ts'
import { type Language } from '#app/i18n/i18n.ts'
import { i18nFor } from '#app/i18n/language.server.ts'
import { sendEmail } from '#app/utils/email.server.ts'
import { env } from '#app/utils/env.server.ts'
import { addDays, londonDay } from '#app/utils/uk-dates.ts'
import { standingsOf } from './in-date.server.ts'
import { windowOpens } from './validity.ts'

/** How long after training lapsed the "it has run out" email still goes (a cron that did not run). */
const LAPSED_FOR_DAYS = 7

/** The one reminder due on a day for training in date until `validUntil`, if any. */
export function renewalReminderDue(
  validUntil: string,
  windowDays: number,
  today: string,
): RenewalReminderKind | null {
  if (today > validUntil) return today <= addDays(validUntil, LAPSED_FOR_DAYS) ? 'lapsed' : null
  if (today >= addDays(validUntil, -7)) return 'days_7'
  if (today >= addDays(validUntil, -30)) return 'days_30'
  return today >= windowOpens(validUntil, windowDays) ? 'window_open' : null
}

type Renewal = {
  name: string
  title: string
  validUntil: string
  renewWith: string
  reason: string | null
}

/** In the person's language; module titles as stored (the rules name them in English). */
function renewalEmail(kind: RenewalReminderKind, r: Renewal, language: Language | null) {
  const { t, date } = i18nFor(language)
  const values = {
    title: r.title,
    renewWith: r.renewWith,
    until: date(new Date(`${r.validUntil}T12:00:00Z`)),
  }
  const link = `${env.APP_ORIGIN}/learn`
  const why = r.reason ? [`${r.reason}`, ''] : []
  const how =
    r.renewWith === r.title
      ? t("You can renew it by taking '{{title}}' again.", values)
      : t("You can renew it with the shorter '{{renewWith}}'.", values)
  const lines = (first: string) =>
    [
      t('Hello {{name}},', { name: r.name }),
      '',
      first,
      ...why,
      how,
      t('Your place in it is kept if you stop part-way.'),
      '',
      link,
    ].join('\n')
  switch (kind) {
    case 'window_open':
      return {
        subject: t("You can now renew '{{title}}'", values),
        text: lines(
          t(
            "Your training in '{{title}}' is in date until {{until}}. You can renew it now: renewing early adds to that date, so you lose no time.",
            values,
          ),
        ),
      }
    case 'days_30':
    case 'days_7':
      return {
        subject: t("'{{title}}' runs out on {{until}}", values),
        text: lines(t("Your training in '{{title}}' is in date until {{until}}.", values)),
      }
    case 'lapsed':
      return {
        subject: t("'{{title}}' is no longer in date", values),
        text: lines(
          t(
            "Your training in '{{title}}' ran out on {{until}}. Your certificates and history are kept.",
            values,
          ),
        ),
      }
  }
}

/** Sends the renewal reminders due on `today`, as `sendReminders` does for due dates. */
export async function sendRenewalReminders(today = londonDay()) {
  const due = standingsOf({ from: addDays(today, -LAPSED_FOR_DAYS) }).flatMap((s) => {
    const kind = renewalReminderDue(s.validUntil, s.windowDays, today)
    return kind ? [{ ...s, kind }] : []
  })
  const people = new Map(
    due.length === 0
      ? []
      : db
          .select({ id: users.id, name: users.name, email: users.email, language: users.language })
          .from(users)
          .where(
            and(inArray(users.id, [...new Set(due.map((d) => d.userId))]), eq(users.active, true)),
          )
          .all()
          .map((p) => [p.id, p]),
  )
  const sent: { email: string; kind: RenewalReminderKind; module: string }[] = []
  const failed: { email: string; kind: RenewalReminderKind; module: string; error: string }[] = []
  for (const d of due) {
    const person = people.get(d.userId)
    if (!person) continue
    const recorded = db
      .insert(renewalReminders)
      .values({
        userId: d.userId,
        moduleId: d.moduleId,
        validUntil: d.validUntil,
        kind: d.kind,
        sentAt: new Date(),
      })
      .onConflictDoNothing()
      .returning({ id: renewalReminders.id })
      .get()
    if (!recorded) continue
    const renewal: Renewal = {
      name: person.name,
      title: d.rules.title,
      validUntil: d.validUntil,
      renewWith: d.renewWith.title,
      reason: d.requiredAgain?.reason || null,
    }
    try {
      await sendEmail({ to: person.email, ...renewalEmail(d.kind, renewal, person.language) })
      sent.push({ email: person.email, kind: d.kind, module: d.rules.slug })
    } catch (error) {
      db.delete(renewalReminders).where(eq(renewalReminders.id, recorded.id)).run()
      failed.push({ email: person.email, kind: d.kind, module: d.rules.slug, error: String(error) })
    }
  }
  return { today, sent, failed }
}
