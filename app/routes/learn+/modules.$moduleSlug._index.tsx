import { redirect } from '@remix-run/node'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { getLanguage } from '#app/i18n/language.server.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { teachingOf } from '#app/classroom/teach.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { findVisibleModule, getModuleVersion } from '#app/learning/catalogue.server.ts'
import { evaluationFor } from '#app/learning/evaluations.server.ts'
import { whatIsLeft, type LessonLeft } from '#app/learning/letters.server.ts'
import { AUDIENCE_LABELS, LESSON_KIND_LABELS, PRACTICE_LEVEL_LABELS } from '#app/learning/labels.ts'
import { lessonTitleIn, moduleInLanguage } from '#app/learning/lesson-view.server.ts'
import {
  completionOfEnrolment,
  latestEnrolment,
  lessonOutline,
  lessonsOf,
  moduleProgress,
  startModule,
} from '#app/learning/progress.server.ts'
import { readForm } from '#app/utils/forms.server.ts'
import { ForTeaching } from './__teaching.tsx'
import { invariantResponse } from '#app/utils/responses.ts'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  data ? { title: `${data.text.title.text} – Upstream` } : pageTitle(matches, 'Module'),
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'learn')
  const module = findVisibleModule(user.vruId, params.moduleSlug ?? '')
  invariantResponse(module, 'Page not found', { status: 404 })
  const enrolment = latestEnrolment(user.id, module.moduleId)
  // someone part-way through keeps the version they started
  const version = getModuleVersion(
    enrolment && !enrolment.completedAt ? enrolment.moduleVersionId : module.versionId,
  )
  invariantResponse(version, 'Page not found', { status: 404 })
  const progress = enrolment ? moduleProgress(enrolment) : null
  const completion = enrolment?.completedAt ? completionOfEnrolment(enrolment.id) : null
  const statusByLesson = new Map(progress?.items.map((i) => [i.lesson.id, i.status]))
  // a completed module's lessons stay open to read, as in the version completed
  const readable = new Set(
    enrolment ? lessonOutline(enrolment.moduleVersionId).map((l) => l.slug) : [],
  )
  const language = await getLanguage(request)
  const lessons = lessonsOf(version.id)
  const titles = new Map(lessons.map((l) => [l.slug, lessonTitleIn(l, language)]))
  const english = (text: string) => ({ text, language: 'en' })
  return {
    slug: module.slug,
    // the pack's own texts in the learner's language where it has them, each with its language
    text: moduleInLanguage(version, language),
    version: {
      title: version.title,
      summary: version.summary,
      translations: version.translations,
      descriptionHtml: version.descriptionHtml,
      contentNote: version.contentNote,
      estimatedMinutes: version.estimatedMinutes,
      cpdMinutes: version.cpdMinutes,
      practiceLevel: version.practiceLevel,
      audience: version.audience,
      version: version.version,
    },
    lessons: lessons.map((l) => ({
      slug: l.slug,
      title: titles.get(l.slug)!,
      kind: l.kind,
      minutes: l.minutes,
      required: l.required,
      open: readable.has(l.slug),
      status:
        enrolment && !enrolment.completedAt ? (statusByLesson.get(l.id) ?? 'not-started') : null,
    })),
    state: !enrolment
      ? ('new' as const)
      : enrolment.completedAt
        ? ('complete' as const)
        : ('in-progress' as const),
    resumeSlug: enrolment && !enrolment.completedAt ? (progress?.resume?.slug ?? null) : null,
    left: enrolment
      ? whatIsLeft(enrolment).map((l) => ({ ...l, title: titles.get(l.slug) ?? english(l.title) }))
      : [],
    teaching: teachingOf(version.classroom, version.id),
    completion: completion
      ? {
          completedAt: completion.completedAt,
          code: completion.certificateCode,
          postDone: Boolean(evaluationFor(completion.enrolmentId, 'post')),
        }
      : null,
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireArea(request, 'learn')
  // the page's Start button sends no fields, but a body that is not a form is still refused
  await readForm(request)
  const enrolment = startModule(user, params.moduleSlug ?? '')
  invariantResponse(enrolment, 'Page not found', { status: 404 })
  const base = `/learn/modules/${params.moduleSlug}`
  if (!evaluationFor(enrolment.id, 'pre')) return redirect(`${base}/evaluation/pre`)
  const { resume } = moduleProgress(enrolment)
  return redirect(resume ? `${base}/lessons/${resume.slug}` : base)
}

