import { eq, sql } from 'drizzle-orm'
import {
  assignmentReminders,
  assignments,
  completions,
  db,
  modules,
  moduleVersions,
  users,
  type ReminderKind,
} from '#app/db.server.ts'
import { i18nFor } from '#app/i18n/language.server.ts'
import { sendEmail } from '#app/utils/email.server.ts'
import { env } from '#app/utils/env.server.ts'
import { addDays, endOfLondonDay, londonDay, startOfLondonDay } from '#app/utils/uk-dates.ts'
import { coveredByAssignment, dueForPerson, moduleTitle } from './assignments.server.ts'

// the Welsh title of the version moduleTitle names, when its pack has one
const moduleTitleCy = sql<
  string | null
>`(select json_extract(${moduleVersions.translations}, '$.cy.title')
  from ${moduleVersions} where ${moduleVersions.moduleId} = ${modules.id}
  and ${moduleVersions.status} = 'published' order by ${moduleVersions.version} desc limit 1)`

/** How long after a missed day a reminder still goes out (a cron that did not run, a server down). */
const CATCH_UP_DAYS = 7

type Due = {
  assignmentId: number
  userId: string
  name: string
  email: string
  language: 'en' | 'cy' | null
  slug: string
  title: string
  /** the module's Welsh title, when its pack has one */
  titleCy: string | null
  dueAt: number
}

/**
 * Learners who have not completed an assigned module due in the coming week or in the week just
 * gone. Each person's module counts once, under the assignment /learn shows them (the earliest
 * due date, then the oldest), so two assignments of one module send one reminder.
 */
function dueAround(today: string): Due[] {
  const soonTo = endOfLondonDay(addDays(today, 7)).getTime()
  const lateFrom = startOfLondonDay(addDays(today, -CATCH_UP_DAYS)).getTime()
  const covering = db
    .select({
      assignmentId: sql<number>`${assignments.id}`.as('assignment_id'),
      moduleId: sql<number>`${assignments.moduleId}`.as('module_id'),
      userId: sql<string>`${users.id}`.as('user_id'),
      name: sql<string>`${users.name}`.as('name'),
      email: sql<string>`${users.email}`.as('email'),
      language: sql<'en' | 'cy' | null>`${users.language}`.as('language'),
      dueAt: sql<number>`${dueForPerson}`.as('due_at'),
      rank: sql<number>`row_number() over (partition by ${users.id}, ${assignments.moduleId}
        order by ${dueForPerson}, ${assignments.id})`.as('rank'),
      done: sql<number>`exists (select 1 from ${completions} where ${completions.userId} = ${users.id}
        and ${completions.moduleId} = ${assignments.moduleId})`.as('done'),
    })
    .from(assignments)
    .innerJoin(users, coveredByAssignment)
    .where(sql`${assignments.removedAt} is null and ${dueForPerson} is not null`)
    .as('covering')
  return db
    .select({
      assignmentId: covering.assignmentId,
      userId: covering.userId,
      name: covering.name,
      email: covering.email,
      language: covering.language,
      slug: modules.slug,
      title: moduleTitle,
      titleCy: moduleTitleCy,
      dueAt: covering.dueAt,
    })
    .from(covering)
    .innerJoin(modules, eq(modules.id, covering.moduleId))
    .where(
      sql`${covering.rank} = 1 and ${covering.done} = 0 and ${covering.dueAt} between ${lateFrom} and ${soonTo}`,
    )
    .all()
}

/** In the learner's language, with the module's Welsh title when the pack has one. */
function reminderEmail(kind: ReminderKind, due: Due) {
  const { t, date: day } = i18nFor(due.language)
  const values = {
    title: (due.language === 'cy' && due.titleCy) || due.title,
    date: day(due.dueAt),
  }
  const link = `${env.APP_ORIGIN}/learn/modules/${due.slug}`
  if (kind === 'due_soon') {
    return {
      subject: t("Reminder: '{{title}}' is due by {{date}}", values),
      text: [
        t('Hello {{name}},', { name: due.name }),
        '',
        t("'{{title}}' is assigned to you, to complete by {{date}}.", values),
        t(
          'Fit it in whenever suits you before then. If you have started it, it opens where you left off.',
        ),
        '',
        link,
      ].join('\n'),
    }
  }
  return {
    subject: t("'{{title}}' was due on {{date}}", values),
    text: [
      t('Hello {{name}},', { name: due.name }),
      '',
      t(
        "'{{title}}' was assigned to you, to complete by {{date}}. That date has passed; you can still complete it whenever you are ready.",
        values,
      ),
      t('If you have started it, it opens where you left off.'),
      '',
      link,
    ].join('\n'),
  }
}

/**
 * Sends the reminders due on `today` (a day in England and Wales): one in the week before a due
 * date, one in the days after it passes. Each is recorded before it is sent, so a second run the
 * same day sends nothing new; a send that fails is forgotten again, so the next run retries it.
 */
export async function sendReminders(today = londonDay()) {
  const dueStarts = startOfLondonDay(today).getTime()
  const sent: { email: string; kind: ReminderKind; module: string }[] = []
  const failed: { email: string; kind: ReminderKind; module: string; error: string }[] = []
  for (const due of dueAround(today)) {
    const kind: ReminderKind = due.dueAt >= dueStarts ? 'due_soon' : 'overdue'
    const recorded = db
      .insert(assignmentReminders)
      .values({ assignmentId: due.assignmentId, userId: due.userId, kind, sentAt: new Date() })
      .onConflictDoNothing()
      .returning({ id: assignmentReminders.id })
      .get()
    if (!recorded) continue
    try {
      await sendEmail({ to: due.email, ...reminderEmail(kind, due) })
      sent.push({ email: due.email, kind, module: due.slug })
    } catch (error) {
      db.delete(assignmentReminders).where(eq(assignmentReminders.id, recorded.id)).run()
      failed.push({ email: due.email, kind, module: due.slug, error: String(error) })
    }
  }
  return { today, sent, failed }
}
