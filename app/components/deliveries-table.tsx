import { Link } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { CO_DELIVERER_LABELS, SETTING_LABELS } from '#app/classroom/labels.ts'
import { English } from '#app/components/in-language.tsx'
import { CellLabel, ScrollableTable } from '#app/components/scrollable-tables.tsx'
import { type DeliveryRow } from '#app/classroom/deliveries.server.ts'

/**
 * Classroom deliveries as a table (cards on a phone): the teacher's own, with a link to change
 * those still open, or an organisation's, with who taught each.
 */
export function DeliveriesTable({
  deliveries,
  caption,
  showTeacher,
}: {
  deliveries: DeliveryRow[]
  caption: string
  showTeacher: boolean
}) {
  const { t, i18n } = useTranslation()
  return (
    <div className="table-cards">
      <ScrollableTable
        caption={caption}
        headings={[
          t('Day'),
          t('Pack and lessons'),
          showTeacher && t('Taught by'),
          t('Year group'),
          t('Pupils'),
          t('Where'),
          t('Concern passed on'),
          !showTeacher && t('Change'),
        ]}
        rows={deliveries}
        empty={t('No lessons logged yet.')}
        row={(d) => (
          <tr key={d.id}>
            <th scope="row">{i18n.date(d.deliveredOn)}</th>
            <td>
              <CellLabel>{t('Pack and lessons')}</CellLabel>
              <English>
                {d.pack}: {d.lessons.join('; ')}
              </English>
            </td>
            {showTeacher ? (
              <td>
                <CellLabel>{t('Taught by')}</CellLabel>
                {d.teacher}
                {d.coDeliveredWith
                  ? `, ${t('with')} ${t(CO_DELIVERER_LABELS[d.coDeliveredWith]).toLowerCase()}`
                  : ''}
              </td>
            ) : null}
            <td>
              <CellLabel>{t('Year group')}</CellLabel>
              {t('Year {{n}}', { n: d.yearGroup })}
            </td>
            <td>
              <CellLabel>{t('Pupils')}</CellLabel>
              {i18n.number(d.pupils)}
            </td>
            <td>
              <CellLabel>{t('Where')}</CellLabel>
              {t(SETTING_LABELS[d.setting])}
            </td>
            <td>
              <CellLabel>{t('Concern passed on')}</CellLabel>
              {d.concernPassedOn ? t('Yes') : t('No')}
            </td>
            {!showTeacher ? (
              <td>
                <CellLabel>{t('Change')}</CellLabel>
                {d.editable ? (
                  <Link to={`/learn/deliveries/${d.id}`}>
                    {t('Change')}
                    <span className="visually-hidden">
                      {' '}
                      {t('the lesson on {{day}}', { day: i18n.date(d.deliveredOn) })}
                    </span>
                  </Link>
                ) : (
                  t('Kept as logged')
                )}
              </td>
            ) : null}
          </tr>
        )}
      />
    </div>
  )
}
