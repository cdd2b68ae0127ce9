/**
 * The film lesson: the place in the film is saved and comes back, seeking is never blocked,
 * losing focus never pauses, watching it through completes it, and the heartbeat endpoint
 * refuses what it should, including a claim to have watched more than time allows.
 */
import path from 'node:path'
import { expect, test, type Page, type Response } from '@playwright/test'
import Database from 'better-sqlite3'
import { lessonPath, newLearner, startModuleByRequest } from './learning-utils.ts'

const FILM = `${lessonPath('to-the-edge', 'the-film')}?continue=1`

/** The film's <video> once video.js has made it a player and the metadata has loaded. */
async function filmReady(page: Page) {
  await expect(page.locator('.video-js.vjs-paused, .video-js.vjs-playing').first()).toBeVisible()
  await expect
    .poll(() => page.locator('video').evaluate((v: HTMLVideoElement) => v.readyState))
    .toBeGreaterThanOrEqual(1)
}

const currentTime = (page: Page) =>
  page.locator('video').evaluate((v: HTMLVideoElement) => v.currentTime)

const isProgress = (response: Response) =>
  response.url().endsWith('/api/film-progress') && response.request().method() === 'POST'

async function playFor(page: Page, seconds: number) {
  await page.locator('video').evaluate(async (v: HTMLVideoElement) => {
    v.muted = true
    await v.play()
  })
  const from = await currentTime(page)
  await expect.poll(() => currentTime(page), { timeout: 15_000 }).toBeGreaterThan(from + seconds)
}

async function pauseAndSave(page: Page) {
  const saved = page.waitForResponse(isProgress)
  await page.locator('video').evaluate((v: HTMLVideoElement) => v.pause())
  const response = await saved
  expect(response.status()).toBe(200)
  return response.request().postDataJSON() as {
    lessonId: number
    position: number
    watchedSeconds: number
  }
}

test('a learner leaves the film part-way and comes back to the same place', async ({
  page,
  request,
}) => {
  await newLearner(page, request)
  await startModuleByRequest(page.request, 'to-the-edge')
  await page.goto(FILM)
  await filmReady(page)
  expect(await currentTime(page)).toBeLessThan(1)

  // a few seconds in from a chapter, then a pause, which saves the place
  await page.locator('video').evaluate((v: HTMLVideoElement) => (v.currentTime = 20))
  await playFor(page, 2)
  const saved = await pauseAndSave(page)
  expect(saved.position).toBeGreaterThan(21)
  expect(saved.watchedSeconds).toBeGreaterThan(1)
  // the jump to 20 s was not counted as watched
  expect(saved.watchedSeconds).toBeLessThan(10)

  // leaving the page
  await page.goto('/learn')
  await expect(page.getByRole('region', { name: 'Continue where you left off' })).toContainText(
    "Last open: The film: a young person's story",
  )

  // coming back: the player starts where it was left
  await page.goto(FILM)
  await filmReady(page)
  await expect.poll(() => currentTime(page)).toBeGreaterThan(saved.position - 1)
  expect(await currentTime(page)).toBeLessThan(saved.position + 1)
})

test('navigating away while the film plays saves the place on the way out', async ({
  page,
  request,
}) => {
  await newLearner(page, request)
  await startModuleByRequest(page.request, 'to-the-edge')
  await page.goto(FILM)
  await filmReady(page)
  await page.locator('video').evaluate((v: HTMLVideoElement) => (v.currentTime = 40))
  await playFor(page, 1)
  // moving to the next lesson inside the app: the player sends its last report as it goes
  const sent = page
    .context()
    .waitForEvent('requestfinished', (r) => r.url().endsWith('/api/film-progress'))
  await page.getByRole('link', { name: 'Next lesson' }).click()
  await sent
  await expect(page).toHaveURL(lessonPath('to-the-edge', 'facilitator-guide'))
  await page.goto(FILM)
  await filmReady(page)
  await expect.poll(() => currentTime(page)).toBeGreaterThan(40)

  // leaving the site altogether (a full page load elsewhere): a beacon on pagehide
  await page.locator('video').evaluate((v: HTMLVideoElement) => (v.currentTime = 55))
  await playFor(page, 1)
  // (a beacon sent while a page unloads is out of Playwright's sight: note it in sessionStorage)
  await page.evaluate(() => {
    const send = navigator.sendBeacon.bind(navigator)
    navigator.sendBeacon = (url, data) => {
      const queued = send(url, data)
      sessionStorage.setItem('beacon', `${String(url)} ${queued}`)
      return queued
    }
  })
  await page.goto('/learn/certificates')
  expect(await page.evaluate(() => sessionStorage.getItem('beacon'))).toBe(
    '/api/film-progress true',
  )
  await page.waitForTimeout(500) // for the beacon to reach the server
  await page.goto(FILM)
  await filmReady(page)
  await expect.poll(() => currentTime(page)).toBeGreaterThan(55)
})

