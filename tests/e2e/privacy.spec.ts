/**
 * Reflections are private to the learner: their organisation lead and their VRU lead see
 * counts at most, never the words, by any address they might try, and cannot overwrite them.
 */
import { expect, test, type Browser } from '@playwright/test'
import { lessonPath, newLearner, packLesson, startModuleByRequest } from './learning-utils.ts'
import { DEMO, signIn, type DemoAccount } from './utils.ts'

const MODULE = 'trauma-informed-schools'

async function signedInAs(browser: Browser, account: DemoAccount) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await signIn(page, account)
  return { context, page }
}

test('a learner’s reflection cannot be read or overwritten by their lead or their VRU', async ({
  page,
  request,
  browser,
}) => {
  test.setTimeout(60_000)
  const reflection = packLesson(MODULE, 'reflection')
  const secret = `Quokka lighthouse ${Math.random().toString(36).slice(2, 10)}`
  const name = `Robin Hale ${Math.random().toString(36).slice(2, 6)}`
  await newLearner(page, request, { name })
  await startModuleByRequest(page.request, MODULE)

  // The learner writes something private, saved as they type and again with the button.
  await page.goto(lessonPath(MODULE, reflection.slug))
  await page.getByRole('textbox').first().fill(`${secret}, the first answer`)
  await expect(page.locator('#answer0-status')).toHaveText('Saved')
  await page.getByRole('textbox').nth(1).fill(`${secret}, the second answer`)
  await page.getByRole('button', { name: 'Save and continue' }).click()
  await expect(page).not.toHaveURL(lessonPath(MODULE, reflection.slug))

  // (the learner's own page does carry it, so a page that leaked it would be caught)
  expect(await (await page.request.get(lessonPath(MODULE, reflection.slug))).text()).toContain(
    secret,
  )

  // Where the lead and the VRU lead find the learner.
  const lead = await signedInAs(browser, DEMO.orgLead)
  await lead.page.goto('/people')
  const personHref = await lead.page
    .getByRole('main')
    .getByRole('link', { name })
    .getAttribute('href')
  expect(personHref).toMatch(/^\/people\/[\w-]+$/)

  const addresses = [
    lessonPath(MODULE, reflection.slug),
    `${lessonPath(MODULE, reflection.slug)}?continue=1`,
    // the data the page's script fetches, not only the page
    `${lessonPath(MODULE, reflection.slug)}.data`,
    `/learn/modules/${MODULE}.data`,
    `/learn/modules/${MODULE}`,
    personHref!,
    '/people',
    '/learn',
    '/organisation',
    '/reports',
  ]
  const vru = await signedInAs(browser, DEMO.vruMerseyside)
  for (const [who, { page: theirs }] of [
    ['organisation lead', lead],
    ['VRU lead', vru],
  ] as const) {
    for (const address of addresses) {
      const response = await theirs.request.get(address)
      const body = await response.text()
      expect(body, `${who} at ${address} (${response.status()})`).not.toContain(secret)
      expect(body.toLowerCase(), `${who} at ${address}`).not.toContain('quokka')
    }
  }

  // The lead cannot overwrite it through the autosave, nor through the form.
  const autosave = await lead.page.request.post(lessonPath(MODULE, reflection.slug), {
    form: { intent: 'autosave', promptIndex: '0', answer: 'Overwritten by someone else' },
    maxRedirects: 0,
  })
  expect(autosave.status(), 'the lead’s autosave is not accepted').not.toBe(200)
  const submit = await lead.page.request.post(lessonPath(MODULE, reflection.slug), {
    form: { intent: 'reflection', answer0: 'Overwritten by someone else' },
    maxRedirects: 0,
  })
  expect(submit.status()).not.toBe(200)
  // and the VRU lead may not use the learning pages at all
  const vruAutosave = await vru.page.request.post(lessonPath(MODULE, reflection.slug), {
    form: { intent: 'autosave', promptIndex: '0', answer: 'Overwritten by the unit' },
    maxRedirects: 0,
  })
  expect(vruAutosave.status()).toBe(403)
  await lead.context.close()
  await vru.context.close()

  // The learner's words are as they left them.
  await page.goto(lessonPath(MODULE, reflection.slug))
  await expect(page.getByRole('textbox').first()).toHaveValue(`${secret}, the first answer`)
  await expect(page.getByRole('textbox').nth(1)).toHaveValue(`${secret}, the second answer`)
})

test('another learner cannot read a reflection either', async ({ page, request, browser }) => {
  const reflection = packLesson(MODULE, 'reflection')
  const secret = `Pangolin harbour ${Math.random().toString(36).slice(2, 10)}`
  await newLearner(page, request)
  await startModuleByRequest(page.request, MODULE)
  await page.goto(lessonPath(MODULE, reflection.slug))
  await page.getByRole('textbox').first().fill(secret)
  await expect(page.locator('#answer0-status')).toHaveText('Saved')

  const colleagueContext = await browser.newContext()
  const colleague = await colleagueContext.newPage()
  await newLearner(colleague, request, { name: 'Sam Colleague' })
  await startModuleByRequest(colleague.request, MODULE)
  const html = await (await colleague.request.get(lessonPath(MODULE, reflection.slug))).text()
  expect(html).not.toContain(secret)
  await colleague.goto(lessonPath(MODULE, reflection.slug))
  await expect(colleague.getByRole('textbox').first()).toHaveValue('')
  await colleagueContext.close()
})
