import { data, redirect } from '@remix-run/node'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import {
  Form,
  Link,
  useActionData,
  useLoaderData,
  useNavigation,
  useSearchParams,
} from '@remix-run/react'
import { pageTitle, useTranslation, type I18n } from '#app/i18n/i18n.ts'
import { getLanguage, i18nFor } from '#app/i18n/language.server.ts'
import { English } from '#app/components/in-language.tsx'
import {
  addLesson,
  AddLessonSchema,
  copyIntoUnit,
  ensureDraft,
  LessonTargetSchema,
  ModuleDetailsSchema,
  moveLesson,
  removeLesson,
  StudioIntentSchema,
  updateModuleDetails,
  type StudioModule,
} from '#app/authoring/modules.server.ts'
import { publishFromStudio, publishSummary } from '#app/authoring/publishing.server.ts'
import { refresherRefusal } from '#app/authoring/staying-in-date.server.ts'
import { studioModulePage } from '#app/authoring/studio-page.server.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { ErrorSummary, SelectField, TextField } from '#app/components/forms.tsx'
import { LESSON_KIND_LABELS } from '#app/learning/labels.ts'
import { invalid, parseForm, readForm, readIntent } from '#app/utils/forms.server.ts'
import { ModuleFields, moduleFormValues } from './__module-fields.tsx'
import {
  IntentButton,
  ModuleInsights,
  ModuleLessons,
  ModuleVersions,
} from './__module-sections.tsx'
import { PublishConfirm, PublishProblems } from './__publish.tsx'
import { orRefuse, requireStudioModule } from './__studio.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  pageTitle(matches, '{{title}} – Studio', { title: data?.title ?? '' }),
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'studio')
  const module = requireStudioModule(user, params.moduleSlug ?? '', 'view')
  const i18n = i18nFor(await getLanguage(request))
  return studioModulePage(user, module, new URL(request.url).searchParams, i18n)
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireArea(request, 'studio')
  // another unit's module answers 404 whatever is sent, before the form is looked at
  const visible = requireStudioModule(user, params.moduleSlug ?? '', 'view')
  const formData = await readForm(request)
  const intent = readIntent(formData, StudioIntentSchema)
  if (intent === 'copy') {
    const copy = orRefuse(copyIntoUnit(user, visible, context.clientAddress))
    return redirect(`/studio/modules/${copy.slug}`)
  }
  const module = requireStudioModule(user, params.moduleSlug ?? '', 'edit')
  switch (intent) {
    case 'start-draft':
      ensureDraft(module)
      return redirect(pageOf(module))
    case 'details':
      return saveDetails(module, formData)
    case 'add-lesson':
      return addLessonFrom(module, formData)
    case 'move':
    case 'remove':
      return changeLesson(module, intent, formData)
    case 'confirm-publish': {
      const i18n = i18nFor(await getLanguage(request))
      const summary = orRefuse(publishSummary(user, module, i18n))
      if (summary.status === 'refused')
        return data({ ok: false as const, problems: summary.problems }, { status: 400 })
      return { ok: true as const, confirm: summary }
    }
    case 'publish':
      return publish(user, module, context.clientAddress, i18nFor(await getLanguage(request)))
  }
}

const pageOf = (module: StudioModule) => `/studio/modules/${module.slug}`

function saveDetails(module: StudioModule, formData: FormData) {
  const parsed = parseForm(formData, ModuleDetailsSchema)
  if (!parsed.success)
    return invalid(parsed.errors, { ...moduleFormValues(formData, parsed.values), form: 'details' })
  const refusal = refresherRefusal(module.slug, parsed.data.refresher)
  if (refusal) {
    const values = { ...moduleFormValues(formData, parsed.values), form: 'details' }
    return invalid({ refresher: refusal }, values)
  }
  updateModuleDetails(module, ensureDraft(module), parsed.data)
  return { ok: true as const, saved: 'details' }
}

function addLessonFrom(module: StudioModule, formData: FormData) {
  const parsed = parseForm(formData, AddLessonSchema)
  if (!parsed.success) return invalid(parsed.errors, { ...parsed.values, form: 'add-lesson' })
  const { kind, lessonTitle, position } = parsed.data
  const file = addLesson(ensureDraft(module), kind, lessonTitle, position)
  return redirect(`${pageOf(module)}/lessons/${file.replace(/\.md$/, '')}`)
}

