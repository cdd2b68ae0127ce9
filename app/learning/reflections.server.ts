import { and, asc, eq } from 'drizzle-orm'
import { db, reflections } from '#app/db.server.ts'

/**
 * Reflections are private: every read and write here is keyed by the signed-in person's own id,
 * and nothing else in the app queries this table.
 */
export function myReflections(userId: string, lessonId: number) {
  return db
    .select({
      promptIndex: reflections.promptIndex,
      answer: reflections.answer,
      updatedAt: reflections.updatedAt,
    })
    .from(reflections)
    .where(and(eq(reflections.userId, userId), eq(reflections.lessonId, lessonId)))
    .orderBy(asc(reflections.promptIndex))
    .all()
}

export function saveMyReflection(
  userId: string,
  lessonId: number,
  promptIndex: number,
  answer: string,
  now = new Date(),
) {
  db.insert(reflections)
    .values({ userId, lessonId, promptIndex, answer, updatedAt: now })
    .onConflictDoUpdate({
      target: [reflections.userId, reflections.lessonId, reflections.promptIndex],
      set: { answer, updatedAt: now },
    })
    .run()
}
