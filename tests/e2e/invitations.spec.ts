import path from 'node:path'
import { expect, test } from '@playwright/test'
import Database from 'better-sqlite3'
import {
  createLearner,
  DEMO,
  expectNoAxeViolations,
  inviteLearner,
  linkPathIn,
  signIn,
  signInWithForm,
  uniqueEmail,
  waitForEmail,
} from './utils.ts'

test('an organisation lead invites a teacher, who joins, signs out and signs in again', async ({
  browser,
  page,
}) => {
  const email = uniqueEmail('new-teacher')
  const password = 'kettle harbour violin'

  // The organisation lead sends the invitation, in a browser of their own.
  const leadContext = await browser.newContext()
  const lead = await leadContext.newPage()
  await signIn(lead, DEMO.orgLead)
  await lead.goto('/organisation')
  await lead.getByRole('link', { name: 'Invite staff' }).click()
  await expect(lead).toHaveURL('/people/invite')
  const sentAt = Date.now()
  await lead.getByLabel('Full name').fill('Dana Whitfield')
  await lead.getByLabel('Work email address').fill(email)
  await expect(lead.getByLabel('Role in Upstream')).toHaveValue('learner')
  await lead.getByLabel('Job role (optional)').fill('Teaching assistant')
  await lead.getByLabel('Sector (optional)').selectOption({ label: 'Education' })
  await lead.getByRole('button', { name: 'Send invitation' }).click()
  await expect(lead.getByRole('status')).toContainText(`We have emailed an invitation to ${email}`)
  // the form is empty again, ready for the next person
  await expect(lead.getByLabel('Full name')).toHaveValue('')

  // The email arrives with a link to the invitation.
  const message = await waitForEmail(email, { after: sentAt - 1 })
  expect(message.subject).toBe('You are invited to Upstream')
  expect(message.text).toContain('Hello Dana Whitfield,')
  expect(message.text).toContain(`${DEMO.orgLead.name} has invited you`)
  const invitationPath = linkPathIn(message.text, '/invitations/')

  // The invitee opens it, corrects their name, chooses a password and lands on their learning.
  await page.goto(invitationPath)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Join Upstream')
  await expect(
    page.getByText('You have been invited as learner at Riverside Academy, Liverpool.'),
  ).toBeVisible()
  await expect(page.getByText(email)).toBeVisible()
  await expect(page.getByLabel('Your name')).toHaveValue('Dana Whitfield')

  // a mismatch first: the name typed is kept, the passwords are not
  await page.getByLabel('Your name').fill('Dana Whitfield-Ross')
  await page.getByLabel('New password', { exact: true }).fill(password)
  await page.getByLabel('Type the new password again').fill('something else entirely')
  await page.getByRole('button', { name: 'Join and sign in' }).click()
  await expect(page.getByRole('alert')).toContainText('The two passwords are not the same')
  await expect(page.getByLabel('Your name')).toHaveValue('Dana Whitfield-Ross')

  await page.getByLabel('New password', { exact: true }).fill(password)
  await page.getByLabel('Type the new password again').fill(password)
  await page.getByRole('button', { name: 'Join and sign in' }).click()
  await expect(page).toHaveURL('/learn')
  await expect(page.getByText('Hello Dana Whitfield-Ross.')).toBeVisible()

  // The lead now sees them among the staff.
  await lead.goto('/organisation')
  await expect(lead.getByRole('main')).toContainText('Dana Whitfield-Ross')
  await leadContext.close()

  // Signing out and in again with the new password.
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL('/login?signedOut=1')
  await signInWithForm(page, email, password)
  await expect(page).toHaveURL('/learn')

  // The link works once.
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.goto(invitationPath)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'This invitation no longer works',
  )
  await expect(page.getByLabel('New password', { exact: true })).toHaveCount(0)
})

test('a spent invitation link refuses a replayed form post', async ({ request, page }) => {
  const invited = await inviteLearner(request)
  await request.post('/logout')
  const accepted = await request.post(invited.invitationPath, {
    form: {
      name: invited.name,
      password: 'first password here',
      confirmPassword: 'first password here',
    },
    maxRedirects: 0,
  })
  expect(accepted.status()).toBe(302)
  await request.post('/logout')
  const replay = await request.post(invited.invitationPath, {
    form: {
      name: 'Someone Else',
      password: 'another password!',
      confirmPassword: 'another password!',
    },
    maxRedirects: 0,
  })
  expect(replay.status()).toBe(400)
  expect(await replay.text()).toContain('This invitation has expired or has been used')

  // and the first password still signs in
  await signInWithForm(page, invited.email, 'first password here')
  await expect(page).toHaveURL('/learn')
  await expect(page.getByText(`Hello ${invited.name}.`)).toBeVisible()
})

