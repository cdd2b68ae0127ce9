import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { createLearner, DEMO, expectNoAxeViolations, signIn } from './utils.ts'
import { reopenInWelsh } from './welsh.ts'

const SCREENSHOTS = path.resolve('tests/.tmp/screenshots')

/** The page at a phone's width and a desktop's, for a person to look at. */
async function screenshots(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true })
    // nothing sideways at 320 px: the Welsh stands below its English
    if (width === 320)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      )
  }
  await page.setViewportSize({ width: 1280, height: 900 })
}

async function switchTo(page: Page, label: 'Cymraeg' | 'English') {
  await page.getByRole('banner').getByRole('button', { name: label }).click()
}

test('a trainer writes a lesson’s Welsh beside its English, marks it for review, previews it in Welsh and publishes; a Welsh learner reads it', async ({
  page: trainer,
  browser,
  request,
}) => {
  test.setTimeout(120_000)
  await signIn(trainer, DEMO.trainer)
  await trainer.goto('/studio/new')
  const title = `Welsh side by side ${Date.now().toString(36)}`
  await trainer.getByLabel('Title').fill(title)
  await trainer.getByLabel('Summary').fill('A module written in English and Welsh.')
  await trainer.getByRole('group', { name: 'Audience' }).getByLabel('All staff').check()
  await trainer.getByLabel('Safeguarding').check()
  await trainer.getByLabel('Practice level').selectOption('trauma-aware')
  await trainer.getByLabel('Minutes a learner takes').fill('10')
  await trainer.getByLabel('CPD minutes on the certificate').fill('10')
  await trainer.getByLabel('Pass mark for knowledge checks (%)').fill('50')
  await trainer.getByRole('button', { name: 'Create the module' }).click()
  await expect(trainer.getByRole('heading', { level: 1 })).toHaveText(title)
  const moduleUrl = new URL(trainer.url()).pathname

  await trainer.getByLabel('Kind of lesson').selectOption({ label: 'Reflection' })
  await trainer.getByLabel('Lesson title').fill('Thinking it over')
  await trainer.getByRole('button', { name: 'Add the lesson' }).click()
  await expect(trainer.getByRole('heading', { level: 1 })).toHaveText(
    'Edit lesson: Thinking it over',
  )
  await trainer.getByLabel('Introduction', { exact: true }).fill('Take a few minutes.')
  await trainer
    .getByLabel('Reflection questions, one a line', { exact: true })
    .fill('What went well?\nWhat would you change?')

  // "Add Welsh" keeps what was typed and puts a Welsh column beside it
  await trainer.getByRole('button', { name: 'Add Welsh' }).click()
  const welshTitle = trainer.getByLabel('Lesson title in Welsh')
  await expect(welshTitle).toHaveAttribute('lang', 'cy')
  await expect(trainer.getByLabel('Introduction', { exact: true })).toHaveValue(
    'Take a few minutes.',
  )
  await welshTitle.fill('Meddwl amdano')
  await trainer.getByLabel('Introduction in Welsh').fill('Cymerwch ychydig funudau.')
  // one Welsh question fewer than the English: refused by the field, everything kept
  await trainer
    .getByLabel('Reflection questions in Welsh, one a line, in the same order')
    .fill('Beth aeth yn dda?')
  await trainer.getByRole('button', { name: 'Save the lesson' }).click()
  await expect(trainer.getByRole('alert')).toContainText(
    'Write the reflection questions in Welsh, one a line, as many as in English',
  )
  await expect(welshTitle).toHaveValue('Meddwl amdano')
  await trainer
    .getByLabel('Reflection questions in Welsh, one a line, in the same order')
    .fill('Beth aeth yn dda?\nBeth fyddech chi’n ei newid?')
  await trainer.getByLabel('This Welsh needs a Welsh speaker’s review').check()
  await trainer
    .getByLabel('What the reviewer should look at (optional)')
    .fill('Is “meddwl amdano” the right register?')
  await expectNoAxeViolations(trainer, 'studio lesson editor with Welsh')
  await screenshots(trainer, 'studio-welsh-editor')
  await trainer.getByRole('button', { name: 'Save the lesson' }).click()
  await expect(trainer.getByRole('status')).toHaveText('Saved “Thinking it over” to the draft.')
  await expect(trainer.locator('.studio-lessons li').first()).toContainText('Welsh to be reviewed')

  // the editor again, in Welsh, for a Welsh-speaking trainer (by the cookie: no demo account's
  // own language changes)
  await trainer.goto(`${moduleUrl}/lessons/thinking-it-over`)
  await expect(trainer.locator('.tag--review')).toBeVisible()
  await reopenInWelsh(trainer)
  await expect(trainer.getByLabel('Teitl y wers yn Gymraeg')).toHaveValue('Meddwl amdano')
  await expectNoAxeViolations(trainer, 'studio lesson editor with Welsh, in Welsh')
  await screenshots(trainer, 'studio-welsh-editor-cy')
  await trainer.context().clearCookies({ name: 'upstream_language' })

  // the preview in Welsh is what a Welsh learner sees, whatever the trainer reads in
  await trainer.goto(`${moduleUrl}/preview/thinking-it-over`)
  await expect(trainer.getByRole('heading', { level: 1 })).toHaveText('Thinking it over')
  await trainer.getByRole('link', { name: 'Preview in Welsh' }).click()
  const heading = trainer.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText('Meddwl amdano')
  await expect(heading).toHaveAttribute('lang', 'cy')
  await expect(trainer.getByText('Beth fyddech chi’n ei newid?')).toBeVisible()
  await expect(
    trainer.getByText('Mae’r cyfieithiad hwn yn aros i siaradwr Cymraeg ei adolygu'),
  ).toBeVisible()
  await expectNoAxeViolations(trainer, 'studio preview in Welsh')

  // the module offers Welsh once its texts are in Welsh too; then it is published
  await trainer.goto(moduleUrl)
  await trainer.getByLabel('English and Welsh').check()
  await trainer.getByLabel('Title in Welsh').fill(`Ochr yn ochr ${title.slice(-6)}`)
  await trainer.getByLabel('Summary in Welsh').fill('Modiwl yn Saesneg ac yn Gymraeg.')
  await trainer.getByRole('button', { name: 'Save the details' }).click()
  await expect(trainer.getByText('Languages: English and Welsh')).toBeVisible()
  await trainer.getByRole('button', { name: 'Publish the draft' }).click()
  await trainer.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(trainer.getByRole('status')).toContainText('Published version 1')

  // a new learner who reads Welsh gets the Welsh lesson
  const learner = await createLearner(request)
  const context = await browser.newContext()
  const page = await context.newPage()
  await signIn(page, learner, learner.password)
  const slug = moduleUrl.split('/').pop()!
  await page.goto(`/learn/modules/${slug}`)
  await switchTo(page, 'Cymraeg')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Ochr yn ochr ${title.slice(-6)}`,
  )
  const start = page.locator('.start-form button')
  if (await start.isVisible()) await start.click()
  await page.goto(`/learn/modules/${slug}/lessons/thinking-it-over`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meddwl amdano')
  await expect(page.getByText('Beth aeth yn dda?')).toBeVisible()
  await context.close()
})
