/**
 * The studio as a trainer uses it: a module with a reading lesson, a film with captions and a
 * three-question check, published to their unit; a learner in the unit completes it, a learner
 * in another unit cannot see it, a republished version leaves the first completion as it was, and
 * the unit's lead assigns the module with a due date to a school whose new learner sees it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { createLearner, DEMO, expectNoAxeViolations, signIn } from './utils.ts'

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures')
const SCREENSHOTS = path.resolve(import.meta.dirname, '../.tmp/screenshots/studio')

async function screenshots(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true })
  }
  await page.setViewportSize({ width: 1280, height: 900 })
}

async function checkPage(page: Page, name: string) {
  await expectNoAxeViolations(page, name)
  await screenshots(page, name)
}

async function addLesson(page: Page, kind: string, title: string, position?: string) {
  await page.getByLabel('Kind of lesson').selectOption({ label: kind })
  await page.getByLabel('Lesson title').fill(title)
  if (position) await page.getByLabel('Position').selectOption({ label: position })
  await page.getByRole('button', { name: 'Add the lesson' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit lesson: ${title}`)
}

const QUESTIONS = [
  {
    prompt: 'Where did the conversation happen?',
    right: 'In a school corridor',
    wrong: 'On a bus',
  },
  {
    prompt: 'What helps a pupil feel safe?',
    right: 'A calm, steady adult',
    wrong: 'Raised voices',
  },
  { prompt: 'Who do you tell about a concern?', right: 'The safeguarding lead', wrong: 'Nobody' },
]

test('a trainer publishes a module with a film to their unit; its learners complete it, others never see it', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const title = `Safe corridors ${Date.now().toString(36)}`
  const trainer = await (await browser.newContext()).newPage()
  await signIn(trainer, DEMO.trainer)

  // Create the module.
  await trainer.goto('/studio')
  await checkPage(trainer, 'studio-index')
  await trainer.getByRole('link', { name: 'Create a module' }).click()
  await checkPage(trainer, 'studio-new')
  await trainer.getByLabel('Title').fill(title)
  await trainer
    .getByLabel('Summary')
    .fill('For school staff: notice and respond to pupils who feel unsafe.')
  await trainer.getByRole('group', { name: 'Audience' }).getByLabel('All staff').check()
  await trainer.getByLabel('Safeguarding').check()
  await trainer.getByLabel('Practice level').selectOption('trauma-aware')
  await trainer.getByLabel('Minutes a learner takes').fill('20')
  await trainer.getByLabel('CPD minutes on the certificate').fill('30')
  await trainer.getByLabel('Pass mark for knowledge checks (%)').fill('60')
  await trainer.getByRole('button', { name: 'Create the module' }).click()
  await expect(trainer.getByRole('heading', { level: 1 })).toHaveText(title)
  const moduleUrl = new URL(trainer.url()).pathname
  const slug = moduleUrl.split('/').at(-1)!

  // A reading lesson, with the live preview through the server's sanitising pipeline.
  await addLesson(trainer, 'Reading', 'Why corridors matter')
  await trainer.getByLabel('Minutes it takes').fill('4')
  await trainer
    .getByLabel('Text', { exact: true })
    .fill('Corridors are where **pupils** meet.\n\n<script>alert(1)</script>')
  const preview = trainer.getByRole('region', { name: 'Preview' })
  await expect(preview.locator('strong')).toHaveText('pupils')
  await expect(preview.locator('script')).toHaveCount(0)
  await checkPage(trainer, 'studio-lesson-reading')
  await trainer.getByRole('button', { name: 'Save the lesson' }).click()
  await expect(trainer.getByRole('status')).toHaveText('Saved “Why corridors matter” to the draft.')
  expect(new URL(trainer.url()).pathname).toBe(moduleUrl)

  // A film with captions and a transcript, sent with a progress bar.
  await addLesson(trainer, 'Film', 'A corridor conversation')
  await trainer.getByLabel('Minutes it takes').fill('3')
  await trainer.getByLabel('Film (MP4 or WebM)').setInputFiles(path.join(FIXTURES, 'tiny-film.mp4'))
  await trainer
    .getByLabel('Captions (WebVTT)')
    .setInputFiles(path.join(FIXTURES, 'tiny-film.en.vtt'))
  await trainer
    .getByLabel('Transcript', { exact: true })
    .fill(
      '# Transcript\n\nA corridor in a secondary school. Two pupils talk quietly by the lockers.',
    )
  await checkPage(trainer, 'studio-lesson-film')
  await trainer.getByRole('button', { name: 'Save the lesson' }).click()
  await expect(trainer.getByRole('status')).toHaveText(
    'Saved “A corridor conversation” to the draft.',
  )
  expect(new URL(trainer.url()).pathname).toBe(moduleUrl)

  // A knowledge check with three questions: it starts with one, and the trainer adds two.
  await addLesson(trainer, 'Knowledge check', 'Check your understanding')
  await trainer.getByLabel('Minutes it takes').fill('5')
  for (const [q, question] of QUESTIONS.entries()) {
    const n = q + 1
    if (q > 0) {
      await trainer.getByRole('button', { name: 'Add a question' }).click()
      await expect(trainer.getByLabel(`Question ${n}: the question`)).toBeFocused()
    }
    await trainer.getByLabel(`Question ${n}: the question`).fill(question.prompt)
    await trainer.getByLabel(`Question ${n}, option 1`, { exact: true }).fill(question.right)
    await trainer.getByLabel(`Question ${n}, option 1 is right`).check()
    await trainer.getByLabel(`Question ${n}, feedback on option 1`).fill('Yes.')
    await trainer.getByLabel(`Question ${n}, option 2`, { exact: true }).fill(question.wrong)
    await trainer.getByLabel(`Question ${n}, feedback on option 2`).fill('Not this one.')
  }
  await checkPage(trainer, 'studio-lesson-check')
  await trainer.getByRole('button', { name: 'Save the lesson' }).click()
  await expect(trainer.getByRole('status')).toHaveText(
    'Saved “Check your understanding” to the draft.',
  )
  expect(new URL(trainer.url()).pathname).toBe(moduleUrl)

  // Preview the film as a learner would see it; nothing is recorded.
  await trainer.getByRole('link', { name: 'Preview A corridor conversation' }).click()
  await expect(trainer.getByRole('heading', { level: 1 })).toHaveText('A corridor conversation')
  // the page as served names the uploaded captions, and they are there to fetch
  const previewHtml = await (await trainer.request.get(trainer.url())).text()
  const captionsSrc = /<track[^>]*src="([^"]+\.vtt)"/.exec(previewHtml)?.[1]
  expect(captionsSrc).toMatch(/^\/media\/uploads\//)
  expect(await (await trainer.request.get(captionsSrc!)).text()).toContain(
    'Two pupils talk quietly by the lockers.',
  )
  await expect(trainer.locator('.transcript')).toContainText('Two pupils talk quietly')
  await checkPage(trainer, 'studio-preview-film')
  // the check marks answers in the preview, and nothing is recorded: the attempt is gone on reload
  await trainer.getByRole('link', { name: 'Next lesson' }).click()
  await trainer.locator('#q0-1').check()
  await trainer.getByRole('button', { name: 'Check my answers' }).click()
  await expect(trainer.getByText('You scored 0%. The pass mark is 60%.')).toBeVisible()
  await trainer.reload()
  await expect(trainer.getByText('Your best score so far')).toHaveCount(0)
  await trainer.goto(moduleUrl)

  // Publishing asks first, saying who will get it.
  await trainer.getByRole('button', { name: 'Publish the draft' }).click()
  const confirm = trainer.getByRole('region', { name: 'Publish version 1?' })
  await expect(confirm).toContainText(
    'Who gets it: All staff, in Merseyside Violence Reduction Partnership.',
  )
  await expect(confirm).toContainText('3 lessons.')
  await expect(confirm).toContainText('This is the first version')
  await checkPage(trainer, 'studio-publish-confirm')
  await confirm.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(trainer.getByRole('status')).toContainText('Published version 1')
  await checkPage(trainer, 'studio-module')

  // A Merseyside learner finds it in the catalogue and completes it.
  const learner = await (await browser.newContext()).newPage()
  await signIn(learner, DEMO.teacherMerseyside)
  await learner.goto('/learn')
  await learner.getByRole('main').getByRole('link', { name: title }).click()
  await learner.getByRole('button', { name: 'Start this module' }).click()
  await learner.getByRole('button', { name: 'Skip these questions' }).click()
  await expect(learner.getByRole('heading', { level: 1 })).toHaveText('Why corridors matter')
  await expect(learner.locator('.prose strong')).toHaveText('pupils')
  await learner.getByRole('button', { name: 'Mark as read and continue' }).click()
  await expect(learner.getByRole('heading', { level: 1 })).toHaveText('A corridor conversation')
  await expect(learner.locator('.transcript')).toContainText('Two pupils talk quietly')
  await learner.getByRole('button', { name: 'I have read the transcript' }).click()
  await expect(learner.getByRole('heading', { level: 1 })).toHaveText('Check your understanding')
  // the right answer is the first option of each question
  for (const q of QUESTIONS.keys()) await learner.locator(`#q${q}-0`).check()
  await learner.getByRole('button', { name: 'Check my answers' }).click()
  await expect(learner.getByText('You passed with 100%')).toBeVisible()
  // the check completed the module: its results stay on screen, with the way on beside them
  await learner.waitForLoadState('networkidle')
  await expect(learner.getByText('You passed with 100%')).toBeVisible()
  await expect(learner).toHaveURL(/\/lessons\/check-your-understanding$/)
  await learner.goto('/learn/certificates')
  await expect(learner.getByRole('main')).toContainText(`${title} (version 1)`)

  // A Lancashire learner sees nothing of it.
  const other = await (await browser.newContext()).newPage()
  await signIn(other, DEMO.teacherLancashire)
  await other.goto('/learn')
  await expect(other.getByRole('main')).not.toContainText(title)
  const direct = await other.request.get(`/learn/modules/${slug}`)
  expect(direct.status()).toBe(404)
  expect((await other.request.get(`/studio/modules/${slug}`)).status()).toBe(403)

  // The trainer edits the reading lesson and publishes version 2.
  await trainer.goto(moduleUrl)
  await trainer.getByRole('button', { name: 'Start a new draft' }).click()
  await trainer.getByRole('link', { name: 'Edit Why corridors matter' }).click()
  await trainer
    .getByLabel('Text', { exact: true })
    .fill('Corridors are where **every pupil** meets an adult.')
  await trainer.getByRole('button', { name: 'Save the lesson' }).click()
  await trainer.getByRole('button', { name: 'Publish the draft' }).click()
  // learners part-way through keep their version, and the trainer is told so before publishing
  await expect(trainer.getByRole('region', { name: 'Publish version 2?' })).toContainText(
    'Learners part-way through version 1 keep it until they finish',
  )
  await trainer.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(trainer.getByRole('status')).toContainText('Published version 2')
  await expect(trainer.getByRole('cell', { name: 'Bethan Lloyd' })).toHaveCount(2)
  await expect(trainer.locator('.version-changes')).toContainText('Changed: Why corridors matter')

  // The learner's completion still names version 1.
  await learner.goto('/learn/certificates')
  await expect(learner.getByRole('main')).toContainText(`${title} (version 1)`)
  await expect(learner.getByRole('main')).not.toContainText(`${title} (version 2)`)

  // The Merseyside VRU lead assigns it to everyone at the school with a due date.
  const lead = await (await browser.newContext()).newPage()
  const newcomer = await createLearner(lead.request, { name: 'Robin Hale' })
  await signIn(lead, DEMO.vruMerseyside)
  await lead.goto('/organisations')
  await lead.getByRole('link', { name: 'Riverside Academy, Liverpool' }).click()
  await lead.getByRole('link', { name: 'Assign a module' }).click()
  await lead.getByLabel('Module', { exact: true }).selectOption({ label: title })
  await lead.getByLabel(/^Everyone at Riverside Academy/).check()
  await lead.getByLabel('Due date (optional)').fill('2099-03-31')
  await lead.getByRole('button', { name: 'Assign module' }).click()
  await expect(lead.getByRole('status')).toHaveText('Module assigned.')

  const assigned = await (await browser.newContext()).newPage()
  await signIn(assigned, newcomer, newcomer.password)
  await assigned.goto('/learn')
  const card = assigned
    .getByRole('heading', { level: 2, name: 'Assigned to you' })
    .locator('xpath=following-sibling::*[1]')
    .getByRole('listitem')
    .filter({ has: assigned.getByRole('heading', { level: 3, name: title }) })
  await expect(card).toContainText('31 March 2099')
})

test('without JavaScript a trainer uploads a film with a plain form, publishes, exports and re-imports the zip', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const context = await browser.newContext({ javaScriptEnabled: false })
  const trainer = await context.newPage()
  await signIn(trainer, DEMO.trainer)
  await trainer.goto('/studio/new')
  const title = `Plain form film ${Date.now().toString(36)}`
  await trainer.getByLabel('Title').fill(title)
  await trainer.getByLabel('Summary').fill('Made without JavaScript.')
  // nothing is chosen for the trainer: who the module is for is their decision
  const audience = trainer.getByRole('group', { name: 'Audience' })
  await expect(audience.getByRole('checkbox', { checked: true })).toHaveCount(0)
  await audience.getByLabel('Secondary schools').check()
  await trainer.getByLabel('County Lines').check()
  await trainer.getByLabel('Practice level').selectOption('trauma-skilled')
  await trainer.getByLabel('Minutes a learner takes').fill('10')
  await trainer.getByLabel('CPD minutes on the certificate').fill('10')
  await trainer.getByLabel('Pass mark for knowledge checks (%)').fill('50')
  await trainer.getByRole('button', { name: 'Create the module' }).click()
  await expect(trainer.getByRole('heading', { level: 1 })).toHaveText(title)
  const moduleUrl = new URL(trainer.url()).pathname
  const slug = moduleUrl.split('/').at(-1)!

  await addLesson(trainer, 'Film', 'A plain upload')
  await trainer.getByLabel('Minutes it takes').fill('2')
  await trainer.getByLabel('Film (MP4 or WebM)').setInputFiles(path.join(FIXTURES, 'tiny-film.mp4'))
  await trainer
    .getByLabel('Captions (WebVTT)')
    .setInputFiles(path.join(FIXTURES, 'tiny-film.en.vtt'))
  await trainer.getByLabel('Transcript', { exact: true }).fill('Two pupils talk by the lockers.')
  await trainer.getByRole('button', { name: 'Save the lesson' }).click()
  await expect(trainer).toHaveURL(new RegExp(`${moduleUrl}\\?saved=`))
  await expect(trainer.getByRole('status')).toHaveText('Saved “A plain upload” to the draft.')
  await expect(trainer.locator('.studio-lessons')).toContainText('A plain upload (Film)')

  // A reordered and removed lesson, with the buttons of the list.
  await addLesson(trainer, 'Reading', 'Before the film')
  await trainer.getByLabel('Text', { exact: true }).fill('Some words before the film.')
  await trainer.getByRole('button', { name: 'Save the lesson' }).click()
  await addLesson(trainer, 'Reflection', 'To remove')
  await trainer.goto(moduleUrl)
  await trainer.getByRole('button', { name: 'Remove To remove' }).click()
  await trainer.getByRole('button', { name: 'Move up Before the film' }).click()
  await expect(trainer.locator('.studio-lessons li')).toHaveText([
    /^Before the film/,
    /^A plain upload/,
  ])
  // the first lesson cannot move up, nor the last down: no button offers to
  await expect(trainer.getByRole('button', { name: 'Move up Before the film' })).toHaveCount(0)
  await expect(trainer.getByRole('button', { name: 'Move down A plain upload' })).toHaveCount(0)
  await expect(trainer.getByRole('button', { name: 'Move down Before the film' })).toBeVisible()

  // the confirm step is a second form: Cancel leaves the draft unpublished
  await trainer.getByRole('button', { name: 'Publish the draft' }).click()
  await expect(trainer.getByRole('region', { name: 'Publish version 1?' })).toContainText(
    'Who gets it: Secondary schools, in Merseyside Violence Reduction Partnership.',
  )
  await trainer.getByRole('link', { name: 'Cancel' }).click()
  await expect(trainer.getByRole('region', { name: 'Publish version 1?' })).toHaveCount(0)
  await expect(trainer.locator('.lead')).toContainText('Not published yet')
  await trainer.getByRole('button', { name: 'Publish the draft' }).click()
  await trainer.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(trainer.getByRole('status')).toContainText('Published version 1')

  const download = trainer.waitForEvent('download')
  await trainer.getByRole('link', { name: 'Export as a zip' }).click()
  const zip = await (await download).path()
  expect(fs.statSync(zip).size).toBeGreaterThan(
    fs.statSync(path.join(FIXTURES, 'tiny-film.mp4')).size,
  )

  await trainer.goto('/studio')
  await trainer.getByLabel(/Module zip/).setInputFiles({
    name: `${slug}.zip`,
    mimeType: 'application/zip',
    buffer: fs.readFileSync(zip),
  })
  await trainer.getByRole('button', { name: 'Import' }).click()
  await expect(trainer.getByRole('status')).toContainText(
    `Nothing changed: ${slug} is already at version 1.`,
  )
  await context.close()
})

test('a trainer is told what stops publishing in the studio’s words, shapes a check and places a lesson', async ({
  page: trainer,
}) => {
  test.setTimeout(90_000)
  await signIn(trainer, DEMO.trainer)
  await trainer.goto('/studio/new')
  const title = `Words of the studio ${Date.now().toString(36)}`
  await trainer.getByLabel('Title').fill(title)
  await trainer.getByLabel('Summary').fill('For checking what publishing says.')
  await trainer.getByRole('group', { name: 'Audience' }).getByLabel('All staff').check()
  await trainer.getByLabel('Safeguarding').check()
  await trainer.getByLabel('Practice level').selectOption('trauma-aware')
  await trainer.getByLabel('Minutes a learner takes').fill('10')
  await trainer.getByLabel('CPD minutes on the certificate').fill('10')
  await trainer.getByLabel('Pass mark for knowledge checks (%)').fill('50')
  await trainer.getByRole('button', { name: 'Create the module' }).click()
  await expect(trainer.getByRole('heading', { level: 1 })).toHaveText(title)
  const moduleUrl = new URL(trainer.url()).pathname

  // No lessons: the message names the studio's list of lessons, not a file.
  await trainer.getByRole('button', { name: 'Publish the draft' }).click()
  const problems = trainer.getByRole('alert')
  await expect(problems).toContainText('The draft cannot be published yet')
  await expect(problems).toContainText('Lessons: add at least one lesson before publishing')
  await expect(problems).not.toContainText('module.yaml')
  await expect(problems).toBeFocused()

  // A check starts with one question of two options; the trainer shapes it before saving.
  await addLesson(trainer, 'Knowledge check', 'Talking to pupils')
  await expect(trainer.getByRole('group', { name: /^Question/ })).toHaveCount(1)
  await expect(trainer.getByLabel(/^Question 1, option \d+$/)).toHaveCount(2)
  await trainer.getByLabel('Minutes it takes').fill('4')
  await trainer.getByLabel('Question 1: the question').fill('Who do you tell?')
  await trainer.getByLabel('Question 1, option 1', { exact: true }).fill('Nobody')
  await trainer.getByLabel('Question 1, feedback on option 1').fill('Always tell someone.')
  await trainer.getByLabel('Question 1, option 2', { exact: true }).fill('The safeguarding lead')
  await trainer.getByLabel('Question 1, feedback on option 2').fill('Yes.')
  await trainer.getByRole('button', { name: 'Add an option to question 1' }).click()
  await expect(trainer.getByLabel('Question 1, option 3', { exact: true })).toBeFocused()
  // what was typed is kept, and nothing is saved yet
  await expect(trainer.getByLabel('Question 1, option 2', { exact: true })).toHaveValue(
    'The safeguarding lead',
  )
  await trainer.getByRole('button', { name: 'Remove option 1 of question 1' }).click()
  await expect(trainer.getByLabel('Question 1, option 1', { exact: true })).toHaveValue(
    'The safeguarding lead',
  )
  await expect(trainer.getByLabel('Question 1, option 3', { exact: true })).toHaveCount(0)
  await trainer.getByRole('button', { name: 'Add a question' }).click()
  await expect(trainer.getByLabel('Question 2: the question')).toBeFocused()
  await trainer.getByRole('button', { name: 'Remove question 2' }).click()
  await expect(trainer.getByRole('group', { name: /^Question/ })).toHaveCount(1)
  await checkPage(trainer, 'studio-lesson-check-shaped')
  // the check's own rules still hold when it is saved
  await trainer.getByLabel('Question 1, option 2', { exact: true }).fill('A friend')
  await trainer.getByLabel('Question 1, feedback on option 2').fill('Tell the lead.')
  await trainer.getByRole('button', { name: 'Save the lesson' }).click()
  await expect(trainer.getByRole('alert')).toContainText('Question 1: mark one option as correct')
  await trainer.getByLabel('Question 1, option 1 is right').check()
  await trainer.getByRole('button', { name: 'Save the lesson' }).click()
  await expect(trainer.getByRole('status')).toHaveText('Saved “Talking to pupils” to the draft.')

  // A new lesson goes before the closing check unless the trainer chooses otherwise.
  await expect(trainer.getByLabel('Position')).toHaveValue('0')
  await addLesson(trainer, 'Film', 'A corridor conversation')
  await trainer.goto(moduleUrl)
  await addLesson(trainer, 'Reading', 'Last words', 'At the end')
  await trainer.goto(moduleUrl)
  await expect(trainer.locator('.studio-lessons li')).toHaveText([
    /^A corridor conversation/,
    /^Talking to pupils/,
    /^Last words/,
  ])
  await expect(trainer.getByLabel('Position').locator('option')).toHaveText([
    'At the start',
    'After lesson 1 ‘A corridor conversation’',
    'After lesson 2 ‘Talking to pupils’',
    'At the end',
  ])

  // The unfinished film is named by its number, title and field.
  await trainer.getByRole('button', { name: 'Publish the draft' }).click()
  await expect(trainer.getByRole('alert')).toContainText(
    'Lesson 1 ‘A corridor conversation’, Film: add captions',
  )
  await checkPage(trainer, 'studio-publish-problems')
  await trainer
    .getByRole('alert')
    .getByRole('link', { name: 'Lesson 1 ‘A corridor conversation’, Film: add captions' })
    .click()
  await expect(trainer.getByRole('heading', { level: 1 })).toHaveText(
    'Edit lesson: A corridor conversation',
  )
})
