import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { English, InLanguage } from '#app/components/in-language.tsx'
import { moduleText } from '#app/i18n/content.ts'
import { mayLogDeliveries, requireArea } from '#app/auth/permissions.server.ts'
import { classroomPacks } from '#app/classroom/deliveries.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { SelectField } from '#app/components/forms.tsx'
import {
  catalogueFiltersFrom,
  filterCatalogue,
  listCatalogue,
} from '#app/learning/catalogue.server.ts'
import {
  assignedTo,
  continuePath,
  inProgress,
  placeInProgress,
} from '#app/learning/dashboard.server.ts'
import {
  AUDIENCE_LABELS,
  IN_DATE_LABELS,
  PRACTICE_LEVEL_LABELS,
  TOPIC_LABELS,
} from '#app/learning/labels.ts'
import { trainingInDate } from '#app/learning/in-date.server.ts'
import { completionsOf } from '#app/learning/progress.server.ts'
import { optionsFrom } from '#app/organisations/labels.ts'
import { TrainingInDate } from './__in-date.tsx'

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'My learning')]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'learn')
  const params = new URL(request.url).searchParams
  const filters = catalogueFiltersFrom(params)
  const catalogue = listCatalogue(user.vruId)
  const started = inProgress(user.id)
  const completed = completionsOf(user.id)
  const titles = new Map(catalogue.map((m) => [m.moduleId, m.title]))
  // a module's Welsh title, where its pack has one, for every list on the page
  const translations = new Map(catalogue.map((m) => [m.moduleId, m.translations]))
  const withTranslations = <M extends { moduleId: number }>(m: M) => ({
    ...m,
    translations: translations.get(m.moduleId) ?? null,
  })
  // each module in progress shows once, where it matters most
  const placed = placeInProgress(started, assignedTo(user))
  const inDate = trainingInDate(user.id)
  const assigned = placed.assigned.map((a) => {
    const completion = completed.find((c) => c.moduleId === a.moduleId)
    const status = a.started
      ? ('in-progress' as const)
      : completion
        ? ('complete' as const)
        : ('not-started' as const)
    return {
      moduleId: a.moduleId,
      slug: a.slug,
      dueAt: a.dueAt,
      title: titles.get(a.moduleId) ?? a.slug,
      translations: translations.get(a.moduleId) ?? null,
      status,
      continueTo: a.started ? continuePath(a.started) : null,
      completedAt: completion?.completedAt ?? null,
      inDate: inDate.find((m) => m.moduleId === a.moduleId)?.status ?? null,
    }
  })
  return {
    name: user.name,
    filters,
    next: placed.next
      ? withTranslations({ ...placed.next, continueTo: continuePath(placed.next) })
      : null,
    assigned,
    started: placed.others.map(withTranslations),
    completed,
    inDate: inDate.map(withTranslations),
    catalogue: filterCatalogue(catalogue, filters),
    // packs taught to classes: the way to log a lesson, for those who can
    teaches: mayLogDeliveries(user) && classroomPacks(user.vruId).length > 0,
    now: Date.now(),
  }
}

