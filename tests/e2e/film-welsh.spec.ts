/**
 * The demonstration film for a Welsh reader: the Welsh captions are on by default and the
 * transcript beside the film is the Welsh one (marked lang="cy"), with a link to the English;
 * an English reader gets the English captions and transcript, with a link to the Welsh.
 */
import { expect, test, type Page } from '@playwright/test'
import { lessonPath, newLearner, startModuleByRequest } from './learning-utils.ts'
import { DEMO, expectNoAxeViolations, signIn } from './utils.ts'
import { reopenInWelsh } from './welsh.ts'

const FILM = `${lessonPath('to-the-edge', 'the-film')}?continue=1`

async function switchTo(page: Page, label: 'Cymraeg' | 'English') {
  await page.getByRole('banner').getByRole('button', { name: label }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', label === 'Cymraeg' ? 'cy' : 'en')
}

/** The captions tracks as the server sends them (video.js takes them over in the browser). */
async function tracksOf(page: Page) {
  const html = await (await page.request.get(FILM)).text()
  return [...html.matchAll(/<track [^>]*>/g)].map(([tag]) => ({
    language: /srcLang="([^"]*)"/i.exec(tag)?.[1],
    label: /label="([^"]*)"/.exec(tag)?.[1],
    default: / default=""/.test(tag),
  }))
}

/** The captions the player shows from the start of the film (not where the learner left it). */
async function captionShown(page: Page) {
  await expect(page.locator('.video-js.vjs-paused, .video-js.vjs-playing').first()).toBeVisible()
  await page.locator('video').evaluate(async (v: HTMLVideoElement) => {
    v.currentTime = 0
    v.muted = true
    await v.play()
  })
  return page.locator('.vjs-text-track-display')
}

test('a Welsh reader gets the film’s Welsh captions and transcript, an English reader the English', async ({
  page,
  request,
}) => {
  // a new learner, so no demo account's language changes under other tests
  await newLearner(page, request)
  await startModuleByRequest(page.request, 'to-the-edge')
  await page.goto(FILM)
  await switchTo(page, 'Cymraeg')

  // both tracks are offered; the Welsh one is on
  expect(await tracksOf(page)).toEqual([
    { language: 'en', label: 'Saesneg', default: false },
    { language: 'cy', label: 'Cymraeg', default: true },
  ])
  await expect(await captionShown(page)).toContainText('Dyma ffilm arddangos ar gyfer')

  const transcript = page.getByRole('region', { name: 'Trawsgrifiad' })
  await expect(transcript).toHaveAttribute('lang', 'cy')
  await expect(transcript).toContainText('Dyma berson ifanc pymtheg oed')
  await expect(
    transcript.getByRole('heading', { name: 'Pennod 1: Plentyndod anodd' }),
  ).toBeVisible()
  await expect(
    page.getByText('Mae’r capsiynau a’r trawsgrifiad Cymraeg yn aros am adolygiad'),
  ).toBeVisible()
  await expectNoAxeViolations(page, 'the film lesson in Welsh')

  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    // the player settles to the new width as it is resized
    await expect
      .poll(
        () =>
          page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          ),
        { message: `no sideways scroll at ${width} px` },
      )
      .toBeLessThanOrEqual(0)
    await page.screenshot({
      path: test.info().outputPath(`film-welsh-${width}.png`),
      fullPage: true,
    })
  }

  // the English transcript is a link away, and the Welsh one a link back
  await page.getByRole('link', { name: 'Darllen y trawsgrifiad yn Saesneg' }).click()
  await expect(transcript).toHaveAttribute('lang', 'en')
  await expect(transcript).toContainText('Meet a young person of fifteen')
  await page.getByRole('link', { name: 'Darllen y trawsgrifiad yn Gymraeg' }).click()
  await expect(transcript).toHaveAttribute('lang', 'cy')

  // in English: the English captions on, the English transcript, a link to the Welsh
  await page.goto(FILM)
  await switchTo(page, 'English')
  expect(await tracksOf(page)).toEqual([
    { language: 'en', label: 'English', default: true },
    { language: 'cy', label: 'Welsh', default: false },
  ])
  await expect(await captionShown(page)).toContainText('This is a demonstration film')
  const english = page.getByRole('region', { name: 'Transcript' })
  await expect(english).toHaveAttribute('lang', 'en')
  await expect(english).toContainText('Meet a young person of fifteen')
  await page.getByRole('link', { name: 'Read the transcript in Welsh' }).click()
  await expect(english).toHaveAttribute('lang', 'cy')
  await expect(english).toContainText('Dyma berson ifanc pymtheg oed')
})

test('teach mode in Welsh shows the film with the Welsh captions and transcript', async ({
  page,
}) => {
  await signIn(page, DEMO.teacherMerseyside)
  // the first lesson plan's third screen (after the ground rules and "Today's film") is the film
  await page.goto('/learn/modules/to-the-edge/lessons/lesson-plan-1-aces/teach?screen=3')
  const video = page.locator('video')
  await expect(video.locator('track[default]')).toHaveAttribute('srclang', 'en')
  // the cookie only, so the demo account's own language is left alone
  await reopenInWelsh(page)
  await expect(video.locator('track[default]')).toHaveAttribute('srclang', 'cy')
  await expect(video.locator('track')).toHaveCount(2)
  await page.getByText('Trawsgrifiad', { exact: true }).click()
  await expect(page.locator('.teach-transcript')).toContainText('Dyma berson ifanc pymtheg oed')
})