test('seeking is never blocked, and losing focus does not pause the film', async ({
  page,
  request,
}) => {
  await newLearner(page, request)
  await startModuleByRequest(page.request, 'to-the-edge')
  await page.goto(FILM)
  await filmReady(page)

  // straight to near the end, without having watched any of it
  await page.locator('video').evaluate((v: HTMLVideoElement) => (v.currentTime = 260))
  await page.waitForTimeout(1000)
  expect(await currentTime(page)).toBeGreaterThanOrEqual(259.5)

  // and back again
  await page.locator('video').evaluate((v: HTMLVideoElement) => (v.currentTime = 5))
  await page.waitForTimeout(500)
  expect(await currentTime(page)).toBeLessThan(6)

  // chapters jump too
  await page.getByRole('button', { name: /Knife crime/ }).click()
  await expect.poll(() => currentTime(page)).toBeGreaterThanOrEqual(151)

  // playing, the window loses focus and the page is hidden: it keeps playing
  await playFor(page, 0.5)
  await page.evaluate(() => {
    window.dispatchEvent(new Event('blur'))
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    Object.defineProperty(document, 'hidden', { value: true, configurable: true })
    document.dispatchEvent(new Event('visibilitychange'))
  })
  await page.waitForTimeout(1000)
  expect(await page.locator('video').evaluate((v: HTMLVideoElement) => v.paused)).toBe(false)
})

test('the film’s play button can be reached and used with the keyboard', async ({
  page,
  request,
}) => {
  await newLearner(page, request)
  await startModuleByRequest(page.request, 'to-the-edge')
  await page.goto(FILM)
  await filmReady(page)
  await page.locator('video').evaluate((v: HTMLVideoElement) => (v.muted = true))

  // Tab from the top of the lesson until the player's play button has focus
  await page.getByRole('heading', { level: 1 }).click()
  const play = page.getByRole('button', { name: 'Play Video' })
  let reached = false
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab')
    reached = await play.evaluate((el) => el === document.activeElement)
  }
  expect(reached, 'the play button is in the tab order').toBe(true)
  const outline = await play.evaluate((el) => getComputedStyle(el).outlineStyle)
  expect(outline, 'focus is visible on the play button').not.toBe('none')
  await page.keyboard.press('Enter')
  await expect
    .poll(() => page.locator('video').evaluate((v: HTMLVideoElement) => v.paused))
    .toBe(false)
  await expect.poll(() => currentTime(page)).toBeGreaterThan(0.3)

  // the control bar's play/pause button pauses it again, by keyboard
  const pause = page.locator('.vjs-control-bar').getByRole('button', { name: 'Pause' })
  await pause.focus()
  await page.keyboard.press('Enter')
  await expect
    .poll(() => page.locator('video').evaluate((v: HTMLVideoElement) => v.paused))
    .toBe(true)
})

/**
 * Where a learner's earlier sittings left the film, written as their heartbeats would have
 * saved it: the server credits at most twice the time that really passes, so watching all of
 * the 4.5-minute demo film in the test would take more than two minutes.
 */
