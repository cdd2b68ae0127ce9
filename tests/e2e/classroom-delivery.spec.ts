/**
 * Logging a lesson taught to a class (decision 017), as a teacher on a phone with no JavaScript:
 * what was typed survives every refusal, an unusual year group is asked about, and the school's
 * lead then sees the lesson. Dated last year, so this year's reach stays the demo's. (axe needs
 * JavaScript: the same page with its errors is in pages.ts.)
 */
import { expect, test } from '@playwright/test'
import { createLearner, DEMO, signIn } from './utils.ts'

test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 700 } })

test('a teacher logs a lesson without JavaScript at 320 px, and their lead sees it', async ({
  page,
  request,
}) => {
  const teacher = await createLearner(request, { name: 'Dana Whitfield' })
  await signIn(page, teacher, teacher.password)
  await page.goto('/learn')
  await page.getByRole('link', { name: 'Log a lesson you taught' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log a lesson you taught')
  await expect(page.getByText('Nothing about pupils goes in this form')).toBeVisible()
  // nothing here takes free text: every field is a fixed choice, a day or a number
  await expect(page.locator('main textarea')).toHaveCount(0)

  // a day to come and an impossible class
  await page.getByLabel('Day you taught it').fill('2099-03-01')
  await page.getByLabel('Lesson plan 3 – Knife crime: the edge').check()
  await page.getByLabel('Year group').selectOption('9')
  await page.getByLabel('Number of pupils').fill('401')
  await page.getByLabel('No', { exact: true }).check()
  await page.getByRole('button', { name: 'Log this lesson' }).click()
  const problems = page.getByRole('alert')
  await expect(problems).toContainText('more than 400 pupils')
  await expect(page.getByLabel('Number of pupils')).toHaveValue('401')
  await expect(page.getByLabel('Lesson plan 3 – Knife crime: the edge')).toBeChecked()
  await expect(page.getByLabel('Year group')).toHaveValue('9')

  await page.getByLabel('Number of pupils').fill('0')
  await page.getByRole('button', { name: 'Log this lesson' }).click()
  await expect(problems).toContainText('a delivery needs at least one')
  await page.getByLabel('Number of pupils').fill('24')
  await page.getByRole('button', { name: 'Log this lesson' }).click()
  await expect(problems).toContainText('That day has not happened yet')
  await expect(page.getByLabel('Day you taught it')).toHaveValue('2099-03-01')

  // last year, to Year 7: the pack is written for Years 8 to 11, so it asks first
  await page.getByLabel('Day you taught it').fill('2025-06-12')
  await page.getByLabel('Year group').selectOption('7')
  await page.getByRole('button', { name: 'Log this lesson' }).click()
  await expect(problems).toContainText('written for Years 8 to 11, not Year 7')
  await page.getByLabel('Yes, I taught it to this year group').check()
  await page.getByRole('button', { name: 'Log this lesson' }).click()

  await expect(page).toHaveURL(/\/learn\/deliveries\?logged=\d+/)
  await expect(page.getByRole('status')).toContainText('the lesson is logged')
  const logged = page.getByRole('table', { name: 'Lessons you have taught' })
  await expect(logged).toContainText('12 June 2025')
  await expect(logged).toContainText('Lesson plan 3 – Knife crime: the edge')
  await expect(logged).toContainText('Year 7')
  await expect(logged).toContainText('24')
  // nothing makes the page scroll sideways at 320 px
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)

  // the same lesson again on the same day is asked about, not doubled
  await page.getByRole('link', { name: 'Log a lesson you taught' }).click()
  await page.getByLabel('Day you taught it').fill('2025-06-12')
  await page.getByLabel('Lesson plan 3 – Knife crime: the edge').check()
  await page.getByLabel('Year group').selectOption('7')
  await page.getByLabel('Number of pupils').fill('24')
  await page.getByLabel('No', { exact: true }).check()
  await page.getByRole('button', { name: 'Log this lesson' }).click()
  await page.getByLabel('Yes, I taught it to this year group').check()
  await page.getByRole('button', { name: 'Log this lesson' }).click()
  await expect(problems).toContainText('already logged To the Edge for 24 pupils in Year 7')
  await page.getByRole('link', { name: 'Cancel' }).click()
  await expect(logged.getByRole('row')).toHaveCount(2)

  // the school's lead sees it, with who taught it
  await page.context().clearCookies()
  await signIn(page, DEMO.orgLead)
  await page.goto('/organisation')
  const school = page.getByRole('table', { name: 'Lessons taught to pupils' })
  await expect(school.getByRole('row', { name: /12 June 2025/ })).toContainText('Dana Whitfield')
})
