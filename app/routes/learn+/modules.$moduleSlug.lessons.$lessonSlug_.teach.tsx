import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { requireTeacher } from '#app/auth/permissions.server.ts'
import { CLASSROOM_MESSAGES } from '#app/classroom/labels.ts'
import { teachLesson } from '#app/classroom/teach.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { TeachNotesWindow, TeachView } from '#app/components/classroom/teach-view.tsx'
import { pageTitle } from '#app/i18n/i18n.ts'
import teachStyles from '#app/styles/teach.css'
import { invariantResponse } from '#app/utils/responses.ts'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: teachStyles }]

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  data
    ? pageTitle(matches, 'Teach: {{lesson}}', { lesson: data.lesson.lessonTitle })
    : pageTitle(matches, 'Teach mode'),
]

/**
 * A classroom lesson on the big screen, one screen at a time. `?screen=` is rendered on the
 * server so Previous and Next work as plain links; `?notes=1` is the teacher's second window.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireTeacher(request)
  const found = teachLesson(user, params.moduleSlug ?? '', params.lessonSlug ?? '')
  invariantResponse(found.status !== 'not-found', 'Page not found', { status: 404 })
  invariantResponse(
    found.status === 'found',
    found.status === 'not-classroom' ? CLASSROOM_MESSAGES.notClassroom : 'Page not found',
    { status: 404 },
  )
  const url = new URL(request.url)
  const last = found.lesson.slides.length + 1
  const asked = Number(url.searchParams.get('screen') ?? 0)
  const screen = Number.isInteger(asked) ? Math.min(Math.max(asked, 0), last) : 0
  const panel = url.searchParams.get('panel')
  return {
    lesson: found.lesson,
    screen,
    notesWindow: url.searchParams.get('notes') === '1',
    panel: panel === 'notes' ? ('notes' as const) : panel === 'help' ? ('help' as const) : null,
  }
}

export default function TeachLessonPage() {
  const { lesson, screen, notesWindow, panel } = useLoaderData<typeof loader>()
  return notesWindow ? (
    <TeachNotesWindow lesson={lesson} screen={screen} />
  ) : (
    <TeachView lesson={lesson} screen={screen} panel={panel} />
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
