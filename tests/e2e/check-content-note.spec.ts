/**
 * A knowledge-check question with hard detail (the knife-crime pack's question about someone who
 * has been stabbed) waits behind its content note, as a hard lesson does: the learner sees the
 * note, then shows the question, shows it told without the detail, or leaves. Before JavaScript
 * and with it, by mouse and by keyboard; nothing already answered is lost by choosing.
 */
import { expect, test } from '@playwright/test'
import {
  chooseAnswers,
  lessonPath,
  newLearner,
  packLesson,
  rightAnswers,
  startModuleByRequest,
} from './learning-utils.ts'
import { expectNoAxeViolations } from './utils.ts'

// axe on a long check page is slow on a loaded machine
test.describe.configure({ timeout: 120_000 })

const MODULE = 'knife-crime-exploitation'
const check = packLesson(MODULE, 'check')
const noted = check.questions!.findIndex((q) => q.contentNote)
const question = check.questions![noted]!

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 700 } })

  test('the question shows only once the learner chooses, in the telling they chose, and answers kept', async ({
    page,
    request,
  }) => {
    expect(noted, 'the pack has a question with a content note').toBeGreaterThanOrEqual(0)
    await newLearner(page, request)
    await startModuleByRequest(page.request, MODULE)
    await page.goto(lessonPath(MODULE, check.slug))

    const note = page.getByRole('group', { name: question.contentNote })
    await expect(note).toBeVisible()
    // its options wait; the other questions do not
    await expect(page.getByText(question.prompt, { exact: true })).toBeHidden()
    await expect(page.locator(`#q${noted}-0`)).toBeHidden()
    await expect(page.locator(`#q${noted === 0 ? 1 : 0}-0`)).toBeVisible()

    // an answer given before choosing is still there after it
    const other = noted === 0 ? 1 : 0
    await page.locator(`#q${other}-0`).check()
    await note.getByLabel('Show the question without the hard detail').check()
    await expect(page.getByText(question.alternative!, { exact: true })).toBeVisible()
    await expect(page.getByText(question.prompt, { exact: true })).toBeHidden()
    await expect(page.locator(`#q${other}-0`)).toBeChecked()

    await note.getByLabel('Show the question', { exact: true }).check()
    await expect(page.getByText(question.prompt, { exact: true })).toBeVisible()
    await expect(page.getByText(question.alternative!, { exact: true })).toBeHidden()

    // answered either way, it is marked the same; the results name it by its gentler telling
    await chooseAnswers(page, rightAnswers(MODULE, check.slug))
    await page.getByRole('button', { name: 'Check my answers' }).click()
    await expect(page.getByRole('status')).toContainText('You passed with 100%')
    await expect(page.getByRole('heading', { name: question.alternative! })).toBeVisible()
  })

  test('leaving goes back to the module page', async ({ page, request }) => {
    await newLearner(page, request)
    await startModuleByRequest(page.request, MODULE)
    await page.goto(lessonPath(MODULE, check.slug))
    await page
      .getByRole('group', { name: question.contentNote })
      .getByRole('link', { name: 'Leave this lesson for now' })
      .click()
    await expect(page).toHaveURL(new RegExp(`/learn/modules/${MODULE}$`))
  })
})

// axe runs in the page, so with JavaScript on: before the choice and after it
test('with the keyboard alone, the learner chooses to see the question and answers it; axe finds nothing either side', async ({
  page,
  request,
}) => {
  await newLearner(page, request)
  await startModuleByRequest(page.request, MODULE)
  await page.goto(lessonPath(MODULE, check.slug))
  await expectNoAxeViolations(page)
  await page.locator(`#view-q${noted}-alternative`).focus()
  await page.keyboard.press('Space')
  await expect(page.getByText(question.alternative!, { exact: true })).toBeVisible()
  await expectNoAxeViolations(page)
  const right = rightAnswers(MODULE, check.slug)[noted]![0]!
  await page.locator(`#q${noted}-${right}`).focus()
  await page.keyboard.press('Space')
  await expect(page.locator(`#q${noted}-${right}`)).toBeChecked()
})
