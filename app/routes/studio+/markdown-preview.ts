import { type ActionFunctionArgs } from '@remix-run/node'
import { requireArea } from '#app/auth/permissions.server.ts'
import { renderMarkdown } from '#app/learning/markdown.server.ts'
import { readForm } from '#app/utils/forms.server.ts'

/** A reading lesson's Markdown through the same sanitising pipeline learners get. */
export async function action({ request }: ActionFunctionArgs) {
  await requireArea(request, 'studio')
  const markdown = (await readForm(request)).get('markdown')
  return { html: renderMarkdown(typeof markdown === 'string' ? markdown.slice(0, 100_000) : '') }
}
