import { expect, test } from '@playwright/test'
import { openCase, PAGES } from './pages.ts'
import { DEMO, expectNoAxeViolations, signIn } from './utils.ts'
import { expectNoEnglish, reopenInWelsh } from './welsh.ts'

test.describe('axe finds no WCAG 2.2 AA violations, in English and in Welsh', () => {
  for (const pageCase of PAGES) {
    test(pageCase.name, async ({ page, request }) => {
      await openCase(page, request, pageCase)
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
      await expect(page).toHaveTitle(/Upstream/)
      await expectNoAxeViolations(page, pageCase.name)
      // the same page for a person who chose Cymraeg: no English that is not marked content
      await reopenInWelsh(page)
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
      await expectNoAxeViolations(page, `${pageCase.name} in Welsh`)
      await expectNoEnglish(page, pageCase.name)
    })
  }
})

test.describe('keyboard', () => {
  test('the first Tab on the sign-in page reaches the skip link, which moves focus to the main content', async ({
    page,
  }) => {
    await page.goto('/login')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to main content' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(page.locator('main')).toBeFocused()
    // the next Tab continues inside the main content, not back in the header
    await page.keyboard.press('Tab')
    const inMain = await page.evaluate(() => document.activeElement?.closest('main') !== null)
    expect(inMain).toBe(true)
  })

  test('the sign-in form can be completed with the keyboard alone', async ({ page }) => {
    await page.goto('/login')
    await page.getByLabel('Email address').focus()
    await page.keyboard.type('teacher.lancashire@demo.upstream.test')
    await page.keyboard.press('Tab')
    await expect(page.getByLabel('Password', { exact: true })).toBeFocused()
    await page.keyboard.type('upstream-demo-2026')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL('/learn')
  })

  test('focus is visible on links and buttons', async ({ page }) => {
    await page.goto('/login')
    const button = page.getByRole('button', { name: 'Sign in' })
    await button.focus()
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Tab')
    await expect(button).toBeFocused()
    const outline = await button.evaluate((el) => getComputedStyle(el).outlineStyle)
    expect(outline).not.toBe('none')
  })
})

test.describe('a table too wide for a phone', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  test('scrolls in a region that a keyboard can reach, named by its caption', async ({ page }) => {
    await signIn(page, DEMO.admin)
    await page.goto('/reports')
    const region = page.getByRole('region', { name: 'Units side by side' })
    await expect(region).toHaveAttribute('tabindex', '0')
    await region.focus()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)

    // at desktop width it fits, and stays out of the tab order
    await page.setViewportSize({ width: 1280, height: 800 })
    await expect(page.getByRole('region', { name: 'Units side by side' })).toHaveCount(0)
    await expect(page.locator('.table-wrap[tabindex]')).toHaveCount(0)
  })
})
