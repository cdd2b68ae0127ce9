import { redirect } from '@remix-run/node'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { InLanguage } from '#app/components/in-language.tsx'
import { moduleText, type ContentText } from '#app/i18n/content.ts'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { getLanguage, i18nFor } from '#app/i18n/language.server.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ErrorSummary } from '#app/components/forms.tsx'
import { RatingScale } from '#app/components/rating-scale.tsx'
import { findVisibleModule, getModuleVersion } from '#app/learning/catalogue.server.ts'
import {
  EvaluationIntentSchema,
  EvaluationRatingsSchema,
  EvaluationStageSchema,
  saveEvaluation,
} from '#app/learning/evaluations.server.ts'
import { latestEnrolment, moduleProgress } from '#app/learning/progress.server.ts'
import { invalid, readForm, readIntent } from '#app/utils/forms.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'

export const meta: MetaFunction = ({ matches }) => [
  pageTitle(matches, 'How confident do you feel?'),
]

function evaluationContext(user: SessionUser, params: { moduleSlug?: string; stage?: string }) {
  const stage = EvaluationStageSchema.safeParse(params.stage)
  const module = findVisibleModule(user.vruId, params.moduleSlug ?? '')
  invariantResponse(stage.success && module, 'Page not found', { status: 404 })
  const enrolment = latestEnrolment(user.id, module.moduleId)
  // before: while starting; after: once complete
  const fits =
    enrolment && (stage.data === 'pre' ? !enrolment.completedAt : Boolean(enrolment.completedAt))
  invariantResponse(enrolment && fits, 'Page not found', { status: 404 })
  const version = getModuleVersion(enrolment.moduleVersionId)
  invariantResponse(version, 'Page not found', { status: 404 })
  return { stage: stage.data, enrolment, version, slug: module.slug }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'learn')
  const { stage, version } = evaluationContext(user, params)
  const language = await getLanguage(request)
  // the pack's own statements in the learner's language where it has them, in the same order
  const translated =
    language === 'en' ? undefined : version.translations?.[language]?.evaluationStatements
  return {
    stage,
    title: version.title,
    translations: version.translations,
    statements: version.evaluationStatements.map((text, i): ContentText =>
      translated?.[i] ? { text: translated[i], language } : { text, language: 'en' },
    ),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireArea(request, 'learn')
  const { stage, enrolment, version, slug } = evaluationContext(user, params)
  const form = await readForm(request)
  const intent = readIntent(form, EvaluationIntentSchema)
  const values = Object.fromEntries(
    [...form].filter((e): e is [string, string] => typeof e[1] === 'string'),
  )
  const after = () => {
    // the rating afterwards is the last step of finishing: the completion page follows it
    if (stage === 'post') return redirect(`/learn/modules/${slug}/complete`)
    const resume = moduleProgress(enrolment).resume
    return redirect(
      resume ? `/learn/modules/${slug}/lessons/${resume.slug}` : `/learn/modules/${slug}`,
    )
  }
  if (intent === 'skip') {
    saveEvaluation(enrolment.id, stage, null)
    return after()
  }
  const ratings = version.evaluationStatements.map((_, i) =>
    EvaluationRatingsSchema.safeParse(form.get(`s${i}`)),
  )
  // the message is composed here, in the learner's language, as it names the statement
  const { t } = i18nFor(await getLanguage(request))
  const errors = Object.fromEntries(
    ratings.flatMap((r, i) =>
      r.success
        ? []
        : [
            [
              `s${i}`,
              t('Choose a number from 1 to 5 for statement {{n}}, or skip these questions', {
                n: i + 1,
              }),
            ],
          ],
    ),
  )
  if (Object.keys(errors).length > 0) return invalid(errors, values)
  saveEvaluation(
    enrolment.id,
    stage,
    ratings.map((r) => (r.success ? r.data : 0)),
  )
  return after()
}

export default function Evaluation() {
  const { t, i18n } = useTranslation()
  const data = useLoaderData<typeof loader>()
  const { stage, statements } = data
  const actionData = useActionData<typeof action>()
  const errors = actionData?.errors
  return (
    <>
      <h1>{stage === 'pre' ? t('Before you start') : t('Now that you have finished')}</h1>
      <p className="lead">
        <InLanguage content={moduleText(data, i18n.language)} />
      </p>
      <p>
        {t(
          'How much do you agree with each statement? There are no right answers. Your answers are only counted together with others’, to show whether the training helps; nobody sees yours.',
        )}
      </p>
      <ErrorSummary
        errors={errors}
        fieldIds={Object.fromEntries(statements.map((_, i) => [`s${i}`, `s${i}-1`]))}
      />
      <Form method="post" noValidate>
        {statements.map((statement, i) => (
          <RatingScale
            key={i}
            name={`s${i}`}
            legend={<InLanguage content={statement} />}
            error={errors?.[`s${i}`]}
            defaultValue={actionData?.values[`s${i}`]}
          />
        ))}
        <div className="button-row">
          <button type="submit" className="button" name="intent" value="save">
            {t('Save and continue')}
          </button>
          <button type="submit" className="button button--secondary" name="intent" value="skip">
            {t('Skip these questions')}
          </button>
        </div>
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
