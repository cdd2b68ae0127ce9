import { type LoaderFunctionArgs } from '@remix-run/node'
import { exportModule } from '#app/authoring/pack-zip.server.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { requireStudioModule } from './__studio.server.ts'
import { MODULE_FORM_MESSAGES } from '#app/authoring/labels.ts'

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'studio')
  const module = requireStudioModule(user, params.moduleSlug ?? '', 'view')
  const zip = exportModule(user, module, context.clientAddress)
  if (!zip) throw new Response(MODULE_FORM_MESSAGES.nothingToExport, { status: 404 })
  return new Response(zip, {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${module.slug}.zip"`,
    },
  })
}
