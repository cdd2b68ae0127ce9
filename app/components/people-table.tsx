import { Link } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { type Role, type Sector } from '#app/db.server.ts'
import { ROLE_LABELS, SECTOR_LABELS } from '#app/organisations/labels.ts'
import { CellLabel, ScrollableTable } from './scrollable-tables.tsx'

export type PersonRow = {
  id: string
  name: string
  email: string
  role: Role
  sector: Sector | null
  jobRole: string | null
  active: boolean
  organisationName: string | null
  vruName: string | null
}

export function PeopleTable({
  people,
  caption,
  showPlace = true,
}: {
  people: PersonRow[]
  caption: string
  showPlace?: boolean
}) {
  const { t } = useTranslation()
  // on a phone each person is a card rather than a row to scroll sideways
  return (
    <div className="table-cards">
      <ScrollableTable
        caption={caption}
        headings={[
          t('Name'),
          t('Job role'),
          t('Role in Upstream'),
          showPlace && t('Works for'),
          t('Status'),
        ]}
        rows={people}
        empty={t('No people yet.')}
        row={(person) => (
          <tr key={person.id}>
            <td>
              <Link to={`/people/${person.id}`}>{person.name}</Link>
              <br />
              <span className="muted">{person.email}</span>
            </td>
            <td>
              <CellLabel>{t('Job role')}</CellLabel>
              {person.jobRole ?? '–'}
              {person.sector ? (
                <>
                  <br />
                  <span className="muted">{t(SECTOR_LABELS[person.sector])}</span>
                </>
              ) : null}
            </td>
            <td>
              <CellLabel>{t('Role in Upstream')}</CellLabel>
              {t(ROLE_LABELS[person.role])}
            </td>
            {showPlace ? (
              <td>
                <CellLabel>{t('Works for')}</CellLabel>
                {person.organisationName ?? person.vruName ?? t('All units')}
              </td>
            ) : null}
            <td>
              <CellLabel>{t('Status')}</CellLabel>
              {person.active ? (
                <span className="tag">{t('Active')}</span>
              ) : (
                <span className="tag tag--inactive">{t('Deactivated')}</span>
              )}
            </td>
          </tr>
        )}
      />
    </div>
  )
}
