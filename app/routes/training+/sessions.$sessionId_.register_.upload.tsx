import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ErrorSummary, TextAreaField, TextField } from '#app/components/forms.tsx'
import { ScrollableTable } from '#app/components/scrollable-tables.tsx'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { getLanguage, i18nFor } from '#app/i18n/language.server.ts'
import {
  LIVE_TRAINING_MESSAGES,
  sessionPlace,
  sessionTime,
  sessionWhen,
  sessionWhere,
} from '#app/live-training/labels.ts'
import { MAX_REGISTER_FILE_BYTES, uploadRegister } from '#app/live-training/register-csv.server.ts'
import { invalid, readForm } from '#app/utils/forms.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'
import { registerOf } from './__register.server.ts'

export const meta: MetaFunction = ({ matches }) => [
  pageTitle(matches, 'Upload a register – Live training'),
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { sessionId, found } = await registerOf(request, params.sessionId)
  return {
    sessionId,
    title: found.course.title,
    when: sessionTime(found.session),
    where: sessionPlace(found.session),
    closedBecause: found.closedBecause,
    booked: found.people.length,
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, sessionId } = await registerOf(request, params.sessionId)
  const form = await readForm(request)
  const file = form.get('file')
  const pasted = typeof form.get('csv') === 'string' ? String(form.get('csv')) : ''
  // a chosen file wins over pasted text; the pasted text is shown again either way
  const values = { csv: pasted }
  let text: string
  let field: 'file' | 'csv'
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_REGISTER_FILE_BYTES) {
      return invalid({ file: LIVE_TRAINING_MESSAGES.fileTooLarge }, values)
    }
    text = await file.text()
    field = 'file'
  } else if (pasted.trim() !== '') {
    text = pasted
    field = 'csv'
  } else {
    return invalid({ file: LIVE_TRAINING_MESSAGES.noFile }, values)
  }
  const { t } = i18nFor(await getLanguage(request))
  const uploaded = uploadRegister(user, sessionId, text, new Date(), t)
  invariantResponse(uploaded, 'Page not found', { status: 404 })
  if (!uploaded.ok) {
    return data(
      { ok: false as const, errors: { [field]: uploaded.fileError }, values, rows: uploaded.rows },
      { status: 400 },
    )
  }
  return { ok: true as const, uploaded, errors: undefined, values: undefined, rows: undefined }
}

export default function UploadRegister() {
  const { t, i18n } = useTranslation()
  const page = useLoaderData<typeof loader>()
  const answer = useActionData<typeof action>()
  const navigation = useNavigation()
  const uploaded = answer?.ok ? answer.uploaded : undefined
  const rows = (answer && 'rows' in answer ? answer.rows : undefined) ?? []
  const registerPath = `/training/sessions/${page.sessionId}/register`
  return (
    <>
      <p>
        <Link to={registerPath}>{t('Back to the register')}</Link>
      </p>
      <h1>{t('Upload a register: {{title}}', { title: page.title })}</h1>
      <dl className="facts">
        <dt>{t('When')}</dt>
        <dd>{sessionWhen(i18n, page.when)}</dd>
        <dt>{t('Where')}</dt>
        <dd>{sessionWhere(i18n, page.where)}</dd>
        <dt>{t('Booked')}</dt>
        <dd>{page.booked}</dd>
      </dl>
      <p>
        <a href={`${registerPath}.csv`} download>
          {t('Download the register as CSV')}
        </a>{' '}
        {t('to print, or to fill in and send back here.')}
      </p>
      {page.closedBecause ? (
        <p className="notice">{t(page.closedBecause)}</p>
      ) : (
        <>
          {uploaded ? (
            <div className="notice notice--success" role="status">
              <p>
                {t(
                  'Register recorded from the file: {{recorded}} marks. The register now has {{marked}} marked, {{attended}} counted as attending.',
                  {
                    recorded: uploaded.recorded,
                    marked: uploaded.marked,
                    attended: uploaded.attended,
                  },
                )}
              </p>
              {uploaded.unmarked > 0 ? (
                <p>
                  {t('{{count}} rows had no mark, so those people were left as they were.', {
                    count: uploaded.unmarked,
                  })}
                </p>
              ) : null}
              <p>
                <Link to={registerPath}>{t('See the register')}</Link>
              </p>
            </div>
          ) : null}
          <ErrorSummary errors={answer?.errors} />
          {rows.length > 0 ? (
            <>
              <ScrollableTable
                caption={t('Rows to correct')}
                headings={[t('Line'), t('Email'), t('Attendance'), t('What to fix')]}
                rows={rows}
                row={(row) => (
                  <tr key={row.line}>
                    <th scope="row">{row.line}</th>
                    <td>{row.email}</td>
                    <td>{row.attendance}</td>
                    <td>{row.errors.map((e) => t(e)).join('. ')}</td>
                  </tr>
                )}
              />
              {rows.some((r) => r.notBooked) ? (
                <p>
                  <Link to={`${registerPath}#walk-in-heading`}>
                    {t(
                      'Add anyone who came without booking on the register page, then send the file again.',
                    )}
                  </Link>
                </p>
              ) : null}
            </>
          ) : null}
          <p>
            {t(
              'The first row holds the headings email and attendance; a name column is optional. Write attended, partly attended, absent or cancelled late for each person; a row with no mark leaves them as they are. Every row is checked first: if any is wrong, nothing is recorded.',
            )}
          </p>
          <Form method="post" encType="multipart/form-data" noValidate>
            <TextField
              name="file"
              type="file"
              accept=".csv,text/csv"
              label={t('CSV file of the register')}
              hint={t('Save a spreadsheet “as CSV”.')}
              error={answer?.errors?.file}
            />
            <TextAreaField
              name="csv"
              label={t('Or paste the register')}
              hint={t('For example: email,attendance then sam@school.org.uk,attended')}
              rows={10}
              defaultValue={answer?.values?.csv ?? ''}
              error={answer?.errors?.csv}
            />
            <button className="button" type="submit" disabled={navigation.state === 'submitting'}>
              {t('Check and record the register')}
            </button>
          </Form>
        </>
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