test('a made-up invitation link says it no longer works', async ({ page }) => {
  await page.goto('/invitations/not-a-real-token')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'This invitation no longer works',
  )
})

test('a failed invitation keeps what was typed', async ({ page }) => {
  await signIn(page, DEMO.orgLead)
  await page.goto('/people/invite')
  await page.getByLabel('Full name').fill('Morgan Ellis')
  await page.getByLabel('Work email address').fill('morgan.ellis at school')
  await page.getByLabel('Job role (optional)').fill('Pastoral lead')
  await page.getByRole('button', { name: 'Send invitation' }).click()

  const summary = page.getByRole('alert')
  await expect(summary).toBeFocused()
  await expect(
    summary.getByRole('link', { name: /Enter their work email address in the right format/ }),
  ).toHaveAttribute('href', '#email')
  await expect(page.getByLabel('Full name')).toHaveValue('Morgan Ellis')
  await expect(page.getByLabel('Work email address')).toHaveValue('morgan.ellis at school')
  await expect(page.getByLabel('Work email address')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Job role (optional)')).toHaveValue('Pastoral lead')

  // following the error link puts the cursor in the field
  await summary.getByRole('link').first().click()
  await expect(page.getByLabel('Work email address')).toBeFocused()
})

test("one of the lead's own staff cannot be invited again, and the lead is told why", async ({
  page,
}) => {
  await signIn(page, DEMO.orgLead)
  await page.goto('/people/invite')
  await page.getByLabel('Full name').fill('Tom Barker again')
  await page.getByLabel('Work email address').fill(DEMO.teacherMerseyside.email)
  await page.getByRole('button', { name: 'Send invitation' }).click()
  await expect(page.getByRole('alert')).toContainText(
    'Someone with this email address already has an Upstream account among the people you manage',
  )
  await expect(page.getByLabel('Full name')).toHaveValue('Tom Barker again')
})

test('inviting someone with an account in another unit looks like any invitation; they get a note', async ({
  page,
}) => {
  const elsewhere = DEMO.teacherLancashire.email
  await signIn(page, DEMO.orgLead)
  await page.goto('/people/invite')
  const sentAt = Date.now()
  await page.getByLabel('Full name').fill('Someone From Lancashire')
  await page.getByLabel('Work email address').fill(elsewhere)
  await page.getByRole('button', { name: 'Send invitation' }).click()
  await expect(page.getByRole('status')).toHaveText(
    `We have emailed an invitation to ${elsewhere}. It works for 14 days.`,
  )
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByLabel('Full name')).toHaveValue('')

  // the person is told someone tried, with no link to join
  const note = await waitForEmail(elsewhere, { after: sentAt - 1 })
  expect(note.subject).toBe('Someone tried to invite you to Upstream')
  expect(note.text).toContain(`${DEMO.orgLead.name} tried to invite this email address`)
  expect(note.text).not.toContain('/invitations/')

  // and nothing was made for the address: no invitation, still one account
  const database = new Database(path.join(process.env.E2E_RUN_DIR!, 'upstream.db'), {
    readonly: true,
  })
  try {
    const count = (sql: string) => database.prepare(sql).pluck().get(elsewhere)
    expect(count('select count(*) from invitations where email = ?')).toBe(0)
    expect(count('select count(*) from users where email = ?')).toBe(1)
  } finally {
    database.close()
  }
})

