import fs from 'node:fs/promises'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, type APIRequestContext, type Page } from '@playwright/test'

export const DEMO_PASSWORD = 'upstream-demo-2026'

/** The demo accounts (app/cli/demo/accounts.ts) and where each lands after signing in. Never change them in a test. */
export const DEMO = {
  admin: { email: 'admin@demo.upstream.test', name: 'Sam Okafor', home: '/admin' },
  vruMerseyside: {
    email: 'vru.merseyside@demo.upstream.test',
    name: 'Joanne Pritchard',
    home: '/reports',
  },
  vruLancashire: {
    email: 'vru.lancashire@demo.upstream.test',
    name: 'Imran Hussain',
    home: '/reports',
  },
  trainer: {
    email: 'trainer.merseyside@demo.upstream.test',
    name: 'Bethan Lloyd',
    home: '/studio',
  },
  orgLead: {
    email: 'lead.school@demo.upstream.test',
    name: 'Claire Donnelly',
    home: '/organisation',
  },
  teacherMerseyside: {
    email: 'teacher.merseyside@demo.upstream.test',
    name: 'Tom Barker',
    home: '/learn',
  },
  teacherLancashire: {
    email: 'teacher.lancashire@demo.upstream.test',
    name: 'Priya Shah',
    home: '/learn',
  },
  nurseWales: { email: 'nurse.wales@demo.upstream.test', name: 'Rhys Evans', home: '/learn' },
} as const
export type DemoAccount = (typeof DEMO)[keyof typeof DEMO]

/** An email address no other test (or run) uses. */
export function uniqueEmail(label: string) {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@e2e.upstream.test`
}

/** Signs in through the form, as a person would, and waits to leave the sign-in page. */
export async function signInWithForm(page: Page, email: string, password = DEMO_PASSWORD) {
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/login')) await page.goto('/login')
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL((url) => url.pathname !== '/login')
}

/**
 * Signs in quickly by posting the sign-in form from the page's own request context, which shares
 * cookies with the browser. Use it where signing in is set-up rather than the thing under test.
 */
export async function signIn(
  page: Page,
  account: DemoAccount | { email: string },
  password = DEMO_PASSWORD,
) {
  await postSignIn(page.request, account.email, password)
}

export async function postSignIn(
  request: APIRequestContext,
  email: string,
  password = DEMO_PASSWORD,
) {
  const response = await request.post('/login', {
    form: { email, password, redirectTo: '' },
    maxRedirects: 0,
  })
  expect(response.status(), `signing in as ${email}`).toBe(302)
}

/** The path (and query) of a link; emails carry the server's APP_ORIGIN, tests use their baseURL. */
export function pathOf(link: string) {
  const url = new URL(link)
  return `${url.pathname}${url.search}`
}

// ---- The mail outbox: .eml files written by app/utils/email.server.ts when there is no SMTP_URL

function outboxDir() {
  const runDir = process.env.E2E_RUN_DIR
  if (!runDir) throw new Error('E2E_RUN_DIR is not set: run through tests/playwright.config.ts')
  return path.join(runDir, 'outbox')
}

function decodeQuotedPrintable(body: string) {
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  return Buffer.from(bytes, 'latin1').toString('utf8')
}

/** Parses the text body of a single-part message as nodemailer writes it. */
export function parseEml(raw: string) {
  const split = raw.search(/\r?\n\r?\n/)
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ')
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '')
  const header = (name: string) =>
    new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? ''
  const encoding = header('Content-Transfer-Encoding').toLowerCase()
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
        : body
  return { subject: header('Subject'), to: header('To'), text }
}

async function newestEmailFor(recipient: string, after: number) {
  // files are named <Date.now()>-…-<address>.eml; the To header decides
  const safeTo = recipient.replace(/[^a-z0-9@._-]/gi, '_')
  const files = await fs.readdir(outboxDir()).catch(() => [] as string[])
  const candidates = files
    .filter((f) => f.endsWith(`${safeTo}.eml`))
    .map((f) => ({ f, at: Number(f.split('-')[0]) }))
    .filter(({ at }) => at >= after)
    .sort((a, b) => b.at - a.at)
  for (const { f } of candidates) {
    const email = parseEml(await fs.readFile(path.join(outboxDir(), f), 'utf8'))
    if (email.to.toLowerCase().includes(recipient)) return email
  }
  return null
}

/** Waits for an email to this person (sent at or after `after`, a Date.now() value). */
export async function waitForEmail(recipient: string, { after = 0, timeout = 10_000 } = {}) {
  const deadline = Date.now() + timeout
  for (;;) {
    const email = await newestEmailFor(recipient.toLowerCase(), after)
    if (email) return email
    if (Date.now() > deadline) throw new Error(`No email to ${recipient} arrived in ${timeout} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** The path of the first link to this app in an email's text, e.g. /invitations/abc. */
export function linkPathIn(text: string, prefix: string) {
  const match = new RegExp(`https?://[^\\s/]+(${prefix}[^\\s]+)`).exec(text)
  if (!match?.[1]) throw new Error(`No ${prefix} link in the email:\n${text}`)
  return match[1]
}

type InviteOptions = {
  email?: string
  name?: string
  /** Who sends the invitation: the demo school's lead unless a VRU lead (for another unit) is named. */
  by?: DemoAccount
  /** The organisation's name as the invitation form lists it, e.g. 'Brookside Primary School, Blackpool'. */
  organisation?: string
  jobRole?: string
}

/** The id of an organisation in the invitation form's list, as the signed-in inviter sees it. */
export async function organisationIdOnInviteForm(request: APIRequestContext, organisation: string) {
  const html = await (await request.get('/people/invite')).text()
  const escaped = organisation
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "(?:'|&#x27;|&#39;)")
  const match = new RegExp(`<option value="(\\d+)"[^>]*>${escaped}</option>`).exec(html)
  if (!match?.[1]) throw new Error(`No organisation called ${organisation} on the invitation form`)
  return match[1]
}

