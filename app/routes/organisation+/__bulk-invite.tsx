import { Form, useNavigation } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { ErrorSummary, TextField } from '#app/components/forms.tsx'
import { ScrollableTable } from '#app/components/scrollable-tables.tsx'
import { type StaffRow } from '#app/organisations/bulk-invite.server.ts'
import { type FieldErrors } from '#app/utils/forms.ts'

export type BulkInviteResult =
  | {
      ok: true
      invited: number
      skipped: number
      alreadyInvited: string[]
      alreadyJoined: string[]
    }
  | { ok: false; errors: FieldErrors; rows?: StaffRow[]; validCount?: number; csv?: string }

/** Invites staff from a CSV file: every row is checked, and rows with problems are listed. */
export function BulkInvite({ result }: { result: BulkInviteResult | undefined }) {
  const { t, i18n } = useTranslation()
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting'
  const failed = result && !result.ok ? result : null
  return (
    <section aria-labelledby="bulk-heading">
      <h2 id="bulk-heading">{t('Invite staff from a spreadsheet')}</h2>
      {result?.ok ? (
        <div className="notice notice--success" role="status">
          <p>
            {result.invited === 0
              ? t('Nobody new to invite: everyone in the file is already invited or has joined.')
              : i18n.plural(result.invited, {
                  one: 'We have emailed an invitation to {{count}} person.',
                  other: 'We have emailed invitations to {{count}} people.',
                })}
            {result.skipped > 0
              ? ` ${i18n.plural(result.skipped, {
                  one: '{{count}} row was left out.',
                  other: '{{count}} rows were left out.',
                })}`
              : ''}
          </p>
          {result.alreadyInvited.length > 0 ? (
            <p>
              {t('Already invited, not yet joined ({{count}}): {{names}}.', {
                count: result.alreadyInvited.length,
                names: result.alreadyInvited.join(', '),
              })}{' '}
              {t(
                'They were not invited again; you can resend their invitations under “Invited, not yet joined”.',
              )}
            </p>
          ) : null}
          {result.alreadyJoined.length > 0 ? (
            <p>
              {t('Already joined ({{count}}): {{names}}.', {
                count: result.alreadyJoined.length,
                names: result.alreadyJoined.join(', '),
              })}
            </p>
          ) : null}
        </div>
      ) : null}
      <ErrorSummary errors={failed?.errors} />
      {failed?.rows ? (
        <>
          <ScrollableTable
            caption={t('Rows with problems')}
            headings={[t('Line'), t('Name'), t('Email'), t('Problem')]}
            rows={failed.rows}
            row={(row) => (
              <tr key={row.line}>
                <th scope="row">{row.line}</th>
                <td>{row.name}</td>
                <td>{row.email}</td>
                <td>{row.errors.map((e) => t(e)).join('. ')}</td>
              </tr>
            )}
          />
          {failed.validCount ? (
            <Form method="post" className="notice">
              <p>
                {i18n.plural(failed.validCount, {
                  one: 'You can correct the file and send it again, or invite the {{count}} person on a row without problems now and leave out the rest.',
                  other:
                    'You can correct the file and send it again, or invite the {{count}} people on the rows without problems now and leave out the rest.',
                })}
              </p>
              <input type="hidden" name="intent" value="import-valid" />
              <input type="hidden" name="csv" value={failed.csv} />
              <button className="button" type="submit" disabled={busy}>
                {i18n.plural(failed.validCount, {
                  one: 'Invite the {{count}} person without problems',
                  other: 'Invite the {{count}} people without problems',
                })}
              </button>
            </Form>
          ) : null}
        </>
      ) : null}
      <Form method="post" encType="multipart/form-data">
        <input type="hidden" name="intent" value="check" />
        <TextField
          name="file"
          type="file"
          accept=".csv,text/csv"
          label={t('CSV file of staff')}
          hint={t(
            'One person on each row: name, email, job role (a first row of headings is fine). Save a spreadsheet “as CSV”. Everyone is checked before anyone is invited.',
          )}
          error={failed?.errors.file}
        />
        <button className="button" type="submit" disabled={busy}>
          {t('Check the file and invite')}
        </button>
      </Form>
    </section>
  )
}
