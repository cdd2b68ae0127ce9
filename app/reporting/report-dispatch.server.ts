/**
 * Where a report is answered from: a standard period (year, quarter, month) is read from the
 * summary on the server's thread; custom dates are counted on the custom-range worker, off the
 * server's thread, where a copy of the completions is kept ready.
 */
import { picksReportUnit, reportScopeFor } from '#app/auth/permissions.server.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import { buildReportOffThread, warmReportWorker } from './custom-range/off-thread.server.ts'
import { type Period } from './periods.ts'
import { buildReport } from './report-counting.server.ts'
import { periodFrom, reportQuery } from './report-request.server.ts'
import { NATIONAL, type Report, type ReportOptions, type ReportScope } from './types.ts'

/** The report for a scope and period, from the summary or the custom-range worker. */
export async function answerReport(
  scope: ReportScope,
  period: Period,
  options: ReportOptions = {},
): Promise<Report> {
  if (period.kind === 'custom') return buildReportOffThread(scope, period, options)
  // the worker is started before anyone picks custom dates, so its copy is read in by then
  warmReportWorker()
  return buildReport(scope, period, options)
}

/**
 * The report a request asks for: its period from the address, its unit from who asks (and the
 * unit they picked, for an administrator); `query` carries both into the report's links.
 */
export async function reportFor(
  user: SessionUser,
  params: URLSearchParams,
  options: ReportOptions = {},
) {
  const { period, errors, values } = periodFrom(params)
  const scope = reportScopeFor(user, params.get('unit'))
  const report = await answerReport(scope, period, options)
  const query = reportQuery(period, picksReportUnit(user) ? scope.vruId : NATIONAL)
  return { report, period, scope, query, errors, values }
}
