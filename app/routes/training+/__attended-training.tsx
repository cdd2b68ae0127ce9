import { Link } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { CellLabel, ScrollableTable } from '#app/components/scrollable-tables.tsx'

type Attended = {
  completionId: number
  title: string
  startsAt: string | Date
  certificateCode: string
  cpdMinutes: number
  rated: boolean
}

/** Live training the person came to: its certificate, and the questions afterwards. */
export function AttendedTraining({ attended, rated }: { attended: Attended[]; rated: boolean }) {
  const { t, i18n } = useTranslation()
  if (attended.length === 0 && !rated) return null
  return (
    <section aria-labelledby="attended-heading">
      <h2 id="attended-heading">{t('Live training you attended')}</h2>
      {rated ? (
        <p className="notice notice--success" role="status">
          {t('Thank you: your answers are saved.')}
        </p>
      ) : null}
      <div className="table-cards">
        <ScrollableTable
          caption={t('Live training you attended')}
          headings={[t('Course'), t('Day'), t('CPD'), t('Afterwards')]}
          rows={attended}
          empty={t('None yet.')}
          row={(a) => (
            <tr key={a.completionId}>
              <th scope="row">
                <a href={`/learn/certificates/${a.certificateCode}/pdf`}>
                  {t('{{title}}: certificate (PDF)', { title: a.title })}
                </a>
              </th>
              <td>
                <CellLabel>{t('Day')}</CellLabel>
                {i18n.date(a.startsAt)}
              </td>
              <td>
                <CellLabel>{t('CPD')}</CellLabel>
                {t('{{minutes}} minutes', { minutes: a.cpdMinutes })}
              </td>
              <td>
                <CellLabel>{t('Afterwards')}</CellLabel>
                {a.rated ? (
                  t('Answered: thank you')
                ) : (
                  <Link to={`/training/attended/${a.completionId}`}>
                    {t('How confident do you feel now?')}
                  </Link>
                )}
              </td>
            </tr>
          )}
        />
      </div>
    </section>
  )
}
