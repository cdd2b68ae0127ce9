/**
 * Without JavaScript (a locked-down school laptop, a script that failed to load) every lesson
 * still works: the forms are plain forms and the pages come from the server.
 */
import { expect, test } from '@playwright/test'
import {
  chooseAnswers,
  lessonPath,
  newLearner,
  packLesson,
  readPack,
  rightAnswers,
  startModuleByRequest,
  wrongAnswers,
} from './learning-utils.ts'

test.use({ javaScriptEnabled: false })

test('a module is started and a reading lesson is marked as read, moving on to the next', async ({
  page,
  request,
}) => {
  const lessons = readPack('aces-foundations').lessons
  await newLearner(page, request)
  await page.goto('/learn/modules/aces-foundations')
  await page.getByRole('button', { name: 'Start this module' }).click()
  await expect(page).toHaveURL('/learn/modules/aces-foundations/evaluation/pre')

  // the rating: an error without any answers, then skipped
  await page.getByRole('button', { name: 'Save and continue' }).click()
  await expect(page.getByRole('alert')).toContainText('Choose a number from 1 to 5')
  await page.getByRole('button', { name: 'Skip these questions' }).click()

  await expect(page).toHaveURL(lessonPath('aces-foundations', lessons[0]!.slug))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons[0]!.title)
  await page.getByRole('button', { name: 'Mark as read and continue' }).click()

  // the next lesson has a content note: its link works without a script too
  await expect(page).toHaveURL(lessonPath('aces-foundations', lessons[1]!.slug))
  await page.getByRole('link', { name: 'Continue to the lesson' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons[1]!.title)
  await page.getByRole('button', { name: 'Mark as read and continue' }).click()
  await expect(page).toHaveURL(lessonPath('aces-foundations', lessons[2]!.slug))

  await page.goto('/learn/modules/aces-foundations')
  const done = page.locator('.lesson-list li', { hasText: lessons[0]!.title })
  await expect(done).toContainText('Done')
})

test('a knowledge check is submitted and shows its results, then is passed', async ({
  page,
  request,
}) => {
  const check = packLesson('aces-foundations', 'check')
  await newLearner(page, request)
  await startModuleByRequest(page.request, 'aces-foundations')
  await page.goto(lessonPath('aces-foundations', check.slug))

  await chooseAnswers(page, wrongAnswers('aces-foundations', check.slug))
  await page.getByRole('button', { name: 'Check my answers' }).click()
  await expect(page.getByRole('status')).toContainText('You scored 0%.')
  await expect(page.getByText('Not quite').first()).toBeVisible()
  await expect(page.getByRole('main')).toContainText(
    check.questions![0]!.options.find((o) => !o.correct)!.feedback,
  )
  await page.getByRole('link', { name: 'Try again' }).click()

  await chooseAnswers(page, rightAnswers('aces-foundations', check.slug))
  await page.getByRole('button', { name: 'Check my answers' }).click()
  await expect(page.getByRole('status')).toContainText('You passed with 100%')
  await page.getByRole('status').getByRole('link', { name: 'Continue' }).click()
  const lessons = readPack('aces-foundations').lessons
  const next = lessons[lessons.findIndex((l) => l.slug === check.slug) + 1]!
  await expect(page).toHaveURL(lessonPath('aces-foundations', next.slug))
})

test('a reflection is saved with the button, and the letters turn over one by one', async ({
  page,
  request,
}) => {
  await newLearner(page, request, { lancashire: true })
  await startModuleByRequest(page.request, 'mias-story')

  await page.goto(lessonPath('mias-story', 'reflection'))
  await page.getByRole('textbox').first().fill('Written without a script.')
  await page.getByRole('button', { name: 'Save and continue' }).click()
  await expect(page).toHaveURL(lessonPath('mias-story', 'knowledge-check'))
  await page.goto(lessonPath('mias-story', 'reflection'))
  await expect(page.getByRole('textbox').first()).toHaveValue('Written without a script.')

  await page.goto(`${lessonPath('mias-story', 'the-letters')}?continue=1`)
  await expect(page.getByText('Letter 1 of', { exact: false })).toBeVisible()
  // printing needs a script, so the button is not offered
  await expect(page.getByRole('button', { name: 'Print this letter' })).toHaveCount(0)
  await page.getByRole('link', { name: 'Next letter' }).click()
  await expect(page.getByText('Letter 2 of', { exact: false })).toBeVisible()
  await page.getByRole('link', { name: 'Previous letter' }).click()
  await expect(page.getByText('Letter 1 of', { exact: false })).toBeVisible()
})

test('the film is a plain video with captions, and the transcript completes the lesson', async ({
  page,
  request,
}) => {
  await newLearner(page, request)
  await startModuleByRequest(page.request, 'to-the-edge')
  await page.goto(`${lessonPath('to-the-edge', 'the-film')}?continue=1`)
  const video = page.locator('video')
  await expect(video).toHaveAttribute('controls', '')
  await expect(video.locator('track[kind="captions"]')).toHaveCount(1)
  await expect(page.locator('.transcript__text')).toContainText('Jay is fifteen')
  await page.getByRole('button', { name: 'I have read the transcript' }).click()
  await expect(page).toHaveURL(lessonPath('to-the-edge', 'facilitator-guide'))
})
