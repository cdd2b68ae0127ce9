import {
  data,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import {
  Form,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteLoaderData,
} from '@remix-run/react'
import { useMemo, type ReactNode } from 'react'
import { createI18n, I18nProvider, useTranslation, type Language } from '#app/i18n/i18n.ts'
import { HOME_BY_ROLE, mayUse } from '#app/auth/permissions.server.ts'
import { readSession } from '#app/auth/session.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { useScrollableTables } from '#app/components/scrollable-tables.tsx'
import { cy } from '#app/i18n/cy/index.ts'
import { getLanguage } from '#app/i18n/language.server.ts'
import appStyles from '#app/styles/app.css'
import { useNonce } from '#app/utils/nonce.tsx'

export const links: LinksFunction = () => [
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
  { rel: 'stylesheet', href: appStyles },
]

export const meta: MetaFunction = () => [{ title: 'Upstream' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const [{ user, setCookie }, language] = await Promise.all([
    readSession(request),
    getLanguage(request),
  ])
  const navigation = user ? NAVIGATION.filter((item) => mayUse(user, item.area)) : []
  return data(
    {
      user: user ? { name: user.name, role: user.role, home: HOME_BY_ROLE[user.role] } : null,
      navigation: navigation.map(({ to, label }) => ({ to, label })),
      language,
      translations: language === 'cy' ? cy : null,
    },
    setCookie ? { headers: { 'Set-Cookie': setCookie } } : undefined,
  )
}

const NAVIGATION = [
  { to: '/learn', label: 'My learning', area: 'learn' },
  { to: '/training', label: 'Live training', area: 'learn' },
  { to: '/organisation', label: 'My organisation', area: 'organisation' },
  { to: '/studio', label: 'Studio', area: 'studio' },
  { to: '/training/courses', label: 'Live training', area: 'training' },
  { to: '/reports', label: 'Reports', area: 'reports' },
  { to: '/organisations', label: 'Organisations', area: 'organisations' },
  { to: '/people', label: 'People', area: 'people' },
  { to: '/assignments', label: 'Assignments', area: 'assignments' },
  { to: '/admin', label: 'Administration', area: 'admin' },
  { to: '/audit', label: 'Audit log', area: 'audit' },
] as const

export function useRootData() {
  return useRouteLoaderData<typeof loader>('root')
}

function LanguageSwitch({ language }: { language: Language }) {
  const { t } = useTranslation()
  const location = useLocation()
  const other =
    language === 'en' ? { code: 'cy', label: 'Cymraeg' } : { code: 'en', label: 'English' }
  return (
    <Form method="post" action="/language" className="language-switch">
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      <input type="hidden" name="language" value={other.code} />
      <button type="submit" className="link-button">
        <span className="visually-hidden">{t('Change language to')} </span>
        <span lang={other.code}>{other.label}</span>
      </button>
    </Form>
  )
}

function Header() {
  const root = useRootData()
  const { t } = useTranslation()
  const { pathname } = useLocation()
  return (
    <header className="site-header" lang={root?.language}>
      <div className="site-header__inner">
        <Link to={root?.user?.home ?? '/'} className="site-header__brand">
          Upstream
        </Link>
        <div className="site-header__tools">
          <LanguageSwitch language={root?.language ?? 'en'} />
          {root?.user ? (
            <Form method="post" action="/logout">
              <button type="submit" className="link-button">
                {t('Sign out')}
              </button>
            </Form>
          ) : pathname === '/login' ? null : (
            <Link to="/login">{t('Sign in')}</Link>
          )}
        </div>
      </div>
      {root && root.navigation.length > 0 ? (
        <nav aria-label={t('Main')} className="site-nav">
          <ul>
            {root.navigation.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{t(item.label)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  )
}

export function Layout({ children }: { children: ReactNode }) {
  const root = useRootData()
  const language = root?.language ?? 'en'
  const translations = root?.translations ?? null
  const i18n = useMemo(() => createI18n(language, translations), [language, translations])
  useScrollableTables()
  const nonce = useNonce()
  return (
    <html lang={language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <I18nProvider i18n={i18n}>
          <SkipLink />
          <Header />
          <main id="main-content" tabIndex={-1} className="main">
            {children}
          </main>
          <Footer />
        </I18nProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  )
}

function SkipLink() {
  const { t, i18n } = useTranslation()
  return (
    <a href="#main-content" className="skip-link" lang={i18n.language}>
      {t('Skip to main content')}
    </a>
  )
}

function Footer() {
  const { t, i18n } = useTranslation()
  const root = useRootData()
  return (
    <footer className="site-footer" lang={i18n.language}>
      <p>
        {t(
          'Upstream: training for the adults around young people, for the Violence Reduction Units of England and Wales.',
        )}
      </p>
      {root?.user ? (
        <p>
          <a href="/account/data.json" download>
            {t('Download everything Upstream holds about you (JSON)')}
          </a>
        </p>
      ) : null}
    </footer>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
