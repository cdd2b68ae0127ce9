/**
 * Every learner page, in each state worth looking at, at a small phone's width and at desktop
 * width, in English and in Welsh: axe finds nothing, no English is left on the Welsh page, nothing scrolls sideways, there is one main heading, and a
 * screenshot is saved for a person to look at (tests/.tmp/screenshots/learning, git-ignored).
 * Then what a machine cannot see from one page: the keyboard, and how the lesson sits on a phone.
 */
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import {
  lessonPath,
  newLearner,
  packLesson,
  rightAnswers,
  startModuleByRequest,
} from './learning-utils.ts'
import { LEARNING_PAGES, openCase } from './pages.ts'
import { expectNoAxeViolations } from './utils.ts'
import { expectNoEnglish, reopenInWelsh } from './welsh.ts'

const SCREENSHOTS = path.resolve(import.meta.dirname, '../.tmp/screenshots/learning')
const VIEWPORTS = [
  { label: '320', width: 320, height: 640 },
  { label: '1280', width: 1280, height: 800 },
]

async function screenshot(page: Page, name: string, width: number) {
  const file = (suffix = '') => path.join(SCREENSHOTS, `${name}-${width}${suffix}.png`)
  // from the top, so the sticky exit bar is drawn where it starts
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: file(), fullPage: true })
  // a very long page is hard to look at whole: in parts as well, each a little over the last
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  if (height > 2400) {
    for (let part = 1, y = 0; y < height; part++, y += 1400) {
      const clip = { x: 0, y: Math.min(y, height - 1600), width, height: 1600 }
      await page.screenshot({ path: file(`-part${part}`), fullPage: true, clip })
      if (clip.y + 1600 >= height) break
    }
  }
}

for (const viewport of VIEWPORTS) {
  test.describe(`learner pages at ${viewport.width}px`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } })

    for (const pageCase of LEARNING_PAGES) {
      test(pageCase.name, async ({ page, request }) => {
        // each page is opened twice, in English and in Welsh, each with axe
        test.setTimeout(90_000)
        await openCase(page, request, pageCase)
        await expect(page).toHaveTitle(/ – Upstream$/)
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
        await screenshot(page, pageCase.name, viewport.width)
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0)
        await expectNoAxeViolations(page, `${pageCase.name} at ${viewport.width}px`)
        // in Welsh: longer words must not break the page either
        await reopenInWelsh(page)
        await screenshot(page, `${pageCase.name}-cy`, viewport.width)
        const welshOverflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        expect(welshOverflow, 'the Welsh page scrolls sideways').toBeLessThanOrEqual(0)
        await expectNoAxeViolations(page, `${pageCase.name} in Welsh at ${viewport.width}px`)
        await expectNoEnglish(page, `${pageCase.name} at ${viewport.width}px`)
      })
    }
  })
}

