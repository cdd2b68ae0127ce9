/**
 * The audit log and data rights as people meet them: an administrator sees every unit's events,
 * a VRU lead only their own; a learner downloads what is held about them; an administrator
 * erases a person and their completed training still counts.
 */
import fs from 'node:fs'
import { expect, test, type Browser } from '@playwright/test'
import { completeModuleByRequest, newLearner } from './learning-utils.ts'
import { DEMO, signIn, type DemoAccount } from './utils.ts'

async function signedInAs(browser: Browser, account: DemoAccount) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await signIn(page, account)
  return { context, page }
}

test('a failed sign-in in Lancashire is seen by the administrator and Lancashire, not Merseyside', async ({
  page,
  request,
  browser,
}) => {
  const learner = await newLearner(page, request, { name: 'Audit Subject', lancashire: true })
  const wrong = await request.post('/login', {
    form: { email: learner.email, password: 'not the password at all' },
  })
  expect(wrong.status()).toBe(400)

  const filtered = `/audit?action=sign_in_failed`
  for (const [account, sees] of [
    [DEMO.admin, true],
    [DEMO.vruLancashire, true],
    [DEMO.vruMerseyside, false],
  ] as const) {
    const { context, page: viewer } = await signedInAs(browser, account)
    await viewer.goto(filtered)
    const main = viewer.getByRole('main')
    if (sees) await expect(main.getByRole('table')).toContainText(learner.email)
    else await expect(main).not.toContainText(learner.email)
    await context.close()
  }

  // the administrator narrows by unit and date with the form, and the filters stay chosen
  const { context, page: admin } = await signedInAs(browser, DEMO.admin)
  await admin.goto('/audit')
  await admin.getByLabel('What happened').selectOption('sign_in_failed')
  await admin
    .getByLabel('Violence Reduction Unit')
    .selectOption({ label: 'Lancashire Violence Reduction Network' })
  const today = new Date().toISOString().slice(0, 10)
  await admin.getByLabel('From').fill(today)
  await admin.getByRole('button', { name: 'Show events' }).click()
  await expect(admin).toHaveURL(/action=sign_in_failed/)
  await expect(admin.getByRole('table')).toContainText(learner.email)
  await expect(admin.getByLabel('What happened')).toHaveValue('sign_in_failed')
  await context.close()
})

test('a learner downloads their data; erased, they are signed out and their certificate still checks out, unnamed', async ({
  page,
  request,
  browser,
}) => {
  test.setTimeout(60_000)
  const learner = await newLearner(page, request, { name: 'Erin Erasable' })
  const code = await completeModuleByRequest(page.request, 'aces-foundations')

  await page.goto('/learn')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download everything Upstream holds about you (JSON)' }).click(),
  ])
  const data = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as {
    profile: { name: string; email: string }
    completions: { certificateCode: string }[]
    reflections: { answer: string }[]
  }
  expect(data.profile).toMatchObject({ name: 'Erin Erasable', email: learner.email })
  expect(data.completions.map((c) => c.certificateCode)).toEqual([code])
  expect(data.reflections.length).toBeGreaterThan(0)

  const { context, page: admin } = await signedInAs(browser, DEMO.admin)
  await admin.goto(`/people?q=${encodeURIComponent(learner.email)}`)
  await admin.getByRole('main').getByRole('link', { name: 'Erin Erasable' }).click()
  // not without confirming it
  await admin.getByRole('button', { name: 'Erase Erin Erasable' }).click()
  await expect(admin.getByRole('alert')).toContainText('Tick the box to confirm')
  await admin.getByLabel('I understand that this cannot be undone').check()
  await admin.getByRole('button', { name: 'Erase Erin Erasable' }).click()
  await expect(admin.getByRole('status')).toContainText('The person has been erased')
  await admin.goto(`/people?q=${encodeURIComponent(learner.email)}`)
  await expect(admin.getByRole('main')).not.toContainText('Erin Erasable')
  // the certificate still checks out, for no one by name
  const check = await admin.request.get(`/certificates/${code}`)
  expect(check.status()).toBe(200)
  expect(await check.text()).not.toContain('Erin Erasable')
  await context.close()

  // the learner's browser is signed out: their session ended on the server
  const after = await page.goto('/learn')
  expect(new URL(after!.url()).pathname).toBe('/login')
})
