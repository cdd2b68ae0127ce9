import { expect, test, type Page } from '@playwright/test'
import { createLearner, signIn } from './utils.ts'

async function switchTo(page: Page, label: 'Cymraeg' | 'English') {
  await page.getByRole('banner').getByRole('button', { name: label }).click()
}

test('switching to Welsh on the sign-in page, remembered, and back to English', async ({
  page,
}) => {
  await page.goto('/login?redirectTo=%2Freports')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in')

  await switchTo(page, 'Cymraeg')
  // back on the same page, query string and all
  await expect(page).toHaveURL('/login?redirectTo=%2Freports')
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mewngofnodi')
  await expect(page.getByLabel('Cyfeiriad e-bost')).toBeVisible()
  await expect(page.getByRole('link', { name: "Neidio i'r prif gynnwys" })).toBeAttached()

  // remembered on the next page load
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mewngofnodi')
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    "Hyfforddiant i'r oedolion o amgylch pobl ifanc",
  )

  await switchTo(page, 'English')
  await expect(page).toHaveURL('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Training for the adults around young people',
  )
  await page.goto('/login')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in')
  await expect(page.getByRole('banner').getByRole('button', { name: 'Cymraeg' })).toBeVisible()
})

test('a signed-in person switches to Welsh: kept on their account, on any browser they sign in on', async ({
  page,
  request,
  browser,
}) => {
  // a new learner, so no demo account's choice changes under other tests
  const learner = await createLearner(request)
  await signIn(page, learner, learner.password)
  await page.goto('/learn')
  await switchTo(page, 'Cymraeg')
  await expect(page).toHaveURL('/learn')
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
  await expect(page.getByRole('button', { name: 'Allgofnodi' })).toBeVisible()
  await expect(
    page.getByRole('navigation', { name: 'Prif' }).getByRole('link', { name: 'Fy nysgu' }),
  ).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fy nysgu')

  // another browser, no language cookie: the account's choice holds from the first signed-in page
  const elsewhere = await browser.newContext()
  const other = await elsewhere.newPage()
  await signIn(other, learner, learner.password)
  await other.goto('/learn')
  await expect(other.locator('html')).toHaveAttribute('lang', 'cy')
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Fy nysgu')
  await elsewhere.close()

  await switchTo(page, 'English')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My learning')
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the language switch is a plain form', async ({ page }) => {
    await page.goto('/forgot-password')
    await switchTo(page, 'Cymraeg')
    await expect(page).toHaveURL('/forgot-password')
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
    await switchTo(page, 'English')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })
})
