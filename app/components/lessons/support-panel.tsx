import { useTranslation } from '#app/i18n/i18n.ts'

/** Where to get help, beside every lesson: national lines and the organisation's own service. */
export function SupportPanel({ wellbeingContact }: { wellbeingContact: string | null }) {
  const { t } = useTranslation()
  return (
    <aside className="support-panel" aria-labelledby="support-heading">
      <h2 id="support-heading">{t('If this brings something up')}</h2>
      <p>{t('You can stop at any time. Your place is kept.')}</p>
      <ul>
        <li>
          <strong>Samaritans</strong>: <a href="tel:116123">116 123</a> {t('(free, any time)')}
        </li>
        <li>
          <strong>{t('NSPCC helpline')}</strong>: <a href="tel:08088005000">0808 800 5000</a>{' '}
          {t('(if you are worried about a child)')}
        </li>
        <li>
          <strong>Childline</strong>: <a href="tel:08001111">0800 1111</a>{' '}
          {t('(for children and young people)')}
        </li>
        {wellbeingContact ? (
          <li>
            <strong>{t('Your organisation')}</strong>: {wellbeingContact}
          </li>
        ) : null}
      </ul>
      <p className="muted">{t('If a child is in immediate danger, call 999.')}</p>
    </aside>
  )
}
