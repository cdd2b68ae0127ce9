import { expect, test, type Browser } from '@playwright/test'
import { DEMO, signIn, type DemoAccount } from './utils.ts'

/** Reads a link's href on a page, as someone who may see it, in a browser context of its own. */
async function hrefSeenBy(
  browser: Browser,
  account: DemoAccount,
  path: string,
  linkName: string | RegExp,
) {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await signIn(page, account)
    await page.goto(path)
    const href = await page
      .getByRole('main')
      .getByRole('link', { name: linkName })
      .first()
      .getAttribute('href')
    expect(href, `a link "${linkName}" on ${path}`).toBeTruthy()
    return href!
  } finally {
    await context.close()
  }
}

test('a VRU lead cannot open an organisation or a person of another unit', async ({
  browser,
  page,
}) => {
  const merseysideOrganisation = await hrefSeenBy(
    browser,
    DEMO.vruMerseyside,
    '/organisations',
    'Riverside Academy, Liverpool',
  )
  const merseysidePerson = await hrefSeenBy(
    browser,
    DEMO.vruMerseyside,
    '/people',
    DEMO.teacherMerseyside.name,
  )
  expect(merseysideOrganisation).toMatch(/^\/organisations\/\d+$/)
  expect(merseysidePerson).toMatch(/^\/people\/[\w-]+$/)

  await signIn(page, DEMO.vruLancashire)
  for (const path of [merseysideOrganisation, merseysidePerson]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
    await expect(page.getByText(DEMO.teacherMerseyside.name)).toHaveCount(0)
  }

  // their lists hold nothing from Merseyside either
  await page.goto('/organisations')
  await expect(page.getByRole('main')).not.toContainText('Liverpool')
  await page.goto('/people')
  await expect(page.getByRole('main')).toContainText(DEMO.teacherLancashire.name)
  await expect(page.getByRole('main')).not.toContainText(DEMO.teacherMerseyside.name)

  // while their own unit's pages open as usual
  const lancashirePerson = await page
    .getByRole('main')
    .getByRole('link', { name: DEMO.teacherLancashire.name })
    .getAttribute('href')
  expect((await page.goto(lancashirePerson!))?.status()).toBe(200)
})

test('an organisation lead cannot open a person of another organisation', async ({
  browser,
  page,
}) => {
  const otherUnitPerson = await hrefSeenBy(
    browser,
    DEMO.admin,
    `/people?q=${DEMO.teacherLancashire.email}`,
    DEMO.teacherLancashire.name,
  )
  // same unit, but not part of the school
  const sameUnitPerson = await hrefSeenBy(browser, DEMO.vruMerseyside, '/people', DEMO.trainer.name)
  const ownStaff = await hrefSeenBy(
    browser,
    DEMO.vruMerseyside,
    '/people',
    DEMO.teacherMerseyside.name,
  )

  await signIn(page, DEMO.orgLead)
  for (const path of [otherUnitPerson, sameUnitPerson]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  }
  const response = await page.goto(ownStaff)
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.teacherMerseyside.name)

  // an organisation lead manages people, not the unit's organisations
  expect((await page.goto('/organisations'))?.status()).toBe(403)
})

test('a made-up id answers 404, not an error', async ({ page }) => {
  await signIn(page, DEMO.admin)
  for (const path of [
    '/organisations/999999',
    '/organisations/not-a-number',
    '/people/no-such-person',
    '/admin/vrus/999999',
  ]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  }
})
