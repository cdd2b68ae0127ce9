import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { type ReactNode } from 'react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { getLanguage, i18nFor } from '#app/i18n/language.server.ts'
import { picksReportUnit, requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ErrorSummary, SelectField, TextField } from '#app/components/forms.tsx'
import { HeadlineFigures, ReportSection } from '#app/components/report-table.tsx'
import { listVrus } from '#app/organisations/vrus.server.ts'
import { currentFinancialYear, type Period } from '#app/reporting/periods.ts'
import { reportFor } from '#app/reporting/report-dispatch.server.ts'
import { TABLE_NOTES } from '#app/reporting/labels.ts'
import { headlineFigures } from '#app/reporting/report-export.server.ts'
import { ReachSection } from './__reach.tsx'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Reports')]

/** Largest groups listed on the page for long breakdowns; the CSV lists every group. */
const PAGE_ROWS = 20

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'reports')
  const params = new URL(request.url).searchParams
  const language = await getLanguage(request)
  const { report, period, scope, query, errors, values } = await reportFor(user, params, {
    limit: PAGE_ROWS,
    language,
  })
  return {
    report,
    headline: headlineFigures(report.headline, i18nFor(language)),
    period,
    query,
    errors,
    values,
    units: picksReportUnit(user)
      ? listVrus().map((u) => ({ value: String(u.id), label: u.name }))
      : null,
    unitId: scope.vruId,
    currentYear: (currentFinancialYear() as Extract<Period, { kind: 'year' }>).year,
  }
}

/** One way to choose the period: a GET form, so it works before JavaScript loads. */
function PeriodForm({
  period,
  unit,
  submit,
  children,
}: {
  period: string
  unit: ReactNode
  submit: string
  children: ReactNode
}) {
  return (
    <Form method="get" className="card">
      <input type="hidden" name="period" value={period} />
      {unit}
      {children}
      <button className="button button--secondary" type="submit">
        {submit}
      </button>
    </Form>
  )
}

function PeriodForms() {
  const { t } = useTranslation()
  const { period, errors, values, unitId, units, currentYear } = useLoaderData<typeof loader>()
  const years = Array.from({ length: currentYear - 2018 }, (_, i) => {
    const year = currentYear - i
    return { value: String(year), label: t('{{from}} to {{to}}', { from: year, to: year + 1 }) }
  })
  const kind = values.period ?? period.kind
  const value = (name: string, fallback: string) =>
    (kind === values.period ? values[name] : undefined) ?? fallback
  const year = 'year' in period ? String(period.year) : String(currentYear)
  const unit = units && unitId ? <input type="hidden" name="unit" value={unitId} /> : null
  const yearField = (of: 'year' | 'quarter', label: string) => (
    <SelectField
      id={`${of}-year`}
      name="year"
      label={label}
      options={years}
      defaultValue={period.kind === of ? year : String(currentYear)}
      error={kind === of ? errors.year : undefined}
    />
  )
  const monthField = (
    of: 'month' | 'custom',
    name: 'month' | 'from' | 'to',
    label: string,
    shown: string,
    hint?: string,
  ) => (
    <TextField
      name={name}
      type="month"
      label={label}
      hint={hint}
      defaultValue={value(name, shown)}
      error={kind === of ? errors[name] : undefined}
    />
  )
  return (
    <div className="period-picker">
      <ErrorSummary
        errors={errors}
        fieldIds={{
          year: `${kind}-year`,
          quarter: 'quarter',
          month: 'month',
          from: 'from',
          to: 'to',
        }}
      />
      <div className="period-picker__forms">
        <PeriodForm period="year" unit={unit} submit={t('Show the year')}>
          {yearField('year', t('Financial year (1 April to 31 March)'))}
        </PeriodForm>
        <PeriodForm period="quarter" unit={unit} submit={t('Show the quarter')}>
          {yearField('quarter', t('Quarter of the financial year'))}
          <SelectField
            name="quarter"
            label={t('Quarter')}
            options={[
              { value: '1', label: t('Quarter 1: April to June') },
              { value: '2', label: t('Quarter 2: July to September') },
              { value: '3', label: t('Quarter 3: October to December') },
              { value: '4', label: t('Quarter 4: January to March') },
            ]}
            defaultValue={period.kind === 'quarter' ? String(period.quarter) : '1'}
            error={kind === 'quarter' ? errors.quarter : undefined}
          />
        </PeriodForm>
        <PeriodForm period="month" unit={unit} submit={t('Show the month')}>
          {monthField(
            'month',
            'month',
            t('Month'),
            period.kind === 'month'
              ? `${period.year}-${String(period.month).padStart(2, '0')}`
              : '',
            t('For example, 2026-04'),
          )}
        </PeriodForm>
        <PeriodForm period="custom" unit={unit} submit={t('Show these months')}>
          {monthField(
            'custom',
            'from',
            t('From the start of'),
            period.kind === 'custom' ? period.from : '',
            t('Whole months, for example 2026-04'),
          )}
          {monthField(
            'custom',
            'to',
            t('To the end of'),
            period.kind === 'custom' ? period.to : '',
          )}
        </PeriodForm>
      </div>
    </div>
  )
}

