/**
 * The people page: invitations not yet accepted, for the unit's lead and nobody else's; and the
 * people tables read as cards on a phone, without scrolling sideways.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  DEMO,
  expectNoAxeViolations,
  inviteLearner,
  linkPathIn,
  postSignIn,
  signIn,
  waitForEmail,
} from './utils.ts'

const SCREENSHOTS = path.resolve(import.meta.dirname, '../.tmp/screenshots')

async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  const width = page.viewportSize()!.width
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true })
}

test.describe('pending invitations on the people page', () => {
  test('a VRU lead sees who their unit has invited, resends and cancels; another unit cannot', async ({
    browser,
    page,
    request,
  }) => {
    const invited = await inviteLearner(request, { name: 'Morgan Unjoined' })
    await signIn(page, DEMO.vruMerseyside)
    await page.goto('/people')

    // counted beside the people, and listed with where they will work, their role and dates
    await expect(page.getByRole('table', { name: /^\d+ people, \d+ invited$/ })).toBeVisible()
    const pending = page.getByRole('table', { name: /invitations? not yet accepted/ })
    const row = pending.getByRole('row', { name: new RegExp(invited.email) })
    await expect(row).toContainText('Morgan Unjoined')
    await expect(row.getByRole('cell', { name: 'Learner', exact: true })).toBeVisible()
    await expect(row.getByRole('cell', { name: 'Riverside Academy, Liverpool' })).toBeVisible()
    await expectNoAxeViolations(page)
    await screenshot(page, 'people-invitations')

    // searching narrows the invitations as it does the people
    await page.getByLabel('Search by name or email').fill('Morgan Unjoined')
    await page.getByRole('button', { name: 'Search' }).click()
    await expect(pending.getByRole('row', { name: new RegExp(invited.email) })).toBeVisible()
    await expect(pending.getByRole('row')).toHaveCount(2)
    await page.goto('/people')

    // another unit's lead neither sees it nor can resend or cancel it
    const id = await row.locator('input[name="id"]').inputValue()
    const other = await browser.newContext()
    await postSignIn(other.request, DEMO.vruLancashire.email)
    const otherPage = await other.newPage()
    await otherPage.goto('/people')
    await expect(otherPage.getByText(invited.email)).toHaveCount(0)
    const tries: Record<string, string>[] = [
      { intent: 'resend', id },
      { intent: 'cancel', id },
      { intent: 'cancel', id, confirmed: 'yes' },
    ]
    const triedAt = Date.now()
    for (const form of tries) {
      const response = await other.request.post('/people', { form })
      expect(response.status(), `${form.intent} from another unit`).toBe(404)
    }
    await expect(waitForEmail(invited.email, { after: triedAt, timeout: 1000 })).rejects.toThrow()
    await other.close()
    await page.reload()
    await expect(row).toBeVisible()

    // resending emails a new link; the old one stops working
    const resentAt = Date.now()
    await row.getByRole('button', { name: `Resend the invitation to ${invited.email}` }).click()
    await expect(page.getByRole('status')).toContainText(
      `We have emailed a new link to ${invited.email}. The old link no longer works.`,
    )
    const message = await waitForEmail(invited.email, { after: resentAt - 1 })
    const newPath = linkPathIn(message.text, '/invitations/')
    expect(newPath).not.toBe(invited.invitationPath)

    // cancelling asks first; "No, keep it" stays on this page; yes removes the row
    await row.getByRole('button', { name: `Cancel the invitation to ${invited.email}` }).click()
    await expect(
      page.getByRole('heading', { name: `Cancel the invitation to ${invited.email}?` }),
    ).toBeVisible()
    await page.getByRole('link', { name: 'No, keep it' }).click()
    await expect(page).toHaveURL(/\/people#pending-heading$/)
    await row.getByRole('button', { name: `Cancel the invitation to ${invited.email}` }).click()
    await page.getByRole('button', { name: 'Yes, cancel the invitation' }).click()
    await expect(page.getByRole('status')).toContainText(
      `The invitation to ${invited.email} is cancelled: its link no longer works.`,
    )
    await expect(pending.getByRole('row', { name: new RegExp(invited.email) })).toHaveCount(0)
    const visitor = await browser.newContext()
    const visitorPage = await visitor.newPage()
    await visitorPage.goto(newPath)
    await expect(visitorPage.getByRole('heading', { level: 1 })).toHaveText(
      'This invitation no longer works',
    )
    await visitor.close()
  })
})

/** The cell's box lies within the window's width, so it is read without scrolling sideways. */
async function expectWithinWidth(page: Page, cell: Locator) {
  const box = await cell.boundingBox()
  expect(box, 'the cell is laid out').not.toBeNull()
  expect(box!.x).toBeGreaterThanOrEqual(0)
  expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width)
}

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    clientWidth: document.scrollingElement!.clientWidth,
  }))
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
}

test.describe('people tables on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } })
  // axe and two full-page pictures of a long list: past a minute when CI's two workers share 2 cores
  test.describe.configure({ timeout: 120_000 })

  for (const { who, account, url, table, person } of [
    {
      who: 'a VRU lead',
      account: DEMO.vruMerseyside,
      url: '/people',
      table: /^\d+ people/,
      person: DEMO.teacherMerseyside,
    },
    {
      who: 'an organisation lead',
      account: DEMO.orgLead,
      url: '/organisation',
      table: /staff on Upstream/,
      person: DEMO.teacherMerseyside,
    },
  ]) {
    test(`${who} reads each person's role and status on ${url} without scrolling sideways`, async ({
      page,
    }) => {
      await signIn(page, account)
      await page.goto(url)
      const row = page.getByRole('table', { name: table }).getByRole('row', { name: person.name })
      const role = row.getByRole('cell', { name: 'Learner' })
      const status = row.getByRole('cell', { name: 'Active' })
      await expect(role).toBeVisible()
      await expect(status).toBeVisible()
      await expectWithinWidth(page, role)
      await expectWithinWidth(page, status)
      await expectNoSidewaysScroll(page)
      // a card, not a scrolling region for the keyboard
      await expect(page.getByRole('region', { name: table })).toHaveCount(0)
      await expectNoAxeViolations(page)
      await screenshot(page, `people-table${url.replace('/', '-')}`)
      await page.setViewportSize({ width: 1280, height: 800 })
      await screenshot(page, `people-table${url.replace('/', '-')}`)
    })
  }
})
