import { Link } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { sessionWhen, type SessionTime } from '#app/live-training/labels.ts'
import { CellLabel, ScrollableTable } from '#app/components/scrollable-tables.tsx'

type StaffSession = {
  id: number
  title: string
  when: SessionTime
  openTo: number
  booked: number
  waiting: number
}

/** For an organisation lead: sessions to come open to their staff, each a link to book them. */
export function SessionsForStaff({ sessions }: { sessions: StaffSession[] }) {
  const { t, i18n } = useTranslation()
  return (
    <section aria-labelledby="book-staff-heading">
      <h2 id="book-staff-heading">{t('Book your staff')}</h2>
      <p>
        {t(
          'Sessions to come that are open to some of your staff. Choose one to book people onto it or to cancel their places.',
        )}
      </p>
      <div className="table-cards">
        <ScrollableTable
          caption={t('Sessions open to your staff')}
          headings={[t('Course'), t('When'), t('Open to'), t('Your staff booked')]}
          rows={sessions}
          empty={t('No sessions to come are open to your staff at the moment.')}
          row={(s) => (
            <tr key={s.id}>
              <th scope="row">
                <Link to={`/training/sessions/${s.id}/book-staff`}>
                  {t('Book staff on {{title}}', { title: s.title })}
                </Link>
              </th>
              <td>
                <CellLabel>{t('When')}</CellLabel>
                {sessionWhen(i18n, s.when)}
              </td>
              <td>
                <CellLabel>{t('Open to')}</CellLabel>
                {t('{{count}} of your staff', { count: s.openTo })}
              </td>
              <td>
                <CellLabel>{t('Your staff booked')}</CellLabel>
                {s.waiting > 0
                  ? t('{{booked}} booked, {{waiting}} waiting', {
                      booked: s.booked,
                      waiting: s.waiting,
                    })
                  : t('{{booked}} booked', { booked: s.booked })}
              </td>
            </tr>
          )}
        />
      </div>
    </section>
  )
}
