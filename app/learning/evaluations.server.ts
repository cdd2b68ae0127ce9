import { and, eq } from 'drizzle-orm'
import { z } from 'zod'
import { db, evaluations } from '#app/db.server.ts'
import { recordEvaluationInReports } from '#app/reporting/summary/record.server.ts'

export const EvaluationStageSchema = z.enum(['pre', 'post'])
export type EvaluationStage = z.infer<typeof EvaluationStageSchema>
/** One statement's rating, 1 (not at all) to 5 (completely). */
/** The page's two buttons: save the ratings, or skip the questions. */
export const EvaluationIntentSchema = z.enum(['save', 'skip'])
export const EvaluationRatingsSchema = z.coerce.number().int().min(1).max(5)

export function evaluationFor(enrolmentId: number, stage: EvaluationStage) {
  return db
    .select()
    .from(evaluations)
    .where(and(eq(evaluations.enrolmentId, enrolmentId), eq(evaluations.stage, stage)))
    .get()
}

/** Stores a self-rating (or that it was skipped: ratings null); the first answer stands. */
export function saveEvaluation(
  enrolmentId: number,
  stage: EvaluationStage,
  ratings: number[] | null,
) {
  db.transaction(() => {
    const saved = db
      .insert(evaluations)
      .values({ enrolmentId, stage, ratings })
      .onConflictDoNothing()
      .run()
    // the after-rating completes a pair the reports count
    if (saved.changes > 0 && stage === 'post') recordEvaluationInReports(enrolmentId)
  })
}
