import { Link } from '@remix-run/react'
import { English } from '#app/components/in-language.tsx'
import { useTranslation, type Language } from '#app/i18n/i18n.ts'

/** The shape of app/reporting/types.ts `ReportTable`, as it arrives in the page. */
export type ReportTableData = {
  id: string
  title: string
  columns: string[]
  rows: {
    label: string
    href?: string
    lang?: Language
    cells: (number | string | null)[]
  }[]
  chart?: number
  /** how many groups there are in all, when only the largest are listed */
  total?: number /** what the page says when the table has no rows */
  empty?: string
}

export function useCell() {
  const { t, i18n } = useTranslation()
  return (value: number | string | null) =>
    value === null ? t('fewer than 5') : typeof value === 'number' ? i18n.number(value) : t(value)
}

/** A row's label; content that exists only in English (a module's title) is marked so. */
function RowLabel({ row }: { row: ReportTableData['rows'][number] }) {
  const { t } = useTranslation()
  return row.lang === 'en' ? <English>{row.label}</English> : <>{t(row.label)}</>
}

/**
 * A horizontal bar chart drawn with SVG and CSS, no script. It is one image to assistive technology,
 * named by what it shows; the table beside it carries the same figures as text.
 */
export function BarChart({ table }: { table: ReportTableData }) {
  const { t } = useTranslation()
  const cell = useCell()
  const column = table.chart ?? 0
  const rows = table.rows
  const values = rows.map((r) => r.cells[column])
  const largest = Math.max(1, ...values.map((v) => (typeof v === 'number' ? v : 0)))
  if (rows.length === 0) return null
  return (
    <div
      className="bar-chart"
      role="img"
      aria-label={t('Bar chart of {{measure}}, {{title}}. The table gives the same figures.', {
        measure: t(table.columns[column + 1] ?? '').toLowerCase(),
        title: t(table.title).toLowerCase(),
      })}
    >
      {rows.map((row, i) => {
        const value = values[i]
        const share = typeof value === 'number' ? Math.max(0, value / largest) : 0
        return (
          <div className="bar-chart__row" key={`${row.label}-${i}`}>
            <span className="bar-chart__label">
              <RowLabel row={row} />
            </span>
            {/* an SVG bar: its width is an attribute, which the Content-Security-Policy allows
                where an inline style is refused */}
            <svg
              className="bar-chart__track"
              viewBox="0 0 100 1"
              preserveAspectRatio="none"
              aria-hidden="true"
              focusable="false"
            >
              {typeof value === 'number' && value > 0 ? (
                <rect className="bar-chart__bar" width={Math.max(share * 100, 0.5)} height="1" />
              ) : null}
            </svg>
            <span className="bar-chart__value">{cell(value ?? null)}</span>
          </div>
        )
      })}
    </div>
  )
}

/** The headline figures, on the report page and the board summary. */
export function HeadlineFigures({
  figures,
}: {
  figures: { key: string; label: string; value: number | string | null }[]
}) {
  const { t } = useTranslation()
  const cell = useCell()
  return (
    <dl className="headline">
      {figures.map(({ key, label, value }) => (
        <div key={key}>
          <dt>{t(label)}</dt>
          <dd data-testid={key} className={value === null ? 'headline__withheld' : undefined}>
            {cell(value)}
          </dd>
        </div>
      ))}
    </dl>
  )
}

/**
 * A report table's figures. `note`: added to the caption; `links`: a group's row opens its own
 * page where it has one (not on paper).
 */
export function FiguresTable({
  table,
  note = '',
  links = true,
}: {
  table: ReportTableData
  note?: string
  links?: boolean
}) {
  const { t } = useTranslation()
  const cell = useCell()
  return (
    <div className="table-wrap">
      <table>
        <caption>
          {t(table.title)}
          {note}
        </caption>
        <thead>
          <tr>
            {table.columns.map((column, i) => (
              <th scope="col" key={column} className={i > 0 ? 'numeric' : undefined}>
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 ? (
            <tr>
              <td colSpan={table.columns.length}>
                {t(table.empty ?? 'No completions in this period.')}
              </td>
            </tr>
          ) : (
            table.rows.map((row, i) => (
              <tr key={`${row.label}-${i}`}>
                <th scope="row">
                  {links && row.href ? (
                    <Link to={row.href}>{row.label}</Link>
                  ) : (
                    <RowLabel row={row} />
                  )}
                </th>
                {row.cells.map((value, j) => (
                  <td key={j} className="numeric">
                    {cell(value)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  )
}

/** A report table with its chart beside it and a link to its CSV. */
export function ReportSection({
  table,
  csvHref,
  chart = true,
  note,
  level = 2,
}: {
  table: ReportTableData
  csvHref: string
  chart?: boolean
  /** a sentence under the heading on how the table is counted */
  note?: string
  /** 3 inside a section of the page that has its own heading */
  level?: 2 | 3
}) {
  const { t, i18n } = useTranslation()
  const headingId = `${table.id}-heading`
  const Heading = level === 3 ? 'h3' : 'h2'
  const shown = table.rows
  const total = table.total ?? shown.length
  return (
    <section className="report-section">
      <Heading id={headingId}>{t(table.title)}</Heading>
      {note ? <p className="muted">{t(note)}</p> : null}
      {table.rows.length === 0 ? (
        <p>{t(table.empty ?? 'No completions in this period.')}</p>
      ) : (
        <div className={chart && table.chart !== undefined ? 'report-section__body' : undefined}>
          {chart && table.chart !== undefined ? <BarChart table={table} /> : null}
          <FiguresTable
            table={table}
            note={
              shown.length < total
                ? ` ${t('(the {{shown}} largest of {{count}}; the CSV lists all)', {
                    shown: i18n.number(shown.length),
                    count: i18n.number(total),
                  })}`
                : ''
            }
          />
        </div>
      )}
      <p className="report-section__export">
        <a href={csvHref} download>
          {t('Download “{{title}}” as CSV', { title: t(table.title) })}
        </a>
      </p>
    </section>
  )
}
