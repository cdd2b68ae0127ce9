import fs from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import YAML from 'yaml'
import { newLearner, startModuleByRequest } from './learning-utils.ts'
import { DEMO, expectNoAxeViolations, signIn } from './utils.ts'

const LESSON = '/learn/modules/to-the-edge/lessons/lesson-plan-1-aces'
const TEACH = `${LESSON}/teach`
// the screens of the first lesson, as its pack has them: the class sees them between a start and an end
const { teach: SCREENS } = YAML.parse(
  /^---\n([\s\S]*?)\n---/.exec(
    fs.readFileSync('modules/to-the-edge/lessons/04-lesson-plan-1-aces.md', 'utf8'),
  )![1]!,
) as { teach: { prompt?: string; notes?: string; film?: string }[] }

const where = (page: Page) => page.getByRole('status').filter({ hasText: /Screen|start|End/ })

test.describe('teach mode at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } })

  test('a teacher moves through a lesson with the keys a clicker sends, notes and help one key away, and logs it at the end', async ({
    page,
  }) => {
    await signIn(page, DEMO.teacherMerseyside)
    // the module page's "For teaching" leads there
    await page.goto('/learn/modules/to-the-edge')
    await page.getByRole('link', { name: /^Teach Lesson plan 1/ }).click()
    await expect(page).toHaveURL(TEACH)
    await expect(
      page.getByRole('heading', { name: 'If a pupil discloses something' }),
    ).toBeVisible()
    await expect(where(page)).toHaveText('Before you start')
    // wait for the page to be interactive: its JavaScript-only buttons appear
    await expect(page.getByRole('button', { name: /Full screen/ })).toBeVisible()

    await page.keyboard.press('ArrowRight')
    await expect(where(page)).toHaveText(`Screen 1 of ${SCREENS.length}`)
    await expect(page).toHaveURL(`${TEACH}?screen=1`)
    await page.keyboard.press('PageDown')
    await expect(where(page)).toHaveText(`Screen 2 of ${SCREENS.length}`)
    await page.keyboard.press('PageUp')
    await expect(where(page)).toHaveText(`Screen 1 of ${SCREENS.length}`)

    // the first prompt, with its notes hidden until N
    const first = SCREENS.findIndex((s) => s.prompt) + 1
    await page.keyboard.press('Home')
    for (let i = 0; i < first; i++) await page.keyboard.press('PageDown')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCREENS[first - 1]!.prompt!)
    const notes = page.getByRole('complementary', { name: 'Teacher’s notes' })
    await expect(notes).toHaveCount(0)
    await page.keyboard.press('n')
    await expect(notes).toBeVisible()
    await expect(notes).toContainText(SCREENS[first - 1]!.notes!.split(/\s+/).slice(0, 4).join(' '))
    await page.keyboard.press('n')
    await expect(notes).toHaveCount(0)

    // help by H, closed by Escape, focus back where it was
    await page.keyboard.press('h')
    const help = page.getByRole('complementary', { name: 'Help for the teacher' })
    await expect(help).toBeVisible()
    await expect(
      help.getByRole('heading', { name: 'If a pupil discloses something' }),
    ).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(help).toHaveCount(0)

    // End: the support message, and the teacher's way to log the lesson
    await page.keyboard.press('End')
    await expect(where(page)).toHaveText('End of the lesson')
    await expect(page.getByText('0800 1111')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Log this delivery' })).toHaveAttribute(
      'href',
      '/learn/deliveries/new?module=to-the-edge&lesson=lesson-plan-1-aces',
    )
    await expectNoAxeViolations(page, 'teach end 1920')
  })

  test('the film screen plays its part with captions on, the transcript one click away', async ({
    page,
  }) => {
    await signIn(page, DEMO.teacherMerseyside)
    const film = SCREENS.findIndex((s) => s.film) + 1
    await page.goto(`${TEACH}?screen=${film}`)
    const video = page.locator('video')
    await expect(video.locator('source')).toHaveAttribute('src', /#t=22\.9,87\.6$/)
    // one track on, in the teacher's language (the film has English and Welsh)
    await expect(video.locator('track[default]')).toHaveAttribute('srclang', 'en')
    await page.getByText('Transcript', { exact: true }).click()
    await expect(page.locator('.teach-transcript')).toHaveAttribute('open', '')
    await expectNoAxeViolations(page, 'teach film 1920')
  })
})

test('the notes window follows the screen the class sees', async ({ page, context }) => {
  await signIn(page, DEMO.teacherMerseyside)
  await page.goto(TEACH)
  await expect(page.getByRole('button', { name: /Full screen/ })).toBeVisible()
  const notes = await context.newPage()
  await notes.goto(`${TEACH}?notes=1`)
  await expect(notes.getByText('These notes follow the screen the class sees.')).toBeVisible()
  const first = SCREENS.findIndex((s) => s.prompt) + 1
  await page.keyboard.press('Home')
  for (let i = 0; i < first; i++) await page.keyboard.press('PageDown')
  await expect(notes.getByRole('status')).toHaveText(`Screen ${first} of ${SCREENS.length}`)
  await expect(notes.getByRole('main')).toContainText(
    SCREENS[first - 1]!.notes!.split(/\s+/).slice(0, 4).join(' '),
  )
})

test.describe('teach mode at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  test('every kind of screen, and the panels, pass axe and fit the screen', async ({ page }) => {
    await signIn(page, DEMO.teacherMerseyside)
    for (const search of [
      '',
      '?screen=1',
      '?screen=4',
      '?screen=6&panel=notes',
      '?screen=6&panel=help',
      '?screen=99',
    ]) {
      await page.goto(`${TEACH}${search}`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
      // the next-screen control stays on screen without scrolling the page
      const next = page.getByRole('navigation', { name: 'Screens' })
      await expect(next).toBeInViewport()
      await expectNoAxeViolations(page, `teach 1280 ${search}`)
    }
  })
})

test.describe('teach mode without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } })

  test('Previous and Next are links that work, and notes open as a page of their own', async ({
    page,
  }) => {
    await signIn(page, DEMO.teacherMerseyside)
    await page.goto(TEACH)
    await page.getByRole('link', { name: 'Start the lesson' }).click()
    await expect(page).toHaveURL(`${TEACH}?screen=1`)
    await expect(page.getByText(`Screen 1 of ${SCREENS.length}`)).toBeVisible()
    await page.getByRole('link', { name: 'Next' }).click()
    await expect(page.getByText(`Screen 2 of ${SCREENS.length}`)).toBeVisible()
    await page.getByRole('link', { name: 'Previous' }).click()
    await expect(page.getByText(`Screen 1 of ${SCREENS.length}`)).toBeVisible()
    await page.getByRole('link', { name: /Notes/ }).click()
    await expect(page.getByRole('complementary', { name: 'Teacher’s notes' })).toBeVisible()
  })
})

test('a classroom lesson page offers "Teach this lesson"', async ({ page, request }) => {
  await newLearner(page, request)
  await startModuleByRequest(page.request, 'to-the-edge')
  await page.goto(`${LESSON}?continue=1`)
  await page.getByRole('link', { name: 'Teach this lesson' }).click()
  await expect(page).toHaveURL(TEACH)
})

test('a lesson not taught to classes has no teach mode, and says so', async ({ page }) => {
  await signIn(page, DEMO.teacherMerseyside)
  const response = await page.goto('/learn/modules/to-the-edge/lessons/the-film/teach')
  expect(response?.status()).toBe(404)
  await expect(page.getByText(/is not a lesson taught to classes/)).toBeVisible()
})
