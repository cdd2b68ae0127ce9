import { type ActionFunctionArgs } from '@remix-run/node'
import { submitLessonForm } from './__studio.server.ts'

/** The lesson editor's form sent by script, answered in JSON so the page can show progress. */
export async function action({ request, params }: ActionFunctionArgs) {
  const result = await submitLessonForm(request, params.moduleSlug ?? '', params.lesson ?? '')
  return Response.json(result, { status: result.ok ? 200 : 400 })
}
