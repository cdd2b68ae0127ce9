/**
 * Live training (decision 016), as the people who use it: a trainer schedules a one-place
 * session, two of Riverside's staff book it (the second onto the waiting list), the first gives
 * the place up, and the second is given it and told by email with a calendar invitation.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { DEMO, expectNoAxeViolations, signIn, waitForEmail } from './utils.ts'

const SCREENSHOTS = path.resolve(import.meta.dirname, '../.tmp/screenshots/live-training')
const FIRST = 'riverside1@demo.upstream.test'
const SECOND = 'riverside2@demo.upstream.test'

/** A day some weeks ahead, as the date field takes it. */
function dayAhead(days: number) {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
}

async function sessionCard(page: Page, title: string) {
  await page.goto('/training')
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) })
}

test('a trainer schedules a session; the second to book waits and is given the place when the first gives it up', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  const title = `Live workshop ${Date.now()}`
  const trainer = await (await browser.newContext()).newPage()
  await signIn(trainer, DEMO.trainer)
  await trainer.goto(DEMO.trainer.home)
  await trainer
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Live training' })
    .click()
  await trainer.getByRole('link', { name: 'Make a course' }).click()
  // a wrong form keeps what was typed and names the field to correct
  await trainer.getByLabel('Title').fill(title)
  await trainer.getByRole('button', { name: 'Make the course' }).click()
  await expect(trainer.getByRole('alert')).toContainText(
    'Say in a sentence or two what the course covers',
  )
  await expect(trainer.getByLabel('Title')).toHaveValue(title)
  await trainer.getByLabel('Summary').fill('Two hours on responding to distress in the classroom.')
  await trainer.getByLabel('Practice level it teaches').selectOption({ label: 'Trauma-skilled' })
  await trainer.getByLabel('Who it is for').selectOption({ label: 'All staff' })
  await trainer.getByLabel('CPD minutes').fill('120')
  await trainer.getByRole('button', { name: 'Make the course' }).click()
  await expect(trainer.getByRole('heading', { level: 1, name: title })).toBeVisible()

  await trainer.getByLabel('Day').fill(dayAhead(21))
  await trainer.getByLabel('Start time (UK time)').fill('16:00')
  await trainer.getByLabel('Length in minutes').fill('90')
  await trainer.getByLabel('Places', { exact: true }).fill('0')
  await trainer.getByRole('button', { name: 'Schedule the session' }).click()
  await expect(trainer.getByRole('alert')).toContainText('A session needs at least 1 place')
  await expect(trainer.getByRole('alert')).toContainText('Enter the venue')
  await trainer.getByLabel('Places', { exact: true }).fill('1')
  await trainer.getByLabel('Venue (in person)').fill('Riverside Academy, library')
  await trainer.getByLabel('Address (in person)').fill('Riverside Academy, Liverpool')
  await trainer.getByRole('button', { name: 'Schedule the session' }).click()
  await expect(trainer.getByText('0 of 1 booked, 0 waiting')).toBeVisible()
  await expectNoAxeViolations(trainer)

  const first = await (await browser.newContext()).newPage()
  await signIn(first, { email: FIRST })
  let card = await sessionCard(first, title)
  await expect(card).toContainText('1 left')
  await card.getByRole('button', { name: 'Book a place' }).click()
  await expect(card).toContainText('You are booked')
  await expect(card).toContainText('Booked')

  const second = await (
    await browser.newContext({ viewport: { width: 320, height: 800 } })
  ).newPage()
  await signIn(second, { email: SECOND })
  card = await sessionCard(second, title)
  await expect(card).toContainText('Full: 0 on the waiting list')
  await card.getByRole('button', { name: 'Join the waiting list' }).click()
  await expect(card).toContainText('On the waiting list')
  await second.screenshot({ path: path.join(SCREENSHOTS, 'training-320.png'), fullPage: true })
  await expectNoAxeViolations(second)

  const before = Date.now()
  card = await sessionCard(first, title)
  await card.getByRole('button', { name: 'Give up my place' }).click()
  await expect(card).toContainText('your place is given up')

  const told = await waitForEmail(SECOND, { after: before })
  expect(told.subject).toBe(`A place has come up: you are booked on '${title}'`)
  card = await sessionCard(second, title)
  await expect(card).toContainText('Booked')
  await expect(card.getByRole('button', { name: 'Give up my place' })).toBeVisible()

  await trainer.reload()
  await expect(trainer.getByText('1 of 1 booked, 0 waiting')).toBeVisible()
  await expect(trainer.getByRole('table', { name: 'Booked' })).toContainText('Marcus Reid')
  await trainer.screenshot({ path: path.join(SCREENSHOTS, 'session-1280.png'), fullPage: true })
})
