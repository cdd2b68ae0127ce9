import { data, redirect } from '@remix-run/node'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData, type ShouldRevalidateFunction } from '@remix-run/react'
import { InLanguage } from '#app/components/in-language.tsx'
import { moduleText } from '#app/i18n/content.ts'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { getLanguage, i18nFor } from '#app/i18n/language.server.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ExitThisPage } from '#app/components/lessons/exit-this-page.tsx'
import {
  contentLang,
  ContentNote,
  LessonContent,
  LessonNav,
  ReviewNote,
} from '#app/components/lessons/lesson-content.tsx'
import { SupportPanel } from '#app/components/lessons/support-panel.tsx'
import {
  checkHistory,
  markAttempt,
  submitCheck,
  type CheckDetails,
} from '#app/learning/checks.server.ts'
import { LESSON_KIND_LABELS } from '#app/learning/labels.ts'
import {
  checkResultOf,
  kindView,
  lessonInLanguage,
  positionOf,
} from '#app/learning/lesson-view.server.ts'
import {
  checkAnswersFrom,
  findLearnerLesson,
  LessonIntentSchema,
  nextStepAfter,
  ReflectionAutosaveSchema,
  reflectionAnswersFrom,
  wellbeingContactFor,
  type NextStep,
} from '#app/learning/lesson-flow.server.ts'
import { openLetter } from '#app/learning/letters.server.ts'
import { completeLesson, progressOf, recordVisit } from '#app/learning/progress.server.ts'
import { myReflections, saveMyReflection } from '#app/learning/reflections.server.ts'
import { readForm, readIntent } from '#app/utils/forms.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  data ? { title: `${data.lesson.title} – Upstream` } : pageTitle(matches, 'Lesson'),
]

/**
 * The signed-in learner and the lesson they asked for; someone who has neither started nor
 * completed the module is sent to its page to start it, and an unknown lesson is a 404.
 */
async function requireLearnerLesson(request: Request, params: LoaderFunctionArgs['params']) {
  const user = await requireArea(request, 'learn')
  const found = findLearnerLesson(user, params.moduleSlug ?? '', params.lessonSlug ?? '')
  if (found.status === 'not-found') throw new Response('Page not found', { status: 404 })
  if (found.status === 'not-started') throw redirect(`/learn/modules/${found.module.slug}`)
  return { user, ...found }
}

