import { Link } from '@remix-run/react'
import { English } from '#app/components/in-language.tsx'
import { useTranslation, type Language } from '#app/i18n/i18n.ts'
import { TABLE_NOTES } from '#app/reporting/labels.ts'
import {
  HeadlineFigures,
  ReportSection,
  type ReportTableData,
} from '#app/components/report-table.tsx'

/** The shape of app/reporting/types.ts `ReachReport`, as it arrives in the page. */
type ReachData = {
  tables: ReportTableData[]
  notYetUsed: {
    moduleId: string
    title: string
    lang?: Language
    count: number
    schools: { id: number; name: string; type: string; area: string }[] | null
  }[]
}

/** Reach of the classroom packs: headline, breakdowns, and the schools yet to use each pack. */
export function ReachSection({ reach, csv }: { reach: ReachData; csv: (id: string) => string }) {
  const { t, i18n } = useTranslation()
  const headline = reach.tables.find((table) => table.id === 'reach-headline')
  const notYet = reach.tables.find((table) => table.id === 'reach-not-yet-used')
  const breakdowns = reach.tables.filter((table) => table !== headline && table !== notYet)
  const notYetText = (count: number) =>
    count === 0
      ? t('every school has used it')
      : i18n.plural(count, {
          one: '{{count}} school has not used it yet',
          other: '{{count}} schools have not used it yet',
        })
  const packName = (pack: { title: string; lang?: Language }) =>
    pack.lang === 'en' ? <English>{pack.title}</English> : pack.title
  return (
    <section aria-labelledby="reach-heading" className="reach">
      <h2 id="reach-heading">{t('Reach of classroom packs')}</h2>
      <p className="muted">
        {t(
          'Lessons teachers logged after teaching a classroom pack to a class. Schools reached: organisations where at least one session was taught. Pupils reached adds up the class sizes teachers gave, so a pupil taught twice counts twice. A session counts for the school, its type and area when it was taught. These figures count schools and classes, not people, so none is withheld.',
        )}
      </p>
      {headline ? (
        <>
          <HeadlineFigures
            figures={headline.rows.map((row, i) => ({
              key: `reach-${i}`,
              label: row.label,
              value: row.cells[0] ?? null,
            }))}
          />
          <p>
            <a href={csv('reach-headline')} download>
              {t('Download the reach figures as CSV')}
            </a>
          </p>
        </>
      ) : null}
      {breakdowns.map((table) => (
        <ReportSection
          key={table.id}
          table={table}
          csvHref={csv(table.id)}
          note={TABLE_NOTES[table.id]}
          level={3}
          chart={table.id !== 'reach-share'}
        />
      ))}
      {notYet ? (
        <section className="report-section" aria-labelledby="reach-not-yet-heading">
          <h3 id="reach-not-yet-heading">{t('Schools that have not used a pack yet')}</h3>
          <p className="muted">
            {t('Active schools that have never logged a session of the pack, as of today.')}
          </p>
          {reach.notYetUsed.length === 0 ? (
            <p>{t('There are no classroom packs yet.')}</p>
          ) : (
            reach.notYetUsed.map((pack) =>
              pack.schools === null ? (
                <p key={pack.moduleId}>
                  <strong>{packName(pack)}</strong>: {notYetText(pack.count)}
                </p>
              ) : (
                <details key={pack.moduleId} className="reach__not-yet">
                  <summary>
                    {packName(pack)}: {notYetText(pack.count)}
                  </summary>
                  {pack.count === 0 ? (
                    <p>{t('Every school has used this pack.')}</p>
                  ) : (
                    <ul className="reach__schools">
                      {pack.schools.map((school) => (
                        <li key={school.id}>
                          <Link to={`/organisations/${school.id}`}>{school.name}</Link>{' '}
                          <span className="muted">
                            {t(school.type)}, {t(school.area)}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                  {pack.schools.length < pack.count ? (
                    <p className="muted">
                      {t('The first {{shown}} of {{count}} by name; the CSV lists all.', {
                        shown: i18n.number(pack.schools.length),
                        count: i18n.number(pack.count),
                      })}
                    </p>
                  ) : null}
                </details>
              ),
            )
          )}
          <p className="report-section__export">
            <a href={csv('reach-not-yet-used')} download>
              {t('Download “{{title}}” as CSV', { title: t(notYet.title) })}
            </a>
          </p>
        </section>
      ) : null}
    </section>
  )
}
