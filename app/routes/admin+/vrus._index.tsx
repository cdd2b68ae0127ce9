import { redirect } from '@remix-run/node'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { recordAudit } from '#app/audit/audit.server.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ScrollableTable } from '#app/components/scrollable-tables.tsx'
import { ErrorSummary } from '#app/components/forms.tsx'
import { listVrus, saveVru, VruSchema } from '#app/organisations/vrus.server.ts'
import { invalid, parseForm, readForm } from '#app/utils/forms.server.ts'
import { VruFields } from './__vru-fields.tsx'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Violence Reduction Units')]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireArea(request, 'admin')
  return { vrus: listVrus() }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireArea(request, 'admin')
  const form = parseForm(await readForm(request), VruSchema)
  if (!form.success) return invalid(form.errors, form.values)
  const result = saveVru(form.data)
  if (!result.ok) return invalid(result.errors, form.values)
  recordAudit({
    action: 'vru_changed',
    actor: user,
    address: context.clientAddress,
    vruId: result.id,
    subject: `vru:${result.id}`,
    details: { created: form.data },
  })
  return redirect(`/admin/vrus/${result.id}`)
}

export default function Vrus() {
  const { t, i18n } = useTranslation()
  const { vrus } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <>
      <h1>{t('Violence Reduction Units')}</h1>
      <ScrollableTable
        caption={i18n.plural(vrus.length, { one: '{{count}} unit', other: '{{count}} units' })}
        headings={[t('Name'), t('Area covered'), t('Organisations'), t('Status')]}
        rows={vrus}
        row={(v) => (
          <tr key={v.id}>
            <td>
              <Link to={`/admin/vrus/${v.id}`}>{v.name}</Link>
            </td>
            <td>{v.area}</td>
            <td>{i18n.number(v.organisations)}</td>
            <td>{v.active ? t('Active') : t('Inactive')}</td>
          </tr>
        )}
      />
      <h2 id="add">{t('Add a unit')}</h2>
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" noValidate>
        <VruFields values={actionData?.values ?? { active: 'on' }} errors={actionData?.errors} />
        <button type="submit" className="button">
          {t('Add unit')}
        </button>
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