export default function Reports() {
  const { t } = useTranslation()
  const { report, headline, query, units, unitId, errors } = useLoaderData<typeof loader>()
  const csv = (id: string) => `/reports/${id}.csv?${query}`
  return (
    <>
      <h1>{t('Reports')}</h1>
      <p className="lead">
        {t(report.scopeName)}: <strong>{t(report.periodLabel)}</strong>
      </p>
      {/* figures first: on a phone the forms took the first screen; a disclosure works without
          JavaScript, and opens by itself when a choice needs correcting */}
      <details className="period-choice" open={Object.keys(errors).length > 0}>
        <summary>{units ? t('Change the period or unit') : t('Change the period')}</summary>
        {units ? (
          <Form method="get" className="unit-picker">
            {Object.entries(Object.fromEntries(new URLSearchParams(query)))
              .filter(([name]) => name !== 'unit')
              .map(([name, value]) => (
                <input type="hidden" name={name} value={value} key={name} />
              ))}
            <SelectField
              name="unit"
              label={t('Violence Reduction Unit')}
              options={units}
              placeholder={t('All units')}
              defaultValue={unitId ? String(unitId) : ''}
            />
            <button className="button button--secondary" type="submit">
              {t('Show this unit')}
            </button>
          </Form>
        ) : null}
        <PeriodForms />
      </details>

      <section aria-labelledby="headline-heading">
        <h2 id="headline-heading">{t('Headline figures')}</h2>
        <HeadlineFigures figures={headline} />
        <p>
          {t(
            'Each person counts once in a period, so the quarters can add up to more than the year.',
          )}
        </p>
        <p className="muted">
          {t(
            'Professionals upskilled: different people who completed at least one module in the period; someone who completed three counts once. People in progress: people who started a module in the period and have not finished it yet. Figures about 1 to 4 people are shown as “fewer than 5”, and groups that small are not named but added to “Other groups”, with the smallest named groups where that is needed to keep them from being worked out, so no one can be singled out.',
          )}
        </p>
        <p className="button-row">
          <Link className="button" to={`/reports/summary?${query}`}>
            {t('Board summary to print')}
          </Link>
          <a className="button button--secondary" href={`/reports/summary.pdf?${query}`} download>
            {t('Board summary as PDF')}
          </a>
          <a href={csv('headline')} download>
            {t('Download the headline figures as CSV')}
          </a>
        </p>
      </section>

      {report.units ? <ReportSection table={report.units} csvHref={csv('units')} /> : null}
      {report.tables.map((table) => (
        <ReportSection
          key={table.id}
          table={table}
          csvHref={csv(table.id)}
          chart={table.id !== 'evaluation'}
          note={TABLE_NOTES[table.id]}
        />
      ))}
      <p className="muted">
        {t(
          'A completion counts in the period of its completion time in the UK, for the unit and organisation the person belonged to then. People whose accounts were later closed still count.',
        )}
      </p>
      {report.reach ? <ReachSection reach={report.reach} csv={csv} /> : null}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
