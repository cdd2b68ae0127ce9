/**
 * `npm run reminders`: emails learners whose assigned module is due within a week or has just
 * passed its due date, and those whose training is due for renewal or has just run out (when
 * the renewal window opens, 30 and 7 days before, and after it lapses). Run it once a day (README: "Reminders"); running it again the same day
 * sends nothing new. `--today YYYY-MM-DD` runs it as if it were that day. It also sends any
 * live-training reminders due now (the server sends those every 5 minutes), whatever `--today`.
 */
import { sendReminders } from '#app/learning/reminders.server.ts'
import { sendRenewalReminders } from '#app/learning/renewal-reminders.server.ts'
import { sendSessionReminders } from '#app/live-training/reminders.server.ts'

const at = process.argv.indexOf('--today')
const today = at >= 0 ? process.argv[at + 1] : undefined
if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error('--today takes a date like 2027-03-31')
  process.exit(2)
}
const { sent, failed, ...run } = await sendReminders(today)
const count = (kind: string) => sent.filter((s) => s.kind === kind).length
console.log(
  `Reminders for ${run.today}: ${sent.length} sent (${count('due_soon')} due soon, ${count('overdue')} overdue).`,
)
const renewals = await sendRenewalReminders(run.today)
const renewed = (kind: string) => renewals.sent.filter((s) => s.kind === kind).length
console.log(
  `Renewal reminders: ${renewals.sent.length} sent (${renewed('window_open')} renewal open, ${renewed('days_30')} 30 days left, ${renewed('days_7')} 7 days left, ${renewed('lapsed')} run out).`,
)
const sessions = await sendSessionReminders()
const reminded = (kind: string) => sessions.sent.filter((s) => s.kind === kind).length
console.log(
  `Live training reminders: ${sessions.sent.length} sent (${reminded('day_before')} the day before, ${reminded('hour_before')} an hour before).`,
)
for (const f of [...failed, ...renewals.failed]) {
  console.error(`Not sent to ${f.email} (${f.module}, ${f.kind}): ${f.error}`)
}
for (const f of sessions.failed) {
  console.error(`Not sent to ${f.email} (session ${f.sessionId}, ${f.kind}): ${f.error}`)
}
if (failed.length + renewals.failed.length + sessions.failed.length > 0) process.exitCode = 1
