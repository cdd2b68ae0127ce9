/**
 * Every page of the foundation, each with who looks at it and how to reach it: shared by the
 * accessibility checks (a11y.spec.ts) and the screenshots for visual review (visual.spec.ts).
 */
import { expect, type APIRequestContext, type Page } from '@playwright/test'
import {
  createLearner,
  DEMO,
  firstIdLink,
  inviteLearner,
  linkPathIn,
  signIn,
  waitForEmail,
  type DemoAccount,
} from './utils.ts'

export type PageCase = {
  /** Used in test titles and screenshot file names. */
  name: string
  as?: DemoAccount
  /** Opens the page; the browser is already signed in as `as`. */
  open: (page: Page, request: APIRequestContext) => Promise<void>
}

const visit =
  (path: string, status = 200) =>
  async (page: Page) => {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(status)
  }

/** Opens the first detail page linked from a list (e.g. /organisations → /organisations/12). */
const viaList = (list: string, prefix: string) => async (page: Page) => {
  await page.goto(list)
  await page.goto(await firstIdLink(page, prefix))
}

export const PAGES: PageCase[] = [
  { name: 'home', open: visit('/') },
  { name: 'login', open: visit('/login') },
  {
    name: 'login-with-errors',
    async open(page) {
      await page.goto('/login')
      // empty fields: an error without spending a sign-in attempt
      await page.getByRole('button', { name: 'Sign in' }).click()
      await expect(page.getByRole('alert')).toBeVisible()
    },
  },
  {
    name: 'login-cymraeg',
    async open(page) {
      await page.goto('/login')
      await page.getByRole('banner').getByRole('button', { name: 'Cymraeg' }).click()
      await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
    },
  },
  { name: 'forgot-password', open: visit('/forgot-password') },
  {
    name: 'reset-password',
    async open(page, request) {
      const learner = await createLearner(request)
      const askedAt = Date.now()
      await request.post('/forgot-password', { form: { email: learner.email } })
      const message = await waitForEmail(learner.email, { after: askedAt - 1 })
      await page.goto(linkPathIn(message.text, '/reset-password/'))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a new password')
    },
  },
  {
    name: 'invitation',
    async open(page, request) {
      const { invitationPath } = await inviteLearner(request)
      await page.goto(invitationPath)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Join Upstream')
    },
  },
  {
    name: 'invitation-with-errors',
    async open(page, request) {
      const { invitationPath } = await inviteLearner(request)
      await page.goto(invitationPath)
      await page.getByLabel('Your name').fill('')
      await page.getByRole('button', { name: 'Join and sign in' }).click()
      await expect(page.getByRole('alert')).toBeVisible()
    },
  },
  { name: 'learn', as: DEMO.teacherMerseyside, open: visit('/learn') },
  {
    name: 'learn-cymraeg',
    as: DEMO.nurseWales,
    async open(page) {
      await page.goto('/learn')
      await page.getByRole('banner').getByRole('button', { name: 'Cymraeg' }).click()
      // the header is in Welsh; the page itself is not translated yet, so it is marked English
      await expect(page.getByRole('banner')).toHaveAttribute('lang', 'cy')
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    },
  },
  { name: 'organisation', as: DEMO.orgLead, open: visit('/organisation') },
  { name: 'studio', as: DEMO.trainer, open: visit('/studio') },
  { name: 'reports-vru-lead', as: DEMO.vruMerseyside, open: visit('/reports') },
  { name: 'reports-admin', as: DEMO.admin, open: visit('/reports') },
  { name: 'admin', as: DEMO.admin, open: visit('/admin') },
  { name: 'admin-vrus', as: DEMO.admin, open: visit('/admin/vrus') },
  { name: 'admin-vru', as: DEMO.admin, open: viaList('/admin/vrus', '/admin/vrus/') },
  { name: 'organisations-admin', as: DEMO.admin, open: visit('/organisations') },
  { name: 'organisations-vru-lead', as: DEMO.vruMerseyside, open: visit('/organisations') },
  { name: 'organisations-new', as: DEMO.admin, open: visit('/organisations/new') },
  {
    name: 'organisations-new-with-errors',
    as: DEMO.admin,
    async open(page) {
      await page.goto('/organisations/new')
      await page.getByRole('main').getByRole('button').last().click()
      await expect(page.getByRole('alert')).toBeVisible()
    },
  },
  {
    name: 'organisation-detail',
    as: DEMO.vruMerseyside,
    open: viaList('/organisations', '/organisations/'),
  },
  { name: 'people-admin', as: DEMO.admin, open: visit('/people') },
  { name: 'people-org-lead', as: DEMO.orgLead, open: visit('/people') },
  { name: 'people-invite-admin', as: DEMO.admin, open: visit('/people/invite') },
  { name: 'people-invite-org-lead', as: DEMO.orgLead, open: visit('/people/invite') },
  {
    name: 'person',
    as: DEMO.vruMerseyside,
    async open(page) {
      await page.goto('/people')
      await page.getByRole('main').getByRole('link', { name: DEMO.teacherMerseyside.name }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.teacherMerseyside.name)
    },
  },
  { name: 'forbidden-403', as: DEMO.teacherMerseyside, open: visit('/admin', 403) },
  { name: 'not-found-404', as: DEMO.admin, open: visit('/people/no-such-person', 404) },
  { name: 'unknown-url-404', open: visit('/no-such-page', 404) },
]

/** Signs in as the case asks and opens the page, ready to check. */
export async function openCase(page: Page, request: APIRequestContext, pageCase: PageCase) {
  if (pageCase.as) await signIn(page, pageCase.as)
  await pageCase.open(page, request)
  await page.waitForLoadState('networkidle')
}
