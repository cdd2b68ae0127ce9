import { redirect } from '@remix-run/node'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { getLanguage, i18nFor } from '#app/i18n/language.server.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import {
  changeDelivery,
  classroomPacks,
  DeliverySchema,
  getOwnDelivery,
} from '#app/classroom/deliveries.server.ts'
import { CLASSROOM_MESSAGES } from '#app/classroom/labels.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { English } from '#app/components/in-language.tsx'
import { invalid, parseForm, readForm } from '#app/utils/forms.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'
import { idFrom } from '#app/utils/route-params.ts'
import { DeliveryFields } from './__delivery-fields.tsx'

export const meta: MetaFunction = ({ matches }) => [
  pageTitle(matches, 'Change a lesson you logged'),
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'learn')
  const id = idFrom(params.deliveryId)
  // someone else's delivery is not found, as one that does not exist
  const delivery = id === null ? null : getOwnDelivery(user, id)
  invariantResponse(delivery, 'Page not found', { status: 404 })
  const pack = classroomPacks(user.vruId).find((p) => p.moduleId === delivery.moduleId)
  invariantResponse(pack, CLASSROOM_MESSAGES.packClosed, { status: 404 })
  return { delivery, pack }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireArea(request, 'learn')
  const id = idFrom(params.deliveryId)
  // someone else's delivery is not found, before anything they sent is read
  invariantResponse(id !== null && getOwnDelivery(user, id), 'Page not found', { status: 404 })
  const formData = await readForm(request)
  const form = parseForm(formData, DeliverySchema)
  const values = { ...form.values, lessons: formData.getAll('lessons').join(',') }
  if (!form.success) return invalid(form.errors, values)
  const result = changeDelivery(
    user,
    id,
    form.data,
    new Date(),
    i18nFor(await getLanguage(request)).t,
  )
  invariantResponse(result, 'Page not found', { status: 404 })
  if (!result.ok) return invalid(result.errors, values)
  throw redirect(`/learn/deliveries?changed=${id}`)
}

export default function ChangeDelivery() {
  const { t } = useTranslation()
  const { delivery, pack } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <>
      <p>
        <Link to="/learn/deliveries">{t('Back to lessons you have taught')}</Link>
      </p>
      <h1>{t('Change a lesson you logged')}</h1>
      <p className="lead">
        <English>{pack.title}</English>
      </p>
      {delivery.editable ? (
        <DeliveryFields
          pack={pack}
          values={actionData?.values ?? delivery.values}
          errors={actionData?.errors}
          submitLabel={t('Save changes')}
          cancelTo="/learn/deliveries"
        />
      ) : (
        <p>
          {t(
            'A lesson can be changed for a week after it is logged. This one was logged earlier, so it is kept as it is.',
          )}
        </p>
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
