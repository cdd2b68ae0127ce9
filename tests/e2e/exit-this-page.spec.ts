/**
 * The "Exit this page" button is there at once, and never sits over the lesson's text: on a
 * phone it keeps its own row at the top; on a wide screen it follows the reader down beside
 * the lesson, over the support column.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { lessonPath, newLearner, startModuleByRequest } from './learning-utils.ts'

const SCREENSHOTS = path.resolve(import.meta.dirname, '../.tmp/screenshots/exit-this-page')
const LESSON = lessonPath('aces-foundations', 'what-are-aces')

/** The paragraphs of the lesson that the exit button's box overlaps at this scroll position. */
async function paragraphsUnderExit(page: Page, scrollY: number) {
  await page.evaluate((y) => window.scrollTo(0, y), scrollY)
  return page.evaluate(() => {
    const exit = document.querySelector('a.exit-this-page__button')!.getBoundingClientRect()
    return [...document.querySelectorAll('.lesson-layout__main p')].flatMap((p) => {
      const box = p.getBoundingClientRect()
      const overlaps =
        box.width > 0 &&
        box.height > 0 &&
        box.left < exit.right &&
        exit.left < box.right &&
        box.top < exit.bottom &&
        exit.top < box.bottom
      return overlaps ? [`${p.textContent?.slice(0, 50)} (at scroll ${window.scrollY})`] : []
    })
  })
}

async function scrollPositions(page: Page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  return [0, 150, 400, 800, 1200, 2000, Math.round(height / 2), height]
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 700 } })

  test('the exit button is the first thing in the lesson and covers none of its text at any scroll position', async ({
    page,
    request,
  }) => {
    await newLearner(page, request)
    await startModuleByRequest(page.request, 'aces-foundations')
    await page.goto(LESSON)
    await page.waitForLoadState('networkidle')
    const exit = page.getByRole('link', { name: 'Exit this page' })
    await expect(exit).toBeInViewport()

    // after the skip link, the next Tab is the exit button
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await expect(exit).toBeFocused()

    expect(await page.locator('.lesson-layout__main p').count()).toBeGreaterThan(5)
    for (const y of await scrollPositions(page))
      expect(await paragraphsUnderExit(page, y), `nothing under the button at ${y}`).toEqual([])

    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: path.join(SCREENSHOTS, 'lesson-375.png') })
    await page.evaluate(() => window.scrollTo(0, 900))
    await page.screenshot({ path: path.join(SCREENSHOTS, 'lesson-375-scrolled.png') })

    // and it still leaves at once
    await page.route('https://www.bbc.co.uk/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
    )
    await page.evaluate(() => window.scrollTo(0, 0))
    await exit.click()
    await expect(page).toHaveURL('https://www.bbc.co.uk/weather')
  })
})

test('on a wide screen the exit button follows the reader down, beside the lesson and never over it', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await newLearner(page, request)
  await startModuleByRequest(page.request, 'aces-foundations')
  await page.goto(LESSON)
  const exit = page.getByRole('link', { name: 'Exit this page' })
  for (const y of await scrollPositions(page)) {
    expect(await paragraphsUnderExit(page, y), `nothing under the button at ${y}`).toEqual([])
    await expect(exit).toBeInViewport()
  }
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  await page.evaluate(() => window.scrollTo(0, 900))
  await page.screenshot({ path: path.join(SCREENSHOTS, 'lesson-1280-scrolled.png') })
})
