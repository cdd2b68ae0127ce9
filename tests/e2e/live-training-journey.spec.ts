/**
 * Live training from the trainer's calendar to the board's figure (issue 18): a trainer schedules
 * a session starting within the hour, two new members of staff book it (the second waits, and is
 * given the place when the first gives it up), the trainer takes the register on a phone without
 * JavaScript, and the VRU lead's figure of professionals upskilled rises by one, shown under
 * "Live in person". It runs in the reports project, after the other specs, so nothing else moves
 * the figure meanwhile.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { createLearner, DEMO, signIn, waitForEmail } from './utils.ts'

const SCREENSHOTS = path.resolve(import.meta.dirname, '../.tmp/screenshots/live-training')

/** The UK day and clock time some minutes from now, as the schedule form takes them. */
function ukInMinutes(minutes: number) {
  const at = new Date(Date.now() + minutes * 60_000)
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', ...options }).formatToParts(at)
  const date = Object.fromEntries(
    part({ year: 'numeric', month: '2-digit', day: '2-digit' }).map((p) => [p.type, p.value]),
  )
  const time = Object.fromEntries(
    part({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).map((p) => [p.type, p.value]),
  )
  return { day: `${date.year}-${date.month}-${date.day}`, time: `${time.hour}:${time.minute}` }
}

/** The VRU lead's headline figure and the row for people trained live in person. */
async function figuresOf(page: Page) {
  await page.goto('/reports')
  const upskilled = Number((await page.getByTestId('upskilled').textContent())?.replace(/,/g, ''))
  const byDelivery = page.getByRole('table', { name: /how people were trained/i })
  const liveRow = byDelivery.getByRole('row', { name: /^Live in person/ })
  const live = (await liveRow.getByRole('cell').first().textContent()) ?? ''
  return { upskilled, live }
}

test('a session is scheduled, booked, waited for, registered on a phone, and counted', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  const lead = await (await browser.newContext()).newPage()
  await signIn(lead, DEMO.vruMerseyside)
  const before = await figuresOf(lead)
  expect(before.upskilled).toBeGreaterThanOrEqual(5)

  const first = await createLearner(request, { name: 'Jordan Ellis' })
  const second = await createLearner(request, { name: 'Priya Nolan' })

  // the trainer schedules a one-place session of the demo workshop, starting in half an hour
  const trainer = await (await browser.newContext()).newPage()
  await signIn(trainer, DEMO.trainer)
  await trainer.goto('/training/courses')
  await trainer.getByRole('link', { name: /^Responding to distress/ }).click()
  const { day, time } = ukInMinutes(30)
  const venue = `Riverside Academy, room ${Date.now()}`
  await trainer.getByLabel('Day').fill(day)
  await trainer.getByLabel('Start time (UK time)').fill(time)
  await trainer.getByLabel('Length in minutes').fill('60')
  await trainer.getByLabel('Places', { exact: true }).fill('1')
  await trainer.getByLabel('Venue (in person)').fill(venue)
  await trainer.getByLabel('Address (in person)').fill('Riverside Academy, Liverpool')
  await trainer
    .getByLabel('Places can be given up until this many hours before the start')
    .fill('0')
  await trainer.getByRole('button', { name: 'Schedule the session' }).click()
  await expect(trainer.getByText('0 of 1 booked, 0 waiting')).toBeVisible()
  const sessionUrl = new URL(trainer.url()).pathname

  // the first books the place; the second joins the waiting list
  const book = async (person: { email: string; password: string }, button: string) => {
    const page = await (await browser.newContext()).newPage()
    await signIn(page, person, person.password)
    await page.goto('/training')
    const card = page.getByRole('listitem').filter({ hasText: venue })
    await card.getByRole('button', { name: button }).click()
    return { page, card }
  }
  const firstBooking = await book(first, 'Book a place')
  await expect(firstBooking.card).toContainText('You are booked')
  const asked = Date.now()
  const secondBooking = await book(second, 'Join the waiting list')
  await expect(secondBooking.card).toContainText('On the waiting list')
  // mail goes in the background: the waiting-list email first, so the next one is the promotion
  await waitForEmail(second.email, { after: asked })

  // the first gives the place up: the second is given it and told
  const given = Date.now()
  await firstBooking.card.getByRole('button', { name: 'Give up my place' }).click()
  await expect(firstBooking.card).toContainText('your place is given up')
  const told = await waitForEmail(second.email, { after: given })
  expect(told.subject).toMatch(/^A place has come up: you are booked on 'Responding to distress/)

  // the trainer starts the register; the connection drops as they save, and the ticks are kept
  await trainer.goto(`${sessionUrl}/register`)
  await trainer
    .getByRole('group', { name: new RegExp(`^${second.name}`) })
    .getByLabel('Absent', { exact: true })
    .check()
  await trainer.context().setOffline(true)
  await trainer.getByRole('button', { name: 'Save the register' }).click()
  await trainer.context().setOffline(false)
  await trainer.goto(`${sessionUrl}/register`)
  await expect(
    trainer.getByText('Ticks you made before the connection dropped are back.'),
  ).toBeVisible()
  await expect(
    trainer
      .getByRole('group', { name: new RegExp(`^${second.name}`) })
      .getByLabel('Absent', { exact: true }),
  ).toBeChecked()

  // on the day, the register on a phone with no JavaScript
  const phone = await (
    await browser.newContext({ viewport: { width: 320, height: 740 }, javaScriptEnabled: false })
  ).newPage()
  await signIn(phone, DEMO.trainer)
  await phone.goto(`${sessionUrl}/register`)
  const secondRow = phone.getByRole('group', { name: new RegExp(`^${second.name}`) })
  await expect(secondRow).toBeVisible()
  await expect(phone.getByRole('group', { name: new RegExp(`^${first.name}`) })).toHaveCount(0)
  await secondRow.getByLabel('Attended', { exact: true }).check()
  await phone.screenshot({ path: path.join(SCREENSHOTS, 'register-320.png'), fullPage: true })
  await phone.getByRole('button', { name: 'Save the register' }).click()
  await expect(phone.getByRole('status')).toHaveText(
    'Register saved: 1 marked, 1 counted as attending.',
  )
  await expect(secondRow.getByLabel('Attended', { exact: true })).toBeChecked()
  // (axe needs JavaScript: the register is checked at 320 px in a11y.spec.ts)

  // the VRU lead's figure rises by one, and the breakdown shows it was live, in person
  const after = await figuresOf(lead)
  expect(after.upskilled).toBe(before.upskilled + 1)
  expect(after.live).not.toBe('')
  if (before.live !== 'fewer than 5' && after.live !== 'fewer than 5') {
    expect(Number(after.live)).toBe(Number(before.live) + 1)
  }
  await lead.screenshot({ path: path.join(SCREENSHOTS, 'reports-1280.png'), fullPage: true })
})
