import { Link } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { English } from '#app/components/in-language.tsx'

type Teaching = {
  yearGroups: number[]
  keyStages: string[]
  prepareHtml: string
  lessons: { slug: string; title: string }[]
}

/** A classroom pack on its module page: who it suits, what to prepare, and its lessons to teach. */
export function ForTeaching({ moduleSlug, teaching }: { moduleSlug: string; teaching: Teaching }) {
  const { t, i18n } = useTranslation()
  const base = `/learn/modules/${moduleSlug}/lessons`
  return (
    <section aria-labelledby="for-teaching" className="for-teaching">
      <h2 id="for-teaching">{t('For teaching')}</h2>
      <p>
        {t(
          'This pack is taught to classes. Each lesson below has a teach mode for the big screen.',
        )}
      </p>
      <dl className="summary-list">
        <dt>{t('Year groups')}</dt>
        <dd>
          {teaching.yearGroups.map((y) => t('Year {{n}}', { n: y })).join(', ')} (
          {teaching.keyStages.map((k) => t(k)).join(', ')})
        </dd>
      </dl>
      <h3>{t('What to prepare')}</h3>
      <div
        className="prose"
        lang={i18n.language === 'en' ? undefined : 'en'}
        dangerouslySetInnerHTML={{ __html: teaching.prepareHtml }}
      />
      <h3>{t('Lessons to teach')}</h3>
      <ul className="for-teaching__lessons">
        {teaching.lessons.map((lesson) => (
          <li key={lesson.slug}>
            <English>{lesson.title}</English>{' '}
            <Link to={`${base}/${lesson.slug}/teach`}>
              {t('Teach')}
              {/* the link's full name, the lesson's title marked as the pack's English */}
              <span className="visually-hidden">
                {' '}
                <English>{lesson.title}</English>
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link to={`/learn/deliveries/new?${new URLSearchParams({ module: moduleSlug })}`}>
          {t('Log a delivery of this pack')}
        </Link>
      </p>
    </section>
  )
}
