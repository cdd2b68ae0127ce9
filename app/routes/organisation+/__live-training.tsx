import { Link } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { CellLabel, ScrollableTable } from '#app/components/scrollable-tables.tsx'
import { ATTENDANCE_LABELS, BOOKING_STATUS_LABELS } from '#app/live-training/labels.ts'
import { type StaffLiveTraining } from '#app/live-training/staff-bookings.server.ts'

/** The loader's rows as the page shows them (the page writes each session's day and start). */
export function liveTrainingRows({ upcoming, past, ...totals }: StaffLiveTraining) {
  const shown = (row: StaffLiveTraining['upcoming'][number]) => ({
    id: row.bookingId,
    name: row.name,
    jobRole: row.jobRole,
    course: row.course,
    when: row.startsAt,
    status: row.status === 'waiting' ? ('waiting' as const) : ('booked' as const),
    attendance: row.attendance,
  })
  return { ...totals, upcoming: upcoming.map(shown), past: past.map(shown) }
}

type Props = ReturnType<typeof liveTrainingRows>
type Row = Props['upcoming'][number]

/** The staff's places on live training to come, and their attendance at sessions past. */
export function LiveTraining({ upcoming, upcomingTotal, past, pastTotal }: Props) {
  const { t, i18n } = useTranslation()
  const caption = (shown: number, total: number, all: string, some: string) =>
    shown < total ? some : all
  const table = (rows: Row[], last: string, cell: (row: Row) => string, empty: string) => (
    <div className="table-cards">
      <ScrollableTable
        headings={[t('Name'), t('Course'), t('Date (UK time)'), last]}
        rows={rows}
        empty={empty}
        row={(row) => (
          <tr key={row.id}>
            <th scope="row">
              {row.name}
              {row.jobRole ? <span className="muted"> · {row.jobRole}</span> : null}
            </th>
            <td>
              <CellLabel>{t('Course')}</CellLabel>
              {row.course}
            </td>
            <td>
              <CellLabel>{t('Date (UK time)')}</CellLabel>
              {i18n.date(row.when)}, {i18n.clock(new Date(row.when))}
            </td>
            <td>
              <CellLabel>{last}</CellLabel>
              {cell(row)}
            </td>
          </tr>
        )}
      />
    </div>
  )
  return (
    <section aria-labelledby="live-training-heading">
      <h2 id="live-training-heading">{t('Live training')}</h2>
      <p>
        <Link to="/training#book-staff-heading">{t('Book staff onto a session')}</Link>
      </p>
      <h3 id="live-upcoming-heading">
        {caption(
          upcoming.length,
          upcomingTotal,
          t('Places to come ({{count}})', { count: upcomingTotal }),
          t('Places to come: the next {{shown}} of {{count}}', {
            shown: upcoming.length,
            count: upcomingTotal,
          }),
        )}
      </h3>
      {table(
        upcoming,
        t('Place'),
        (row) => t(BOOKING_STATUS_LABELS[row.status]),
        t('None of your staff has a place on a session to come.'),
      )}
      <h3 id="live-past-heading">
        {caption(
          past.length,
          pastTotal,
          t('Attendance ({{count}})', { count: pastTotal }),
          t('Attendance: the latest {{shown}} of {{count}}', {
            shown: past.length,
            count: pastTotal,
          }),
        )}
      </h3>
      {table(
        past,
        t('Attendance'),
        (row) =>
          row.attendance ? t(ATTENDANCE_LABELS[row.attendance]) : t('Register not taken yet'),
        t('None of your staff has been booked on a session that has taken place.'),
      )}
    </section>
  )
}
