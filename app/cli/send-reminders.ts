/**
 * `npm run reminders`: emails learners whose assigned module is due within a week or has just
 * passed its due date. Run it once a day (README: "Reminders"); running it again the same day
 * sends nothing new. `--today YYYY-MM-DD` runs it as if it were that day.
 */
import { sendReminders } from '#app/learning/reminders.server.ts'

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
for (const f of failed) console.error(`Not sent to ${f.email} (${f.module}, ${f.kind}): ${f.error}`)
if (failed.length > 0) process.exitCode = 1
