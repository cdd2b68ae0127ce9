/** The parts of the studio's module page: its lessons, versions and how learners do. */
import { Form, Link } from '@remix-run/react'
import { type studioModulePage } from '#app/authoring/studio-page.server.ts'
import { SelectField } from '#app/components/forms.tsx'
import { ScrollableTable } from '#app/components/scrollable-tables.tsx'
import { useTranslation } from '#app/i18n/i18n.ts'
import { English } from '#app/components/in-language.tsx'
import { CHANGE_LABELS } from '#app/authoring/labels.ts'
import { LESSON_KIND_LABELS } from '#app/learning/labels.ts'

type Page = ReturnType<typeof studioModulePage>

/** The lessons in order; with a draft to change, the buttons to edit, move and remove each. */
export function ModuleLessons({ page }: { page: Page }) {
  const { t } = useTranslation()
  const base = `/studio/modules/${page.slug}`
  return (
    <>
      <h2>{t('Lessons')}</h2>
      <p>
        {t('Languages:')} {page.welsh ? t('English and Welsh') : t('English only')}
      </p>
      {page.lessons.length === 0 ? <p>{t('No lessons yet.')}</p> : null}
      <ol className="studio-lessons">
        {page.lessons.map((lesson, i) => (
          <li key={lesson.slug}>
            <span>
              <English>{lesson.title}</English>{' '}
              <span className="muted">
                ({lesson.kind ? t(LESSON_KIND_LABELS[lesson.kind]) : t('not ready')})
              </span>
              {lesson.welsh ? <span className="tag">{t('Welsh')}</span> : null}{' '}
              {lesson.review ? (
                <span className="tag tag--review">{t('Welsh to be reviewed')}</span>
              ) : null}
              {lesson.problem ? <span className="field-error"> {lesson.problem}</span> : null}
            </span>
            {page.editable && page.hasDraft && lesson.file ? (
              <span className="button-row">
                <Link to={`${base}/lessons/${lesson.file.replace(/\.md$/, '')}`}>
                  {t('Edit')}
                  <span className="visually-hidden">
                    {' '}
                    <English>{lesson.title}</English>
                  </span>
                </Link>
                {lesson.problem ? null : (
                  <Link to={`${base}/preview/${lesson.slug}`}>
                    {t('Preview')}
                    <span className="visually-hidden">
                      {' '}
                      <English>{lesson.title}</English>
                    </span>
                  </Link>
                )}
                {/* only the moves there are: a disabled button is one more stop for nothing */}
                {(['up', 'down'] as const)
                  .filter((d) => (d === 'up' ? i > 0 : i < page.lessons.length - 1))
                  .map((direction) => (
                    <IntentButton
                      key={direction}
                      intent="move"
                      fields={{ file: lesson.file!, direction }}
                      className="link-button"
                    >
                      {direction === 'up' ? t('Move up') : t('Move down')}
                      <span className="visually-hidden">
                        {' '}
                        <English>{lesson.title}</English>
                      </span>
                    </IntentButton>
                  ))}
                <IntentButton
                  intent="remove"
                  fields={{ file: lesson.file }}
                  className="link-button"
                >
                  {t('Remove')}
                  <span className="visually-hidden">
                    {' '}
                    <English>{lesson.title}</English>
                  </span>
                </IntentButton>
              </span>
            ) : (
              <Link to={`${base}/preview/${lesson.slug}`}>
                {t('Preview')}
                <span className="visually-hidden">
                  {' '}
                  <English>{lesson.title}</English>
                </span>
              </Link>
            )}
          </li>
        ))}
      </ol>
    </>
  )
}