export default function Learn() {
  const { t, i18n } = useTranslation()
  const title = (m: Parameters<typeof moduleText>[0]) => moduleText(m, i18n.language)
  // the catalogue's filters, each a list of labelled choices
  const catalogueFilters = [
    {
      name: 'audience',
      label: t('For'),
      options: optionsFrom(AUDIENCE_LABELS),
      placeholder: t('Anyone'),
    },
    {
      name: 'topic',
      label: t('Topic'),
      options: optionsFrom(TOPIC_LABELS),
      placeholder: t('Any topic'),
    },
    {
      name: 'level',
      label: t('Practice level'),
      options: optionsFrom(PRACTICE_LEVEL_LABELS),
      placeholder: t('Any level'),
    },
  ] as const
  const { name, filters, next, assigned, started, completed, inDate, catalogue, teaches, now } =
    useLoaderData<typeof loader>()
  return (
    <>
      <h1>{t('My learning')}</h1>
      <p className="lead">{t('Hello {{name}}.', { name })}</p>

      {next ? (
        <section className="continue-panel" aria-labelledby="continue-heading">
          <h2 id="continue-heading">{t('Continue where you left off')}</h2>
          <p>
            <strong>
              <InLanguage content={title(next)} />
            </strong>
            {next.lastLessonTitle ? (
              <>
                <br />
                {t('Last open:')} <English>{next.lastLessonTitle}</English>
              </>
            ) : null}
          </p>
          {next.dueAt ? <DueDate dueAt={next.dueAt} now={now} /> : null}
          <Link className="button" to={next.continueTo}>
            {t('Continue')}
          </Link>
        </section>
      ) : null}

      <TrainingInDate training={inDate} />

      <h2>{t('Assigned to you')}</h2>
      {assigned.length === 0 ? (
        <p>{t('Nothing is assigned to you at the moment.')}</p>
      ) : (
        <ul className="card-list">
          {assigned.map((a) => (
            <li key={a.moduleId} className="card">
              <h3>
                <Link to={`/learn/modules/${a.slug}`}>
                  <InLanguage content={title(a)} />
                </Link>
              </h3>
              {a.status === 'complete' && a.completedAt ? (
                <p>{t('Completed on {{date}}', { date: i18n.date(a.completedAt) })}</p>
              ) : a.dueAt ? (
                <DueDate dueAt={a.dueAt} now={now} />
              ) : (
                <p>{t('No due date')}</p>
              )}
              <p className="muted">
                {a.status === 'in-progress'
                  ? t('In progress')
                  : a.status === 'complete'
                    ? a.inDate
                      ? t(IN_DATE_LABELS[a.inDate])
                      : t('Complete')
                    : t('Not started')}
              </p>
              {a.continueTo ? (
                <p>
                  <Link
                    to={a.continueTo}
                    aria-label={t('Continue {{title}}', { title: title(a).text })}
                  >
                    {t('Continue')}
                  </Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      {started.length > 0 ? (
        <>
          <h2>{t('In progress')}</h2>
          <ul>
            {started.map((s) => (
              <li key={s.moduleId}>
                <Link to={`/learn/modules/${s.slug}`}>
                  <InLanguage content={title(s)} />
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>{t('Completed')}</h2>
      {completed.length === 0 ? (
        <p>{t('When you complete a module, its certificate appears here.')}</p>
      ) : (
        <>
          <ul>
            {completed.map((c) => (
              <li key={c.id}>
                <InLanguage content={title(c)} /> (
                {t('completed {{date}}', { date: i18n.date(c.completedAt) })}
                {c.validUntil
                  ? `, ${t('valid until {{date}}', { date: i18n.date(c.validUntil) })}`
                  : ''}
                ) ·{' '}
                <a href={`/learn/certificates/${c.certificateCode}/pdf`}>
                  {t('Certificate (PDF)')}
                </a>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/learn/certificates">{t('All my certificates')}</Link>
          </p>
        </>
      )}

      {teaches ? (
        <section aria-labelledby="teaching-heading">
          <h2 id="teaching-heading">{t('Teaching a class')}</h2>
          <p>
            {t(
              'Taught a classroom pack such as To the Edge or Mia’s Story? Log it in a minute, so your VRU can count the schools and pupils it reached.',
            )}
          </p>
          <p>
            <Link to="/learn/deliveries/new">{t('Log a lesson you taught')}</Link> ·{' '}
            <Link to="/learn/deliveries">{t('Lessons you have taught')}</Link>
          </p>
        </section>
      ) : null}

      <h2 id="catalogue">{t('Browse modules')}</h2>
      <Form method="get" className="filters" aria-labelledby="catalogue">
        {catalogueFilters.map((filter) => (
          <SelectField
            key={filter.name}
            name={filter.name}
            label={filter.label}
            options={filter.options.map((o) => ({ ...o, label: t(o.label) }))}
            placeholder={filter.placeholder}
            defaultValue={filters[filter.name] ?? ''}
          />
        ))}
        <button type="submit" className="button button--secondary">
          {t('Show modules')}
        </button>
      </Form>
      {catalogue.length === 0 ? (
        <p>{t('No modules match. Try fewer filters.')}</p>
      ) : (
        <ul className="card-list">
          {catalogue.map((m) => (
            <li key={m.moduleId} className="card">
              <h3>
                <Link to={`/learn/modules/${m.slug}`}>
                  <InLanguage content={title(m)} />
                </Link>
              </h3>
              <InLanguage as="p" content={moduleText(m, i18n.language, 'summary')} />
              <p className="muted">
                {i18n.plural(m.estimatedMinutes, {
                  one: 'About {{count}} minute',
                  other: 'About {{count}} minutes',
                })}{' '}
                · {t(PRACTICE_LEVEL_LABELS[m.practiceLevel])} ·{' '}
                {m.languages.includes('cy') ? t('Available in Welsh') : t('English only')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

function DueDate({ dueAt, now }: { dueAt: Date; now: number }) {
  const { t, i18n } = useTranslation()
  return (
    <p>
      {new Date(dueAt).getTime() < now
        ? t('The due date, {{date}}, has passed. You can still complete it.', {
            date: i18n.date(dueAt),
          })
        : t('Due by {{date}}', { date: i18n.date(dueAt) })}
    </p>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
