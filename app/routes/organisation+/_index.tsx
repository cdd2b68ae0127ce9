import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { requireArea, scopeFor } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ErrorSummary, SelectField, TextField } from '#app/components/forms.tsx'
import { PeopleTable } from '#app/components/people-table.tsx'
import { formatDate } from '#app/learning/labels.ts'
import {
  BulkInviteIntentSchema,
  checkStaffCsv,
  inviteStaff,
  MAX_STAFF_FILE_BYTES,
} from '#app/organisations/bulk-invite.server.ts'
import {
  complianceFiltersFrom,
  filterCompliance,
  staffCompliance,
} from '#app/organisations/compliance.server.ts'
import {
  COMPLIANCE_STATUS_LABELS,
  ORGANISATION_TYPE_LABELS,
  optionsFrom,
} from '#app/organisations/labels.ts'
import { getOrganisation } from '#app/organisations/organisations.server.ts'
import { listPeople } from '#app/organisations/people.server.ts'
import { invalid, readForm, readIntent } from '#app/utils/forms.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'

export const meta: MetaFunction = () => [{ title: 'My organisation – Upstream' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'organisation')
  const scope = scopeFor(user)
  const organisation = user.organisationId ? getOrganisation(scope, user.organisationId) : undefined
  invariantResponse(
    organisation,
    'Your account is not linked to an organisation. Ask your VRU to link it.',
    { status: 404 },
  )
  const params = new URL(request.url).searchParams
  const filters = complianceFiltersFrom(params)
  const compliance = staffCompliance(organisation.id)
  const unique = <T,>(list: T[]) => [...new Set(list)]
  return {
    organisation,
    staff: listPeople(scope),
    filters,
    query: params.toString(),
    compliance: filterCompliance(compliance, filters),
    assignedCount: compliance.length,
    modules: unique(compliance.map((r) => `${r.moduleId}\u0000${r.module}`)).map((m) => {
      const [value, label] = m.split('\u0000')
      return { value: value!, label: label! }
    }),
    jobRoles: unique(compliance.flatMap((r) => (r.jobRole ? [r.jobRole] : []))).map((j) => ({
      value: j,
      label: j,
    })),
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireArea(request, 'organisation')
  invariantResponse(user.organisationId, 'Page not found', { status: 404 })
  const form = await readForm(request)
  const intent = readIntent(form, BulkInviteIntentSchema)
  let text: string
  if (intent === 'import-valid') {
    text = String(form.get('csv') ?? '')
  } else {
    const file = form.get('file')
    if (!(file instanceof File) || file.size === 0) {
      return invalid({ file: 'Choose a CSV file of the staff to invite' })
    }
    if (file.size > MAX_STAFF_FILE_BYTES) {
      return invalid({ file: 'The file is larger than 200 KB: split it into smaller files' })
    }
    text = await file.text()
  }
  const { rows, fileError } = checkStaffCsv(user, text)
  if (fileError) return invalid({ file: fileError })
  const wrong = rows.filter((r) => r.errors.length > 0)
  const valid = rows.filter((r) => r.errors.length === 0)
  if (wrong.length > 0 && intent !== 'import-valid') {
    return data(
      {
        ok: false as const,
        errors: {
          file:
            wrong.length === 1
              ? 'One row of the file has a problem, so nobody has been invited yet'
              : `${wrong.length} rows of the file have problems, so nobody has been invited yet`,
        },
        values: {},
        rows: wrong,
        validCount: valid.length,
        csv: text,
      },
      { status: 400 },
    )
  }
  if (valid.length === 0) {
    return invalid({
      file: 'No row of the file can be invited: correct the rows listed and choose the file again',
    })
  }
  const { invited, failed } = await inviteStaff(user, valid)
  return {
    ok: true as const,
    invited: invited.length,
    skipped: wrong.length + failed.length,
    failed,
  }
}

function StatusTag({ status }: { status: keyof typeof COMPLIANCE_STATUS_LABELS }) {
  const { t } = useTranslation()
  return (
    <span className={`status-tag status-tag--${status}`}>
      {t(COMPLIANCE_STATUS_LABELS[status])}
    </span>
  )
}

function Compliance() {
  const { t } = useTranslation()
  const { compliance, filters, modules, jobRoles, query, assignedCount } =
    useLoaderData<typeof loader>()
  return (
    <section aria-labelledby="compliance-heading">
      <h2 id="compliance-heading">{t('Staff compliance')}</h2>
      {assignedCount === 0 ? (
        <p>{t('No modules are assigned to your staff yet.')}</p>
      ) : (
        <>
          <Form method="get" className="filters" aria-label={t('Filter the compliance list')}>
            <SelectField
              name="status"
              label={t('Status')}
              placeholder={t('Any status')}
              options={optionsFrom(COMPLIANCE_STATUS_LABELS).map((o) => ({
                ...o,
                label: t(o.label),
              }))}
              defaultValue={filters.status ?? ''}
            />
            <SelectField
              name="module"
              label={t('Module')}
              placeholder={t('Any module')}
              options={modules}
              defaultValue={filters.module ? String(filters.module) : ''}
            />
            <SelectField
              name="jobRole"
              label={t('Job role')}
              placeholder={t('Any job role')}
              options={jobRoles}
              defaultValue={filters.jobRole ?? ''}
            />
            <TextField
              name="name"
              label={t('Name or email contains')}
              defaultValue={filters.name ?? ''}
            />
            <button className="button button--secondary" type="submit">
              {t('Filter')}
            </button>
          </Form>
          {compliance.length === 0 ? (
            <p>{t('No staff match these filters.')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption>
                  {compliance.length === 1
                    ? t('1 assigned module, by member of staff')
                    : t('{{count}} assigned modules, by member of staff', {
                        count: compliance.length,
                      })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('Name')}</th>
                    <th scope="col">{t('Job role')}</th>
                    <th scope="col">{t('Module')}</th>
                    <th scope="col">{t('Status')}</th>
                    <th scope="col">{t('Due')}</th>
                    <th scope="col">{t('Completed')}</th>
                  </tr>
                </thead>
                <tbody>
                  {compliance.map((row) => (
                    <tr key={`${row.userId}-${row.moduleId}`}>
                      <th scope="row">{row.name}</th>
                      <td>{row.jobRole ?? ''}</td>
                      <td>{row.module}</td>
                      <td>
                        <StatusTag status={row.status} />
                      </td>
                      <td>{row.dueAt ? formatDate(row.dueAt) : t('No due date')}</td>
                      <td>{row.completedAt ? formatDate(row.completedAt) : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p>
            <a href={`/organisation/compliance.csv${query ? `?${query}` : ''}`} download>
              {t('Download this list as CSV (for an inspection)')}
            </a>
          </p>
        </>
      )}
    </section>
  )
}

function BulkInvite() {
  const { t } = useTranslation()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting'
  const problems = result && !result.ok && 'rows' in result ? result : null
  return (
    <section aria-labelledby="bulk-heading">
      <h2 id="bulk-heading">{t('Invite staff from a spreadsheet')}</h2>
      {result?.ok ? (
        <div className="notice notice--success" role="status">
          <p>
            {result.invited === 1
              ? t('We have emailed an invitation to 1 person.')
              : t('We have emailed invitations to {{count}} people.', { count: result.invited })}
            {result.skipped > 0
              ? ` ${t('{{count}} rows were left out.', { count: result.skipped })}`
              : ''}
          </p>
        </div>
      ) : null}
      <ErrorSummary errors={result && !result.ok ? result.errors : undefined} />
      {problems ? (
        <>
          <div className="table-wrap">
            <table>
              <caption>{t('Rows with problems')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('Line')}</th>
                  <th scope="col">{t('Name')}</th>
                  <th scope="col">{t('Email')}</th>
                  <th scope="col">{t('Problem')}</th>
                </tr>
              </thead>
              <tbody>
                {problems.rows.map((row) => (
                  <tr key={row.line}>
                    <th scope="row">{row.line}</th>
                    <td>{row.name}</td>
                    <td>{row.email}</td>
                    <td>{row.errors.map((e) => t(e)).join('. ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {problems.validCount > 0 ? (
            <Form method="post" className="notice">
              <p>
                {problems.validCount === 1
                  ? t(
                      'You can correct the file and send it again, or invite the 1 person on a row without problems now and leave out the rest.',
                    )
                  : t(
                      'You can correct the file and send it again, or invite the {{count}} people on the rows without problems now and leave out the rest.',
                      { count: problems.validCount },
                    )}
              </p>
              <input type="hidden" name="intent" value="import-valid" />
              <input type="hidden" name="csv" value={problems.csv} />
              <button className="button" type="submit" disabled={busy}>
                {problems.validCount === 1
                  ? t('Invite the 1 person without problems')
                  : t('Invite the {{count}} people without problems', {
                      count: problems.validCount,
                    })}
              </button>
            </Form>
          ) : null}
        </>
      ) : null}
      <Form method="post" encType="multipart/form-data">
        <input type="hidden" name="intent" value="check" />
        <div className={result && !result.ok ? 'field field--error' : 'field'}>
          <label htmlFor="file">{t('CSV file of staff')}</label>
          <p className="hint" id="file-hint">
            {t(
              'One person on each row: name, email, job role (a first row of headings is fine). Save a spreadsheet “as CSV”. Everyone is checked before anyone is invited.',
            )}
          </p>
          {result && !result.ok ? (
            <p className="field-error" id="file-error">
              <span className="visually-hidden">{t('Error:')} </span>
              {t(result.errors.file ?? '')}
            </p>
          ) : null}
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={result && !result.ok ? 'file-hint file-error' : 'file-hint'}
            aria-invalid={result && !result.ok ? true : undefined}
          />
        </div>
        <button className="button" type="submit" disabled={busy}>
          {t('Check the file and invite')}
        </button>
      </Form>
    </section>
  )
}

export default function MyOrganisation() {
  const { t } = useTranslation()
  const { organisation, staff } = useLoaderData<typeof loader>()
  return (
    <>
      <h1>{organisation.name}</h1>
      <p className="lead">
        {t(ORGANISATION_TYPE_LABELS[organisation.type])} · {organisation.localAuthority} ·{' '}
        {organisation.vruName}
      </p>
      <Compliance />
      <h2>{t('Staff')}</h2>
      <p>
        <Link to="/people/invite" className="button">
          {t('Invite staff')}
        </Link>
      </p>
      <PeopleTable
        people={staff}
        caption={t('{{count}} staff on Upstream', { count: staff.length })}
        showPlace={false}
      />
      <h2>{t('Assigned modules')}</h2>
      <p>{t('Ask your staff, a job role or named people to complete a module by a date.')}</p>
      <div className="button-row">
        <Link to="/assignments/new" className="button">
          {t('Assign a module')}
        </Link>
        <Link to="/assignments">{t('See current assignments')}</Link>
      </div>
      <BulkInvite />
      <h2>{t('Staff wellbeing contact')}</h2>
      <p>
        {organisation.wellbeingContact ??
          t('Not set. Your VRU can add one so that staff see it beside every lesson.')}
      </p>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
