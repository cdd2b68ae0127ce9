/**
 * Issue 19's journey: a Merseyside teacher teaches a 'To the Edge' lesson from teach mode, moving
 * on with the keyboard, logs it for 28 pupils in Year 9, and the Merseyside lead's reach rises by
 * one school and 28 pupils while Lancashire's stays as it was. The teacher is new, at the demo
 * school, which taught the pack last year but not this one.
 */
import { expect, test, type Page } from '@playwright/test'
import { createLearner, DEMO, postSignIn, signIn } from './utils.ts'

test.use({ viewport: { width: 1280, height: 720 } })

/** A lead's reach this financial year, as their report page shows it. */
async function reachOf(page: Page, lead: { email: string }) {
  await page.context().clearCookies()
  await signIn(page, lead)
  await page.goto('/reports')
  const section = page.locator('section[aria-labelledby="reach-heading"]')
  await expect(section.getByRole('heading', { level: 2 }).first()).toBeVisible()
  const figure = async (id: string) =>
    Number((await section.getByTestId(id).innerText()).replace(/,/g, ''))
  return {
    schools: await figure('reach-0'),
    sessions: await figure('reach-1'),
    pupils: await figure('reach-2'),
  }
}

test('a class taught from teach mode and logged shows in its unit’s reach, and only there', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  const merseysideBefore = await reachOf(page, DEMO.vruMerseyside)
  const lancashireBefore = await reachOf(page, DEMO.vruLancashire)
  expect(merseysideBefore.schools, 'the demo shows reach, not zeros').toBeGreaterThan(0)

  const teacher = await createLearner(request, { name: 'Sian Roberts', jobRole: 'Teacher' })
  await page.context().clearCookies()
  await postSignIn(page.request, teacher.email, teacher.password)

  // from the module page's "For teaching" into teach mode, then screen by screen with the keys
  await page.goto('/learn/modules/to-the-edge')
  await page.getByRole('link', { name: /^Teach Lesson plan 1/ }).click()
  await expect(page.getByRole('heading', { name: 'If a pupil discloses something' })).toBeVisible()
  await expect(page.getByRole('button', { name: /Full screen/ })).toBeVisible()
  const where = page.getByRole('status').filter({ hasText: /Screen|start|End/ })
  await page.keyboard.press('ArrowRight')
  await expect(where).toHaveText(/^Screen 1 of (\d+)$/)
  const screens = Number(/of (\d+)/.exec(await where.innerText())![1])
  for (let screen = 2; screen <= screens; screen++) {
    await page.keyboard.press(screen % 2 === 0 ? 'PageDown' : 'ArrowRight')
    await expect(where).toHaveText(`Screen ${screen} of ${screens}`)
  }
  await page.keyboard.press('ArrowRight')
  await expect(where).toHaveText('End of the lesson')

  // logged in under a minute: the pack and lesson come from teach mode, the day is today
  await page.getByRole('link', { name: 'Log this delivery' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log a lesson you taught')
  await expect(page.getByLabel('Lesson plan 1 – ACEs: what a young person carries')).toBeChecked()
  await page.getByLabel('Year group').selectOption('9')
  await page.getByLabel('Number of pupils').fill('28')
  await page.getByLabel('No', { exact: true }).check()
  await page.getByRole('button', { name: 'Log this lesson' }).click()
  await expect(page.getByRole('status')).toContainText('the lesson is logged')

  const merseysideAfter = await reachOf(page, DEMO.vruMerseyside)
  expect(merseysideAfter).toEqual({
    schools: merseysideBefore.schools + 1,
    sessions: merseysideBefore.sessions + 1,
    pupils: merseysideBefore.pupils + 28,
  })
  expect(await reachOf(page, DEMO.vruLancashire)).toEqual(lancashireBefore)
})
