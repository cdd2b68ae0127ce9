import { Form, Link } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { English } from '#app/components/in-language.tsx'
import { SelectField, TextField } from '#app/components/forms.tsx'
import { CellLabel, ScrollableTable } from '#app/components/scrollable-tables.tsx'
import {
  COMPLIANCE_STATUS_LABELS,
  EXPIRING_FILTER,
  EXPIRING_FILTER_LABEL,
  optionsFrom,
} from '#app/organisations/labels.ts'
import {
  type ComplianceFilters,
  type compliancePage,
  type ComplianceRow,
} from '#app/organisations/compliance.server.ts'

type CompliancePage = ReturnType<typeof compliancePage>['page']

type Option = { value: string; label: string }

function StatusTag({ status }: { status: keyof typeof COMPLIANCE_STATUS_LABELS }) {
  const { t } = useTranslation()
  return (
    <span className={`status-tag status-tag--${status}`}>
      {t(COMPLIANCE_STATUS_LABELS[status])}
    </span>
  )
}

/** Links to the list's other pages, keeping the filters: plain links, so no script is needed. */
function Pages({ page, query }: { page: CompliancePage; query: string }) {
  const { t } = useTranslation()
  if (page.pages === 1) return null
  const to = (n: number) => {
    const params = new URLSearchParams(query)
    params.set('page', String(n))
    return `/organisation?${params.toString()}#compliance-heading`
  }
  return (
    <nav className="button-row" aria-label={t('Pages of the compliance list')}>
      {page.number > 1 ? <Link to={to(page.number - 1)}>{t('Previous page')}</Link> : null}
      <span>{t('Page {{number}} of {{pages}}', page)}</span>
      {page.number < page.pages ? <Link to={to(page.number + 1)}>{t('Next page')}</Link> : null}
    </nav>
  )
}

/** Which assigned modules each member of staff has completed, filtered, with a CSV download. */
export function Compliance({
  compliance,
  filters,
  modules,
  jobRoles,
  query,
  assignedCount,
  inDate,
  page,
}: {
  compliance: ComplianceRow[]
  page: CompliancePage
  filters: ComplianceFilters
  modules: Option[]
  jobRoles: Option[]
  query: string
  assignedCount: number
  /** staff in date on every assigned module that expires, of those with one */
  inDate: { inDate: number; of: number }
}) {
  const { t, i18n } = useTranslation()
  return (
    <section aria-labelledby="compliance-heading">
      <h2 id="compliance-heading">{t('Staff compliance')}</h2>
      {assignedCount === 0 ? (
        <p>{t('No modules are assigned to your staff yet.')}</p>
      ) : (
        <>
          {inDate.of > 0 ? (
            <p>
              <strong>
                {t(
                  '{{inDate}} of {{of}} staff are in date on every module they must keep in date.',
                  inDate,
                )}
              </strong>
            </p>
          ) : null}
          <Form method="get" className="filters" aria-label={t('Filter the compliance list')}>
            <SelectField
              name="status"
              label={t('Status')}
              placeholder={t('Any status')}
              options={[
                ...optionsFrom(COMPLIANCE_STATUS_LABELS),
                { value: EXPIRING_FILTER, label: EXPIRING_FILTER_LABEL },
              ].map((o) => ({ ...o, label: t(o.label) }))}
              defaultValue={filters.status ?? ''}
            />
            <SelectField
              name="module"
              label={t('Module')}
              placeholder={t('Any module')}
              options={modules}
              defaultValue={filters.module ? String(filters.module) : ''}
            />
            <SelectField
              name="jobRole"
              label={t('Job role')}
              placeholder={t('Any job role')}
              options={jobRoles}
              defaultValue={filters.jobRole ?? ''}
            />
            <TextField
              name="name"
              label={t('Name or email contains')}
              defaultValue={filters.name ?? ''}
            />
            <button className="button button--secondary" type="submit">
              {t('Filter')}
            </button>
          </Form>
          <div className="table-cards">
            <ScrollableTable
              caption={
                page.total === 1
                  ? i18n.plural(1, {
                      one: '{{count}} assigned module, by member of staff',
                      other: '{{count}} assigned modules, by member of staff',
                    })
                  : page.pages > 1
                    ? i18n.plural(
                        page.total,
                        {
                          one: '{{count}} assigned module, by member of staff: rows {{from}} to {{to}}',
                          other:
                            '{{count}} assigned modules, by member of staff: rows {{from}} to {{to}}',
                        },
                        { from: page.first, to: page.first + compliance.length - 1 },
                      )
                    : i18n.plural(page.total, {
                        one: '{{count}} assigned module, by member of staff',
                        other: '{{count}} assigned modules, by member of staff',
                      })
              }
              headings={[
                t('Name'),
                t('Job role'),
                t('Module'),
                t('Status'),
                t('Due'),
                t('Completed'),
                t('In date until'),
              ]}
              rows={compliance}
              empty={t('No staff match these filters.')}
              row={(row) => (
                <tr key={`${row.userId}-${row.moduleId}`}>
                  <th scope="row">{row.name}</th>
                  <td>
                    <CellLabel>{t('Job role')}</CellLabel>
                    {row.jobRole ?? '–'}
                  </td>
                  <td>
                    <CellLabel>{t('Module')}</CellLabel>
                    <English>{row.module}</English>
                  </td>
                  <td>
                    <CellLabel>{t('Status')}</CellLabel>
                    <StatusTag status={row.status} />
                  </td>
                  <td>
                    <CellLabel>{t('Due')}</CellLabel>
                    {row.dueAt ? i18n.date(row.dueAt) : t('No due date')}
                  </td>
                  <td>
                    <CellLabel>{t('Completed')}</CellLabel>
                    {row.completedAt ? i18n.date(row.completedAt) : '–'}
                  </td>
                  <td>
                    <CellLabel>{t('In date until')}</CellLabel>
                    {row.validUntil
                      ? i18n.date(row.validUntil)
                      : row.expires
                        ? t('Not yet done')
                        : t('Does not expire')}
                  </td>
                </tr>
              )}
            />
          </div>
          <Pages page={page} query={query} />
          <p>
            <a href={`/organisation/compliance.csv${query ? `?${query}` : ''}`} download>
              {t('Download this list as CSV (for an inspection)')}
            </a>
          </p>
        </>
      )}
    </section>
  )
}
