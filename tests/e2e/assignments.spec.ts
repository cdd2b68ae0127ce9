/**
 * Leads assign modules: a VRU lead to a named learner with a due date, an organisation lead to a
 * job role; the learner sees it under "Assigned to you"; bad input keeps the form; another unit
 * gets 404; removing keeps a completion.
 */
import { expect, test, type Page } from '@playwright/test'
import { completeModuleByRequest } from './learning-utils.ts'
import { createLearner, DEMO, expectNoAxeViolations, signIn, type DemoAccount } from './utils.ts'

const KNIFE = 'Knife crime, County Lines and child criminal exploitation'
const ACES = 'ACEs: foundations'
const SCHOOL = 'Riverside Academy, Liverpool'

/** A day some weeks ahead as the date field takes it, and as the pages show it. */
function dayAhead(days: number) {
  const at = new Date(Date.now() + days * 24 * 60 * 60 * 1000)
  const value = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(at)
  const shown = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  }).format(at)
  return { value, shown }
}

async function signInAs(page: Page, account: DemoAccount | { email: string; password?: string }) {
  await page.request.post('/logout')
  await signIn(page, account, 'password' in account ? account.password : undefined)
}

/** The card for a module in the learner's "Assigned to you" list. */
function assignedCard(page: Page, title: string) {
  return page
    .getByRole('heading', { level: 2, name: 'Assigned to you' })
    .locator('xpath=following-sibling::*[1]')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: title }) })
}