/**
 * Invites a new learner to the demo school as its organisation lead (or, with `by` and
 * `organisation`, to another organisation as someone who may invite there). Pass the test's `request`
 * fixture (its own cookie jar), not `page.request`, so the browser's session is untouched.
 * Returns the invitation's path.
 */
export async function inviteLearner(
  request: APIRequestContext,
  {
    email = uniqueEmail('learner'),
    name = 'Alex Morgan',
    by = DEMO.orgLead,
    organisation,
    jobRole = 'Teaching assistant',
  }: InviteOptions = {},
) {
  await postSignIn(request, by.email)
  const placement: Record<string, string> = organisation
    ? { organisationId: await organisationIdOnInviteForm(request, organisation) }
    : {}
  const before = Date.now()
  const response = await request.post('/people/invite', {
    form: { name, email, role: 'learner', ...placement, jobRole, sector: '' },
  })
  expect(response.status(), 'sending the invitation').toBe(200)
  const message = await waitForEmail(email, { after: before - 1 })
  return { email, name, invitationPath: linkPathIn(message.text, '/invitations/') }
}

/** A new learner account with a password of the test's choosing, made by accepting an invitation. */
export async function createLearner(
  request: APIRequestContext,
  { password = 'a new password for tests', ...invite }: InviteOptions & { password?: string } = {},
) {
  const { email, name, invitationPath } = await inviteLearner(request, invite)
  await request.post('/logout')
  const response = await request.post(invitationPath, {
    form: { name, password, confirmPassword: password },
    maxRedirects: 0,
  })
  expect(response.status(), 'accepting the invitation').toBe(302)
  await request.post('/logout')
  return { email, name, password }
}

/** Runs axe with the WCAG 2.2 AA rule set and expects no violations. */
export async function expectNoAxeViolations(page: Page, label = page.url()) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }))
  expect(summary, `axe violations on ${label}`).toEqual([])
}

/** The href of the first link in the main content whose href starts with this prefix and has an id after it. */
export async function firstIdLink(page: Page, prefix: string) {
  const hrefs = await page
    .locator(`main a[href^="${prefix}"]`)
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  const href = hrefs.find(
    (h) =>
      h.length > prefix.length && !h.slice(prefix.length).includes('/') && h !== `${prefix}new`,
  )
  if (!href) throw new Error(`No ${prefix}… link on ${page.url()}`)
  return href
}
