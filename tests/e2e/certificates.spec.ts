/**
 * Checking a certificate as an employer or inspector would: no account, just the code from the
 * paper, typed into a box, in whatever case and with whatever spaces came with it.
 */
import { expect, test } from '@playwright/test'
import { completeModuleByRequest } from './learning-utils.ts'
import { createLearner, postSignIn } from './utils.ts'

test('anyone can type a certificate code, however it is typed, and a wrong one is explained', async ({
  browser,
  request,
}) => {
  test.setTimeout(60_000)
  const learner = await createLearner(request, { name: 'Priya Chaudhry' })
  await postSignIn(request, learner.email, learner.password)
  const code = await completeModuleByRequest(request, 'aces-foundations')

  // A stranger, not signed in and without JavaScript, as a forwarded email might be opened
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const response = await page.goto('/certificates')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a certificate')

  // A code that no certificate has: said on the page, with what was typed kept
  await page.getByLabel('Certificate code').fill('zzzzz-22222')
  await page.getByRole('button', { name: 'Check the code' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a certificate')
  await expect(page.getByText('No certificate has this code').first()).toBeVisible()
  await expect(page.getByLabel('Certificate code')).toHaveValue('zzzzz-22222')

  // Something that cannot be a code at all
  await page.getByLabel('Certificate code').fill('my certificate')
  await page.getByRole('button', { name: 'Check the code' }).click()
  await expect(
    page.getByText('Enter the code as printed on the certificate, for example ABCDE-23456').first(),
  ).toBeVisible()
  await expect(page.getByLabel('Certificate code')).toHaveValue('my certificate')

  // The real code, in lower case with spaces around it, lands on the code's own page
  await page.getByLabel('Certificate code').fill(`  ${code.toLowerCase()} `)
  await page.getByRole('button', { name: 'Check the code' }).click()
  await expect(page).toHaveURL(`/certificates/${code}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This certificate is valid')
  await expect(page.getByText('Priya Chaudhry')).toBeVisible()

  // and from there, back to check another
  await page.getByRole('link', { name: 'Check another code' }).click()
  await expect(page).toHaveURL('/certificates')
  await expect(page.getByLabel('Certificate code')).toHaveValue('')
  await context.close()
})
