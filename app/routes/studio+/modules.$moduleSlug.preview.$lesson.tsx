import { redirect } from '@remix-run/node'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { English } from '#app/components/in-language.tsx'
import { previewLesson } from '#app/authoring/lessons.server.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ExitThisPage } from '#app/components/lessons/exit-this-page.tsx'
import { LessonContent, LessonNav } from '#app/components/lessons/lesson-content.tsx'
import { SupportPanel } from '#app/components/lessons/support-panel.tsx'
import { markCheck } from '#app/learning/checks.ts'
import { type CheckDetails } from '#app/learning/checks.server.ts'
import { LESSON_KIND_LABELS } from '#app/learning/labels.ts'
import { checkResultOf, kindView, positionOf } from '#app/learning/lesson-view.server.ts'
import { LessonIntentSchema } from '#app/learning/lesson-flow.server.ts'
import { readForm, readIntent } from '#app/utils/forms.server.ts'
import { requireStudioModule } from './__studio.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  pageTitle(matches, '{{title}} (preview) – Studio', { title: data?.lesson.title ?? '' }),
]

/** The lesson to preview, from a module the person may see in the studio; 404 otherwise. */
async function requirePreview(request: Request, params: LoaderFunctionArgs['params']) {
  const user = await requireArea(request, 'studio')
  const module = requireStudioModule(user, params.moduleSlug ?? '', 'view')
  const preview = previewLesson(user, module, params.lesson ?? '')
  if (!preview) throw new Response('Page not found', { status: 404 })
  return preview
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { module, title, lesson, lessons, index, fromDraft } = await requirePreview(request, params)
  const letter = Number(new URL(request.url).searchParams.get('letter')) || 0
  return {
    moduleSlug: module.slug,
    moduleTitle: title,
    fromDraft,
    lesson: {
      slug: lesson.slug,
      title: lesson.title,
      kind: lesson.kind,
      contentNote: lesson.contentNote,
      bodyHtml: lesson.bodyHtml,
      sources: lesson.sources,
    },
    position: positionOf(lessons, index),
    view: kindView(lesson, letter),
  }
}

/** The preview marks a check so the author sees the feedback, and records nothing. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { module, lesson, lessons, index } = await requirePreview(request, params)
  const form = await readForm(request)
  // the preview's pages are the learner's, with the same buttons
  const intent = readIntent(form, LessonIntentSchema)
  const base = `/studio/modules/${module.slug}`
  if (intent === 'check' && lesson.kind === 'check') {
    const details = lesson.details as CheckDetails
    const answers = details.questions.map((_, q) => form.getAll(`q${q}`).map(Number))
    const { marked, score } = markCheck(details.questions, answers)
    return { result: checkResultOf(details, { score, passed: score >= details.passMark, marked }) }
  }
  if (intent === 'autosave') return { saved: false }
  const next = lessons[index + 1]
  return redirect(next ? `${base}/preview/${next.slug}` : base)
}

export default function PreviewLesson() {
  const { t } = useTranslation()
  const { moduleSlug, moduleTitle, fromDraft, lesson, position, view } =
    useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const base = `/studio/modules/${moduleSlug}`
  const nextHref = position.next ? `${base}/preview/${position.next}` : base
  return (
    <div className="lesson-layout">
      <ExitThisPage />
      <div className="lesson-layout__main">
        <p className="notice" role="note">
          {fromDraft
            ? t(
                'Preview of the draft: this is what learners will see. Nothing you do here is recorded.',
              )
            : t('Preview of the published version. Nothing you do here is recorded.')}{' '}
          <Link to={base}>{t('Back to the studio')}</Link>
        </p>
        <p className="lesson-breadcrumb">
          <English>{moduleTitle}</English> ·{' '}
          {t('Lesson {{n}} of {{total}}', { n: position.index + 1, total: position.total })} ·{' '}
          {t(LESSON_KIND_LABELS[lesson.kind])}
        </p>
        <h1>
          <English>{lesson.title}</English>
        </h1>
        {lesson.contentNote ? (
          <section className="content-note" aria-labelledby="content-note-heading">
            <h2 id="content-note-heading">{t('Before you start: content note')}</h2>
            <p>
              <English>{lesson.contentNote}</English>
            </p>
          </section>
        ) : null}
        <LessonContent
          bodyHtml={lesson.bodyHtml}
          sources={lesson.sources}
          lessonId={0}
          view={view}
          complete={false}
          showTranscriptFirst={false}
          filmPosition={0}
          watchedSeconds={0}
          captionsOn
          bestScore={null}
          reflections={{}}
          checkResult={actionData && 'result' in actionData ? (actionData.result ?? null) : null}
          nextHref={nextHref}
        />
        <LessonNav
          previousHref={position.previous ? `${base}/preview/${position.previous}` : null}
          next={{
            href: nextHref,
            label: position.next ? t('Next lesson') : t('Back to the studio'),
          }}
        />
      </div>
      <SupportPanel wellbeingContact={null} />
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
