/**
 * The learner's journey through a module, as a person would take it in a browser: content
 * notes first, letters one at a time, a knowledge check failed and then passed, a private
 * reflection, the last lesson, the rating afterwards and a certificate anyone can check.
 */
import { expect, test } from '@playwright/test'
import {
  chooseAnswers,
  completeModuleByRequest,
  lessonPath,
  newLearner,
  readPack,
  rightAnswers,
  startModuleByRequest,
  wrongAnswers,
} from './learning-utils.ts'

import { createLearner, postSignIn } from './utils.ts'

const EXIT_TO = 'https://www.bbc.co.uk/weather'

test('a Lancashire learner works through Mia’s Story and gets a certificate anyone can check', async ({
  page,
  request,
  browser,
}) => {
  test.setTimeout(90_000)
  const pack = readPack('mias-story')
  const letters = pack.lessons.find((l) => l.kind === 'letters')!
  const check = pack.lessons.find((l) => l.kind === 'check')!
  const learner = await newLearner(page, request, { name: 'Nadia Fairclough', lancashire: true })

  // The module is in the catalogue for a Lancashire learner.
  await page.goto('/learn')
  await page.getByRole('main').getByRole('link', { name: "Mia's Story" }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Mia's Story")
  await expect(page.getByRole('heading', { name: 'Content note' })).toBeVisible()
  await page.getByRole('button', { name: 'Start this module' }).click()

  // The self-rating before: five statements, 1 to 5.
  await expect(page).toHaveURL('/learn/modules/mias-story/evaluation/pre')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Before you start')
  await expect(page.getByRole('group')).toHaveCount(5)
  for (let i = 0; i < 5; i++) await page.locator(`#s${i}-3`).check()
  await page.getByRole('button', { name: 'Save and continue' }).click()

  // The letters wait behind their content note.
  await expect(page).toHaveURL(lessonPath('mias-story', letters.slug))
  await expect(page.getByRole('heading', { name: 'Before you start: content note' })).toBeVisible()
  await expect(page.locator('.letter')).toHaveCount(0)
  await page.getByRole('link', { name: 'Continue to the lesson' }).click()

  // One letter at a time, all of them.
  const total = letters.letters!.length
  expect(total).toBeGreaterThan(1)
  for (let n = 1; n <= total; n++) {
    await expect(page.getByText(`Letter ${n} of ${total}`, { exact: true })).toBeVisible()
    await expect(page.locator('article.letter')).toHaveCount(1)
    const letter = letters.letters![n - 1]!
    await expect(
      page.getByRole('heading', { level: 2, name: `From ${letter.from} to ${letter.to}` }),
    ).toBeVisible()
    const firstLine = letter.body
      .split('\n')
      .find((line) => line.trim().length > 20)!
      .trim()
    await expect(page.locator('article.letter')).toContainText(firstLine.slice(0, 40))
    if (n > 1) {
      // turning the page shows the next letter, not the top of the lesson again
      await expect(page.locator('article.letter h2')).toBeInViewport()
      await expect(page.locator('.letter__date time')).toHaveAttribute('datetime', letter.date)
    }
    if (n < total) {
      await expect(page.getByRole('button', { name: 'I have read all the letters' })).toHaveCount(0)
      await page.getByRole('link', { name: 'Next letter' }).click()
    }
  }
  await expect(page.getByRole('link', { name: 'Next letter' })).toHaveCount(0)
  await page.getByRole('button', { name: 'I have read all the letters' }).click()

  // A reading lesson, then the classroom activity.
  await expect(page).toHaveURL(lessonPath('mias-story', 'supporting-a-pupil'))
  await expect(page.locator('.support-panel')).toContainText('116 123')
  await page.getByRole('button', { name: 'Mark as read and continue' }).click()
  await expect(page).toHaveURL(lessonPath('mias-story', 'classroom-guide'))
  const guide = page.getByRole('link', { name: /Classroom guide for Mia's Story/ })
  await expect(guide).toHaveAttribute('href', /\.pdf$/)
  const download = await page.request.get((await guide.getAttribute('href'))!)
  expect(download.headers()['content-type']).toContain('application/pdf')
  await page.getByRole('button', { name: 'Mark as done and continue' }).click()

  // The reflection: saved as it is typed, private.
  await expect(page).toHaveURL(lessonPath('mias-story', 'reflection'))
  await expect(page.getByText('Only you can see what you write here.')).toBeVisible()
  const first = page.getByRole('textbox').first()
  await first.fill('I would ask our DSL how we learn about families in this situation.')
  await expect(page.locator('#answer0-status')).toHaveText('Saved')
  await page.reload()
  await expect(page.getByRole('textbox').first()).toHaveValue(
    'I would ask our DSL how we learn about families in this situation.',
  )
  await page.getByRole('button', { name: 'Save and continue' }).click()

  // The knowledge check: wrong answers first, with feedback and a way to try again.
  await expect(page).toHaveURL(lessonPath('mias-story', check.slug))
  await expect(page.getByText('The pass mark is 80%.')).toBeVisible()
  await chooseAnswers(page, wrongAnswers('mias-story', check.slug))
  await page.getByRole('button', { name: 'Check my answers' }).click()
  const status = page.getByRole('status')
  await expect(status).toContainText('You scored 0%. The pass mark is 80%.')
  // the form was at the bottom of a long page: the score is brought into view, with focus on it
  const score = page.getByRole('heading', { name: /You scored 0%/ })
  await expect(score).toBeFocused()
  await expect(score).toBeInViewport()
  await expect(page.getByText('Not quite').first()).toBeVisible()
  const firstQuestion = check.questions![0]!
  const firstWrong = firstQuestion.options.find((o) => !o.correct)!
  await expect(page.getByRole('main')).toContainText(firstWrong.feedback)
  await expect(page.getByRole('link', { name: 'Continue' })).toHaveCount(0)
  await page.getByRole('link', { name: 'Try again' }).click()

  await expect(page.getByText('Your best score so far is 0%.')).toBeVisible()
  await chooseAnswers(page, rightAnswers('mias-story', check.slug))
  await page.getByRole('button', { name: 'Check my answers' }).click()
  await expect(page.getByRole('status')).toContainText('You passed with 100%')
  await expect(page.getByText('Not quite')).toHaveCount(0)
  // the way on is beside the score, and again after the feedback
  await expect(page.getByRole('link', { name: 'Continue', exact: true })).toHaveCount(2)
  await page.getByRole('status').getByRole('link', { name: 'Continue' }).click()

  // The last lesson completes the module and asks for the rating afterwards.
  await expect(page).toHaveURL(lessonPath('mias-story', 'support-for-families'))
  await page.getByRole('button', { name: 'Mark as read and continue' }).click()
  await expect(page).toHaveURL('/learn/modules/mias-story/evaluation/post')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Now that you have finished')
  for (let i = 0; i < 5; i++) await page.locator(`#s${i}-4`).check()
  await page.getByRole('button', { name: 'Save and continue' }).click()

  // Finishing has a page of its own; the module page offers the certificate afterwards too.
  await expect(page).toHaveURL('/learn/modules/mias-story/complete')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You have completed this module')
  await page.getByRole('link', { name: 'Back to the module' }).click()
  await expect(page).toHaveURL('/learn/modules/mias-story')
  await expect(page.getByRole('heading', { name: /You completed this module on/ })).toBeVisible()
  const certificateLink = page.getByRole('link', { name: 'Download your certificate (PDF)' })
  const href = (await certificateLink.getAttribute('href'))!
  const code = /^\/learn\/certificates\/([A-Z0-9-]+)\/pdf$/.exec(href)?.[1]
  expect(code, href).toBeTruthy()
  const pdf = await page.request.get(href)
  expect(pdf.status()).toBe(200)
  expect(pdf.headers()['content-type']).toBe('application/pdf')
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-')

  // It is listed with the others, and all of them download as one PDF.
  await page.goto('/learn/certificates')
  await expect(page.getByRole('main')).toContainText(code!)
  const all = await page.request.get('/learn/certificates/all.pdf')
  expect(all.headers()['content-type']).toBe('application/pdf')
  expect((await all.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  await page.goto('/learn')
  await expect(page.getByRole('main')).toContainText("Mia's Story (completed")

  // Anyone with the code can check it, signed out.
  const stranger = await browser.newContext()
  const check2 = await stranger.newPage()
  const response = await check2.goto(`/certificates/${code}`)
  expect(response?.status()).toBe(200)
  await expect(check2.getByRole('heading', { level: 1 })).toHaveText('This certificate is valid')
  await expect(check2.getByRole('main')).toContainText(learner.name)
  await expect(check2.getByRole('main')).toContainText("Mia's Story")
  await expect(check2.getByRole('main')).toContainText(code!)
  // and only the code's own certificate: a made-up code is not valid
  expect((await check2.goto('/certificates/ABCDE-FGHJK'))?.status()).toBe(404)
  await expect(check2.getByRole('heading', { level: 1 })).toHaveText('No certificate has this code')
  // the PDF itself is the learner's alone: not for someone signed out, nor another learner
  const signedOut = await check2.request.get(href, { maxRedirects: 0 })
  expect(signedOut.status()).toBe(302)
  await stranger.close()
  const colleague = await createLearner(request, { name: 'Another Teacher' })
  await postSignIn(request, colleague.email, colleague.password)
  expect((await request.get(href)).status()).toBe(404)
})

test('a teacher who completed To the Edge goes back to read the lesson plans, and the completion stays as it was', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000)
  await newLearner(page, request, { name: 'Sam Okafor' })
  const code = await completeModuleByRequest(page.request, 'to-the-edge')
  const plan = readPack('to-the-edge').lessons.find((l) => l.title.startsWith('Lesson plan 1'))!

  await page.goto('/learn/modules/to-the-edge')
  await expect(page.getByRole('heading', { name: /You completed this module on/ })).toBeVisible()
  await page.getByRole('link', { name: plan.title, exact: true }).click()
  await expect(page).toHaveURL(lessonPath('to-the-edge', plan.slug))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(plan.title)
  await expect(
    page.getByText('You completed this module. You are reading it again', { exact: false }),
  ).toBeVisible()
  await expect(
    page.getByRole('complementary', { name: 'If this brings something up' }),
  ).toBeVisible()
  await page.getByRole('link', { name: 'Next lesson' }).click()
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(plan.title)

  // Reading it again started nothing: the same completion, the same one certificate
  await page.goto('/learn/modules/to-the-edge')
  await expect(page.getByRole('heading', { name: /You completed this module on/ })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Take it again as a refresher' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Download your certificate (PDF)' })).toHaveAttribute(
    'href',
    `/learn/certificates/${code}/pdf`,
  )
  await page.goto('/learn/certificates')
  await expect(page.getByRole('main').getByText('To the Edge')).toHaveCount(1)
})

test('My learning shows each module in progress once', async ({ page, request }) => {
  await newLearner(page, request)
  await startModuleByRequest(page.request, 'aces-foundations')
  await startModuleByRequest(page.request, 'knife-crime-exploitation')
  await page.goto('/learn')
  const panel = page.getByRole('region', { name: 'Continue where you left off' })
  await expect(panel).toContainText('Knife crime')
  // each module in one place above the catalogue, wherever it is put (another test may have
  // assigned one): the Continue box, an assigned card or the in-progress list
  for (const slug of ['aces-foundations', 'knife-crime-exploitation']) {
    const places = page.locator(
      `xpath=//h2[normalize-space()="Browse modules"]/preceding::*[self::li or self::section][.//a[@href="/learn/modules/${slug}"]]`,
    )
    await expect(places).toHaveCount(1)
  }
})

test('a module owned by Lancashire is not offered to a Merseyside learner', async ({
  page,
  request,
}) => {
  await newLearner(page, request)
  await page.goto('/learn')
  await expect(
    page.getByRole('main').getByRole('link', { name: 'To the Edge' }).first(),
  ).toBeVisible()
  await expect(page.getByRole('main').getByRole('link', { name: "Mia's Story" })).toHaveCount(0)
  const response = await page.goto('/learn/modules/mias-story')
  expect(response?.status()).toBe(404)
})

test.describe('content notes', () => {
  test('a lesson with a content note shows it first; continuing shows the lesson', async ({
    page,
    request,
  }) => {
    await newLearner(page, request)
    const lesson = readPack('aces-foundations').lessons.find((l) => l.contentNote)!
    await startModuleByRequest(page.request, 'aces-foundations')
    await page.goto(lessonPath('aces-foundations', lesson.slug))
    const note = page.getByRole('region', { name: 'Before you start: content note' })
    await expect(note).toContainText(lesson.contentNote!.slice(0, 60))
    await expect(note.getByRole('link', { name: 'Read the transcript instead' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Mark as read and continue' })).toHaveCount(0)
    // the support panel is there before the lesson, too
    await expect(
      page.getByRole('complementary', { name: 'If this brings something up' }),
    ).toBeVisible()

    await note.getByRole('link', { name: 'Continue to the lesson' }).click()
    await expect(page).toHaveURL(`${lessonPath('aces-foundations', lesson.slug)}?continue=1`)
    await expect(page.getByRole('region', { name: 'Before you start: content note' })).toHaveCount(
      0,
    )
    await expect(page.getByRole('button', { name: 'Mark as read and continue' })).toBeVisible()

    // once opened, coming back goes straight to the lesson
    await page.goto(lessonPath('aces-foundations', lesson.slug))
    await expect(page.getByRole('button', { name: 'Mark as read and continue' })).toBeVisible()
  })

  test('leaving at the content note goes back to the module, and nothing is counted as opened', async ({
    page,
    request,
  }) => {
    await newLearner(page, request)
    await startModuleByRequest(page.request, 'to-the-edge')
    await page.goto(lessonPath('to-the-edge', 'the-film'))
    await page.getByRole('link', { name: 'Leave this lesson for now' }).click()
    await expect(page).toHaveURL('/learn/modules/to-the-edge')
    const film = page.locator('.lesson-list li', { hasText: "The film: a young person's story" })
    await expect(film).toContainText('Not started')
  })

  test('the film’s note offers the transcript instead, which opens first', async ({
    page,
    request,
  }) => {
    await newLearner(page, request)
    await startModuleByRequest(page.request, 'to-the-edge')
    await page.goto(lessonPath('to-the-edge', 'the-film'))
    await expect(
      page.getByRole('region', { name: 'Before you start: content note' }),
    ).toContainText('You can read the transcript instead')
    await page.getByRole('link', { name: 'Read the transcript instead' }).click()
    await expect(page).toHaveURL(/view=transcript/)
    const transcript = page.locator('.transcript__text')
    await expect(transcript).toBeVisible()
    await expect(transcript).toContainText('Meet a young person of fifteen')
    // the transcript comes before the film: above it, or to its left on a wide screen
    const transcriptBox = (await page.locator('.transcript').boundingBox())!
    const filmBox = (await page.locator('.film').boundingBox())!
    expect(
      transcriptBox.y < filmBox.y || (transcriptBox.y === filmBox.y && transcriptBox.x < filmBox.x),
    ).toBe(true)

    // reading it counts the same as watching
    await page.getByRole('button', { name: 'I have read the transcript' }).click()
    await expect(page).toHaveURL(lessonPath('to-the-edge', 'facilitator-guide'))
    await page.goto('/learn/modules/to-the-edge')
    await expect(
      page.locator('.lesson-list li', { hasText: "The film: a young person's story" }),
    ).toContainText('Done')
  })
})

test.describe('exit this page', () => {
  test('the button goes to a neutral page at once, and the place is kept', async ({
    page,
    request,
  }) => {
    await newLearner(page, request)
    await startModuleByRequest(page.request, 'knife-crime-exploitation')
    const lesson = readPack('knife-crime-exploitation').lessons[2]!
    await page.goto(`${lessonPath('knife-crime-exploitation', lesson.slug)}?continue=1`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title)

    const exit = page.getByRole('link', { name: 'Exit this page' })
    await expect(exit).toHaveAttribute('href', EXIT_TO)
    // it is the first thing in the lesson, and on a long page it stays in view
    await expect(exit).toBeInViewport()
    await page.route('https://www.bbc.co.uk/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
    )
    await exit.click()
    await expect(page).toHaveURL(EXIT_TO)
    // the lesson was replaced in the history: Back does not show it again
    await page.goBack()
    expect(page.url()).not.toContain(lesson.slug)

    await page.goto('/learn')
    const panel = page.getByRole('region', { name: 'Continue where you left off' })
    await expect(panel).toContainText(`Last open: ${lesson.title}`)
    await expect(panel.getByRole('link', { name: 'Continue' })).toHaveAttribute(
      'href',
      lessonPath('knife-crime-exploitation', lesson.slug),
    )
    await panel.getByRole('link', { name: 'Continue' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title)
  })

  test('capital letters typed in a reflection never count as the Shift shortcut', async ({
    page,
    request,
  }) => {
    await newLearner(page, request)
    await startModuleByRequest(page.request, 'aces-foundations')
    await page.goto(lessonPath('aces-foundations', 'reflection'))
    await page.waitForLoadState('networkidle')
    const answer = page.getByRole('textbox').first()
    await answer.click()
    // Shift with a letter, three times in quick succession, as someone typing capitals would
    for (const key of ['Shift+A', 'Shift+C', 'Shift+E', 'Shift+D', 'Shift+S', 'Shift+L']) {
      await page.keyboard.press(key)
    }
    await expect(answer).toHaveValue('ACEDSL')
    expect(page.url()).toContain('/lessons/reflection')
  })

  test('pressing Shift three times leaves too', async ({ page, request }) => {
    await newLearner(page, request)
    await startModuleByRequest(page.request, 'aces-foundations')
    await page.goto(lessonPath('aces-foundations', 'what-are-aces'))
    await page.route('https://www.bbc.co.uk/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
    )
    // the shortcut is the page's script: wait until it runs
    await page.waitForLoadState('networkidle')
    await page.keyboard.press('Shift')
    await page.keyboard.press('Shift')
    await page.keyboard.press('Shift')
    await expect(page).toHaveURL(EXIT_TO)
  })
})

test.describe('nothing typed is lost by leaving', () => {
  const reflection = lessonPath('aces-foundations', 'reflection')

  test('following a link straight after typing keeps the words', async ({ page, request }) => {
    await newLearner(page, request)
    await startModuleByRequest(page.request, 'aces-foundations')
    await page.goto(reflection)
    await page.waitForLoadState('networkidle')
    await page.getByRole('textbox').first().fill('Written just before I clicked away')
    // at once, before the autosave's pause is over
    await page.getByRole('link', { name: 'Next lesson' }).click()
    await expect(page).not.toHaveURL(reflection)
    await expect(async () => {
      await page.goto(reflection)
      await expect(page.getByRole('textbox').first()).toHaveValue(
        'Written just before I clicked away',
        {
          timeout: 500,
        },
      )
    }).toPass({ timeout: 15_000 })
  })

  test('leaving with "Exit this page" straight after typing keeps the words', async ({
    page,
    request,
  }) => {
    await newLearner(page, request)
    await startModuleByRequest(page.request, 'aces-foundations')
    await page.goto(reflection)
    await page.waitForLoadState('networkidle')
    await page.route('https://www.bbc.co.uk/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
    )
    await page.getByRole('textbox').nth(1).fill('Typed in a hurry')
    await page.getByRole('link', { name: 'Exit this page' }).click()
    await expect(page).toHaveURL(EXIT_TO)
    await expect(async () => {
      await page.goto(reflection)
      await expect(page.getByRole('textbox').nth(1)).toHaveValue('Typed in a hurry', {
        timeout: 500,
      })
    }).toPass({ timeout: 15_000 })
  })
})
