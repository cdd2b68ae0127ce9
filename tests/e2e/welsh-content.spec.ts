import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import YAML from 'yaml'
import { createLearner, signIn } from './utils.ts'

type Question = {
  prompt: string
  contentNote?: string
  options: { text: string; correct: boolean; feedback: string }[]
}

/** The Welsh knowledge check of the ACEs pack, as its file says. */
function welshCheck() {
  const source = fs.readFileSync(
    path.resolve('modules/aces-foundations/lessons/07-knowledge-check.cy.md'),
    'utf8',
  )
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? ''
  return YAML.parse(front) as { title: string; questions: Question[] }
}

async function switchTo(page: Page, label: 'Cymraeg' | 'English') {
  await page.getByRole('banner').getByRole('button', { name: label }).click()
}

test('a Welsh speaker reads the ACEs module in Welsh and passes its check in Welsh', async ({
  page,
  request,
}) => {
  // a new learner, so no demo account's language changes under other tests
  const learner = await createLearner(request)
  await signIn(page, learner, learner.password)
  await page.goto('/learn/modules/aces-foundations')
  await switchTo(page, 'Cymraeg')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Profiadau Niweidiol yn ystod Plentyndod (ACEs): y sylfeini',
  )
  await expect(page.getByText('Ar gael yn Gymraeg')).toBeVisible()
  const start = page.locator('.start-form button')
  if (await start.isVisible()) await start.click()

  await page.goto('/learn/modules/aces-foundations/lessons/what-are-aces')
  const title = page.getByRole('heading', { level: 1 })
  await expect(title).toHaveText('Beth yw profiadau niweidiol yn ystod plentyndod?')
  await expect(title).toHaveAttribute('lang', 'cy')
  await expect(page.getByRole('heading', { name: 'Diffiniad byr' })).toBeVisible()

  const check = welshCheck()
  await page.goto('/learn/modules/aces-foundations/lessons/knowledge-check')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(check.title)
  for (const [q, question] of check.questions.entries()) {
    // a question with hard detail is shown once the learner chooses to see it
    if (question.contentNote) await page.locator(`#view-q${q}-question`).check()
    for (const option of question.options.filter((o) => o.correct))
      await page.getByLabel(option.text, { exact: true }).check()
  }
  await page.getByRole('button', { name: 'Gwirio fy atebion' }).click()
  // marked against the same answers as the English, with the Welsh feedback
  await expect(page.getByText('Rydych chi wedi llwyddo gyda 100%')).toBeVisible()
  await expect(page.getByText(check.questions[0]!.options[1]!.feedback)).toBeVisible()
})
