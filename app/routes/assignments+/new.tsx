import { redirect } from '@remix-run/node'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { contentOption, moduleText } from '#app/i18n/content.ts'
import {
  mayChooseOrganisation,
  requireArea,
  scopeFor,
  worksAcrossUnits,
} from '#app/auth/permissions.server.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import {
  bindFields,
  CheckboxField,
  Choice,
  ChoiceGroup,
  ErrorSummary,
  SelectField,
  TextField,
  SubmitOrCancel,
} from '#app/components/forms.tsx'
import {
  AssignmentSchema,
  assignmentChoices,
  createAssignments,
} from '#app/learning/assignments.server.ts'
import { listOrganisations } from '#app/organisations/organisations.server.ts'
import { invalid, parseForm, readForm } from '#app/utils/forms.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'
import { idFrom } from '#app/utils/route-params.ts'
import { londonDay } from '#app/utils/uk-dates.ts'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'Assign a module')]

/** An organisation lead assigns in their own organisation; others choose one first. */
function organisationIdFor(user: SessionUser, request: Request) {
  if (!mayChooseOrganisation(user)) return user.organisationId
  const param = new URL(request.url).searchParams.get('organisationId')
  return param === null ? null : (idFrom(param) ?? 0)
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'assignments')
  const scope = scopeFor(user)
  const organisationId = organisationIdFor(user, request)
  if (organisationId === null) {
    const organisations = listOrganisations(scope).filter((o) => o.active)
    return {
      step: 'organisation' as const,
      organisations: organisations.map((o) => ({
        value: String(o.id),
        label: worksAcrossUnits(user) ? `${o.name} (${o.vruName})` : o.name,
      })),
    }
  }
  // 404, not 403: an organisation outside the scope must not be seen to exist
  const choices = assignmentChoices(scope, organisationId)
  invariantResponse(choices, 'Page not found', { status: 404 })
  return {
    step: 'assign' as const,
    mayChooseOrganisation: mayChooseOrganisation(user),
    organisation: { id: choices.organisation.id, name: choices.organisation.name },
    modules: choices.modules.map((m) => ({
      value: String(m.moduleId),
      title: m.title,
      translations: m.translations,
    })),
    jobRoles: choices.jobRoles,
    staff: choices.staff,
    today: londonDay(),
  }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireArea(request, 'assignments')
  const scope = scopeFor(user)
  const formData = await readForm(request)
  if (!mayChooseOrganisation(user)) formData.set('organisationId', String(user.organisationId))
  const form = parseForm(formData, AssignmentSchema)
  // every ticked person, so the form comes back as it was
  const values = { ...form.values, people: formData.getAll('people').join(',') }
  if (!form.success) return invalid(form.errors, values)
  const result = createAssignments(user, scope, form.data, { address: context.clientAddress })
  // an organisation outside the scope: 404, as the page itself answers
  invariantResponse(result.ok || !result.errors.organisationId, 'Page not found', { status: 404 })
  if (!result.ok) return invalid(result.errors, values)
  const params = new URLSearchParams({ assigned: String(result.ids.length) })
  if (mayChooseOrganisation(user)) params.set('organisationId', String(form.data.organisationId))
  throw redirect(`/assignments?${params}`)
}

const FIELD_IDS = { target: 'target-organisation', people: 'people-0' }

export default function NewAssignment() {
  const { t, i18n } = useTranslation()
  const data = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.errors
  const values = actionData?.values ?? {}
  const field = bindFields(values, errors)

  if (data.step === 'organisation') {
    return (
      <>
        <p>
          <Link to="/assignments">{t('Back to assignments')}</Link>
        </p>
        <h1>{t('Assign a module')}</h1>
        <Form method="get">
          <SelectField
            name="organisationId"
            label={t('Which organisation is it for?')}
            hint={t('Next you choose the module, who there it is for, and when it is due.')}
            options={data.organisations}
            placeholder={t('Choose an organisation')}
            required
          />
          <button type="submit" className="button">
            {t('Continue')}
          </button>
        </Form>
      </>
    )
  }

  const { organisation, modules, jobRoles, staff, today } = data
  const target = values.target ?? ''
  const chosen = new Set((values.people ?? '').split(',').filter(Boolean))
  return (
    <>
      <p>
        <Link to="/assignments">{t('Back to assignments')}</Link>
      </p>
      <h1>{t('Assign a module')}</h1>
      <p className="lead">
        {t('At {{name}}.', { name: organisation.name })}{' '}
        {data.mayChooseOrganisation ? (
          <Link to="/assignments/new">{t('Choose another organisation')}</Link>
        ) : null}
      </p>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} />
      <Form method="post" noValidate>
        <input type="hidden" name="organisationId" value={organisation.id} />
        <SelectField
          {...field('moduleId')}
          label={t('Module')}
          hint={t('Published modules of your unit and the national library.')}
          options={modules.map((m) =>
            contentOption(m.value, moduleText(m, i18n.language), i18n.language),
          )}
          placeholder={t('Choose a module')}
        />

        <ChoiceGroup name="target" legend={t('Who is it for?')} error={errors?.target}>
          {(
            [
              [
                'organisation',
                t('Everyone at {{name}} ({{count}} people)', {
                  name: organisation.name,
                  count: staff.length,
                }),
              ],
              ['jobRole', t('Everyone with a job role')],
              ['people', t('People I choose by name')],
            ] as const
          ).map(([value, label]) => (
            <Choice
              key={value}
              type="radio"
              id={`target-${value}`}
              name="target"
              value={value}
              defaultChecked={target === value}
              label={label}
            />
          ))}
        </ChoiceGroup>

        <SelectField
          {...field('jobRole')}
          label={t('Job role')}
          hint={t('If it is for everyone with a job role. New staff with this role get it too.')}
          options={jobRoles.map((r) => ({ value: r, label: r }))}
          placeholder={t('Choose a job role')}
        />

        <ChoiceGroup
          name="people"
          legend={t('People')}
          hint={t('If it is for people you choose by name.')}
          error={errors?.people}
        >
          {staff.length === 0 ? (
            <p>{t('No one at this organisation uses Upstream yet.')}</p>
          ) : (
            <ul className="choice-list">
              {staff.map((person, i) => (
                <Choice
                  key={person.id}
                  as="li"
                  type="checkbox"
                  id={`people-${i}`}
                  name="people"
                  value={person.id}
                  defaultChecked={chosen.has(person.id)}
                  label={
                    <>
                      {person.name}
                      {person.jobRole ? <span className="muted"> · {person.jobRole}</span> : null}
                    </>
                  }
                />
              ))}
            </ul>
          )}
        </ChoiceGroup>

        <TextField
          {...field('dueDate')}
          type="date"
          label={t('Due date (optional)')}
          hint={t(
            'Learners see it beside the module, and get an email a week before and the day after it. Leave it empty for no due date.',
          )}
          min={today}
        />
        <CheckboxField
          name="keepInDate"
          label={t('Keep it in date: once done, staff renew it before it runs out')}
          defaultChecked={values.keepInDate === 'on'}
          error={errors?.keepInDate}
        />
        <TextField
          {...field('dueWithinDays')}
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          label={t('Days a newcomer has to do it (optional)')}
          hint={t(
            'Staff who join later get a due date this many days after they join. Leave it empty to give them the same due date as everyone.',
          )}
        />
        <SubmitOrCancel label={t('Assign module')} cancelTo="/assignments" />
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