test('a VRU lead assigns a module with a due date to a named learner, who sees it; another unit gets 404', async ({
  page,
}) => {
  const due = dayAhead(20)
  await signIn(page, DEMO.vruMerseyside)
  await page.goto('/organisations')
  await page.getByRole('link', { name: SCHOOL }).click()
  await page.getByRole('link', { name: 'Assign a module' }).click()
  await expect(page).toHaveURL(/\/assignments\/new\?organisationId=\d+$/)
  const newPath = new URL(page.url()).pathname + new URL(page.url()).search
  await expect(page.getByText(`At ${SCHOOL}.`)).toBeVisible()
  await expectNoAxeViolations(page, 'assigning a module')

  await page.getByLabel('Module', { exact: true }).selectOption({ label: KNIFE })
  await page.getByLabel('People I choose by name').check()
  await page.getByLabel(new RegExp(`^${DEMO.teacherMerseyside.name}`)).check()
  await page.getByLabel('Due date (optional)').fill(due.value)
  await page.getByRole('button', { name: 'Assign module' }).click()

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Assignments at ${SCHOOL}`)
  await expect(page.getByRole('status')).toHaveText('Module assigned.')
  const row = page.getByRole('row').filter({ hasText: KNIFE })
  await expect(row).toContainText(DEMO.teacherMerseyside.name)
  await expect(row).toContainText(due.shown)
  await expect(row).toContainText('0 of 1 completed')
  await expectNoAxeViolations(page, 'assignments of an organisation')
  await row.getByRole('link', { name: KNIFE }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(KNIFE)
  await expect(
    page.getByRole('row', { name: new RegExp(DEMO.teacherMerseyside.name) }),
  ).toContainText('Not started')
  await expectNoAxeViolations(page, 'one assignment')
  const assignmentPath = new URL(page.url()).pathname

  // the learner sees it under "assigned", with that due date
  await signInAs(page, DEMO.teacherMerseyside)
  await page.goto('/learn')
  await expect(assignedCard(page, KNIFE)).toContainText(`Due by ${due.shown}`)

  // a lead of another unit cannot see it, remove it, or assign at that school
  await signInAs(page, DEMO.vruLancashire)
  const response = await page.goto(assignmentPath)
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  const removal = await page.request.post(assignmentPath, {
    form: { intent: 'remove' },
    maxRedirects: 0,
  })
  expect(removal.status()).toBe(404)
  expect((await page.goto(newPath))?.status()).toBe(404)
  await page.goto('/assignments')
  await expect(page.getByRole('main')).not.toContainText(DEMO.teacherMerseyside.name)

  // and the assignment is still there for the learner
  await signInAs(page, DEMO.teacherMerseyside)
  await page.goto('/learn')
  await expect(assignedCard(page, KNIFE)).toBeVisible()
})

test('an organisation lead assigns to a job role; removing it later keeps the completion', async ({
  page,
  request,
}) => {
  const jobRole = `Attendance officer ${Date.now()}`
  const learner = await createLearner(request, { name: 'Casey Jordan', jobRole })
  await signIn(page, DEMO.orgLead)
  await page.goto('/organisation')
  await page.getByRole('link', { name: 'Assign a module' }).click()
  await expect(page).toHaveURL('/assignments/new')
  await page.getByLabel('Module', { exact: true }).selectOption({ label: ACES })
  await page.getByLabel('Everyone with a job role').check()
  await page.getByLabel('Job role', { exact: true }).selectOption(jobRole)
  await page.getByRole('button', { name: 'Assign module' }).click()

  await expect(page.getByRole('status')).toHaveText('Module assigned.')
  const row = page.getByRole('row').filter({ hasText: jobRole })
  await expect(row).toContainText(ACES)
  await expect(row).toContainText('No due date')
  await expect(row).toContainText('0 of 1 completed')
  await expectNoAxeViolations(page, 'assignments of the organisation lead')

  // the learner with that job role sees it; the demo teacher (another job role) does not
  await signInAs(page, learner)
  await page.goto('/learn')
  await expect(assignedCard(page, ACES)).toContainText('No due date')
  await completeModuleByRequest(page.request, 'aces-foundations')
  await signInAs(page, DEMO.teacherMerseyside)
  await page.goto('/learn')
  await expect(assignedCard(page, ACES)).toHaveCount(0)

  // the lead sees the completion, then removes the assignment
  await signInAs(page, DEMO.orgLead)
  await page.goto('/assignments')
  await expect(page.getByRole('row').filter({ hasText: jobRole })).toContainText('1 of 1 completed')
  await page.getByRole('row').filter({ hasText: jobRole }).getByRole('link', { name: ACES }).click()
  await expect(page.getByRole('row', { name: /Casey Jordan/ })).toContainText('Completed on')
  await page.getByRole('button', { name: 'Remove assignment' }).click()
  await expect(page.getByRole('status')).toHaveText(
    'Assignment removed. Completions already earned are kept.',
  )
  await expect(page.getByRole('row').filter({ hasText: jobRole })).toHaveCount(0)

  // no longer assigned, still completed, with its certificate
  await signInAs(page, learner)
  await page.goto('/learn')
  await expect(assignedCard(page, ACES)).toHaveCount(0)
  const completed = page
    .getByRole('heading', { level: 2, name: 'Completed' })
    .locator('xpath=following-sibling::ul[1]')
    .getByRole('listitem')
    .filter({ hasText: ACES })
  await expect(completed).toContainText('completed')
  await expect(completed.getByRole('link', { name: 'Certificate (PDF)' })).toBeVisible()
})

test('bad input shows what is wrong beside each field and keeps what was chosen', async ({
  page,
}) => {
  await signIn(page, DEMO.orgLead)
  await page.goto('/assignments/new')
  await page.getByLabel('People I choose by name').check()
  const tom = page.getByLabel(new RegExp(`^${DEMO.teacherMerseyside.name}`))
  await tom.check()
  await page.getByLabel('Due date (optional)').fill('2020-01-31')
  await page.getByRole('button', { name: 'Assign module' }).click()

  const summary = page.getByRole('alert')
  await expect(summary).toContainText('Choose a module to assign')
  await expect(summary).toContainText('The due date must be today or later')
  await expect(page.getByLabel('Module', { exact: true })).toHaveAccessibleDescription(
    /Choose a module to assign/,
  )
  await expect(page.getByLabel('Due date (optional)')).toHaveAccessibleDescription(
    /The due date must be today or later/,
  )
  // nothing chosen is lost
  await expect(page.getByLabel('People I choose by name')).toBeChecked()
  await expect(tom).toBeChecked()
  await expect(page.getByLabel('Due date (optional)')).toHaveValue('2020-01-31')
  await expectNoAxeViolations(page, 'assigning a module, with errors')

  // the summary's links lead to the fields
  await summary.getByRole('link', { name: 'Choose a module to assign' }).click()
  await expect(page.getByLabel('Module', { exact: true })).toBeFocused()

  // nothing was assigned
  await page.goto('/assignments')
  await expect(page.getByRole('main')).not.toContainText('2020')
})
