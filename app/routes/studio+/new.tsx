import { redirect } from '@remix-run/node'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { createModule, ModuleDetailsSchema } from '#app/authoring/modules.server.ts'
import { refresherChoices } from '#app/authoring/staying-in-date.server.ts'
import { mayChooseModuleOwner, newModuleOwner, requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ErrorSummary } from '#app/components/forms.tsx'
import { invalid, parseForm, readForm } from '#app/utils/forms.server.ts'
import { ModuleFields, moduleFormValues } from './__module-fields.tsx'
import { MODULE_FORM_MESSAGES } from '#app/authoring/labels.ts'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Create a module')]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'studio')
  return { mayBeNational: mayChooseModuleOwner(user), refreshers: refresherChoices(user.vruId) }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireArea(request, 'studio')
  const formData = await readForm(request)
  const parsed = parseForm(formData, ModuleDetailsSchema)
  if (!parsed.success) return invalid(parsed.errors, moduleFormValues(formData, parsed.values))
  if (!newModuleOwner(user, parsed.data.national))
    throw new Response(MODULE_FORM_MESSAGES.cannotOwn, { status: 403 })
  const module = createModule(user, parsed.data, context.clientAddress)
  return redirect(`/studio/modules/${module.slug}`)
}

export default function NewModule() {
  const { t } = useTranslation()
  const { mayBeNational, refreshers } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const busy = useNavigation().state === 'submitting'
  return (
    <>
      <h1>{t('Create a module')}</h1>
      <p className="lead">
        {t('Start with its details; you add lessons next. Learners see nothing until you publish.')}
      </p>
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" noValidate>
        <ModuleFields
          values={actionData?.values ?? { passMark: '80' }}
          errors={actionData?.errors}
          mayBeNational={mayBeNational}
          refreshers={refreshers}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('Create the module')}
        </button>
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
