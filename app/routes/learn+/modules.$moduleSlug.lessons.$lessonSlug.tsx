import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Link, useActionData, useLoaderData, type ShouldRevalidateFunction } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ExitThisPage } from '#app/components/lessons/exit-this-page.tsx'
import { type CheckResult } from '#app/components/lessons/knowledge-check.tsx'
import { LessonBody } from '#app/components/lessons/lesson-body.tsx'
import { SupportPanel } from '#app/components/lessons/support-panel.tsx'
import { checkHistory, submitCheck, type CheckDetails } from '#app/learning/checks.server.ts'
import { LESSON_KIND_LABELS } from '#app/learning/labels.ts'
import { kindView } from '#app/learning/lesson-view.server.ts'
import {
  checkAnswersFrom,
  LessonIntentSchema,
  nextStepAfter,
  ReflectionAutosaveSchema,
  reflectionAnswersFrom,
  requireLearnerLesson,
  wellbeingContactFor,
} from '#app/learning/lesson-flow.server.ts'
import {
  completeLesson,
  progressOf,
  recordVisit,
  saveLetterPosition,
} from '#app/learning/progress.server.ts'
import { myReflections, saveMyReflection } from '#app/learning/reflections.server.ts'
import { readForm, readIntent } from '#app/utils/forms.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.lesson.title ?? 'Lesson'} – Upstream` },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'learn')
  const { module, enrolment, lesson, lessons, index } = requireLearnerLesson(
    user,
    params.moduleSlug ?? '',
    params.lessonSlug ?? '',
  )
  const url = new URL(request.url)
  const progress = progressOf(enrolment.id).find((p) => p.lessonId === lesson.id) ?? null
  // Hard material waits behind its content note until the learner chooses to go on.
  const showNote = Boolean(lesson.contentNote) && !progress && !url.searchParams.has('continue')
  const letterParam = url.searchParams.get('letter')
  if (!showNote) {
    recordVisit(enrolment, lesson.id)
    if (lesson.kind === 'letters' && letterParam !== null)
      saveLetterPosition(enrolment, lesson.id, Number(letterParam) || 0)
  }
  const letter = letterParam !== null ? Number(letterParam) || 0 : (progress?.position ?? 0)
  const cookies = request.headers.get('Cookie') ?? ''
  return {
    moduleSlug: module.slug,
    moduleTitle: module.title,
    lesson: {
      id: lesson.id,
      slug: lesson.slug,
      title: lesson.title,
      kind: lesson.kind,
      minutes: lesson.minutes,
      contentNote: lesson.contentNote,
      bodyHtml: lesson.bodyHtml,
      sources: lesson.sources,
    },
    position: {
      index,
      total: lessons.length,
      previous: lessons[index - 1]?.slug ?? null,
      next: lessons[index + 1]?.slug ?? null,
    },
    showNote,
    showTranscriptFirst: url.searchParams.get('view') === 'transcript',
    complete: Boolean(progress?.completedAt),
    filmPosition: lesson.kind === 'film' ? (progress?.position ?? 0) : 0,
    watchedSeconds: progress?.watchedSeconds ?? 0,
    captionsOn: !/(?:^|;\s*)upstream_captions=off/.test(cookies),
    view: kindView(lesson, letter),
    bestScore: lesson.kind === 'check' ? checkHistory(enrolment.id, lesson.id).bestScore : null,
    reflections:
      lesson.kind === 'reflection'
        ? Object.fromEntries(
            myReflections(user.id, lesson.id).map((r) => [r.promptIndex, r.answer]),
          )
        : {},
    wellbeingContact: wellbeingContactFor(user),
  }
}

// A check that completes the module keeps its results on screen: run again, this loader would
// send the learner to the module page, as no open enrolment is left to show the lesson from.
export const shouldRevalidate: ShouldRevalidateFunction = ({
  actionResult,
  defaultShouldRevalidate,
}) => (actionResult?.moduleCompleted ? false : defaultShouldRevalidate)

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireArea(request, 'learn')
  const { module, enrolment, lesson, lessons, index } = requireLearnerLesson(
    user,
    params.moduleSlug ?? '',
    params.lessonSlug ?? '',
  )
  const form = await readForm(request)
  const intent = readIntent(form, LessonIntentSchema)
  const next = (moduleCompleted: boolean) =>
    redirect(
      nextStepAfter(module.slug, enrolment, moduleCompleted, lessons[index + 1]?.slug ?? null),
    )

  switch (intent) {
    case 'complete': {
      invariantResponse(
        ['reading', 'activity', 'letters', 'film'].includes(lesson.kind),
        'This lesson is completed another way',
      )
      const completion = completeLesson(
        enrolment,
        lesson.id,
        lesson.kind === 'film' ? 'transcript' : 'viewed',
      )
      return next(completion !== null)
    }
    case 'check': {
      invariantResponse(lesson.kind === 'check', 'This lesson is not a knowledge check')
      const details = lesson.details as CheckDetails
      const answers = checkAnswersFrom(form, details.questions)
      const outcome = submitCheck(enrolment, lesson, answers)
      const result: CheckResult = {
        score: outcome.score,
        passed: outcome.passed,
        marked: outcome.marked,
        answers: details.questions.map((q) =>
          q.options.map((o) => ({ correct: o.correct, feedback: o.feedback })),
        ),
      }
      if (outcome.completion) {
        // the module is complete: the results stay on screen, with the next step as the way on
        return {
          result,
          nextHref: nextStepAfter(module.slug, enrolment, true, null),
          moduleCompleted: true,
        }
      }
      return {
        result,
        nextHref: nextStepAfter(module.slug, enrolment, false, lessons[index + 1]?.slug ?? null),
      }
    }
    case 'autosave': {
      invariantResponse(lesson.kind === 'reflection', 'This lesson has no reflection')
      const parsed = ReflectionAutosaveSchema.safeParse({
        promptIndex: form.get('promptIndex'),
        answer: form.get('answer'),
      })
      const prompts = (lesson.details as { prompts: string[] }).prompts
      if (!parsed.success || parsed.data.promptIndex >= prompts.length)
        return data({ saved: false }, { status: 400 })
      saveMyReflection(user.id, lesson.id, parsed.data.promptIndex, parsed.data.answer)
      return { saved: true }
    }
    case 'reflection': {
      invariantResponse(lesson.kind === 'reflection', 'This lesson has no reflection')
      const prompts = (lesson.details as { prompts: string[] }).prompts
      // every answer is checked before any is saved
      reflectionAnswersFrom(form, prompts).forEach((answer, i) => {
        if (answer !== null) saveMyReflection(user.id, lesson.id, i, answer)
      })
      const completion = completeLesson(enrolment, lesson.id, 'answered')
      return next(completion !== null)
    }
  }
}

