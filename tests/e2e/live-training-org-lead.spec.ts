/**
 * An organisation lead and live training (decision 016): Riverside's lead books two of their
 * staff onto a one-place session (without JavaScript: the first by name gets the place, the
 * second the waiting list), cancels the first's place so the second is given it, and sees their staff's
 * places on the demo workshop in the Live training section of /organisation.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { DEMO, expectNoAxeViolations, signIn, waitForEmail } from './utils.ts'

const SCREENSHOTS = path.resolve(import.meta.dirname, '../.tmp/screenshots/live-training')
// Riverside staff no other spec books
const GRACE = { name: 'Grace Mensah', email: 'riverside7@demo.upstream.test' }
const BEN = { name: 'Ben Ashworth', email: 'riverside8@demo.upstream.test' }

function dayAhead(days: number) {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
}

test('a lead books two of their staff onto a one-place session, then cancels a place', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  const title = `Staff workshop ${Date.now()}`
  const trainer = await (await browser.newContext()).newPage()
  await signIn(trainer, DEMO.trainer)
  await trainer.goto('/training/courses/new')
  await trainer.getByLabel('Title').fill(title)
  await trainer.getByLabel('Summary').fill('An hour on noticing distress, for all school staff.')
  await trainer.getByLabel('Practice level it teaches').selectOption({ label: 'Trauma-aware' })
  await trainer.getByLabel('Who it is for').selectOption({ label: 'All staff' })
  await trainer.getByLabel('CPD minutes').fill('60')
  await trainer.getByRole('button', { name: 'Make the course' }).click()
  await expect(trainer.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await trainer.getByLabel('Day').fill(dayAhead(20))
  await trainer.getByLabel('Start time (UK time)').fill('15:30')
  await trainer.getByLabel('Length in minutes').fill('60')
  await trainer.getByLabel('Places', { exact: true }).fill('1')
  await trainer.getByLabel('Venue (in person)').fill('Riverside Academy, staff room')
  await trainer.getByLabel('Address (in person)').fill('Park Road, Liverpool')
  await trainer.getByRole('button', { name: 'Schedule the session' }).click()
  await expect(trainer.getByText('0 of 1 booked, 0 waiting')).toBeVisible()

  // the lead finds it on /training, and books without JavaScript
  const context = await browser.newContext({ javaScriptEnabled: false })
  const lead = await context.newPage()
  await signIn(lead, DEMO.orgLead)
  await lead.goto('/training')
  const forStaff = lead.getByRole('table', { name: 'Sessions open to your staff' })
  await lead.screenshot({
    path: path.join(SCREENSHOTS, 'training-org-lead-1280.png'),
    fullPage: true,
  })
  await forStaff.getByRole('link', { name: `Book staff on ${title}` }).click()
  await expect(lead.getByRole('heading', { level: 1 })).toHaveText(`Book staff on ${title}`)
  await expect(lead.getByText('None of your staff has a place on this session yet.')).toBeVisible()

  // nobody ticked: told so, at the top and by the list
  await lead.getByRole('button', { name: 'Book the staff ticked' }).click()
  await expect(lead.getByRole('alert')).toContainText('Choose at least one member of staff to book')

  // a long list is filtered by name; the ticks of the search's people are sent
  await lead.getByLabel('Find staff by name or email').fill('Grace')
  await lead.getByRole('button', { name: 'Search' }).click()
  await expect(lead.getByRole('checkbox')).toHaveCount(1)
  await lead.getByLabel('Find staff by name or email').fill('')
  await lead.getByRole('button', { name: 'Search' }).click()
  await lead.getByRole('checkbox', { name: GRACE.name }).check()
  await lead.getByRole('checkbox', { name: BEN.name }).check()
  const before = Date.now()
  await lead.getByRole('button', { name: 'Book the staff ticked' }).click()
  // in the list's order, by name: Ben gets the one place, Grace the waiting list
  const results = lead.getByRole('status')
  await expect(results).toContainText('2 people booked or added to the waiting list, and emailed')
  await expect(results).toContainText(`${BEN.name}: Booked`)
  await expect(results).toContainText(`${GRACE.name}: On the waiting list`)
  expect((await waitForEmail(BEN.email, { after: before })).subject).toBe(
    `You are booked on '${title}'`,
  )
  expect((await waitForEmail(GRACE.email, { after: before })).subject).toBe(
    `You are on the waiting list for '${title}'`,
  )
  const placed = lead.getByRole('list', { name: 'Your staff booked or waiting' })
  await expect(placed.getByRole('listitem')).toHaveText([
    new RegExp(`${BEN.name}\\s*Booked`),
    new RegExp(`${GRACE.name}\\s*On the waiting list`),
  ])
  await expect(lead.getByRole('checkbox', { name: BEN.name })).toHaveCount(0)

  // cancelling Ben's place gives it to Grace, the first waiting
  await placed
    .getByRole('listitem')
    .filter({ hasText: BEN.name })
    .getByRole('button', { name: 'Cancel place' })
    .click()
  await expect(lead.getByRole('status')).toContainText('the place is given up')
  await expect(placed.getByRole('listitem')).toHaveText([new RegExp(`${GRACE.name}\\s*Booked`)])
  await expect(lead.getByRole('checkbox', { name: BEN.name })).toBeVisible()

  // axe and the screenshots with JavaScript, as most people see it
  const page = await (await browser.newContext()).newPage()
  await signIn(page, DEMO.orgLead)
  await page.goto(lead.url())
  await expectNoAxeViolations(page)
  await page.screenshot({ path: path.join(SCREENSHOTS, 'book-staff-1280.png'), fullPage: true })
  await page.setViewportSize({ width: 320, height: 800 })
  await page.screenshot({ path: path.join(SCREENSHOTS, 'book-staff-320.png'), fullPage: true })
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  )
  expect(sideways, 'the page scrolls sideways at 320 px').toBe(false)
  await expectNoAxeViolations(page)

  // the places show on /organisation, under Live training
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/organisation')
  const live = page.getByRole('region', { name: 'Live training' })
  await expect(live.getByRole('row').filter({ hasText: title })).toHaveCount(1)
  await expect(live.getByRole('row').filter({ hasText: title })).toContainText(GRACE.name)
  // the demo workshop, which Riverside staff booked themselves
  await expect(
    live.getByRole('row').filter({ hasText: 'Responding to distress' }).first(),
  ).toContainText(/Booked|On the waiting list/)
  await live.screenshot({ path: path.join(SCREENSHOTS, 'organisation-live-training-1280.png') })
  await page.setViewportSize({ width: 320, height: 800 })
  await live.screenshot({ path: path.join(SCREENSHOTS, 'organisation-live-training-320.png') })
})

test('a learner is offered no staff to book, and may not open the page', async ({ page }) => {
  await signIn(page, DEMO.teacherMerseyside)
  await page.goto('/training')
  await expect(page.getByRole('heading', { name: 'Book your staff' })).toHaveCount(0)
  const response = await page.goto('/training/sessions/1/book-staff')
  expect(response?.status()).toBe(403)
})
