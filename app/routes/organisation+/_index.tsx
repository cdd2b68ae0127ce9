import { data } from '@remix-run/node'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation, type I18n } from '#app/i18n/i18n.ts'
import { getLanguage, i18nFor } from '#app/i18n/language.server.ts'
import { answerInvitationIntent, pendingInvitations } from '#app/auth/invitations.server.ts'
import { requireArea, scopeFor } from '#app/auth/permissions.server.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { PeopleTable } from '#app/components/people-table.tsx'
import { PendingInvitations } from '#app/components/pending-invitations.tsx'
import {
  checkStaffCsv,
  inviteStaff,
  MAX_STAFF_FILE_BYTES,
  OrganisationIntentSchema,
} from '#app/organisations/bulk-invite.server.ts'
import {
  complianceFiltersFrom,
  compliancePage,
  filterCompliance,
  staffCompliance,
  staffInDate,
} from '#app/organisations/compliance.server.ts'
import { ORGANISATION_TYPE_LABELS } from '#app/organisations/labels.ts'
import { getOrganisation } from '#app/organisations/organisations.server.ts'
import { countPeople, listPeople } from '#app/organisations/people.server.ts'
import { staffLiveTraining } from '#app/live-training/staff-bookings.server.ts'
import { listDeliveries } from '#app/classroom/deliveries.server.ts'
import { DeliveriesTable } from '#app/components/deliveries-table.tsx'
import { invalid, readForm, readIntent } from '#app/utils/forms.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'
import { BulkInvite } from './__bulk-invite.tsx'
import { Compliance } from './__compliance.tsx'
import { LiveTraining, liveTrainingRows } from './__live-training.tsx'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'My organisation')]

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
  const shown = compliancePage(filterCompliance(compliance, filters), params)
  // the filters alone: the CSV has every page, and the pages' links add their own number
  const query = new URLSearchParams(params)
  query.delete('page')
  const unique = <T,>(list: T[]) => [...new Set(list)]
  return {
    organisation,
    liveTraining: liveTrainingRows(staffLiveTraining(scope)),
    deliveries: listDeliveries(user, scope, { limit: 50 }),
    staff: listPeople(scope),
    staffCount: countPeople(scope),
    invitations: pendingInvitations(scope),
    filters,
    query: query.toString(),
    compliance: shown.rows,
    page: shown.page,
    assignedCount: compliance.length,
    inDate: staffInDate(compliance),
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

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireArea(request, 'organisation')
  invariantResponse(user.organisationId, 'Page not found', { status: 404 })
  const form = await readForm(request)
  const intent = readIntent(form, OrganisationIntentSchema)
  // the file's problems are sentences with numbers in them: composed here, in the page's language
  const i18n = i18nFor(await getLanguage(request))
  switch (intent) {
    case 'check':
      return checkStaffFile(user, form.get('file'), i18n)
    case 'import-valid':
      return inviteFromCsv(user, String(form.get('csv') ?? ''), i18n, { withProblems: 'leave out' })
    case 'resend':
    case 'cancel': {
      const answer = await answerInvitationIntent(user, intent, form, context.clientAddress)
      return data(answer, { status: answer.kind === 'invitation' && !answer.ok ? 404 : 200 })
    }
  }
}

/** A newly chosen file: nobody is invited while any row has a problem. */
async function checkStaffFile(user: SessionUser, file: FormDataEntryValue | null, i18n: I18n) {
  if (!(file instanceof File) || file.size === 0) {
    return invalid({ file: 'Choose a CSV file of the staff to invite' })
  }
  if (file.size > MAX_STAFF_FILE_BYTES) {
    return invalid({ file: 'The file is larger than 200 KB: split it into smaller files' })
  }
  return inviteFromCsv(user, await file.text(), i18n, { withProblems: 'stop' })
}

async function inviteFromCsv(
  user: SessionUser,
  text: string,
  i18n: I18n,
  { withProblems }: { withProblems: 'stop' | 'leave out' },
) {
  const { rows, fileError } = checkStaffCsv(user, text, i18n)
  if (fileError) return invalid({ file: fileError })
  const wrong = rows.filter((r) => r.errors.length > 0)
  const fine = rows.filter((r) => r.errors.length === 0)
  const valid = fine.filter((r) => !r.already)
  const namesOf = (already: 'invited' | 'joined') =>
    fine.filter((r) => r.already === already).map((r) => r.name || r.email)
  if (wrong.length > 0 && withProblems === 'stop') {
    return data(
      {
        ok: false as const,
        errors: {
          file: i18n.plural(wrong.length, {
            one: 'One row of the file has a problem, so nobody has been invited yet',
            other: '{{count}} rows of the file have problems, so nobody has been invited yet',
          }),
        },
        values: {},
        rows: wrong,
        validCount: valid.length,
        csv: text,
      },
      { status: 400 },
    )
  }
  if (fine.length === 0) {
    return invalid({
      file: 'No row of the file can be invited: correct the rows listed and choose the file again',
    })
  }
  const { invited, failed } = await inviteStaff(user, valid)
  return {
    ok: true as const,
    invited: invited.length,
    alreadyInvited: namesOf('invited'),
    alreadyJoined: namesOf('joined'),
    skipped: wrong.length + failed.length,
    failed,
  }
}

export default function MyOrganisation() {
  const { t, i18n } = useTranslation()
  const { organisation, liveTraining, deliveries, staff, staffCount, invitations, ...compliance } =
    useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const invitationResult = result && 'kind' in result ? result : undefined
  const bulkResult = result && !('kind' in result) ? result : undefined
  return (
    <>
      <h1>{organisation.name}</h1>
      <p className="lead">
        {t(ORGANISATION_TYPE_LABELS[organisation.type])} · {organisation.localAuthority} ·{' '}
        {organisation.vruName}
      </p>
      <Compliance {...compliance} />
      <LiveTraining {...liveTraining} />
      <section aria-labelledby="deliveries-heading">
        <h2 id="deliveries-heading">{t('Lessons taught to pupils')}</h2>
        <p>
          {t(
            'Classroom packs your staff have taught, as they logged them: the latest 50. Your VRU counts these as the school’s reach.',
          )}
        </p>
        <DeliveriesTable
          deliveries={deliveries}
          caption={t('Lessons taught to pupils')}
          showTeacher
        />
      </section>
      <h2>{t('Staff')}</h2>
      <p>
        <Link to="/people/invite" className="button">
          {t('Invite staff')}
        </Link>
      </p>
      <PeopleTable
        people={staff}
        caption={[
          invitations.length > 0
            ? t('{{count}} staff on Upstream, {{invited}} invited', {
                count: i18n.number(staffCount),
                invited: i18n.number(invitations.length),
              })
            : t('{{count}} staff on Upstream', { count: staffCount }),
          staff.length < staffCount
            ? t('(the first {{shown}} by name; People finds anyone)', { shown: staff.length })
            : '',
        ]
          .filter(Boolean)
          .join(' ')}
        showPlace={false}
      />
      <PendingInvitations invitations={invitations} result={invitationResult} />
      <h2>{t('Assigned modules')}</h2>
      <p>{t('Ask your staff, a job role or named people to complete a module by a date.')}</p>
      <div className="button-row">
        <Link to="/assignments/new" className="button">
          {t('Assign a module')}
        </Link>
        <Link to="/assignments">{t('See current assignments')}</Link>
      </div>
      <BulkInvite result={bulkResult} />
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
