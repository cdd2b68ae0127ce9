import { Form } from '@remix-run/react'
import { English, InLanguage, SentenceWith } from '#app/components/in-language.tsx'
import { moduleText } from '#app/i18n/content.ts'
import { useTranslation } from '#app/i18n/i18n.ts'
import { type InDate } from '#app/learning/in-date.server.ts'

type Training = Pick<
  InDate,
  'moduleId' | 'slug' | 'title' | 'validUntil' | 'status' | 'windowOpens' | 'renewWith'
> & {
  requiredAgain: InDate['requiredAgain']
  translations?: Parameters<typeof moduleText>[0]['translations']
}

/**
 * Training that expires, on the learner's page: until when each is in date, whether it can be
 * renewed yet, and one button to renew (the refresher once the full course is done).
 */
export function TrainingInDate({ training }: { training: Training[] }) {
  const { t, i18n } = useTranslation()
  if (training.length === 0) return null
  return (
    <section aria-labelledby="in-date-heading">
      <h2 id="in-date-heading">{t('Training that stays in date')}</h2>
      <ul className="card-list">
        {training.map((m) => (
          <li key={m.moduleId} className={`card in-date in-date--${m.status}`}>
            <h3>
              <InLanguage content={moduleText(m, i18n.language)} />
            </h3>
            <p>
              <strong>
                {m.status === 'expired'
                  ? t('Expired: it ran out on {{date}}', { date: i18n.date(m.validUntil) })
                  : m.status === 'renewal_due'
                    ? t('Renewal due: in date until {{date}}', { date: i18n.date(m.validUntil) })
                    : t('In date until {{date}}', { date: i18n.date(m.validUntil) })}
              </strong>
            </p>
            {m.requiredAgain ? (
              <p>
                {t('A new version asks everyone to take it again by {{date}}.', {
                  date: i18n.date(m.requiredAgain.by),
                })}{' '}
                <English>{m.requiredAgain.reason}</English>
              </p>
            ) : null}
            {m.status === 'in_date' ? (
              <p className="muted">
                {t('You can renew it from {{date}}.', { date: i18n.date(m.windowOpens) })}
              </p>
            ) : (
              <>
                {m.status === 'renewal_due' ? (
                  <p className="muted">
                    {t('Renewing now adds to that date, so you lose no time by being early.')}
                  </p>
                ) : null}
                <Form method="post" action={`/learn/modules/${m.renewWith.slug}`}>
                  <button type="submit" className="button" name="intent" value="start">
                    <SentenceWith
                      sentence={
                        m.renewWith.slug === m.slug
                          ? t('Renew: take {{title}} again')
                          : t('Renew with {{title}}')
                      }
                      content={{ title: moduleText(m.renewWith, i18n.language) }}
                    />
                  </button>
                </Form>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