function watchedEarlier(email: string, position: number, watchedSeconds: number) {
  const database = new Database(path.join(process.env.E2E_RUN_DIR!, 'upstream.db'))
  try {
    const changed = database
      .prepare(
        `update lesson_progress set position = ?, watched_seconds = ?
         where lesson_id in (select id from lessons where kind = 'film')
           and enrolment_id in (select e.id from enrolments e join users u on u.id = e.user_id
                                where u.email = ?)`,
      )
      .run(position, watchedSeconds, email).changes
    expect(changed).toBe(1)
  } finally {
    database.close()
  }
}

test('watching the rest of the film through at double speed completes the lesson', async ({
  page,
  request,
}) => {
  // The learner watched all but the last half minute in earlier sittings, then plays the rest
  // at 2x (the fastest speed the server credits in full): about 15 s, and the end completes it.
  test.setTimeout(90_000)
  const learner = await newLearner(page, request)
  await startModuleByRequest(page.request, 'to-the-edge')
  await page.goto(FILM)
  await filmReady(page)
  watchedEarlier(learner.email, 240, 235)
  await page.goto(FILM)
  await filmReady(page)
  await expect.poll(() => currentTime(page)).toBeGreaterThan(239)
  await page.locator('video').evaluate(async (v: HTMLVideoElement) => {
    v.muted = true
    v.playbackRate = 2
    await v.play()
  })
  // the module's page, in a second tab, shows whether the film lesson is done
  const overview = await page.context().newPage()
  const filmRow = overview.locator('.lesson-list li', {
    hasText: "The film: a young person's story",
  })
  const filmDone = async () => {
    await overview.goto('/learn/modules/to-the-edge')
    return (await filmRow.textContent()) ?? ''
  }
  // 235 s of 269 s watched is under 90 %: not done while the rest plays
  expect(await filmDone()).not.toContain('Done')
  // a heartbeat once 90 % has been watched (every 15 s, or the one at the end) completes it
  await expect.poll(filmDone, { timeout: 45_000, intervals: [2000] }).toContain('Done')
  expect(await currentTime(page)).toBeGreaterThan(0.9 * 269)
})

test.describe('the film progress endpoint', () => {
  test('refuses a signed-out heartbeat and a malformed one, and believes no more watching than time allows', async ({
    page,
    request,
    playwright,
    baseURL,
  }) => {
    await newLearner(page, request)
    await startModuleByRequest(page.request, 'to-the-edge')
    await page.goto(FILM)
    await filmReady(page)
    await page.locator('video').evaluate((v: HTMLVideoElement) => (v.currentTime = 3))
    await playFor(page, 0.3)
    const { lessonId } = await pauseAndSave(page)

    // signed out: 401
    const anonymous = await playwright.request.newContext({ baseURL })
    const signedOut = await anonymous.post('/api/film-progress', {
      data: { lessonId, position: 10, watchedSeconds: 10 },
    })
    expect(signedOut.status()).toBe(401)
    await anonymous.dispose()

    // signed in, but the body is wrong: 400
    const wrongShape = await page.request.post('/api/film-progress', {
      data: { lessonId: String(lessonId), position: -1 },
    })
    expect(wrongShape.status()).toBe(400)
    const notJson = await page.request.post('/api/film-progress', {
      headers: { 'Content-Type': 'application/json' },
      data: '{"lessonId": ',
    })
    expect(notJson.status()).toBe(400)
    // someone else's film, or no film at all: not found
    const noSuchLesson = await page.request.post('/api/film-progress', {
      data: { lessonId: 999_999, position: 1, watchedSeconds: 1 },
    })
    expect(noSuchLesson.status()).toBe(404)

    // a claim that a 1-second film was watched, or that nearly all 269 s were watched seconds
    // after the page opened: saved, but not complete
    for (const claim of [
      { position: 1, watchedSeconds: 1, duration: 1 },
      { position: 266, watchedSeconds: 263, duration: 269 },
    ]) {
      const claimed = await page.request.post('/api/film-progress', {
        data: { lessonId, ...claim },
      })
      expect(claimed.status()).toBe(200)
      expect(await claimed.json()).toEqual({ saved: true, complete: false })
    }
    await page.goto('/learn/modules/to-the-edge')
    await expect(
      page.locator('.lesson-list li', { hasText: "The film: a young person's story" }),
    ).not.toContainText('Done')
  })
})
