import { redirect } from '@remix-run/node'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { contentOption, moduleText } from '#app/i18n/content.ts'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { getLanguage, i18nFor } from '#app/i18n/language.server.ts'
import { mayLogDeliveries, requireArea } from '#app/auth/permissions.server.ts'
import { CLASSROOM_MESSAGES } from '#app/classroom/labels.ts'
import { classroomPacks, DeliverySchema, logDelivery } from '#app/classroom/deliveries.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { SelectField } from '#app/components/forms.tsx'
import { English } from '#app/components/in-language.tsx'
import { invalid, parseForm, readForm } from '#app/utils/forms.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'
import { idFrom } from '#app/utils/route-params.ts'
import { londonDay } from '#app/utils/uk-dates.ts'
import { DeliveryFields } from './__delivery-fields.tsx'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Log a lesson you taught')]

const NOT_LINKED = CLASSROOM_MESSAGES.notLinkedPage

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'learn')
  invariantResponse(mayLogDeliveries(user), NOT_LINKED, { status: 403 })
  const packs = classroomPacks(user.vruId)
  const params = new URL(request.url).searchParams
  // the pack by its address (from teach mode) or its id (from the choice below)
  const chosen =
    packs.find((p) => p.slug === params.get('module')) ??
    packs.find((p) => p.moduleId === idFrom(params.get('moduleId') ?? undefined)) ??
    (packs.length === 1 ? packs[0] : undefined)
  const lesson = params.get('lesson')
  return {
    packs: packs.map(({ moduleId, title, translations }) => ({ moduleId, title, translations })),
    pack: chosen ?? null,
    values: {
      deliveredOn: londonDay(),
      lessons: chosen?.lessons.some((l) => l.slug === lesson) ? (lesson ?? '') : '',
    },
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireArea(request, 'learn')
  invariantResponse(mayLogDeliveries(user), NOT_LINKED, { status: 403 })
  const formData = await readForm(request)
  const form = parseForm(formData, DeliverySchema)
  // every ticked lesson, so the form comes back as it was
  const values = { ...form.values, lessons: formData.getAll('lessons').join(',') }
  if (!form.success) return invalid(form.errors, values)
  const result = logDelivery(user, form.data, new Date(), i18nFor(await getLanguage(request)).t)
  if (!result.ok) return invalid(result.errors, values)
  throw redirect(`/learn/deliveries?logged=${result.id}`)
}

export default function NewDelivery() {
  const { t, i18n } = useTranslation()
  const { packs, pack, values } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <>
      <p>
        <Link to="/learn/deliveries">{t('Back to lessons you have taught')}</Link>
      </p>
      <h1>{t('Log a lesson you taught')}</h1>
      {packs.length === 0 ? (
        <p>{t('There are no classroom packs for your unit yet.')}</p>
      ) : pack === null ? (
        <Form method="get">
          <SelectField
            name="moduleId"
            label={t('Which pack did you teach?')}
            options={packs.map((p) =>
              contentOption(String(p.moduleId), moduleText(p, i18n.language), i18n.language),
            )}
            placeholder={t('Choose a pack')}
          />
          <button type="submit" className="button">
            {t('Continue')}
          </button>
        </Form>
      ) : (
        <>
          <p className="lead">
            <English>{pack.title}</English>
            {packs.length > 1 ? (
              <>
                {' · '}
                <Link to="/learn/deliveries/new">{t('Choose another pack')}</Link>
              </>
            ) : null}
          </p>
          <DeliveryFields
            pack={pack}
            values={actionData?.values ?? values}
            errors={actionData?.errors}
            submitLabel={t('Log this lesson')}
            cancelTo="/learn/deliveries"
          />
        </>
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
