import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import {
  addLesson,
  AddLessonSchema,
  copyIntoUnit,
  ensureDraft,
  LessonTargetSchema,
  ModuleDetailsSchema,
  moveLesson,
  publishDraft,
  removeLesson,
  requireStudioModule,
  StudioIntentSchema,
  updateModuleDetails,
} from '#app/authoring/modules.server.ts'
import { studioModulePage } from '#app/authoring/studio-page.server.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ErrorSummary, SelectField, TextField } from '#app/components/forms.tsx'
import { formatDate, LESSON_KIND_LABELS } from '#app/learning/labels.ts'
import { invalid, parseForm, readForm, readIntent } from '#app/utils/forms.server.ts'
import { invariantResponse } from '#app/utils/responses.ts'
import { ModuleFields, moduleFormValues } from './__module-fields.tsx'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? 'Module'} – Studio – Upstream` },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'studio')
  const module = requireStudioModule(user, params.moduleSlug ?? '', 'view')
  return studioModulePage(user, module, new URL(request.url).searchParams)
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireArea(request, 'studio')
  // another unit's module answers 404 whatever is sent, before the form is looked at
  const visible = requireStudioModule(user, params.moduleSlug ?? '', 'view')
  const formData = await readForm(request)
  const intent = readIntent(formData, StudioIntentSchema)
  const here = `/studio/modules/${params.moduleSlug}`
  if (intent === 'copy') {
    const copy = copyIntoUnit(user, visible, context.clientAddress)
    return redirect(`/studio/modules/${copy.slug}`)
  }
  const module = requireStudioModule(user, params.moduleSlug ?? '', 'edit')
  switch (intent) {
    case 'start-draft':
      ensureDraft(module)
      return redirect(here)
    case 'details': {
      const parsed = parseForm(formData, ModuleDetailsSchema)
      if (!parsed.success)
        return invalid(parsed.errors, {
          ...moduleFormValues(formData, parsed.values),
          form: 'details',
        })
      updateModuleDetails(module, ensureDraft(module), parsed.data)
      return { ok: true as const, saved: 'details' }
    }
    case 'add-lesson': {
      const parsed = parseForm(formData, AddLessonSchema)
      if (!parsed.success) return invalid(parsed.errors, { ...parsed.values, form: 'add-lesson' })
      const file = addLesson(ensureDraft(module), parsed.data.kind, parsed.data.lessonTitle)
      return redirect(`${here}/lessons/${file.replace(/\.md$/, '')}`)
    }
    case 'move':
    case 'remove': {
      const target = LessonTargetSchema.safeParse(Object.fromEntries(formData))
      invariantResponse(target.success, 'Which lesson?')
      const draft = ensureDraft(module)
      if (intent === 'remove') removeLesson(draft, target.data.file)
      else moveLesson(draft, target.data.file, target.data.direction ?? 'down')
      return redirect(here)
    }
    case 'publish': {
      const result = publishDraft(user, module, context.clientAddress)
      if (result.status === 'refused')
        return data({ ok: false as const, problems: result.problems }, { status: 400 })
      return { ok: true as const, published: result }
    }
  }
}

export default function StudioModule() {
  const { t } = useTranslation()
  const page = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const busy = useNavigation().state === 'submitting'
  const errors = actionData && 'errors' in actionData ? actionData.errors : undefined
  const values = actionData && 'values' in actionData ? actionData.values : undefined
  const problems = actionData && 'problems' in actionData ? actionData.problems : null
  const published = actionData && 'published' in actionData ? actionData.published : null
  const base = `/studio/modules/${page.slug}`
  return (
    <>
      <p className="lesson-breadcrumb">
        <Link to="/studio">{t('Studio')}</Link>
      </p>
      <h1>{page.title}</h1>
      <p className="lead">
        {page.national ? t('National library') : t('Your unit’s module')} ·{' '}
        {page.versions[0]
          ? t('Published version {{version}}', { version: page.versions[0].version })
          : t('Not published yet')}
        {page.hasDraft ? ` · ${t('Draft in progress')}` : ''}
      </p>
      {published ? (
        <p className="notice notice--success" role="status">
          {published.status === 'published'
            ? t(
                'Published version {{version}}. Learners who start now get it; anyone part-way keeps theirs.',
                {
                  version: published.version,
                },
              )
            : t('Nothing has changed since version {{version}}.', { version: published.version })}
        </p>
      ) : null}
      {actionData && 'saved' in actionData ? (
        <p className="notice notice--success" role="status">
          {t('Saved to the draft.')}
        </p>
      ) : null}
      {problems ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <h2>{t('The draft cannot be published yet')}</h2>
          <ul>
            {problems.map((p) => (
              <li key={`${p.file}${p.message}`}>
                {p.file}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="button-row">
        {page.versions.length > 0 || page.hasDraft ? (
          <a className="button button--secondary" href={`${base}/export.zip`} download>
            {t('Export as a zip')}
          </a>
        ) : null}
        {page.mayCopy ? (
          <Form method="post">
            <input type="hidden" name="intent" value="copy" />
            <button type="submit" className="button">
              {t('Copy into my unit')}
            </button>
          </Form>
        ) : null}
        {page.editable && !page.hasDraft ? (
          <Form method="post">
            <input type="hidden" name="intent" value="start-draft" />
            <button type="submit" className="button">
              {t('Start a new draft')}
            </button>
          </Form>
        ) : null}
      </div>

      <h2>{t('Lessons')}</h2>
      {page.lessons.length === 0 ? <p>{t('No lessons yet.')}</p> : null}
      <ol className="studio-lessons">
        {page.lessons.map((lesson, i) => (
          <li key={lesson.slug}>
            <span>
              {lesson.title}{' '}
              <span className="muted">
                ({lesson.kind ? t(LESSON_KIND_LABELS[lesson.kind]) : t('not ready')})
              </span>
              {lesson.problem ? <span className="field-error"> {lesson.problem}</span> : null}
            </span>
            {page.editable && page.hasDraft && lesson.file ? (
              <span className="button-row">
                <Link to={`${base}/lessons/${lesson.file.replace(/\.md$/, '')}`}>
                  {t('Edit')}
                  <span className="visually-hidden"> {lesson.title}</span>
                </Link>
                {lesson.problem ? null : (
                  <Link to={`${base}/preview/${lesson.slug}`}>
                    {t('Preview')}
                    <span className="visually-hidden"> {lesson.title}</span>
                  </Link>
                )}
                <LessonButton file={lesson.file} intent="move" direction="up" disabled={i === 0}>
                  {t('Move up')}
                  <span className="visually-hidden"> {lesson.title}</span>
                </LessonButton>
                <LessonButton
                  file={lesson.file}
                  intent="move"
                  direction="down"
                  disabled={i === page.lessons.length - 1}
                >
                  {t('Move down')}
                  <span className="visually-hidden"> {lesson.title}</span>
                </LessonButton>
                <LessonButton file={lesson.file} intent="remove">
                  {t('Remove')}
                  <span className="visually-hidden"> {lesson.title}</span>
                </LessonButton>
              </span>
            ) : (
              <Link to={`${base}/preview/${lesson.slug}`}>
                {t('Preview')}
                <span className="visually-hidden"> {lesson.title}</span>
              </Link>
            )}
          </li>
        ))}
      </ol>

      {page.editable && page.hasDraft ? (
        <>
          <h2 id="add-lesson-heading">{t('Add a lesson')}</h2>
          {values?.form === 'add-lesson' ? <ErrorSummary errors={errors} /> : null}
          <Form method="post" aria-labelledby="add-lesson-heading" noValidate>
            <input type="hidden" name="intent" value="add-lesson" />
            <SelectField
              name="kind"
              label={t('Kind of lesson')}
              options={Object.entries(LESSON_KIND_LABELS).map(([value, label]) => ({
                value,
                label: t(label),
              }))}
              defaultValue={values?.kind ?? 'reading'}
              error={values?.form === 'add-lesson' ? errors?.kind : undefined}
            />
            <TextField
              name="lessonTitle"
              label={t('Lesson title')}
              defaultValue={values?.lessonTitle ?? ''}
              error={values?.form === 'add-lesson' ? errors?.lessonTitle : undefined}
            />
            <button type="submit" className="button button--secondary" disabled={busy}>
              {t('Add the lesson')}
            </button>
          </Form>

          <h2 id="publish-heading">{t('Publish')}</h2>
          <p>
            {page.national
              ? t('Publishing puts this version in the national library for every unit.')
              : t('Publishing makes this draft the version learners in your unit start.')}
          </p>
          <Form method="post" aria-labelledby="publish-heading">
            <input type="hidden" name="intent" value="publish" />
            <button type="submit" className="button" disabled={busy}>
              {t('Publish the draft')}
            </button>
          </Form>

          <h2 id="details-heading">{t('Module details')}</h2>
          {values?.form === 'details' ? <ErrorSummary errors={errors} /> : null}
          <Form method="post" aria-labelledby="details-heading" noValidate>
            <input type="hidden" name="intent" value="details" />
            <ModuleFields
              values={values?.form === 'details' ? values : (page.details ?? {})}
              errors={values?.form === 'details' ? errors : undefined}
              mayBeNational={false}
            />
            <button type="submit" className="button button--secondary" disabled={busy}>
              {t('Save the details')}
            </button>
          </Form>
        </>
      ) : null}

      <h2>{t('Versions')}</h2>
      {page.versions.length === 0 ? (
        <p>{t('Not published yet.')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('Version')}</th>
                <th scope="col">{t('Published')}</th>
                <th scope="col">{t('By')}</th>
              </tr>
            </thead>
            <tbody>
              {page.versions.map((v) => (
                <tr key={v.version}>
                  <td>{v.version}</td>
                  <td>{v.publishedAt ? formatDate(v.publishedAt) : ''}</td>
                  <td>{v.publishedBy ?? t('Imported from a pack')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.versions.length > 1 ? (
        <>
          <h3 id="compare-heading">{t('Compare two versions')}</h3>
          <Form method="get" aria-labelledby="compare-heading" className="compare-form">
            <SelectField
              name="from"
              label={t('From version')}
              options={page.versions.map((v) => ({
                value: String(v.version),
                label: String(v.version),
              }))}
              defaultValue={String(page.comparison?.from ?? page.versions[1]?.version)}
            />
            <SelectField
              name="to"
              label={t('To version')}
              options={page.versions.map((v) => ({
                value: String(v.version),
                label: String(v.version),
              }))}
              defaultValue={String(page.comparison?.to ?? page.versions[0]?.version)}
            />
            <button type="submit" className="button button--secondary">
              {t('Compare')}
            </button>
          </Form>
          {page.comparison ? (
            page.comparison.changes.length === 0 ? (
              <p>{t('The lessons are the same.')}</p>
            ) : (
              <ul className="version-changes">
                {page.comparison.changes.map((c) => (
                  <li key={`${c.change}${c.slug}`}>
                    <strong>{t(CHANGE_LABELS[c.change])}</strong>: {c.title}
                  </li>
                ))}
              </ul>
            )
          ) : null}
        </>
      ) : null}

      {page.insights ? (
        <>
          <h2>{t('How learners do')}</h2>
          <p className="hint">
            {t(
              'Counts only: no names, and never anyone’s reflections. Figures about fewer than 5 people are not shown, and check results are counted in groups of attempts by five people.',
            )}
          </p>
          <dl className="figures">
            <div>
              <dt>{t('Started')}</dt>
              <dd>{page.insights.starts ?? t('Fewer than 5')}</dd>
            </div>
            <div>
              <dt>{t('Completed')}</dt>
              <dd>{page.insights.completed ?? t('Fewer than 5')}</dd>
            </div>
            <div>
              <dt>{t('Knowledge checks passed')}</dt>
              <dd className={page.insights.passRate === null ? 'figures__note' : undefined}>
                {page.insights.passRate === null
                  ? page.insights.withheld
                    ? t('Fewer than 5 people: not shown')
                    : t('No attempts yet')
                  : `${page.insights.passRate}%`}
              </dd>
            </div>
          </dl>
          {page.insights.mostMissed.length > 0 ? (
            <>
              <h3>{t('Questions most often answered wrong')}</h3>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('Question')}</th>
                      <th scope="col">{t('Lesson')}</th>
                      <th scope="col">{t('Answered wrong')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.insights.mostMissed.map((q) => (
                      <tr key={`${q.lesson}${q.prompt}`}>
                        <td>{q.prompt}</td>
                        <td>{q.lesson}</td>
                        <td>
                          {t('{{wrong}} of {{answered}}', { wrong: q.wrong, answered: q.answered })}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}
        </>
      ) : null}
    </>
  )
}

const CHANGE_LABELS = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  moved: 'Moved',
} as const

function LessonButton({
  file,
  intent,
  direction,
  disabled,
  children,
}: {
  file: string
  intent: 'move' | 'remove'
  direction?: 'up' | 'down'
  disabled?: boolean
  children: React.ReactNode
}) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="file" value={file} />
      {direction ? <input type="hidden" name="direction" value={direction} /> : null}
      <button type="submit" className="link-button" disabled={disabled}>
        {children}
      </button>
    </Form>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
