import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ExitThisPage } from '#app/components/lessons/exit-this-page.tsx'
import { FilmPlayer, formatTime, type FilmDetails } from '#app/components/lessons/film-player.tsx'
import { KnowledgeCheck, type CheckResult } from '#app/components/lessons/knowledge-check.tsx'
import { Letters, type Letter } from '#app/components/lessons/letters.tsx'
import { ReflectionForm } from '#app/components/lessons/reflection-form.tsx'
import { SupportPanel } from '#app/components/lessons/support-panel.tsx'
import { checkHistory, submitCheck, type CheckDetails } from '#app/learning/checks.server.ts'
import { LESSON_KIND_LABELS } from '#app/learning/labels.ts'
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
import { invariantResponse } from '#app/utils/misc.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.lesson.title ?? 'Lesson'} – Upstream` },
]

function kindView(lesson: ReturnType<typeof requireLearnerLesson>['lesson'], letter: number) {
  switch (lesson.kind) {
    case 'film':
      return { kind: 'film' as const, film: lesson.details as FilmDetails }
    case 'letters': {
      const letters = (lesson.details as { letters: Letter[] }).letters
      return {
        kind: 'letters' as const,
        letters,
        current: Math.min(Math.max(letter, 0), letters.length - 1),
      }
    }
    case 'activity':
      return {
        kind: 'activity' as const,
        downloads: (
          lesson.details as { downloads: { title: string; href: string; bytes: number }[] }
        ).downloads,
      }
    case 'check': {
      const details = lesson.details as CheckDetails
      // the right answers stay on the server until an attempt is marked
      const questions = details.questions.map((q) => ({
        prompt: q.prompt,
        multiple: q.multiple,
        options: q.options.map((o) => ({ text: o.text })),
      }))
      return { kind: 'check' as const, questions, passMark: details.passMark }
    }
    case 'reflection':
      return {
        kind: 'reflection' as const,
        prompts: (lesson.details as { prompts: string[] }).prompts,
      }
    case 'reading':
      return { kind: 'reading' as const }
  }
}

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

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireArea(request, 'learn')
  const { module, enrolment, lesson, lessons, index } = requireLearnerLesson(
    user,
    params.moduleSlug ?? '',
    params.lessonSlug ?? '',
  )
  const form = await request.formData()
  const intent = LessonIntentSchema.safeParse({ intent: form.get('intent') })
  invariantResponse(intent.success, 'Unknown action')
  const next = (moduleCompleted: boolean) =>
    redirect(
      nextStepAfter(module.slug, enrolment, moduleCompleted, lessons[index + 1]?.slug ?? null),
    )

  switch (intent.data.intent) {
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
        return { result, nextHref: nextStepAfter(module.slug, enrolment, true, null) }
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
            <LessonBody data={loaderData} actionData={actionData} nextHref={nextHref} />
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

function LessonBody({
  data: d,
  actionData,
  nextHref,
}: {
  data: ReturnType<typeof useLoaderData<typeof loader>>
  actionData: ReturnType<typeof useActionData<typeof action>>
  nextHref: string
}) {
  const { t } = useTranslation()
  const { view, complete, lesson } = d
  switch (view.kind) {
    case 'film':
      return (
        <>
          {view.film.notes.length > 0 ? (
            <div className="content-note content-note--inline">
              <h2>{t('Content notes in this film')}</h2>
              <ul>
                {view.film.notes.map((note) => (
                  <li key={note.at}>
                    {t('From {{time}}:', { time: formatTime(note.at) })} {note.text}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div
            className={
              d.showTranscriptFirst ? 'film-layout film-layout--transcript-first' : 'film-layout'
            }
          >
            <FilmPlayer
              lessonId={lesson.id}
              film={view.film}
              startAt={d.filmPosition}
              watchedSeconds={d.watchedSeconds}
              captionsOn={d.captionsOn}
            />
            <div className="transcript">
              <h2 id="transcript-heading">{t('Transcript')}</h2>
              <div
                className="transcript__text prose"
                tabIndex={0}
                role="region"
                aria-labelledby="transcript-heading"
                dangerouslySetInnerHTML={{ __html: view.film.transcriptHtml }}
              />
              {complete ? null : (
                <Form method="post">
                  <input type="hidden" name="intent" value="complete" />
                  <p className="hint">
                    {t('Reading the transcript counts the same as watching the film.')}
                  </p>
                  <button type="submit" className="button button--secondary">
                    {t('I have read the transcript')}
                  </button>
                </Form>
              )}
            </div>
          </div>
        </>
      )
    case 'letters':
      return <Letters letters={view.letters} current={view.current} complete={complete} />
    case 'check':
      return (
        <KnowledgeCheck
          questions={view.questions}
          passMark={view.passMark}
          bestScore={d.bestScore}
          result={actionData && 'result' in actionData ? (actionData.result ?? null) : null}
          nextHref={
            actionData && 'nextHref' in actionData ? (actionData.nextHref ?? nextHref) : nextHref
          }
        />
      )
    case 'reflection':
      return <ReflectionForm prompts={view.prompts} answers={d.reflections} />
    case 'activity':
    case 'reading':
      return (
        <>
          {view.kind === 'activity' && view.downloads.length > 0 ? (
            <section aria-labelledby="downloads-heading" className="downloads">
              <h2 id="downloads-heading">{t('Downloads')}</h2>
              <ul>
                {view.downloads.map((d) => (
                  <li key={d.href}>
                    <a href={d.href} download>
                      {d.title}
                    </a>{' '}
                    <span className="muted">
                      (PDF, {Math.max(1, Math.round(d.bytes / 1024))} KB)
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {complete ? null : (
            <Form method="post" className="complete-form">
              <input type="hidden" name="intent" value="complete" />
              <button type="submit" className="button">
                {view.kind === 'activity'
                  ? t('Mark as done and continue')
                  : t('Mark as read and continue')}
              </button>
            </Form>
          )}
        </>
      )
  }
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
