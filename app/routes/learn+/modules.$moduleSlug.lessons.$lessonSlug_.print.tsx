import { redirect } from '@remix-run/node'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { English, InLanguage } from '#app/components/in-language.tsx'
import { moduleText } from '#app/i18n/content.ts'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { LetterPaper, useCanPrint } from '#app/components/lessons/letters.tsx'
import { findLearnerLesson } from '#app/learning/lesson-flow.server.ts'
import { type Letter } from '#app/learning/lesson-view.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  data
    ? { title: `${data.moduleTitle}: ${data.lessonTitle} – Upstream` }
    : pageTitle(matches, 'Letters'),
]

/** Every letter of a letters lesson on one page, to print for a class; the lesson's own rules. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'learn')
  const found = findLearnerLesson(user, params.moduleSlug ?? '', params.lessonSlug ?? '')
  if (found.status === 'not-started') throw redirect(`/learn/modules/${found.module.slug}`)
  invariantResponse(found.status === 'found' && found.lesson.kind === 'letters', 'Page not found', {
    status: 404,
  })
  return {
    moduleTitle: found.module.title,
    moduleTranslations: found.module.translations,
    lessonTitle: found.lesson.title,
    lessonHref: `/learn/modules/${found.module.slug}/lessons/${found.lesson.slug}`,
    contentNote: found.lesson.contentNote,
    letters: (found.lesson.details as { letters: Letter[] }).letters,
  }
}

export default function PrintLetters() {
  const { t, i18n } = useTranslation()
  const { moduleTitle, moduleTranslations, lessonTitle, lessonHref, contentNote, letters } =
    useLoaderData<typeof loader>()
  const title = { title: moduleTitle, translations: moduleTranslations }
  const canPrint = useCanPrint()
  return (
    <div className="letters-print">
      <p className="no-print">
        <Link to={lessonHref}>{t('Back to the lesson')}</Link>
      </p>
      <h1>
        <InLanguage content={moduleText(title, i18n.language)} />: <English>{lessonTitle}</English>
      </h1>
      <p>
        {i18n.plural(letters.length, {
          one: '{{count}} letter, on its own page when printed.',
          other: '{{count}} letters, each on its own page when printed.',
        })}
      </p>
      <div className="no-print letters-print__controls">
        {contentNote ? (
          <p className="content-note">
            <English>{contentNote}</English>
          </p>
        ) : null}
        {canPrint ? (
          <button type="button" className="button" onClick={() => window.print()}>
            {t('Print')}
          </button>
        ) : (
          <p>{t("To print them, use your browser's Print command (Ctrl+P, or Cmd+P on a Mac).")}</p>
        )}
      </div>
      {letters.map((letter, i) => (
        <LetterPaper
          key={i}
          letter={letter}
          headingId={`letter-${i + 1}`}
          heading={t('Letter {{n}} of {{total}}: from {{from}} to {{to}}', {
            n: i + 1,
            total: letters.length,
            from: letter.from,
            to: letter.to,
          })}
        />
      ))}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
