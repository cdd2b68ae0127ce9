import { Form, Link, useLocation, useNavigation } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { type Role } from '#app/db.server.ts'
import { type InvitationOutcome } from '#app/auth/invitations.server.ts'
import { ROLE_LABELS } from '#app/organisations/labels.ts'
import { CellLabel, ScrollableTable } from './scrollable-tables.tsx'

export type PendingInvitation = {
  id: number
  email: string
  name: string
  role: Role
  organisationName: string | null
  vruName: string | null
  sentAt: Date | string
  expiresAt: Date | string
}


/**
 * Invitations not yet accepted, each with Resend and Cancel, on /organisation and /people (whose
 * actions answer with `answerInvitationIntent`). Cancelling asks first, on the page itself, so it
 * works before JavaScript arrives. `showPlace` adds where each invited person will work.
 */
export function PendingInvitations({
  invitations,
  result,
  showPlace = false,
}: {
  invitations: PendingInvitation[]
  result: InvitationOutcome | undefined
  showPlace?: boolean
}) {
  const { t, i18n } = useTranslation()
  const busy = useNavigation().state === 'submitting'
  const { pathname } = useLocation()
  const now = Date.now()
  return (
    <section aria-labelledby="pending-heading">
      <h2 id="pending-heading">{t('Invited, not yet joined')}</h2>
      {result?.kind === 'invitation' ? (
        <div
          className={result.ok ? 'notice notice--success' : 'notice'}
          role={result.ok ? 'status' : 'alert'}
        >
          <p>{t(result.message, result.values)}</p>
        </div>
      ) : null}
      {result?.kind === 'confirm-cancel' ? (
        <Form method="post" className="notice" aria-labelledby="confirm-cancel-heading">
          <h3 id="confirm-cancel-heading">
            {t('Cancel the invitation to {{email}}?', { email: result.email })}
          </h3>
          <p>{t('The link we emailed will stop working. You can invite them again later.')}</p>
          <input type="hidden" name="intent" value="cancel" />
          <input type="hidden" name="id" value={result.id} />
          <input type="hidden" name="confirmed" value="yes" />
          <div className="button-row">
            <button className="button button--warning" type="submit" disabled={busy}>
              {t('Yes, cancel the invitation')}
            </button>
            <Link to={`${pathname}#pending-heading`}>{t('No, keep it')}</Link>
          </div>
        </Form>
      ) : null}
      <div className="table-cards">
        <ScrollableTable
          caption={i18n.plural(invitations.length, {
            one: '{{count}} invitation not yet accepted',
            other: '{{count}} invitations not yet accepted',
          })}
          headings={[
            t('Invited'),
            t('Role in Upstream'),
            showPlace && t('Works for'),
            t('Sent'),
            t('Link works until'),
            t('Actions'),
          ]}
          rows={invitations}
          empty={t('Everyone you have invited has joined.')}
          row={(invitation) => {
            const expired = new Date(invitation.expiresAt).getTime() <= now
            return (
              <tr key={invitation.id}>
                <td>
                  {invitation.name}
                  <br />
                  <span className="muted">{invitation.email}</span>
                </td>
                <td>
                  <CellLabel>{t('Role in Upstream')}</CellLabel>
                  {t(ROLE_LABELS[invitation.role])}
                </td>
                {showPlace ? (
                  <td>
                    <CellLabel>{t('Works for')}</CellLabel>
                    {invitation.organisationName ?? invitation.vruName ?? t('All units')}
                  </td>
                ) : null}
                <td>
                  <CellLabel>{t('Sent')}</CellLabel>
                  {i18n.date(invitation.sentAt)}
                </td>
                <td>
                  <CellLabel>{t('Link works until')}</CellLabel>
                  {expired
                    ? t('Expired on {{date}}', { date: i18n.date(invitation.expiresAt) })
                    : i18n.date(invitation.expiresAt)}
                </td>
                <td>
                  <Form method="post" className="button-row">
                    <input type="hidden" name="id" value={invitation.id} />
                    {(
                      [
                        ['resend', t('Resend')],
                        ['cancel', t('Cancel')],
                      ] as const
                    ).map(([intent, label]) => (
                      <button
                        key={intent}
                        className="button button--secondary"
                        type="submit"
                        name="intent"
                        value={intent}
                        disabled={busy}
                      >
                        {label}
                        <span className="visually-hidden">
                          {' '}
                          {t('the invitation to {{email}}', { email: invitation.email })}
                        </span>
                      </button>
                    ))}
                  </Form>
                </td>
              </tr>
            )
          }}
        />
      </div>
    </section>
  )
}
