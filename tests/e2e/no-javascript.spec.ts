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
import { DEMO, signIn } from './utils.ts'

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
  // English and Welsh, the reader's language on
  await expect(video.locator('track[kind="captions"]')).toHaveCount(2)
  await expect(video.locator('track[default]')).toHaveAttribute('srclang', 'en')
  await expect(page.locator('.transcript__text')).toContainText('Meet a young person of fifteen')
  await page.getByRole('button', { name: 'I have read the transcript' }).click()
  await expect(page).toHaveURL(lessonPath('to-the-edge', 'facilitator-guide'))
})

test('a trainer adds and removes a check’s questions and options with plain buttons, then confirms publishing', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await signIn(page, DEMO.trainer)
  await page.goto('/studio/new')
  const title = `Plain check ${Date.now().toString(36)}`
  await page.getByLabel('Title').fill(title)
  await page.getByLabel('Summary').fill('A check shaped without JavaScript.')
  await page.getByRole('group', { name: 'Audience' }).getByLabel('Colleges').check()
  await page.getByLabel('Safeguarding').check()
  await page.getByLabel('Practice level').selectOption('trauma-aware')
  await page.getByLabel('Minutes a learner takes').fill('5')
  await page.getByLabel('CPD minutes on the certificate').fill('5')
  await page.getByLabel('Pass mark for knowledge checks (%)').fill('50')
  await page.getByRole('button', { name: 'Create the module' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  const moduleUrl = new URL(page.url()).pathname
  await page.getByLabel('Kind of lesson').selectOption({ label: 'Knowledge check' })
  await page.getByLabel('Lesson title', { exact: true }).fill('Plain check')
  await page.getByRole('button', { name: 'Add the lesson' }).click()

  await page.getByLabel('Minutes it takes').fill('3')
  await page.getByLabel('Question 1: the question').fill('What helps?')
  await page.getByLabel('Question 1, option 1', { exact: true }).fill('A calm adult')
  await page.getByLabel('Question 1, option 1 is right').check()
  await page.getByLabel('Question 1, feedback on option 1').fill('Yes.')
  await page.getByRole('button', { name: 'Add an option to question 1' }).click()
  // the page came back from the server with what was typed, and one more option
  await expect(page.getByLabel('Minutes it takes')).toHaveValue('3')
  await expect(page.getByLabel('Question 1, option 1', { exact: true })).toHaveValue('A calm adult')
  await expect(page.getByLabel('Question 1, option 1 is right')).toBeChecked()
  await expect(page.getByLabel('Question 1, option 3', { exact: true })).toHaveValue('')
  // and the new option has the focus, so the trainer carries on where they were
  await expect(page.getByLabel('Question 1, option 3', { exact: true })).toBeFocused()
  await page.getByLabel('Question 1, option 2', { exact: true }).fill('Shouting')
  await page.getByLabel('Question 1, feedback on option 2').fill('No.')
  await page.getByRole('button', { name: 'Remove option 3 of question 1' }).click()
  await page.getByRole('button', { name: 'Add a question' }).click()
  await expect(page.getByLabel('Question 2: the question')).toHaveValue('')
  await page.getByRole('button', { name: 'Remove question 2' }).click()
  await expect(page.getByLabel('Question 2: the question')).toHaveCount(0)
  await expect(page.getByLabel('Question 1, option 2', { exact: true })).toHaveValue('Shouting')
  // nothing reached the draft until Save
  await page.goto(moduleUrl)
  await expect(page.locator('.studio-lessons')).toContainText('add at least one question')
  await page.getByRole('link', { name: 'Edit Plain check' }).click()
  await page.getByLabel('Minutes it takes').fill('3')
  await page.getByLabel('Question 1: the question').fill('What helps?')
  await page.getByLabel('Question 1, option 1', { exact: true }).fill('A calm adult')
  await page.getByLabel('Question 1, option 1 is right').check()
  await page.getByLabel('Question 1, feedback on option 1').fill('Yes.')
  await page.getByLabel('Question 1, option 2', { exact: true }).fill('Shouting')
  await page.getByLabel('Question 1, feedback on option 2').fill('No.')
  await page.getByRole('button', { name: 'Save the lesson' }).click()
  await expect(page.getByRole('status')).toHaveText('Saved “Plain check” to the draft.')

  await page.getByRole('button', { name: 'Publish the draft' }).click()
  const confirm = page.getByRole('region', { name: 'Publish version 1?' })
  await expect(confirm).toContainText('Who gets it: Colleges, in Merseyside')
  await expect(confirm).toContainText('1 lesson.')
  await confirm.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(page.getByRole('status')).toContainText('Published version 1')
})
