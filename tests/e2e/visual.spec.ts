/**
 * Screenshots of every page at a small phone's width and at desktop width, for a person to look
 * at (tests/.tmp/screenshots, git-ignored), plus what a machine can judge: nothing makes the page
 * scroll sideways, and axe is content at phone width too.
 */
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { openCase, PAGES } from './pages.ts'
import { expectNoAxeViolations } from './utils.ts'

const SCREENSHOTS = path.resolve(import.meta.dirname, '../.tmp/screenshots')
const VIEWPORTS = [
  { label: '320', width: 320, height: 640 },
  { label: '1280', width: 1280, height: 800 },
]

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}px`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } })
    // up to three full-page screenshots and an axe run of a long page: on a busy two-core
    // machine that has taken 33 s, past the default 30; a long page at 320 px (the organisation
    // page with its compliance cards) took over 60 s while a second suite ran beside it
    test.describe.configure({ timeout: 120_000 })

    for (const pageCase of PAGES) {
      test(pageCase.name, async ({ page, request }) => {
        await openCase(page, request, pageCase)
        const file = (suffix = '') =>
          path.join(SCREENSHOTS, `${pageCase.name}-${viewport.label}${suffix}.png`)
        await page.screenshot({ path: file(), fullPage: true })
        // a very long page is hard to look at whole: its top and bottom as well
        const height = await page.evaluate(() => document.documentElement.scrollHeight)
        if (height > 2400) {
          const width = viewport.width
          await page.screenshot({
            path: file('-top'),
            fullPage: true,
            clip: { x: 0, y: 0, width, height: 1600 },
          })
          await page.screenshot({
            path: file('-bottom'),
            fullPage: true,
            clip: { x: 0, y: height - 1600, width, height: 1600 },
          })
        }
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0)
        // narrow screens bring their own problems (a table that scrolls must be reachable by keyboard)
        if (viewport.width < 600)
          await expectNoAxeViolations(page, `${pageCase.name} at ${viewport.width}px`)
      })
    }
  })
}
