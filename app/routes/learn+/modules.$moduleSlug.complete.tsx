import { redirect } from '@remix-run/node'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { InLanguage } from '#app/components/in-language.tsx'
import { moduleText } from '#app/i18n/content.ts'
import { pageTitle, useTranslation } from '#app/i18n/i18n.ts'
import { getLanguage } from '#app/i18n/language.server.ts'
import { requireArea } from '#app/auth/permissions.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { SupportPanel } from '#app/components/lessons/support-panel.tsx'
import {
  finishedModule,
  nextModuleFor,
  wellbeingContactFor,
} from '#app/learning/lesson-flow.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  pageTitle(matches, 'Completed: {{title}}', {
    title: data ? moduleText(data, data.language).text : '',
  }),
]

/** The moment a module is finished: what was done, the certificate, and what comes next. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'learn')
  const found = finishedModule(user, params.moduleSlug ?? '')
  if (found.status === 'not-found') throw new Response('Page not found', { status: 404 })
  // nothing to mark yet: the module's page is where it is started or continued
  if (found.status === 'not-complete') throw redirect(`/learn/modules/${found.module.slug}`)
  const { module, completion } = found
  return {
    slug: module.slug,
    language: await getLanguage(request),
    title: completion.title,
    translations: completion.translations,
    completedAt: completion.completedAt,
    cpdMinutes: completion.cpdMinutes,
    validUntil: completion.validUntil,
    certificateCode: completion.certificateCode,
    postRated: completion.postRated,
    next: nextModuleFor(user, module.moduleId),
    wellbeingContact: wellbeingContactFor(user),
  }
}

export default function ModuleComplete() {
  const { t, i18n } = useTranslation()
  const data = useLoaderData<typeof loader>()
  const title = <InLanguage content={moduleText(data, i18n.language)} />
  const {
    slug,
    completedAt,
    cpdMinutes,
    validUntil,
    certificateCode,
    postRated,
    next,
    wellbeingContact,
  } = data
  return (
    <div className="lesson-layout">
      <div className="lesson-layout__main">
        <p className="lesson-breadcrumb">
          <Link to={`/learn/modules/${slug}`}>{title}</Link>
        </p>
        <h1>{t('You have completed this module')}</h1>
        <dl className="summary-list">
          <dt>{t('Module')}</dt>
          <dd>{title}</dd>
          <dt>{t('Completed on')}</dt>
          <dd>{i18n.date(completedAt)}</dd>
          <dt>{t('CPD')}</dt>
          <dd>
            {i18n.plural(cpdMinutes, { one: '{{count}} minute', other: '{{count}} minutes' })}
          </dd>
          {validUntil ? (
            <>
              <dt>{t('In date until')}</dt>
              <dd>{i18n.date(validUntil)}</dd>
            </>
          ) : null}
        </dl>

        <section aria-labelledby="certificate-heading">
          <h2 id="certificate-heading">{t('Your certificate')}</h2>
          <p>
            {t(
              'It shows your name, the module, the date and a code anyone can use to check it. Keep it for your CPD record.',
            )}
          </p>
          <p className="button-row">
            <a className="button" href={`/learn/certificates/${certificateCode}/pdf`}>
              {t('Download your certificate (PDF)')}
            </a>
            <Link to="/learn/certificates">{t('All my certificates')}</Link>
          </p>
        </section>

        <section aria-labelledby="next-heading">
          <h2 id="next-heading">{t('What next')}</h2>
          {next ? (
            <>
              <p>
                {next.started
                  ? t('You are part-way through {{title}}.', {
                      title: moduleText(next, i18n.language).text,
                    })
                  : t('Next on your list: {{title}}.', {
                      title: moduleText(next, i18n.language).text,
                    })}
              </p>
              <p>
                <Link className="button" to={next.href}>
                  {t('Continue')}
                </Link>
              </p>
            </>
          ) : (
            <p>
              <Link className="button" to="/learn#catalogue">
                {t('Browse modules')}
              </Link>
            </p>
          )}
          {postRated ? null : (
            <p>
              <Link to={`/learn/modules/${slug}/evaluation/post`}>
                {t('Rate your confidence now')}
              </Link>
            </p>
          )}
          <p>
            {t('The lessons stay open to read again.')}{' '}
            <Link to={`/learn/modules/${slug}`}>{t('Back to the module')}</Link>
          </p>
        </section>
      </div>
      <SupportPanel wellbeingContact={wellbeingContact} />
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