test.describe('password reset', () => {
  test('a forgotten password is replaced through the emailed link', async ({ page, request }) => {
    const learner = await createLearner(request, { password: 'the original password' })
    const newPassword = 'lighthouse pebble orchard'

    await page.goto('/login')
    await page.getByRole('link', { name: 'Forgotten your password?' }).click()
    await expect(page).toHaveURL('/forgot-password')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reset your password')
    const askedAt = Date.now()
    await page.getByLabel('Email address').fill(learner.email)
    await page.getByRole('button', { name: 'Send reset link' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email')

    const message = await waitForEmail(learner.email, { after: askedAt - 1 })
    expect(message.subject).toBe('Reset your Upstream password')
    const resetPath = linkPathIn(message.text, '/reset-password/')

    await page.goto(resetPath)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a new password')
    // too short first
    await page.getByLabel('New password', { exact: true }).fill('short')
    await page.getByLabel('Type the new password again').fill('short')
    await page.getByRole('button', { name: 'Save new password' }).click()
    await expect(page.getByRole('alert')).toContainText('at least 10 characters')

    await page.getByLabel('New password', { exact: true }).fill(newPassword)
    await page.getByLabel('Type the new password again').fill(newPassword)
    await page.getByRole('button', { name: 'Save new password' }).click()
    await expect(page).toHaveURL('/login?passwordReset=1')
    await expect(page.getByRole('status')).toContainText('Your password has been changed')

    await signInWithForm(page, learner.email, newPassword)
    await expect(page).toHaveURL('/learn')

    // the link works once
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.goto(resetPath)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link no longer works')
  })

  test('an unknown address gets the same answer and no email', async ({ page }) => {
    const email = `nobody-${Date.now()}@e2e.upstream.test`
    await page.goto('/forgot-password')
    await page.getByLabel('Email address').fill(email)
    await page.getByRole('button', { name: 'Send reset link' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email')
    await expect(page.getByText(`If an Upstream account uses ${email}`)).toBeVisible()
    await expect(waitForEmail(email, { timeout: 1000 })).rejects.toThrow(/No email/)
  })

  test('a badly typed address is kept with an error', async ({ page }) => {
    await page.goto('/forgot-password')
    await page.getByLabel('Email address').fill('not an email')
    await page.getByRole('button', { name: 'Send reset link' }).click()
    await expect(page.getByRole('alert')).toContainText(
      'Enter your email address in the right format',
    )
    await expect(page.getByLabel('Email address')).toHaveValue('not an email')
  })
})

test.describe('pending invitations on the organisation page', () => {
  test('the lead sees who has not joined, resends a fresh link and cancels an invitation', async ({
    browser,
    page,
    request,
  }) => {
    const invited = await inviteLearner(request, { name: 'Jordan Pending' })
    await signIn(page, DEMO.orgLead)
    await page.goto('/organisation')

    // counted beside the staff, and listed with when it was sent
    await expect(page.getByRole('table', { name: /staff on Upstream, \d+ invited$/ })).toBeVisible()
    const pending = page.getByRole('table', { name: /invitations? not yet accepted/ })
    const row = pending.getByRole('row', { name: new RegExp(invited.email) })
    await expect(row).toContainText('Jordan Pending')
    await expectNoAxeViolations(page)

    // resending emails a new link; the old one stops working
    const resentAt = Date.now()
    await row.getByRole('button', { name: `Resend the invitation to ${invited.email}` }).click()
    await expect(page.getByRole('status')).toContainText(
      `We have emailed a new link to ${invited.email}. The old link no longer works.`,
    )
    const message = await waitForEmail(invited.email, { after: resentAt - 1 })
    expect(message.subject).toBe('You are invited to Upstream')
    const newPath = linkPathIn(message.text, '/invitations/')
    expect(newPath).not.toBe(invited.invitationPath)
    const visitor = await (await browser.newContext()).newPage()
    await visitor.goto(invited.invitationPath)
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(
      'This invitation no longer works',
    )
    await visitor.goto(newPath)
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Join Upstream')

    // cancelling asks first, then the link stops working and the row goes
    await pending
      .getByRole('row', { name: new RegExp(invited.email) })
      .getByRole('button', { name: `Cancel the invitation to ${invited.email}` })
      .click()
    await expect(
      page.getByRole('heading', { name: `Cancel the invitation to ${invited.email}?` }),
    ).toBeVisible()
    await expect(pending.getByRole('row', { name: new RegExp(invited.email) })).toBeVisible()
    await page.getByRole('button', { name: 'Yes, cancel the invitation' }).click()
    await expect(page.getByRole('status')).toContainText(
      `The invitation to ${invited.email} is cancelled: its link no longer works.`,
    )
    await expect(pending.getByRole('row', { name: new RegExp(invited.email) })).toHaveCount(0)
    await visitor.goto(newPath)
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(
      'This invitation no longer works',
    )
    await visitor.context().close()
  })

  test('a staff file sent twice invites only the new people and names the others', async ({
    page,
  }) => {
    const first = uniqueEmail('bulk-first')
    const second = uniqueEmail('bulk-second')
    const send = async (rows: string[]) => {
      await page.goto('/organisation')
      await page.getByLabel('CSV file of staff').setInputFiles({
        name: 'staff.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(['Name,Email,Job role', ...rows].join('\n')),
      })
      await page.getByRole('button', { name: 'Check the file and invite' }).click()
    }
    await signIn(page, DEMO.orgLead)
    await send([`Ola First,${first},Teacher`])
    await expect(page.getByRole('status')).toContainText(
      'We have emailed an invitation to 1 person.',
    )

    await send([
      `Ola First,${first},Teacher`,
      `Ben Second,${second},Teacher`,
      `Tom Barker,${DEMO.teacherMerseyside.email},Teacher`,
    ])
    const summary = page.getByRole('status')
    await expect(summary).toContainText('We have emailed an invitation to 1 person.')
    await expect(summary).toContainText('Already invited, not yet joined (1): Ola First.')
    await expect(summary).toContainText('Already joined (1): Tom Barker.')
    await expect(page.getByRole('alert')).toHaveCount(0)
    // Ola has one invitation, not two
    await expect(
      page.getByRole('table', { name: /invitations? not yet accepted/ }).getByRole('row', {
        name: new RegExp(first),
      }),
    ).toHaveCount(1)
  })
})
