import { expect, test } from '@playwright/test'
import { createLearner, DEMO, DEMO_PASSWORD, signIn, signInWithForm } from './utils.ts'

const HOME_HEADINGS: Record<string, RegExp> = {
  '/admin': /^Administration$/,
  '/reports': /^Reports$/,
  '/studio': /^Studio$/,
  '/organisation': /^Riverside Academy, Liverpool$/,
  '/learn': /^My learning$/,
}

test.describe('each role lands on its home after signing in', () => {
  for (const [key, account] of Object.entries(DEMO)) {
    test(`${key} → ${account.home}`, async ({ page }) => {
      await page.goto('/login')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in')
      await signInWithForm(page, account.email)
      await expect(page).toHaveURL(account.home)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADINGS[account.home]!)
      await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
    })
  }
})

test('a learner is refused the pages of other roles with 403', async ({ page }) => {
  await signIn(page, DEMO.teacherMerseyside)
  for (const path of [
    '/organisation',
    '/studio',
    '/reports',
    '/admin',
    '/admin/vrus',
    '/organisations',
    '/organisations/new',
    '/people',
    '/people/invite',
    '/training/courses',
    '/training/courses/new',
  ]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(403)
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(
      'You do not have access to this page',
    )
  }
  // and the navigation offers only what they may use
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('link')).toHaveText(['My learning', 'Live training'])
})

test('an anonymous visitor is sent to sign in and then back to the page they asked for', async ({
  page,
}) => {
  await page.goto('/reports')
  await expect(page).toHaveURL('/login?redirectTo=%2Freports')
  await signInWithForm(page, DEMO.vruMerseyside.email)
  await expect(page).toHaveURL('/reports')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reports')
})

test('a signed-in person who opens the sign-in page goes to their home', async ({ page }) => {
  await signIn(page, DEMO.trainer)
  await page.goto('/login')
  await expect(page).toHaveURL('/studio')
})

test('a wrong password gets a clear message and keeps the typed email', async ({
  page,
  request,
}) => {
  // a fresh account, so failed attempts never count against a shared demo account
  const learner = await createLearner(request)
  await page.goto('/login')
  await page.getByLabel('Email address').fill(learner.email)
  await page.getByLabel('Password', { exact: true }).fill('not the password at all')
  await page.getByRole('button', { name: 'Sign in' }).click()

  const summary = page.getByRole('alert')
  await expect(summary).toContainText('There is a problem')
  await expect(summary).toContainText('The email address or password is not right')
  await expect(summary).toBeFocused()
  await expect(page).toHaveURL(/\/login/)
  await expect(page.getByLabel('Email address')).toHaveValue(learner.email)

  // the right password still works afterwards
  await signInWithForm(page, learner.email, learner.password)
  await expect(page).toHaveURL('/learn')
})

test("a stranger's wrong passwords from another address do not keep the owner out", async ({
  page,
  request,
}) => {
  const learner = await createLearner(request)
  const fromStranger = { 'X-Forwarded-For': '203.0.113.66' }
  const attempt = (password: string) =>
    request.post('/login', {
      form: { email: learner.email, password, redirectTo: '' },
      headers: fromStranger,
      maxRedirects: 0,
    })
  for (let i = 0; i < 5; i++) expect((await attempt(`a guess, number ${i}`)).status()).toBe(400)
  // the stranger's address is now held, even with the right password
  const held = await attempt(learner.password)
  expect(held.status()).toBe(429)
  expect(await held.text()).toContain('There have been too many attempts to sign in')

  // the owner, in their own browser at their own address, signs in as usual
  await signInWithForm(page, learner.email, learner.password)
  await expect(page).toHaveURL('/learn')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My learning')
})

test('empty fields are named in the error summary', async ({ page }) => {
  await page.goto('/login')
  await page.getByRole('button', { name: 'Sign in' }).click()
  const summary = page.getByRole('alert')
  await expect(summary.getByRole('link', { name: 'Enter your email address' })).toHaveAttribute(
    'href',
    '#email',
  )
  await expect(summary.getByRole('link', { name: 'Enter your password' })).toHaveAttribute(
    'href',
    '#password',
  )
  await expect(page.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true')
})

test('signing out ends the session', async ({ page }) => {
  await signInWithForm(page, DEMO.teacherLancashire.email)
  await expect(page).toHaveURL('/learn')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL('/login?signedOut=1')
  await expect(page.getByRole('status')).toHaveText('You have signed out.')
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0)

  await page.goto('/learn')
  await expect(page).toHaveURL('/login?redirectTo=%2Flearn')
  await page.goBack()
  await page.reload()
  await expect(page).toHaveURL(/\/login/)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('signing in and out work with plain form posts', async ({ page }) => {
    await page.goto('/learn')
    await expect(page).toHaveURL('/login?redirectTo=%2Flearn')
    await page.getByLabel('Email address').fill(DEMO.nurseWales.email)
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL('/learn')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My learning')
    await expect(page.getByText('Hello Rhys Evans.')).toBeVisible()

    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveURL('/login?signedOut=1')
    await page.goto('/learn')
    await expect(page).toHaveURL(/\/login\?redirectTo=/)
  })

  test('a wrong password shows the message without JavaScript too', async ({ page }) => {
    await page.goto('/login')
    const email = `nobody-${Date.now()}@e2e.upstream.test`
    await page.getByLabel('Email address').fill(email)
    await page.getByLabel('Password', { exact: true }).fill('wrong password here')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('alert')).toContainText(
      'The email address or password is not right',
    )
    await expect(page.getByLabel('Email address')).toHaveValue(email)
  })
})
