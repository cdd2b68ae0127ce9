import { redirect } from '@remix-run/node'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import {
  mayChangePerson,
  mayChooseOrganisation,
  mayErasePeople,
  requireArea,
  roleBelongsTo,
  rolesOfferedFor,
  scopeFor,
} from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { CheckboxField, ErrorSummary, SelectField, TextField } from '#app/components/forms.tsx'
import { ROLE_LABELS, SECTOR_LABELS, optionsFrom } from '#app/organisations/labels.ts'
import { listOrganisations } from '#app/organisations/organisations.server.ts'
import {
  getPerson,
  PersonIntentSchema,
  PersonSchema,
  setPersonActive,
  updatePerson,
} from '#app/organisations/people.server.ts'
import { erasePerson } from '#app/organisations/data-rights.server.ts'
import { invalid, parseForm, readForm, readIntent } from '#app/utils/forms.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  data ? { title: `${data.person.name} – Upstream` } : pageTitle(matches, 'Person'),
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'people')
  const scope = scopeFor(user)
  // 404, not 403: someone outside the scope must not learn that the person exists
  const person = getPerson(scope, params.personId ?? '')
  invariantResponse(person, 'Page not found', { status: 404 })
  return {
    person,
    isSelf: person.id === user.id,
    mayErase: mayErasePeople(user) && person.id !== user.id,
    mayEdit: mayChangePerson(user, person),
    roles: rolesOfferedFor(user, person),
    organisations:
      roleBelongsTo(person.role) === 'organisation' && mayChooseOrganisation(user)
        ? listOrganisations(scope).map((o) => ({ value: String(o.id), label: o.name }))
        : [],
  }
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireArea(request, 'people')
  const scope = scopeFor(user)
  const person = getPerson(scope, params.personId ?? '')
  invariantResponse(person, 'Page not found', { status: 404 })
  const formData = await readForm(request)
  const intent = readIntent(formData, PersonIntentSchema)
  if (intent === 'erase') {
    // it cannot be undone: the administrator confirms it in so many words
    if (formData.get('confirm') !== 'yes')
      return invalid({
        confirm: 'Tick the box to confirm that you want to erase this person for good',
      })
    const result = await erasePerson(user, scope, person.id, context.clientAddress)
    if (!result.ok) return invalid(result.errors)
    return redirect('/people?erased=1')
  }
  if (intent !== 'save') {
    const result = await setPersonActive(
      user,
      scope,
      person.id,
      intent === 'reactivate',
      context.clientAddress,
    )
    if (!result.ok) return invalid(result.errors)
    return {
      ok: true as const,
      saved: intent,
    }
  }
  const form = parseForm(formData, PersonSchema)
  if (!form.success) return invalid(form.errors, form.values)
  const result = await updatePerson(user, scope, person.id, form.data, context.clientAddress)
  if (!result.ok) return invalid(result.errors, form.values)
  return { ok: true as const, saved: 'profile' as const }
}

export default function Person() {
  const { t } = useTranslation()
  const { person, isSelf, mayEdit, mayErase, roles, organisations } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.ok === false ? actionData.errors : undefined
  const values = actionData?.ok === false ? actionData.values : {}
  return (
    <>
      <p>
        <Link to="/people">{t('Back to people')}</Link>
      </p>
      <h1>{person.name}</h1>
      {actionData?.ok ? (
        <div className="notice notice--success" role="status">
          {actionData.saved === 'reactivate'
            ? t('Reactivated.')
            : actionData.saved === 'deactivate'
              ? t('Deactivated. They have been signed out.')
              : t('Changes saved.')}
        </div>
      ) : null}
      <dl className="summary-list">
        <dt>{t('Email address')}</dt>
        <dd>{person.email}</dd>
        <dt>{t('Works for')}</dt>
        <dd>{person.organisationName ?? person.vruName ?? t('All units')}</dd>
        {person.organisationName && person.vruName ? (
          <>
            <dt>{t('Violence Reduction Unit')}</dt>
            <dd>{person.vruName}</dd>
          </>
        ) : null}
        <dt>{t('Status')}</dt>
        <dd>{person.active ? t('Active') : t('Deactivated')}</dd>
      </dl>
      <ErrorSummary errors={errors} />
      {mayEdit ? (
        <>
          <h2>{t('Profile')}</h2>
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="save" />
            <TextField
              name="name"
              label={t('Full name')}
              defaultValue={values.name ?? person.name}
              error={errors?.name}
            />
            <TextField
              name="jobRole"
              label={t('Job role (optional)')}
              defaultValue={values.jobRole ?? person.jobRole ?? ''}
              error={errors?.jobRole}
            />
            <SelectField
              name="sector"
              label={t('Sector (optional)')}
              options={optionsFrom(SECTOR_LABELS).map((o) => ({ ...o, label: t(o.label) }))}
              placeholder={t('Choose a sector')}
              defaultValue={values.sector ?? person.sector ?? ''}
              error={errors?.sector}
            />
            {isSelf || roles.length < 2 ? (
              <input type="hidden" name="role" value={person.role} />
            ) : (
              <SelectField
                name="role"
                label={t('Role in Upstream')}
                options={roles.map((r) => ({ value: r, label: t(ROLE_LABELS[r]) }))}
                defaultValue={values.role ?? person.role}
                error={errors?.role}
              />
            )}
            {organisations.length > 1 ? (
              <SelectField
                name="organisationId"
                label={t('Organisation')}
                options={organisations}
                defaultValue={values.organisationId ?? String(person.organisationId ?? '')}
                error={errors?.organisationId}
              />
            ) : null}
            <button type="submit" className="button">
              {t('Save changes')}
            </button>
          </Form>
          {isSelf ? null : (
            <>
              <h2>{person.active ? t('Deactivate') : t('Reactivate')}</h2>
              <p>
                {person.active
                  ? t(
                      'A deactivated person cannot sign in. Their completed training still counts in reports.',
                    )
                  : t('Reactivating lets them sign in again with their existing password.')}
              </p>
              <Form method="post">
                <input
                  type="hidden"
                  name="intent"
                  value={person.active ? 'deactivate' : 'reactivate'}
                />
                <button
                  type="submit"
                  className={person.active ? 'button button--warning' : 'button button--secondary'}
                >
                  {person.active
                    ? t('Deactivate {{name}}', { name: person.name })
                    : t('Reactivate {{name}}', { name: person.name })}
                </button>
              </Form>
            </>
          )}
        </>
      ) : (
        <p>{t('You can see this person but not change their account.')}</p>
      )}
      {mayErase ? (
        <>
          <h2>{t('Erase')}</h2>
          <p>
            {t(
              'Erasing removes their name, email, job role, password and private reflections for good. Their completed training stays in reports as an anonymous count.',
            )}
          </p>
          <Form method="post">
            <input type="hidden" name="intent" value="erase" />
            <CheckboxField
              name="confirm"
              value="yes"
              label={t('I understand that this cannot be undone')}
              error={errors?.confirm}
            />
            <button type="submit" className="button button--warning">
              {t('Erase {{name}}', { name: person.name })}
            </button>
          </Form>
        </>
      ) : null}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
