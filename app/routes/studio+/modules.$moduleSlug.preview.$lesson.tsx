import { redirect } from '@remix-run/node'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { createI18n, I18nProvider, pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { cy } from '#app/i18n/cy/index.ts'
import { InLanguage } from '#app/components/in-language.tsx'
import { previewLesson } from '#app/authoring/lessons.server.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ExitThisPage } from '#app/components/lessons/exit-this-page.tsx'
import {
  contentLang,
  LessonContent,
  LessonNav,
  ReviewNote,
} from '#app/components/lessons/lesson-content.tsx'
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

/** `?lang=cy` previews the lesson as a Welsh learner sees it, whatever the trainer reads. */
const previewLanguage = (request: Request) =>
  new URL(request.url).searchParams.get('lang') === 'cy' ? ('cy' as const) : ('en' as const)

/** The lesson to preview, from a module the person may see in the studio; 404 otherwise. */
async function requirePreview(request: Request, params: LoaderFunctionArgs['params']) {
  const user = await requireArea(request, 'studio')
  const module = requireStudioModule(user, params.moduleSlug ?? '', 'view')
  const preview = previewLesson(user, module, params.lesson ?? '', previewLanguage(request))
  if (!preview) throw new Response('Page not found', { status: 404 })
  return preview
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { module, title, lesson, lessons, index, fromDraft } = await requirePreview(request, params)
  const letter = Number(new URL(request.url).searchParams.get('letter')) || 0
  const language = previewLanguage(request)
  return {
    moduleSlug: module.slug,
    moduleTitle: title,
    fromDraft,
    language,
    // the learner's interface in the language previewed, whatever the trainer's own is
    catalogue: language === 'cy' ? cy : null,
    lesson: {
      slug: lesson.slug,
      title: lesson.title,
      kind: lesson.kind,
      contentNote: lesson.contentNote,
      bodyHtml: lesson.bodyHtml,
      sources: lesson.sources,
      language: lesson.language === 'cy' ? ('cy' as const) : ('en' as const),
      review: lesson.review,
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
  const lang = previewLanguage(request) === 'cy' ? '?lang=cy' : ''
  return redirect(next ? `${base}/preview/${next.slug}${lang}` : base)
}

export default function PreviewLesson() {
  const { t } = useTranslation()
  const page = useLoaderData<typeof loader>()
  const { moduleSlug, fromDraft, language, lesson } = page
  const base = `/studio/modules/${moduleSlug}`
  const here = `${base}/preview/${lesson.slug}`
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
        <p className="button-row">
          {language === 'cy' ? (
            <Link to={here}>{t('Preview in English')}</Link>
          ) : (
            <Link to={`${here}?lang=cy`}>{t('Preview in Welsh')}</Link>
          )}
        </p>
        {language === 'cy' && lesson.language !== 'cy' ? (
          <p className="notice" role="note">
            {t('This lesson has no Welsh yet: a Welsh learner sees the English.')}
          </p>
        ) : null}
        <PreviewInLanguage />
      </div>
      <SupportPanel wellbeingContact={null} />
    </div>
  )
}

/** The lesson as a learner reading in the previewed language sees it, interface and all. */
function PreviewInLanguage() {
  const page = useLoaderData<typeof loader>()
  const i18n = createI18n(page.language, page.catalogue)
  return (
    <I18nProvider i18n={i18n}>
      <div lang={page.language}>
        <PreviewedLesson />
      </div>
    </I18nProvider>
  )
}

function PreviewedLesson() {
  const { t } = useTranslation()
  const { moduleSlug, moduleTitle, language, lesson, position, view } =
    useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const base = `/studio/modules/${moduleSlug}`
  const lang = language === 'cy' ? '?lang=cy' : ''
  const nextHref = position.next ? `${base}/preview/${position.next}${lang}` : base
  return (
    <>
      <p className="lesson-breadcrumb">
        <InLanguage content={moduleTitle} /> ·{' '}
        {t('Lesson {{n}} of {{total}}', { n: position.index + 1, total: position.total })} ·{' '}
        {t(LESSON_KIND_LABELS[lesson.kind])}
      </p>
      <h1 lang={contentLang(lesson.language)}>{lesson.title}</h1>
      <ReviewNote review={lesson.review} />
      {lesson.contentNote ? (
        <section className="content-note" aria-labelledby="content-note-heading">
          <h2 id="content-note-heading">{t('Before you start: content note')}</h2>
          <p lang={contentLang(lesson.language)}>{lesson.contentNote}</p>
        </section>
      ) : null}
      <LessonContent
        language={lesson.language}
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
        previousHref={position.previous ? `${base}/preview/${position.previous}${lang}` : null}
        next={{
          href: nextHref,
          label: position.next ? t('Next lesson') : t('Back to the studio'),
        }}
      />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