export default function LessonPage() {
  const { t } = useTranslation()
  const loaderData = useLoaderData<typeof loader>()
  const { moduleSlug, moduleTitle, lesson, position, showNote, complete, view, wellbeingContact } =
    loaderData
  const actionData = useActionData<typeof action>()
  const base = `/learn/modules/${moduleSlug}`
  const nextHref = position.next ? `${base}/lessons/${position.next}` : base
  // reading and activity lessons move on through their own "mark as done" until done
  const showNext = complete || !['reading', 'activity'].includes(view.kind)
  return (
    <div className="lesson-layout">
      <ExitThisPage />
      <div className="lesson-layout__main">
        <p className="lesson-breadcrumb">
          <Link to={base}>{moduleTitle}</Link> ·{' '}
          {t('Lesson {{n}} of {{total}}', { n: position.index + 1, total: position.total })} ·{' '}
          {t(LESSON_KIND_LABELS[lesson.kind])}
        </p>
        <h1>{lesson.title}</h1>
        {showNote ? (
          <ContentNote note={lesson.contentNote ?? ''} kind={lesson.kind} base={base} />
        ) : (
          <>
            {complete ? (
              <p className="tag tag--complete">{t('You have completed this lesson')}</p>
            ) : null}
            {lesson.bodyHtml ? (
              <div className="prose" dangerouslySetInnerHTML={{ __html: lesson.bodyHtml }} />
            ) : null}
            <LessonBody
              lessonId={lesson.id}
              view={view}
              complete={complete}
              showTranscriptFirst={loaderData.showTranscriptFirst}
              filmPosition={loaderData.filmPosition}
              watchedSeconds={loaderData.watchedSeconds}
              captionsOn={loaderData.captionsOn}
              bestScore={loaderData.bestScore}
              reflections={loaderData.reflections}
              checkResult={
                actionData && 'result' in actionData ? (actionData.result ?? null) : null
              }
              nextHref={
                actionData && 'nextHref' in actionData
                  ? (actionData.nextHref ?? nextHref)
                  : nextHref
              }
            />
            {lesson.sources.length > 0 ? (
              <section aria-labelledby="sources-heading" className="sources">
                <h2 id="sources-heading">{t('Sources')}</h2>
                <ul>
                  {lesson.sources.map((source) => (
                    <li key={source}>{source}</li>
                  ))}
                </ul>
              </section>
            ) : null}
            {position.previous || showNext ? (
              <nav aria-label={t('Lessons')} className="lesson-nav">
                {position.previous ? (
                  <Link to={`${base}/lessons/${position.previous}`}>{t('Previous lesson')}</Link>
                ) : (
                  <span />
                )}
                {showNext ? (
                  <Link to={nextHref}>
                    {position.next ? t('Next lesson') : t('Back to the module')}
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </>
        )}
      </div>
      <SupportPanel wellbeingContact={wellbeingContact} />
    </div>
  )
}

function ContentNote({ note, kind, base }: { note: string; kind: string; base: string }) {
  const { t } = useTranslation()
  return (
    <section className="content-note" aria-labelledby="content-note-heading">
      <h2 id="content-note-heading">{t('Before you start: content note')}</h2>
      <p>{note}</p>
      <p>
        {t(
          'Take it at your own pace. You can stop at any point and come back; your place is kept.',
        )}
      </p>
      <div className="button-row">
        <Link className="button" to="?continue=1">
          {t('Continue to the lesson')}
        </Link>
        {kind === 'film' ? (
          <Link className="button button--secondary" to="?continue=1&view=transcript">
            {t('Read the transcript instead')}
          </Link>
        ) : null}
        <Link to={base}>{t('Leave this lesson for now')}</Link>
      </div>
    </section>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
