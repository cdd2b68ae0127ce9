/** Publishing on the module page: the confirm step, and why a draft cannot be published yet. */
import { Form, Link } from '@remix-run/react'
import { useEffect, useRef } from 'react'
import { type StudioProblem } from '#app/authoring/problems.server.ts'
import { type publishSummary } from '#app/authoring/publishing.server.ts'
import { ErrorSummary } from '#app/components/forms.tsx'
import { useTranslation } from '#app/i18n/i18n.ts'

type Summary = Extract<ReturnType<typeof publishSummary>, { status: 'ready' }>

/** What learners will get, said before anything changes; Cancel leaves the draft as it is. */
export function PublishConfirm({ summary, base }: { summary: Summary; base: string }) {
  const { t, i18n } = useTranslation()
  const ref = useRef<HTMLElement>(null)
  // the step the trainer asked for takes the focus, as the error summary does
  useEffect(() => ref.current?.focus(), [])
  const audience = summary.audience.map((label) => t(label)).join(', ')
  return (
    <section
      className="confirm-panel"
      aria-labelledby="confirm-publish-heading"
      tabIndex={-1}
      ref={ref}
    >
      <h2 id="confirm-publish-heading">
        {summary.unchanged
          ? t('Nothing to publish')
          : t('Publish version {{version}}?', { version: summary.version })}
      </h2>
      {summary.unchanged ? (
        <p>
          {t(
            'The draft is the same as version {{version}}, so no new version is made: publishing only closes the draft.',
            { version: summary.version - 1 },
          )}
        </p>
      ) : (
        <ul>
          <li>
            {summary.unit
              ? t('Who gets it: {{audience}}, in {{unit}}.', { audience, unit: summary.unit })
              : t('Who gets it: {{audience}}, in every unit (the national library).', {
                  audience,
                })}
          </li>
          <li>
            {i18n.plural(summary.lessons, {
              one: '{{count}} lesson.',
              other: '{{count}} lessons.',
            })}
          </li>
          <li>
            {summary.replaces
              ? t(
                  'It replaces version {{replaces}} for anyone who starts from now. Learners part-way through version {{replaces}} keep it until they finish, and their certificates name it.',
                  { replaces: summary.replaces },
                )
              : t('This is the first version: learners will find it in their catalogue.')}
          </li>
        </ul>
      )}
      <Form method="post" className="button-row">
        <input type="hidden" name="intent" value="publish" />
        <button type="submit" className="button">
          {t('Publish')}
        </button>
        <Link to={base}>{t('Cancel')}</Link>
      </Form>
    </section>
  )
}

/** Why the draft cannot be published yet, each problem linking to where it is put right. */
export function PublishProblems({ problems, base }: { problems: StudioProblem[]; base: string }) {
  const { t } = useTranslation()
  const href = (p: StudioProblem) =>
    p.lessonFile
      ? `${base}/lessons/${p.lessonFile.replace(/\.md$/, '')}`
      : p.place === 'lessons'
        ? '#add-lesson-heading'
        : p.place === 'details'
          ? '#details-heading'
          : ''
  return (
    <ErrorSummary
      title={t('The draft cannot be published yet')}
      errors={Object.fromEntries(problems.map((p, i) => [String(i), p.text]))}
      links={Object.fromEntries(problems.map((p, i) => [String(i), href(p)]))}
    />
  )
}
