/**
 * Learning's one door into reporting: what the report summary and the evaluation batches keep of
 * each start, completion and after-rating. Learning calls these inside the transaction that
 * writes the row, so a report never shows one without the other and never misses one.
 */
import { batchCompletion } from '../disclosure.server.ts'
import { countStart } from './in-progress.server.ts'
import {
  countAttendanceRating,
  countCompletion,
  countEvaluation,
  uncountCompletion,
} from './totals.server.ts'

/** A module was started: the person is in progress. */
export function recordStartInReports(enrolmentId: number) {
  countStart(enrolmentId)
}

/** A completion was recorded: it counts, and joins its unit's and module's evaluation batches. */
export function recordCompletionInReports(completionId: number) {
  if (countCompletion(completionId)) batchCompletion(completionId)
}

/** A completion is about to be deleted (a register corrected): it no longer counts. */
export function removeCompletionFromReports(completionId: number) {
  uncountCompletion(completionId)
}

/** An after-rating was saved: it completes a pair the reports count and batch. */
export function recordEvaluationInReports(enrolmentId: number) {
  const completionId = countEvaluation(enrolmentId)
  if (completionId !== undefined) batchCompletion(completionId)
}

/** An attendee of live training rated it afterwards: a pair the reports count and batch. */
export function recordAttendanceRatingInReports(completionId: number) {
  if (countAttendanceRating(completionId)) batchCompletion(completionId)
}
