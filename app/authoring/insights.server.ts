/**
 * How learners do on a module, as aggregates only: never a name, never a reflection. Figures
 * follow the report rules (docs/decisions/010-disclosure-control.md): counts of 1 to 4 people are
 * withheld, and check results are counted in batches of attempts by at least five people, closed
 * in the order the attempts were made and never changed, so two visits a day apart never differ
 * by one person's answers.
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
import { releasedCount, SMALL_GROUP } from '#app/reporting/disclosure.server.ts'

/** Attempts in closed batches: each batch runs until it holds attempts by five different people. */
function inClosedBatches<T extends { userId: string }>(attemptsInOrder: T[]) {
  const counted: T[] = []
  let batch: T[] = []
  let people = new Set<string>()
  for (const attempt of attemptsInOrder) {
    batch.push(attempt)
    people.add(attempt.userId)
    if (people.size >= SMALL_GROUP) {
      counted.push(...batch)
      batch = []
      people = new Set()
    }
  }
  return counted
}

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
  const allAttempts = db
    .select({
      id: checkAttempts.id,
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
    .orderBy(checkAttempts.id)
    .all()
  const attempts = inClosedBatches(allAttempts)
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
  const enough = attempts.length > 0
  return {
    starts: releasedCount(starts),
    completed: releasedCount(completed),
    attempts: attempts.length,
    passRate: enough
      ? Math.round((attempts.filter((a) => a.passed).length / attempts.length) * 100)
      : null,
    withheld: !enough && allAttempts.length > 0,
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