export default function ModulePage() {
  const { t, i18n } = useTranslation()
  const { slug, text, version, lessons, state, resumeSlug, completion, left, teaching } =
    useLoaderData<typeof loader>()
  return (
    <>
      <p>
        <Link to="/learn">{t('Back to my learning')}</Link>
      </p>
      <h1 lang={text.title.language}>{text.title.text}</h1>
      <p className="lead" lang={text.summary.language}>
        {text.summary.text}
      </p>
      <dl className="summary-list">
        <dt>{t('Time')}</dt>
        <dd>
          {i18n.plural(version.estimatedMinutes, {
            one: 'About {{count}} minute. You can stop at any point and carry on later.',
            other: 'About {{count}} minutes. You can stop at any point and carry on later.',
          })}
        </dd>
        <dt>{t('CPD')}</dt>
        <dd>
          {i18n.plural(version.cpdMinutes, {
            one: '{{count}} minute, with a certificate',
            other: '{{count}} minutes, with a certificate',
          })}
        </dd>
        <dt>{t('Practice level')}</dt>
        <dd>{t(PRACTICE_LEVEL_LABELS[version.practiceLevel])}</dd>
        <dt>{t('For')}</dt>
        <dd>{version.audience.map((a) => t(AUDIENCE_LABELS[a])).join(', ')}</dd>
        <dt>{t('Language')}</dt>
        <dd>{text.welsh ? t('Available in Welsh') : t('English only')}</dd>
      </dl>
      {state === 'complete' && completion ? (
        <div className="notice notice--success">
          <h2>
            {t('You completed this module on {{date}}', {
              date: i18n.date(completion.completedAt),
            })}
          </h2>
          <p className="button-row">
            <a className="button" href={`/learn/certificates/${completion.code}/pdf`}>
              {t('Download your certificate (PDF)')}
            </a>
            {completion.postDone ? null : (
              <Link to={`/learn/modules/${slug}/evaluation/post`}>
                {t('Rate your confidence now')}
              </Link>
            )}
          </p>
        </div>
      ) : null}

      {text.contentNote ? (
        <aside className="content-note" aria-labelledby="module-content-note">
          <h2 id="module-content-note">{t('Content note')}</h2>
          <p lang={text.contentNote.language}>{text.contentNote.text}</p>
          <p>
            {t(
              'Each lesson with difficult material tells you before it starts, and you can leave at any time.',
            )}
          </p>
        </aside>
      ) : null}

      <Form method="post" className="start-form">
        {state === 'in-progress' ? (
          resumeSlug ? (
            <Link className="button" to={`/learn/modules/${slug}/lessons/${resumeSlug}`}>
              {t('Continue')}
            </Link>
          ) : null
        ) : (
          <button
            type="submit"
            className={state === 'complete' ? 'button button--secondary' : 'button'}
            name="intent"
            value="start"
          >
            {state === 'complete' ? t('Take it again as a refresher') : t('Start this module')}
          </button>
        )}
      </Form>

      {left.length > 0 ? <WhatIsLeft moduleSlug={slug} left={left} /> : null}

      {text.descriptionHtml ? (
        <section aria-labelledby="covers">
          <h2 id="covers">{t('What it covers')}</h2>
          <div
            className="prose"
            lang={text.descriptionHtml.language}
            dangerouslySetInnerHTML={{ __html: text.descriptionHtml.text }}
          />
        </section>
      ) : null}

      {teaching ? <ForTeaching moduleSlug={slug} teaching={teaching} /> : null}

      <h2>{t('Lessons')}</h2>
      {state === 'complete' ? (
        <p>{t('You can read any lesson again: it changes nothing about your completion.')}</p>
      ) : null}
      <ol className="lesson-list">
        {lessons.map((lesson) => (
          <li key={lesson.slug}>
            {lesson.open ? (
              <Link
                to={`/learn/modules/${slug}/lessons/${lesson.slug}`}
                lang={lesson.title.language}
              >
                {lesson.title.text}
              </Link>
            ) : (
              <span lang={lesson.title.language}>{lesson.title.text}</span>
            )}{' '}
            <span className="muted">
              · {t(LESSON_KIND_LABELS[lesson.kind])} ·{' '}
              {i18n.plural(lesson.minutes, { one: '{{count}} min', other: '{{count}} min' })}
              {lesson.required ? '' : ` · ${t('optional')}`}
            </span>
            {lesson.status ? (
              <span className={`tag tag--${lesson.status}`}>
                {lesson.status === 'complete'
                  ? t('Done')
                  : lesson.status === 'started'
                    ? t('Started')
                    : t('Not started')}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  )
}

/** A module part-way through: the lessons that stop it being complete, and why. */
function WhatIsLeft({
  moduleSlug,
  left,
}: {
  moduleSlug: string
  left: (Omit<LessonLeft, 'title'> & { title: { text: string; language: string } })[]
}) {
  const { t, i18n } = useTranslation()
  return (
    <section aria-labelledby="what-is-left" className="what-is-left">
      <h2 id="what-is-left">{t('Left to do to complete this module')}</h2>
      <ul>
        {left.map((lesson) => (
          <li key={lesson.slug}>
            <Link to={`/learn/modules/${moduleSlug}/lessons/${lesson.slug}`}>
              <span lang={lesson.title.language}>{lesson.title.text}</span>
            </Link>
            {lesson.unreadLetters === null
              ? null
              : `: ${
                  lesson.unreadLetters === 0
                    ? t('every letter opened; choose "I have read all the letters" to finish it')
                    : i18n.plural(lesson.unreadLetters, {
                        one: '{{count}} letter not yet read',
                        other: '{{count}} letters not yet read',
                      })
                }`}
          </li>
        ))}
      </ul>
    </section>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
