import { useTranslation } from '#app/i18n/i18n.ts'
import { STAFF_BOOKING_OUTCOME_LABELS } from '#app/live-training/labels.ts'
import { type StaffBookingResult } from '#app/live-training/staff-bookings.server.ts'

/** What came of booking each member of staff ticked, one line each. */
export function StaffBookingResults({ results }: { results: StaffBookingResult[] }) {
  const { t } = useTranslation()
  const placed = results.filter((r) => r.outcome === 'booked' || r.outcome === 'waiting').length
  return (
    <div className={placed > 0 ? 'notice notice--success' : 'notice'} role="status">
      <h2>
        {placed === 0
          ? t('No one new was booked')
          : placed === 1
            ? t('1 person booked or added to the waiting list, and emailed')
            : t('{{count}} people booked or added to the waiting list, and emailed', {
                count: placed,
              })}
      </h2>
      <ul>
        {results.map((r) => (
          <li key={r.personId}>
            {r.name || t('Someone not on your staff')}: {t(STAFF_BOOKING_OUTCOME_LABELS[r.outcome])}
            {r.reason ? ` (${t(r.reason)})` : ''}
          </li>
        ))}
      </ul>
    </div>
  )
}
