import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { recordAudit } from '#app/audit/audit.server.ts'
import { requireArea, scopeFor, type Scope } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ErrorSummary, TextField } from '#app/components/forms.tsx'
import { AreaSchema, createArea, listAreas } from '#app/organisations/organisations.server.ts'
import { getVru, saveVru, VruIntentSchema, VruSchema } from '#app/organisations/vrus.server.ts'
import { invalid, parseForm, readForm, readIntent } from '#app/utils/forms.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'
import { idFrom } from '#app/utils/route-params.ts'
import { VruFields } from './__vru-fields.tsx'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  data ? { title: `${data.vru.name} – Upstream` } : pageTitle(matches, 'Unit'),
]

function vruFor(param: string | undefined) {
  const id = idFrom(param)
  const vru = id ? getVru(id) : undefined
  invariantResponse(vru, 'Page not found', { status: 404 })
  return vru
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'admin')
  const vru = vruFor(params.vruId)
  return { vru, areas: listAreas(scopeFor(user)).filter((a) => a.vruId === vru.id) }
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireArea(request, 'admin')
  const vru = vruFor(params.vruId)
  const formData = await readForm(request)
  const recordChange = (details: Record<string, unknown>) =>
    recordAudit({
      action: 'vru_changed',
      actor: user,
      address: context.clientAddress,
      vruId: vru.id,
      subject: `vru:${vru.id}`,
      details,
    })
  switch (readIntent(formData, VruIntentSchema)) {
    case 'save':
      return saveUnit(formData, vru.id, recordChange)
    case 'add-area':
      return addArea(formData, scopeFor(user), vru.id, recordChange)
  }
}

type RecordChange = (details: Record<string, unknown>) => void

function saveUnit(formData: FormData, vruId: number, recordChange: RecordChange) {
  const form = parseForm(formData, VruSchema)
  if (!form.success) return invalid(form.errors, form.values)
  const result = saveVru(form.data, vruId)
  if (!result.ok) return invalid(result.errors, form.values)
  recordChange({ after: form.data })
  return { ok: true as const, saved: 'unit' as const }
}

function addArea(formData: FormData, scope: Scope, vruId: number, recordChange: RecordChange) {
  const form = parseForm(formData, AreaSchema)
  if (!form.success) return invalid(form.errors, { ...form.values, intent: 'add-area' })
  const result = createArea(scope, vruId, form.data.name)
  if (!result.ok) return invalid(result.errors, { ...form.values, intent: 'add-area' })
  recordChange({ areaAdded: form.data.name })
  return { ok: true as const, saved: 'area' as const }
}

export default function Vru() {
  const { t } = useTranslation()
  const { vru, areas } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const failed = actionData?.ok === false ? actionData : null
  const areaFailed = failed?.values.intent === 'add-area' ? failed : null
  const unitFailed = failed && !areaFailed ? failed : null
  return (
    <>
      <p>
        <Link to="/admin/vrus">{t('Back to units')}</Link>
      </p>
      <h1>{vru.name}</h1>
      {actionData?.ok ? (
        <div className="notice notice--success" role="status">
          {actionData.saved === 'area' ? t('Area added.') : t('Changes saved.')}
        </div>
      ) : null}
      <ErrorSummary
        errors={failed?.errors}
        fieldIds={areaFailed ? { name: 'area-name' } : undefined}
      />
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="save" />
        <VruFields
          values={
            unitFailed?.values ?? {
              name: vru.name,
              area: vru.area,
              slug: vru.slug,
              bilingual: vru.bilingual ? 'on' : undefined,
              active: vru.active ? 'on' : undefined,
            }
          }
          errors={unitFailed?.errors}
        />
        <button type="submit" className="button">
          {t('Save changes')}
        </button>
      </Form>
      <h2>{t('Areas')}</h2>
      <p>
        {t(
          'A hub-and-spoke unit groups its organisations into local areas. Units that do not work this way need none.',
        )}
      </p>
      {areas.length > 0 ? (
        <ul>
          {areas.map((a) => (
            <li key={a.id}>{a.name}</li>
          ))}
        </ul>
      ) : (
        <p>{t('No areas.')}</p>
      )}
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="add-area" />
        <TextField
          name="name"
          id="area-name"
          label={t('New area')}
          defaultValue={areaFailed?.values.name ?? ''}
          error={areaFailed?.errors.name}
        />
        <button type="submit" className="button button--secondary">
          {t('Add area')}
        </button>
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