test.describe('keyboard', () => {
  test('a knowledge check can be answered and sent with the keyboard alone', async ({
    page,
    request,
  }) => {
    const check = packLesson('aces-foundations', 'check')
    const right = rightAnswers('aces-foundations', check.slug)
    await newLearner(page, request)
    await startModuleByRequest(page.request, 'aces-foundations')
    await page.goto(lessonPath('aces-foundations', check.slug))
    for (const [q, options] of right.entries()) {
      const multiple = check.questions![q]!.multiple
      // a question with hard detail: the keyboard chooses to see it, as a mouse would
      if (check.questions![q]!.contentNote) {
        await page.locator(`#view-q${q}-question`).focus()
        await page.keyboard.press('Space')
      }
      for (const o of options) {
        await page.locator(`#q${q}-${o}`).focus()
        await page.keyboard.press('Space')
        await expect(page.locator(`#q${q}-${o}`)).toBeChecked()
        if (!multiple) break
      }
    }
    await page.getByRole('button', { name: 'Check my answers' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status')).toContainText('You passed with 100%')
    // focus moves to the score, and the way on is the next Tab
    await expect(page.getByRole('heading', { name: 'You passed with 100%' })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(page.getByRole('status').getByRole('link', { name: 'Continue' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(lessonPath('aces-foundations', 'support'))
  })

  test('after the skip link, the first thing in a lesson is the exit button', async ({
    page,
    request,
  }) => {
    await newLearner(page, request)
    await startModuleByRequest(page.request, 'aces-foundations')
    await page.goto(lessonPath('aces-foundations', 'what-are-aces'))
    await page.waitForLoadState('networkidle')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Exit this page' })).toBeFocused()
  })
})

test.describe('a lesson on a phone', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  test('the lesson comes first; the exit button stays small and above it; support follows the lesson', async ({
    page,
    request,
  }) => {
    await newLearner(page, request)
    await startModuleByRequest(page.request, 'aces-foundations')
    await page.goto(lessonPath('aces-foundations', 'what-are-aces'))
    const exit = page.getByRole('link', { name: 'Exit this page' })
    const heading = page.locator('.lesson-layout__main > h1')
    await expect(heading).toBeInViewport()
    const exitBox = (await exit.boundingBox())!
    // big enough to hit, small enough not to crowd the lesson
    expect(exitBox.height).toBeGreaterThanOrEqual(24)
    expect(exitBox.height).toBeLessThan(64)
    // the support panel comes after the lesson, not before it
    const support = page.getByRole('complementary', { name: 'If this brings something up' })
    const supportTop = (await support.boundingBox())!.y
    const buttonTop = (await page
      .getByRole('button', { name: 'Mark as read and continue' })
      .boundingBox())!.y
    expect(supportTop).toBeGreaterThan(buttonTop)

    // nothing covers the exit button; it keeps its row at the top rather than follow the
    // reader down over the text (exit-this-page.spec.ts checks the text at each scroll)
    const covered = await exit.evaluate((el) => {
      const box = el.getBoundingClientRect()
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
      return !el.contains(top)
    })
    expect(covered, 'nothing covers the exit button').toBe(false)
    expect(exitBox.y + exitBox.height).toBeLessThanOrEqual((await heading.boundingBox())!.y)
  })

  test('going back up with Shift+Tab, nothing focused is hidden under the exit bar', async ({
    page,
    request,
  }) => {
    const check = packLesson('aces-foundations', 'check')
    await newLearner(page, request)
    await startModuleByRequest(page.request, 'aces-foundations')
    await page.goto(lessonPath('aces-foundations', check.slug))
    await page.waitForLoadState('networkidle')
    await page.getByRole('button', { name: 'Check my answers' }).focus()
    // up through the questions, one radio group or checkbox at a time
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Shift+Tab')
      const { top, barBottom } = await page.evaluate(() => {
        const bar = document.querySelector('.exit-this-page')!.getBoundingClientRect()
        const focused = document.activeElement!.getBoundingClientRect()
        return { top: focused.top, barBottom: bar.bottom }
      })
      expect(top, `focus ${i + 1} steps up is below the sticky exit bar`).toBeGreaterThanOrEqual(
        barBottom - 1,
      )
    }
  })

  test('a letter prints alone', async ({ page, request }) => {
    await newLearner(page, request, { lancashire: true })
    await startModuleByRequest(page.request, 'mias-story')
    await page.goto(`${lessonPath('mias-story', 'the-letters')}?continue=1&letter=2`)
    await page.emulateMedia({ media: 'print' })
    const visible = async (selector: string) => page.locator(selector).first().isVisible()
    expect(await visible('article.letter')).toBe(true)
    for (const hidden of [
      '.site-header',
      '.exit-this-page',
      '.support-panel',
      '.letters__nav',
      '.lesson-nav',
      '.lesson-layout__main > h1',
      '.lesson-breadcrumb',
      '.site-footer',
    ]) {
      expect(await visible(hidden), `${hidden} is not printed`).toBe(false)
    }
    await expect(page.locator('article.letter:visible')).toHaveCount(1)
    await screenshot(page, 'lesson-letter-print', 320)
    await page.setViewportSize({ width: 1280, height: 800 })
    await screenshot(page, 'lesson-letter-print', 1280)
  })
})
