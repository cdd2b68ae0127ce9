/**
 * Mia's Story's letters, as a learner at a Lancashire school meets them: all of them printed at
 * once for a class (a page and a PDF), the letters not yet opened named before moving on, and
 * the module page saying what is left.
 */
import { expect, test, type Page } from '@playwright/test'
import { lessonPath, newLearner, readPack, startModuleByRequest } from './learning-utils.ts'
import { expectNoAxeViolations } from './utils.ts'

const pack = readPack('mias-story')
const lettersLesson = pack.lessons.find((l) => l.kind === 'letters')!
const letters = lettersLesson.letters!
const lettersPath = lessonPath('mias-story', lettersLesson.slug)

/** A new Lancashire learner part-way into Mia's Story, on the letters lesson past its note. */
async function onTheLetters(page: Page, request: Parameters<typeof newLearner>[1]) {
  await newLearner(page, request, { lancashire: true })
  await startModuleByRequest(page.request, 'mias-story')
  await page.goto(`${lettersPath}?continue=1`)
  await expect(page.getByText(`Letter 1 of ${letters.length}`)).toBeVisible()
}

test('a learner prints every letter at once, each numbered on its own page, or downloads them as one PDF', async ({
  page,
  request,
}) => {
  await onTheLetters(page, request)
  await page.getByRole('link', { name: 'Print all the letters' }).click()

  await expect(page).toHaveURL(`${lettersPath}/print`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `${pack.title}: ${lettersLesson.title}`,
  )
  const headings = page.getByRole('heading', { level: 2, name: /^Letter \d+ of/ })
  await expect(headings).toHaveCount(letters.length)
  await expect(headings.nth(2)).toHaveText(
    `Letter 3 of ${letters.length}: from ${letters[2]!.from} to ${letters[2]!.to}`,
  )
  await expect(page.getByRole('article').nth(0)).toContainText('6 October 2024')
  await expect(page.getByRole('article').nth(0)).toContainText('Dear Mia,')
  await expectNoAxeViolations(page)

  // the Print button opens the browser's print dialogue
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes')
  })
  await page.getByRole('button', { name: 'Print', exact: true }).click()
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes')

  // on paper: no site chrome, no controls, and each letter after the first starts a new page
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('banner')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeHidden()
  await expect(page.getByRole('link', { name: 'Back to the lesson' })).toBeHidden()
  const breaks = await page
    .getByRole('article')
    .evaluateAll((articles) => articles.map((a) => getComputedStyle(a).breakBefore))
  expect(breaks).toEqual(['auto', ...letters.slice(1).map(() => 'page')])
  await page.emulateMedia({ media: 'screen' })

  // the same letters as one PDF, from the classroom guide, for this learner only
  await page.goto(lessonPath('mias-story', 'classroom-guide'))
  const pdf = page.getByRole('link', { name: /All the letters of Mia's Story/ })
  await expect(pdf.locator('xpath=..')).toContainText(/\(PDF, \d+ KB\)/)
  const download = await page.request.get((await pdf.getAttribute('href'))!)
  expect(download.status()).toBe(200)
  expect(download.headers()['content-type']).toContain('application/pdf')
  expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-')
})

test('a learner of another unit may not print the letters', async ({ page, request }) => {
  await newLearner(page, request)
  const response = await page.goto(`${lettersPath}/print`)
  expect(response?.status()).toBe(404)
  const pdf = await page.request.get('/media/downloads/mias-story-letters.pdf')
  expect(pdf.status()).toBe(404)
})

test('the letters not yet opened are named before the learner moves on, and the module page says what is left', async ({
  page,
  request,
}) => {
  await onTheLetters(page, request)
  const unread = page.getByText(/^You have not opened letters? /)
  const allBut = (opened: number[]) =>
    letters.flatMap((_, i) => (opened.includes(i + 1) ? [] : [String(i + 1)]))
  const sentence = (numbers: string[]) =>
    `You have not opened letters ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)} yet.`
  await expect(unread).toContainText(sentence(allBut([1])))

  // reading on updates the list as it goes
  await page.getByRole('link', { name: 'Next letter' }).click()
  await expect(page.getByText(`Letter 2 of ${letters.length}`)).toBeVisible()
  await page.getByRole('link', { name: 'Next letter' }).click()
  await expect(page.getByText(`Letter 3 of ${letters.length}`)).toBeVisible()
  await expect(unread).toContainText(sentence(allBut([1, 2, 3])))
  await expectNoAxeViolations(page)

  // each unread letter is a link to it, by number and heading
  const last = letters.length
  await page
    .getByRole('link', {
      name: `Letter ${last}: from ${letters[last - 1]!.from} to ${letters[last - 1]!.to}`,
    })
    .click()
  await expect(page.getByText(`Letter ${last} of ${last}`)).toBeVisible()
  await expect(unread).toContainText(sentence(allBut([1, 2, 3, last])))
  await expect(page.getByRole('link', { name: /^Letter 4: from/ })).toBeVisible()

  // moving on is still allowed
  await page.getByRole('link', { name: 'Next lesson' }).click()
  await expect(page).toHaveURL(lessonPath('mias-story', pack.lessons[1]!.slug))

  // the module page names what stops it being complete
  await page.goto('/learn/modules/mias-story')
  const left = page.getByRole('region', { name: 'Left to do to complete this module' })
  await expect(left.getByRole('listitem').first()).toHaveText(
    `${lettersLesson.title}: ${last - 4} letters not yet read`,
  )
  const required = pack.lessons.filter((l) => l.required)
  await expect(left.getByRole('listitem')).toHaveCount(required.length)
  await expect(left.getByRole('link')).toHaveText(required.map((l) => l.title))
  await expectNoAxeViolations(page)
})

test('once every letter is opened, the learner can mark them read from any letter', async ({
  page,
  request,
}) => {
  await onTheLetters(page, request)
  for (const [i] of letters.entries()) await page.goto(`${lettersPath}?letter=${i}`)
  await page.getByRole('link', { name: 'Previous letter' }).click()
  await expect(page.getByText(`Letter ${letters.length - 1} of ${letters.length}`)).toBeVisible()
  await expect(page.getByText('You have opened every letter.')).toBeVisible()
  await page.getByRole('button', { name: 'I have read all the letters' }).click()
  await expect(page).not.toHaveURL(lettersPath)

  await page.goto('/learn/modules/mias-story')
  const left = page.getByRole('region', { name: 'Left to do to complete this module' })
  await expect(left.getByRole('link', { name: lettersLesson.title, exact: true })).toHaveCount(0)
  await expect(left.getByRole('listitem')).toHaveCount(
    pack.lessons.filter((l) => l.required).length - 1,
  )
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the unread letters are named from what the server recorded, and printing says how', async ({
    page,
    request,
  }) => {
    await onTheLetters(page, request)
    await page.goto(`${lettersPath}?letter=1`)
    await page.goto(lettersPath)
    await expect(page.getByText(/^You have not opened letters 3, 4,/)).toBeVisible()

    await page.getByRole('link', { name: 'Print all the letters' }).click()
    await expect(page.getByRole('button', { name: 'Print', exact: true })).toHaveCount(0)
    await expect(page.getByText("use your browser's Print command")).toBeVisible()
  })
})
