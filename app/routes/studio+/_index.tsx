import { data } from '@remix-run/node'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { ScrollableTable } from '#app/components/scrollable-tables.tsx'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { getLanguage, i18nFor } from '#app/i18n/language.server.ts'
import { English } from '#app/components/in-language.tsx'
import { listStudioModules } from '#app/authoring/modules.server.ts'
import { importZipUpload } from '#app/authoring/pack-zip.server.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ErrorSummary } from '#app/components/forms.tsx'
import { MEDIA_ROOT } from '#app/learning/packs.server.ts'
import { getVru } from '#app/organisations/vrus.server.ts'
import { readUploadForm } from './__studio.server.ts'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Studio')]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'studio')
  return {
    unitName: user.vruId ? (getVru(user.vruId)?.name ?? null) : null,
    modules: listStudioModules(user),
  }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireArea(request, 'studio')
  const { uploads } = await readUploadForm(request, { zip: 'zip' }, { mediaRoot: MEDIA_ROOT })
  const i18n = i18nFor(await getLanguage(request))
  const result = await importZipUpload(user, uploads, context.clientAddress, i18n)
  return data(result, { status: result.ok ? 200 : 400 })
}

export default function Studio() {
  const { t } = useTranslation()
  const { unitName, modules } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const own = modules.filter((m) => m.editable)
  const readOnly = modules.filter((m) => !m.editable)
  return (
    <>
      <h1>{t('Studio')}</h1>
      <p className="lead">
        {unitName
          ? t('Modules of {{unit}} and the national library.', { unit: unitName })
          : t('Modules of every unit and the national library.')}
      </p>
      <p>
        <Link className="button" to="/studio/new">
          {t('Create a module')}
        </Link>
      </p>
      {actionData && actionData.ok ? (
        <p className="notice notice--success" role="status">
          {actionData.status === 'unchanged'
            ? t('Nothing changed: {{slug}} is already at version {{version}}.', {
                slug: actionData.slug,
                version: actionData.version,
              })
            : t('Imported {{slug}} as version {{version}}.', {
                slug: actionData.slug,
                version: actionData.version,
              })}{' '}
          <Link to={`/studio/modules/${actionData.slug}`}>{t('Open it')}</Link>
        </p>
      ) : null}
      <h2>{t('Modules you edit')}</h2>
      <ModuleTable modules={own} empty={t('No modules yet.')} />
      <h2>{t('National library')}</h2>
      <p>{t('Read-only unless you are an administrator; copy one into your unit to change it.')}</p>
      <ModuleTable modules={readOnly} empty={t('No national modules.')} />
      <h2 id="import-heading">{t('Import a module')}</h2>
      <ErrorSummary errors={actionData && !actionData.ok ? actionData.errors : undefined} />
      <Form method="post" encType="multipart/form-data" aria-labelledby="import-heading">
        <div className={actionData && !actionData.ok ? 'field field--error' : 'field'}>
          <label htmlFor="zip">
            {t('Module zip (exported from Upstream, in the pack format)')}
          </label>
          {actionData && !actionData.ok
            ? actionData.problems.map((p) => (
                <p className="field-error" key={`${p.file}${p.message}`}>
                  {/* a problem in the zip's lessons is worded by the studio's fields */}
                  {p.text ?? t('{{field}}: {{message}}', { field: p.file, message: t(p.message) })}
                </p>
              ))
            : null}
          <input type="file" id="zip" name="zip" accept=".zip,application/zip" />
        </div>
        <button type="submit" className="button button--secondary">
          {t('Import')}
        </button>
      </Form>
    </>
  )
}

function ModuleTable({
  modules,
  empty,
}: {
  modules: ReturnType<typeof useLoaderData<typeof loader>>['modules']
  empty: string
}) {
  const { t } = useTranslation()
  return (
    <ScrollableTable
      headings={[t('Module'), t('Owner'), t('Published'), t('Draft')]}
      rows={modules}
      empty={empty}
      row={(m) => (
        <tr key={m.slug}>
          <td>
            <Link to={`/studio/modules/${m.slug}`}>
              <English>{m.title}</English>
            </Link>
          </td>
          <td>{m.unit ?? t('National library')}</td>
          <td>
            {m.published ? t('version {{version}}', { version: m.published }) : t('Not published')}
          </td>
          <td>{m.hasDraft ? t('Draft in progress') : t('None')}</td>
        </tr>
      )}
    />
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
