/**
 * Training that stays in date, as the people who live with it see it: a school lead finds a
 * colleague whose safeguarding training has run out, the colleague is reminded, renews with the
 * refresher, and the lead's list shows them in date. The demo's Riverside staff (app/cli/demo/
 * in-date.ts) stand at each point of it; Leon Carter's ran out five days before the demo began.
 */
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { completeModuleByRequest } from './learning-utils.ts'
import { DEMO, expectNoAxeViolations, signIn, waitForEmail } from './utils.ts'

const root = path.resolve(import.meta.dirname, '../..')
const COLLEAGUE = 'riverside4@demo.upstream.test'
const INDUCTION = 'Safeguarding in schools: induction (England)'
const REFRESHER = 'safeguarding-refresher-england'

/** The daily reminders run, as a server's cron would, against this run's database and outbox. */
function runReminders() {
  const runDir = process.env.E2E_RUN_DIR!
  return execFileSync(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'app/cli/send-reminders.ts'],
    {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        DATABASE_PATH: path.join(runDir, 'upstream.db'),
        MAIL_OUTBOX: path.join(runDir, 'outbox'),
      },
    },
  )
}

test('a lead sees a colleague expire; the colleague is reminded, renews with the refresher, and is in date again', async ({
  browser,
}) => {
  const leadPage = await (await browser.newContext()).newPage()
  await signIn(leadPage, DEMO.orgLead)
  await leadPage.goto('/organisation')
  await leadPage
    .getByLabel('Status')
    .selectOption({ label: 'Expired or running out within 30 days' })
  await leadPage.getByLabel('Name or email contains').fill('Leon')
  await leadPage.getByRole('button', { name: 'Filter' }).click()
  const leonRow = () =>
    leadPage
      .getByRole('table', { name: /assigned module/ })
      .getByRole('row', { name: /Leon Carter/ })
      .filter({ hasText: INDUCTION })
  await expect(leonRow()).toContainText('Expired')
  await expectNoAxeViolations(leadPage)

  const before = Date.now()
  const printed = runReminders()
  expect(printed).toMatch(/Renewal reminders: \d+ sent/)
  const reminder = await waitForEmail(COLLEAGUE, { after: before })
  expect(reminder.subject).toBe(`'${INDUCTION}' is no longer in date`)
  expect(reminder.text).toContain("renew it with the shorter 'Safeguarding refresher")
  // a second run the same day sends it no second time
  expect(runReminders()).toMatch(/Renewal reminders: 0 sent/)

  const colleague = await (await browser.newContext()).newPage()
  await signIn(colleague, { email: COLLEAGUE })
  await colleague.goto('/learn')
  const training = colleague.getByRole('region', { name: 'Training that stays in date' })
  await expect(training).toContainText(/Expired: it ran out on/)
  await training.getByRole('button', { name: /^Renew with Safeguarding refresher/ }).click()
  await expect(colleague).toHaveURL(new RegExp(`/learn/modules/${REFRESHER}`))
  await completeModuleByRequest(colleague.request, REFRESHER)
  await colleague.goto('/learn')
  await expect(training).toContainText(/In date until \d+ \w+ 20\d\d/)
  await expect(training.getByRole('button', { name: /Renew/ })).toHaveCount(0)

  await leadPage.reload()
  await expect(leonRow()).toHaveCount(0)
  await leadPage.goto('/organisation?name=Leon')
  await expect(leonRow()).toContainText('In date')
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } })

  test('the compliance list is a card for each person and module, with status, due date and the day it runs out in view', async ({
    page,
  }) => {
    await signIn(page, DEMO.orgLead)
    // a hundred rows a page, which other specs' assignments may fill: Kate's, by her name
    await page.goto('/organisation?name=Kate+Pryce')
    const row = page
      .getByRole('table', { name: /assigned module/ })
      .getByRole('row', { name: /Kate Pryce/ })
      // other specs may assign the whole school more modules: this row is the induction's
      .filter({ hasText: INDUCTION })
    // job role, module, status, due, completed and in date until: every one in view
    const cells = row.getByRole('cell')
    await expect(cells).toHaveCount(6)
    await expect(cells.nth(2)).toHaveText(/Renewal due/)
    await expect(cells.nth(5)).toHaveText(/\d+ \w+ 20\d\d/)
    for (const cell of await cells.all()) {
      const box = (await cell.boundingBox())!
      expect(box.x + box.width, 'read without scrolling sideways').toBeLessThanOrEqual(375)
    }
    const overflow = await page.evaluate(
      () => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await expectNoAxeViolations(page)
  })
})
