/**
 * Finishing a module as a learner meets it: the last lesson (or the knowledge check that
 * completes it) leads to a page of its own with the certificate and what to do next; after
 * any other lesson the way on is the next one not yet done.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import {
  chooseAnswers,
  completeLessonByRequest,
  lessonPath,
  newLearner,
  readPack,
  rightAnswers,
  startModuleByRequest,
  workThroughByRequest,
} from './learning-utils.ts'
import { expectNoAxeViolations } from './utils.ts'

const SCREENSHOTS = path.resolve(import.meta.dirname, '../.tmp/screenshots/completion')

async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 })
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true })
  }
}

const MIA = 'mias-story'
const COMPLETE = `/learn/modules/${MIA}/complete`

test('the last lesson of Mia’s Story leads, after the rating, to a page that marks finishing it', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000)
  await newLearner(page, request, { name: 'Priya Haworth', lancashire: true })
  // another module part-way through is what comes next
  await startModuleByRequest(page.request, 'aces-foundations')
  await workThroughByRequest(page.request, MIA, { until: 'support-for-families' })

  await page.goto(lessonPath(MIA, 'support-for-families'))
  await page.getByRole('button', { name: 'Mark as read and continue' }).click()
  await expect(page).toHaveURL(`/learn/modules/${MIA}/evaluation/post`)
  await page.getByRole('button', { name: 'Skip these questions' }).click()

  await expect(page).toHaveURL(COMPLETE)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You have completed this module')
  const main = page.getByRole('main')
  await expect(main).toContainText("Mia's Story")
  const today = new Date().toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  })
  await expect(main).toContainText(today)
  const certificate = page.getByRole('link', { name: 'Download your certificate (PDF)' })
  await expect(certificate).toHaveAttribute('href', /^\/learn\/certificates\/[A-Z0-9-]+\/pdf$/)
  const pdf = await page.request.get((await certificate.getAttribute('href'))!)
  expect(pdf.headers()['content-type']).toBe('application/pdf')
  const next = page.getByRole('region', { name: 'What next' })
  await expect(next).toContainText('ACEs')
  await expect(next.getByRole('link', { name: 'Continue' })).toHaveAttribute(
    'href',
    /^\/learn\/modules\/aces-foundations/,
  )
  await expect(
    page.getByRole('complementary', { name: 'If this brings something up' }),
  ).toContainText('116 123')
  // calm: nothing counts down, scores or celebrates
  await expect(main).not.toContainText(/%|score|congratulations/i)
  await expectNoAxeViolations(page, 'module completed')
  await screenshot(page, 'module-complete')

  // reading a lesson again afterwards goes back to the module, not to this page again
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(lessonPath(MIA, 'support-for-families'))
  await expect(page.getByRole('button', { name: 'Mark as read and continue' })).toHaveCount(0)
  await page.getByRole('link', { name: 'Back to the module' }).click()
  await expect(page).toHaveURL(`/learn/modules/${MIA}`)
})

test('a knowledge check that completes the module keeps its results, and its way on leads to the completion page', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000)
  await newLearner(page, request, { lancashire: true })
  await startModuleByRequest(page.request, MIA)
  const lessons = readPack(MIA).lessons
  const check = lessons.find((l) => l.kind === 'check')!
  for (const lesson of lessons.filter((l) => l !== check))
    await completeLessonByRequest(page.request, MIA, lesson)

  await page.goto(lessonPath(MIA, check.slug))
  await chooseAnswers(page, rightAnswers(MIA, check.slug))
  await page.getByRole('button', { name: 'Check my answers' }).click()
  await expect(page.getByRole('status')).toContainText('You passed with 100%')
  await expect(page.getByText('A right answer').first()).toBeVisible()
  await page.getByRole('status').getByRole('link', { name: 'Continue' }).click()
  await expect(page).toHaveURL(`/learn/modules/${MIA}/evaluation/post`)
  await page.getByRole('button', { name: 'Skip these questions' }).click()
  await expect(page).toHaveURL(COMPLETE)
  // nothing else is assigned or in progress: the catalogue is the way on
  await page
    .getByRole('region', { name: 'What next' })
    .getByRole('link', { name: 'Browse modules' })
    .click()
  await expect(page).toHaveURL('/learn#catalogue')
})

test('after the letters, the way on is the first lesson not yet done; the completion page waits for completion', async ({
  page,
  request,
}) => {
  await newLearner(page, request, { lancashire: true })
  await startModuleByRequest(page.request, MIA)
  const lessons = readPack(MIA).lessons
  const letters = lessons.find((l) => l.kind === 'letters')!
  for (const lesson of lessons.filter((l) =>
    ['reading', 'activity', 'reflection'].includes(l.kind),
  ))
    if (lesson.slug !== 'support-for-families')
      await completeLessonByRequest(page.request, MIA, lesson)

  // someone who has not finished is sent to the module's page
  await page.goto(COMPLETE)
  await expect(page).toHaveURL(`/learn/modules/${MIA}`)

  const last = letters.letters!.length - 1
  await page.goto(`${lessonPath(MIA, letters.slug)}?continue=1&letter=${last}`)
  await page.getByRole('button', { name: 'I have read all the letters' }).click()
  await expect(page).toHaveURL(lessonPath(MIA, 'knowledge-check'))
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the last lesson leads to the completion page', async ({ page, request }) => {
    await newLearner(page, request, { lancashire: true })
    await workThroughByRequest(page.request, MIA, { until: 'support-for-families' })
    await page.goto(lessonPath(MIA, 'support-for-families'))
    await page.getByRole('button', { name: 'Mark as read and continue' }).click()
    await page.getByRole('button', { name: 'Skip these questions' }).click()
    await expect(page).toHaveURL(COMPLETE)
    await expect(page.getByRole('link', { name: 'Download your certificate (PDF)' })).toBeVisible()
  })
})
