/**
 * How learners do on a module, as aggregates only: never a name, never a reflection. Figures
 * about fewer than SMALL_GROUP people are withheld so no one can be singled out.
 */
import { and, countDistinct, eq } from 'drizzle-orm'
import {
  checkAttempts,
  completions,
  db,
  enrolments,
  lessons,
  moduleVersions,
} from '#app/db.server.ts'
import { markCheck, type CheckQuestion } from '#app/learning/checks.ts'
import { lessonsOf } from '#app/learning/progress.server.ts'

export const SMALL_GROUP = 5

export function moduleInsights(moduleId: number) {
  const starts =
    db
      .select({ n: countDistinct(enrolments.userId) })
      .from(enrolments)
      .where(eq(enrolments.moduleId, moduleId))
      .get()?.n ?? 0
  const completed =
    db
      .select({ n: countDistinct(completions.userId) })
      .from(completions)
      .where(eq(completions.moduleId, moduleId))
      .get()?.n ?? 0
  const attempts = db
    .select({
      lessonId: checkAttempts.lessonId,
      passed: checkAttempts.passed,
      answers: checkAttempts.answers,
      userId: enrolments.userId,
      details: lessons.details,
      version: moduleVersions.version,
      lessonTitle: lessons.title,
    })
    .from(checkAttempts)
    .innerJoin(enrolments, eq(enrolments.id, checkAttempts.enrolmentId))
    .innerJoin(lessons, eq(lessons.id, checkAttempts.lessonId))
    .innerJoin(moduleVersions, eq(moduleVersions.id, lessons.moduleVersionId))
    .where(eq(moduleVersions.moduleId, moduleId))
    .all()
  const people = new Set(attempts.map((a) => a.userId)).size
  const wrong = new Map<
    string,
    { prompt: string; lesson: string; wrong: number; answered: number }
  >()
  for (const attempt of attempts) {
    const questions = (attempt.details as { questions?: CheckQuestion[] }).questions ?? []
    const { marked } = markCheck(questions, attempt.answers)
    marked.forEach((m, i) => {
      const prompt = questions[i]!.prompt
      const key = `${attempt.lessonTitle}\u0000${prompt}`
      const entry = wrong.get(key) ?? { prompt, lesson: attempt.lessonTitle, wrong: 0, answered: 0 }
      entry.answered++
      if (!m.correct) entry.wrong++
      wrong.set(key, entry)
    })
  }
  const enough = people >= SMALL_GROUP
  return {
    starts,
    completed,
    attempts: attempts.length,
    passRate:
      enough && attempts.length > 0
        ? Math.round((attempts.filter((a) => a.passed).length / attempts.length) * 100)
        : null,
    withheld: !enough && attempts.length > 0,
    mostMissed: enough
      ? [...wrong.values()]
          .filter((q) => q.wrong > 0)
          .sort((a, b) => b.wrong / b.answered - a.wrong / a.answered || b.wrong - a.wrong)
          .slice(0, 5)
      : [],
  }
}

type Change = { slug: string; title: string; change: 'added' | 'removed' | 'changed' | 'moved' }

/** Lessons added, removed, changed or moved between two versions of a module. */
export function lessonChanges(fromVersionId: number, toVersionId: number): Change[] {
  const before = lessonsOf(fromVersionId)
  const after = lessonsOf(toVersionId)
  const content = (l: (typeof before)[number]) =>
    JSON.stringify([
      l.kind,
      l.title,
      l.minutes,
      l.required,
      l.contentNote,
      l.bodyHtml,
      l.details,
      l.sources,
    ])
  const changes: Change[] = []
  for (const lesson of after) {
    const old = before.find((l) => l.slug === lesson.slug)
    if (!old) changes.push({ slug: lesson.slug, title: lesson.title, change: 'added' })
    else if (content(old) !== content(lesson))
      changes.push({ slug: lesson.slug, title: lesson.title, change: 'changed' })
    else if (before.indexOf(old) !== after.indexOf(lesson))
      changes.push({ slug: lesson.slug, title: lesson.title, change: 'moved' })
  }
  for (const old of before)
    if (!after.some((l) => l.slug === old.slug))
      changes.push({ slug: old.slug, title: old.title, change: 'removed' })
  return changes
}

export function publishedVersionId(moduleId: number, version: number) {
  return db
    .select({ id: moduleVersions.id })
    .from(moduleVersions)
    .where(
      and(
        eq(moduleVersions.moduleId, moduleId),
        eq(moduleVersions.version, version),
        eq(moduleVersions.status, 'published'),
      ),
    )
    .get()?.id
}