/** Every published version, and two of them compared lesson by lesson. */
export function ModuleVersions({ page }: { page: Page }) {
  const { t, i18n } = useTranslation()
  return (
    <>
      <h2>{t('Versions')}</h2>
      {page.versions.length === 0 ? (
        <p>{t('Not published yet.')}</p>
      ) : (
        <ScrollableTable
          headings={[t('Version'), t('Published'), t('By')]}
          rows={page.versions}
          row={(v) => (
            <tr key={v.version}>
              <td>{v.version}</td>
              <td>{v.publishedAt ? i18n.date(v.publishedAt) : ''}</td>
              <td>{v.publishedBy ?? t('Imported from a pack')}</td>
            </tr>
          )}
        />
      )}
      {page.versions.length > 1 ? (
        <>
          <h3 id="compare-heading">{t('Compare two versions')}</h3>
          <Form method="get" aria-labelledby="compare-heading" className="compare-form">
            <SelectField
              name="from"
              label={t('From version')}
              options={page.versions.map((v) => ({
                value: String(v.version),
                label: String(v.version),
              }))}
              defaultValue={String(page.comparison?.from ?? page.versions[1]?.version)}
            />
            <SelectField
              name="to"
              label={t('To version')}
              options={page.versions.map((v) => ({
                value: String(v.version),
                label: String(v.version),
              }))}
              defaultValue={String(page.comparison?.to ?? page.versions[0]?.version)}
            />
            <button type="submit" className="button button--secondary">
              {t('Compare')}
            </button>
          </Form>
          {page.comparison ? (
            page.comparison.changes.length === 0 ? (
              <p>{t('The lessons are the same.')}</p>
            ) : (
              <ul className="version-changes">
                {page.comparison.changes.map((c) => (
                  <li key={`${c.change}${c.slug}`}>
                    <strong>{t(CHANGE_LABELS[c.change])}</strong>: <English>{c.title}</English>
                  </li>
                ))}
              </ul>
            )
          ) : null}
        </>
      ) : null}
    </>
  )
}

/** Counts of how learners do, withheld below five people. */
export function ModuleInsights({ insights }: { insights: NonNullable<Page['insights']> }) {
  const { t } = useTranslation()
  return (
    <>
      <>
        <h2>{t('How learners do')}</h2>
        <p className="hint">
          {t(
            'Counts only: no names, and never anyone’s reflections. Figures about fewer than 5 people are not shown, and check results are counted in groups of attempts by five people.',
          )}
        </p>
        <dl className="figures">
          <div>
            <dt>{t('Started')}</dt>
            <dd>{insights.starts ?? t('Fewer than 5')}</dd>
          </div>
          <div>
            <dt>{t('Completed')}</dt>
            <dd>{insights.completed ?? t('Fewer than 5')}</dd>
          </div>
          <div>
            <dt>{t('Knowledge checks passed')}</dt>
            <dd className={insights.passRate === null ? 'figures__note' : undefined}>
              {insights.passRate === null
                ? insights.withheld
                  ? t('Fewer than 5 people: not shown')
                  : t('No attempts yet')
                : `${insights.passRate}%`}
            </dd>
          </div>
        </dl>
        {insights.mostMissed.length > 0 ? (
          <>
            <h3>{t('Questions most often answered wrong')}</h3>
            <ScrollableTable
              headings={[t('Question'), t('Lesson'), t('Answered wrong')]}
              rows={insights.mostMissed}
              row={(q) => (
                <tr key={`${q.lesson}${q.prompt}`}>
                  <td>
                    <English>{q.prompt}</English>
                  </td>
                  <td>
                    <English>{q.lesson}</English>
                  </td>
                  <td>
                    {t('{{wrong}} of {{answered}}', { wrong: q.wrong, answered: q.answered })}
                  </td>
                </tr>
              )}
            />
          </>
        ) : null}
      </>
    </>
  )
}

/** A form of one button that posts an intent, with the hidden fields it needs. */
export function IntentButton({
  intent,
  fields = {},
  className = 'button',
  labelledBy,
  disabled,
  children,
}: {
  intent: string
  fields?: Record<string, string>
  className?: string
  labelledBy?: string
  disabled?: boolean
  children: React.ReactNode
}) {
  return (
    <Form method="post" aria-labelledby={labelledBy}>
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={className} disabled={disabled}>
        {children}
      </button>
    </Form>
  )
}
