import { and, eq } from 'drizzle-orm'
import { db, evaluations } from '#app/db.server.ts'

export type EvaluationStage = 'pre' | 'post'

export function evaluationFor(enrolmentId: number, stage: EvaluationStage) {
  return db
    .select()
    .from(evaluations)
    .where(and(eq(evaluations.enrolmentId, enrolmentId), eq(evaluations.stage, stage)))
    .get()
}

/** Stores a self-rating (or that it was skipped: ratings null); the first answer stands. */
export function saveEvaluation(enrolmentId: number, stage: EvaluationStage, ratings: number[] | null) {
  db.insert(evaluations).values({ enrolmentId, stage, ratings }).onConflictDoNothing().run()
}
