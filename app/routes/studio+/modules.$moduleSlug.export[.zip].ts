import { type LoaderFunctionArgs } from '@remix-run/node'
import { requireStudioModule } from '#app/authoring/modules.server.ts'
import { exportModule } from '#app/authoring/pack-zip.server.ts'
import { requireArea } from '#app/auth/permissions.server.ts'

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'studio')
  const module = requireStudioModule(user, params.moduleSlug ?? '', 'view')
  return new Response(exportModule(user, module, context.clientAddress), {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${module.slug}.zip"`,
    },
  })
}