function changeLesson(module: StudioModule, intent: 'move' | 'remove', formData: FormData) {
  const target = LessonTargetSchema.safeParse(Object.fromEntries(formData))
  if (!target.success) throw new Response('Which lesson?', { status: 400 })
  const draft = ensureDraft(module)
  if (intent === 'remove') removeLesson(draft, target.data.file)
  else moveLesson(draft, target.data.file, target.data.direction ?? 'down')
  return redirect(pageOf(module))
}

function publish(user: SessionUser, module: StudioModule, address: string | null, i18n: I18n) {
  const result = orRefuse(publishFromStudio(user, module, address, i18n))
  if (result.status === 'refused')
    return data({ ok: false as const, problems: result.problems }, { status: 400 })
  return { ok: true as const, published: result }
}

export default function StudioModule() {
  const { t } = useTranslation()
  const page = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  // said once, until the trainer's next step on this page answers instead
  const savedLesson = actionData
    ? undefined
    : page.lessons.find((l) => l.file === `${searchParams.get('saved')}.md`)
  const busy = useNavigation().state === 'submitting'
  const errors = actionData && 'errors' in actionData ? actionData.errors : undefined
  const values = actionData && 'values' in actionData ? actionData.values : undefined
  const problems = actionData && 'problems' in actionData ? actionData.problems : null
  const published = actionData && 'published' in actionData ? actionData.published : null
  const confirm = actionData && 'confirm' in actionData ? actionData.confirm : null
  const base = `/studio/modules/${page.slug}`
  // a new lesson goes before a closing knowledge check, which learners take last
  const count = page.lessons.length
  const defaultPosition = page.lessons.at(-1)?.kind === 'check' ? count - 1 : count
  const positions = [
    ...(count > 0 ? [{ value: '0', label: t('At the start') }] : []),
    ...page.lessons.slice(0, -1).map((lesson, i) => ({
      value: String(i + 1),
      label: t('After lesson {{n}} ‘{{title}}’', { n: i + 1, title: lesson.title }),
    })),
    { value: String(count), label: t('At the end') },
  ]
  return (
    <>
      <p className="lesson-breadcrumb">
        <Link to="/studio">{t('Studio')}</Link>
      </p>
      <h1>
        <English>{page.title}</English>
      </h1>
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
      {savedLesson ? (
        <p className="notice notice--success" role="status">
          {t('Saved “{{title}}” to the draft.', { title: savedLesson.title })}
        </p>
      ) : null}
      {actionData && 'saved' in actionData ? (
        <p className="notice notice--success" role="status">
          {t('Saved to the draft.')}
        </p>
      ) : null}
      {problems ? <PublishProblems problems={problems} base={base} /> : null}
      {confirm ? <PublishConfirm summary={confirm} base={base} /> : null}
      <div className="button-row">
        {page.versions.length > 0 || page.hasDraft ? (
          <a className="button button--secondary" href={`${base}/export.zip`} download>
            {t('Export as a zip')}
          </a>
        ) : null}
        {page.mayCopy ? <IntentButton intent="copy">{t('Copy into my unit')}</IntentButton> : null}
        {page.editable && !page.hasDraft ? (
          <IntentButton intent="start-draft">{t('Start a new draft')}</IntentButton>
        ) : null}
      </div>

      <ModuleLessons page={page} />

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
            <SelectField
              name="position"
              label={t('Position')}
              options={positions}
              defaultValue={values?.position ?? String(defaultPosition)}
              error={values?.form === 'add-lesson' ? errors?.position : undefined}
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
          {/* publishing is confirmed in a second step, which says what learners will get */}
          <IntentButton intent="confirm-publish" labelledBy="publish-heading" disabled={busy}>
            {t('Publish the draft')}
          </IntentButton>

          <h2 id="details-heading">{t('Module details')}</h2>
          {values?.form === 'details' ? <ErrorSummary errors={errors} /> : null}
          <Form method="post" aria-labelledby="details-heading" noValidate>
            <input type="hidden" name="intent" value="details" />
            <ModuleFields
              values={values?.form === 'details' ? values : (page.details ?? {})}
              errors={values?.form === 'details' ? errors : undefined}
              mayBeNational={false}
              refreshers={page.refreshers}
              withWelsh
            />
            <button type="submit" className="button button--secondary" disabled={busy}>
              {t('Save the details')}
            </button>
          </Form>
        </>
      ) : null}

      <ModuleVersions page={page} />

      {page.insights ? <ModuleInsights insights={page.insights} /> : null}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