function hrefOf(moduleSlug: string, step: NextStep) {
  const base = `/learn/modules/${moduleSlug}`
  switch (step.to) {
    case 'module':
      return base
    case 'evaluation':
      return `${base}/evaluation/post`
    case 'complete':
      return `${base}/complete`
    case 'lesson':
      return `${base}/lessons/${step.slug}`
  }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const found = await requireLearnerLesson(request, params)
  const { user, module, enrolment, rereading, lessons, index } = found
  // the lesson in the learner's language where the pack has it; progress is the same lesson's
  const language = await getLanguage(request)
  const lesson = lessonInLanguage(found.lesson, language)
  const url = new URL(request.url)
  const progress = progressOf(enrolment.id).find((p) => p.lessonId === lesson.id) ?? null
  // Hard material waits behind its content note until the learner chooses to go on.
  const showNote = Boolean(lesson.contentNote) && !progress && !url.searchParams.has('continue')
  const letterParam = url.searchParams.get('letter')
  const letter = letterParam !== null ? Number(letterParam) || 0 : (progress?.position ?? 0)
  let lettersRead = progress?.lettersRead ?? []
  // reading a completed module again leaves its record as it was
  if (!showNote && !rereading) {
    recordVisit(enrolment, lesson.id)
    if (lesson.kind === 'letters') lettersRead = openLetter(enrolment, lesson, letter)
  }
  const cookies = request.headers.get('Cookie') ?? ''
  return {
    moduleSlug: module.slug,
    moduleTitle: moduleText(module, language),
    lesson: {
      id: lesson.id,
      slug: lesson.slug,
      title: lesson.title,
      kind: lesson.kind,
      minutes: lesson.minutes,
      contentNote: lesson.contentNote,
      bodyHtml: lesson.bodyHtml,
      sources: lesson.sources,
      language: lesson.language,
      review: lesson.review,
    },
    position: positionOf(lessons, index),
    showNote,
    rereading,
    showTranscriptFirst: url.searchParams.get('view') === 'transcript',
    complete: Boolean(progress?.completedAt),
    filmPosition: lesson.kind === 'film' ? (progress?.position ?? 0) : 0,
    watchedSeconds: progress?.watchedSeconds ?? 0,
    captionsOn: !/(?:^|;\s*)upstream_captions=off/.test(cookies),
    view: kindView(lesson, letter, lettersRead, language, url.searchParams.get('transcript')),
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
// show the lesson as one read again, without them.
export const shouldRevalidate: ShouldRevalidateFunction = ({
  actionResult,
  defaultShouldRevalidate,
}) => (actionResult?.moduleCompleted ? false : defaultShouldRevalidate)

// a refused answer is said in the learner's language, on the error page
async function translator(request: Request) {
  return i18nFor(await getLanguage(request)).t
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, module, enrolment, rereading, lesson } = await requireLearnerLesson(request, params)
  const form = await readForm(request)
  const intent = readIntent(form, LessonIntentSchema)
  // asked after the lesson's own work is saved, so what is left to do is up to date
  const nextHref = (moduleCompleted: boolean) =>
    hrefOf(module.slug, nextStepAfter(enrolment, lesson.id, moduleCompleted))
  const next = (moduleCompleted: boolean) => redirect(nextHref(moduleCompleted))

  switch (intent) {
    case 'complete': {
      invariantResponse(
        ['reading', 'activity', 'letters', 'film'].includes(lesson.kind),
        'This lesson is completed another way',
      )
      if (rereading) return next(false)
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
      const answers = checkAnswersFrom(form, details.questions, await translator(request))
      if (!answers.ok) throw new Response(answers.message, { status: 400 })
      // a completed module's check is marked for the reader, not kept
      const outcome = rereading
        ? markAttempt(lesson, answers.value)
        : submitCheck(enrolment, lesson, answers.value)
      // feedback in the learner's language: the translation's correct answers are the same
      const shown = lessonInLanguage(lesson, await getLanguage(request))
      const result = checkResultOf(shown.details as CheckDetails, outcome)
      // a completed module keeps the results on screen, with the next step as the way on
      if (outcome.completion) return { result, nextHref: nextHref(true), moduleCompleted: true }
      return { result, nextHref: nextHref(false) }
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
      const answers = reflectionAnswersFrom(form, prompts, await translator(request))
      if (!answers.ok) throw new Response(answers.message, { status: 400 })
      answers.value.forEach((answer, i) => {
        if (answer !== null) saveMyReflection(user.id, lesson.id, i, answer)
      })
      if (rereading) return next(false)
      const completion = completeLesson(enrolment, lesson.id, 'answered')
      return next(completion !== null)
    }
  }
}

export default function LessonPage() {
  const { t } = useTranslation()
  const loaderData = useLoaderData<typeof loader>()
  const { moduleSlug, moduleTitle, lesson, position, showNote, rereading, view, wellbeingContact } =
    loaderData
  // a completed module is read, not worked through: no "mark as done" to press
  const complete = loaderData.complete || rereading
  const lessonLanguage = lesson.language === 'cy' ? 'cy' : 'en'
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
          <Link to={base}>
            <InLanguage content={moduleTitle} />
          </Link>{' '}
          · {t('Lesson {{n}} of {{total}}', { n: position.index + 1, total: position.total })} ·{' '}
          {t(LESSON_KIND_LABELS[lesson.kind])}
        </p>
        <h1 lang={contentLang(lesson.language)}>{lesson.title}</h1>
        <ReviewNote review={lesson.review} />
        {showNote ? (
          <ContentNote
            note={{ text: lesson.contentNote ?? '', language: lessonLanguage }}
            kind={lesson.kind}
            base={base}
          />
        ) : (
          <>
            {rereading ? (
              <p className="notice">
                {t(
                  'You completed this module. You are reading it again; nothing here changes your completion or certificate.',
                )}
              </p>
            ) : complete ? (
              <p className="tag tag--complete">{t('You have completed this lesson')}</p>
            ) : null}
            <LessonContent
              language={lessonLanguage}
              bodyHtml={lesson.bodyHtml}
              sources={lesson.sources}
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
            {position.previous || showNext ? (
              <LessonNav
                previousHref={position.previous ? `${base}/lessons/${position.previous}` : null}
                next={
                  showNext
                    ? {
                        href: nextHref,
                        label: position.next ? t('Next lesson') : t('Back to the module'),
                      }
                    : null
                }
              />
            ) : null}
          </>
        )}
      </div>
      <SupportPanel wellbeingContact={wellbeingContact} />
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
