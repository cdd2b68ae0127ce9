import { data } from '@remix-run/node'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import {
  answerInvitationIntent,
  InvitationIntentSchema,
  pendingInvitations,
} from '#app/auth/invitations.server.ts'
import { requireArea, scopeFor } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { SearchForm } from '#app/components/forms.tsx'
import { PeopleTable } from '#app/components/people-table.tsx'
import { PendingInvitations } from '#app/components/pending-invitations.tsx'
import { listPeople } from '#app/organisations/people.server.ts'
import { readForm, readIntent } from '#app/utils/forms.server.ts'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'People')]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'people')
  const search = new URL(request.url).searchParams.get('q')?.trim().slice(0, 100) ?? ''
  const erased = new URL(request.url).searchParams.has('erased')
  const filters = { search: search || undefined }
  return {
    erased,
    search,
    people: listPeople(scopeFor(user), filters),
    invitations: pendingInvitations(scopeFor(user), filters),
  }
}

/** Resend or Cancel beside a pending invitation, as on /organisation. */
export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireArea(request, 'people')
  const form = await readForm(request)
  const intent = readIntent(form, InvitationIntentSchema)
  switch (intent) {
    case 'resend':
    case 'cancel': {
      const answer = await answerInvitationIntent(user, intent, form, context.clientAddress)
      return data(answer, { status: answer.kind === 'invitation' && !answer.ok ? 404 : 200 })
    }
  }
}

export default function People() {
  const { t, i18n } = useTranslation()
  const { erased, search, people, invitations } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  return (
    <>
      <h1>{t('People')}</h1>
      {erased ? (
        <div className="notice notice--success" role="status">
          {t('The person has been erased. Their completed training still counts, anonymously.')}
        </div>
      ) : null}
      <p>
        <Link to="/people/invite" className="button">
          {t('Invite someone')}
        </Link>
      </p>
      <SearchForm label={t('Search by name or email')} defaultValue={search} />
      {invitations.length > 0 ? (
        // the list of people can be long: the invitations below it are one link away
        <p>
          <a href="#pending-heading">
            {t('{{count}} invited, not yet joined', { count: invitations.length })}
          </a>
        </p>
      ) : null}
      <PeopleTable
        people={people}
        caption={
          invitations.length > 0
            ? i18n.plural(
                people.length,
                {
                  one: '{{count}} person, {{invited}} invited',
                  other: '{{count}} people, {{invited}} invited',
                },
                { invited: i18n.number(invitations.length) },
              )
            : i18n.plural(people.length, { one: '{{count}} person', other: '{{count}} people' })
        }
      />
      <PendingInvitations invitations={invitations} result={result} showPlace />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
