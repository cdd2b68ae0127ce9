/**
 * Every page of the foundation, each with who looks at it and how to reach it: shared by the
 * accessibility checks (a11y.spec.ts) and the screenshots for visual review (visual.spec.ts).
 */
import { expect, type APIRequestContext, type Page } from '@playwright/test'
import {
  chooseAnswers,
  completeModuleByRequest,
  lessonPath,
  newLearner,
  packLesson,
  rightAnswers,
  startModuleByRequest,
  workThroughByRequest,
  wrongAnswers,
} from './learning-utils.ts'
import {
  createLearner,
  DEMO,
  firstIdLink,
  inviteLearner,
  linkPathIn,
  postSignIn,
  signIn,
  waitForEmail,
  type DemoAccount,
} from './utils.ts'
import { reopenInWelsh } from './welsh.ts'

export type PageCase = {
  /** Used in test titles and screenshot file names. */
  name: string
  as?: DemoAccount
  /** Opens the page; the browser is already signed in as `as`. */
  open: (page: Page, request: APIRequestContext) => Promise<void>
}

const visit =
  (path: string, status = 200) =>
  async (page: Page) => {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(status)
  }

/** Opens the first detail page linked from a list (e.g. /organisations → /organisations/12). */
const viaList = (list: string, prefix: string) => async (page: Page) => {
  await page.goto(list)
  await page.goto(await firstIdLink(page, prefix))
}

export const PAGES: PageCase[] = [
  { name: 'home', open: visit('/') },
  { name: 'login', open: visit('/login') },
  {
    name: 'login-with-errors',
    async open(page) {
      await page.goto('/login')
      // empty fields: an error without spending a sign-in attempt
      await page.getByRole('button', { name: 'Sign in' }).click()
      await expect(page.getByRole('alert')).toBeVisible()
    },
  },
  {
    name: 'login-cymraeg',
    async open(page) {
      await page.goto('/login')
      await page.getByRole('banner').getByRole('button', { name: 'Cymraeg' }).click()
      await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
    },
  },
  { name: 'forgot-password', open: visit('/forgot-password') },
  {
    name: 'reset-password',
    async open(page, request) {
      const learner = await createLearner(request)
      const askedAt = Date.now()
      await request.post('/forgot-password', { form: { email: learner.email } })
      const message = await waitForEmail(learner.email, { after: askedAt - 1 })
      await page.goto(linkPathIn(message.text, '/reset-password/'))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a new password')
    },
  },
  {
    name: 'invitation',
    async open(page, request) {
      const { invitationPath } = await inviteLearner(request)
      await page.goto(invitationPath)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Join Upstream')
    },
  },
  {
    name: 'invitation-with-errors',
    async open(page, request) {
      const { invitationPath } = await inviteLearner(request)
      await page.goto(invitationPath)
      await page.getByLabel('Your name').fill('')
      await page.getByRole('button', { name: 'Join and sign in' }).click()
      await expect(page.getByRole('alert')).toBeVisible()
    },
  },
  { name: 'learn', as: DEMO.teacherMerseyside, open: visit('/learn') },
  {
    name: 'learn-cymraeg',
    as: DEMO.nurseWales,
    async open(page) {
      // by the cookie alone, so the demo account's own choice stays unset for other tests
      await page.goto('/learn')
      await reopenInWelsh(page)
      await expect(page.getByRole('banner')).toHaveAttribute('lang', 'cy')
    },
  },
  { name: 'organisation', as: DEMO.orgLead, open: visit('/organisation') },
  { name: 'deliveries', as: DEMO.teacherMerseyside, open: visit('/learn/deliveries') },
  { name: 'delivery-new', as: DEMO.teacherMerseyside, open: visit('/learn/deliveries/new') },
  {
    name: 'delivery-new-with-errors',
    as: DEMO.teacherMerseyside,
    async open(page) {
      await page.goto('/learn/deliveries/new')
      await page.getByLabel('Number of pupils').fill('401')
      await page.getByRole('button', { name: 'Log this lesson' }).click()
      await expect(page.getByRole('alert')).toBeVisible()
    },
  },
  { name: 'studio', as: DEMO.trainer, open: visit('/studio') },
  { name: 'studio-module', as: DEMO.trainer, open: viaList('/studio', '/studio/modules/') },
  { name: 'studio-new', as: DEMO.trainer, open: visit('/studio/new') },
  { name: 'learn-renewal-due', as: DEMO.nurseWales, open: visit('/learn') },
  { name: 'reports-vru-lead', as: DEMO.vruMerseyside, open: visit('/reports') },
  { name: 'reports-admin', as: DEMO.admin, open: visit('/reports') },
  { name: 'admin', as: DEMO.admin, open: visit('/admin') },
  { name: 'admin-vrus', as: DEMO.admin, open: visit('/admin/vrus') },
  { name: 'admin-vru', as: DEMO.admin, open: viaList('/admin/vrus', '/admin/vrus/') },
  { name: 'organisations-admin', as: DEMO.admin, open: visit('/organisations') },
  { name: 'organisations-vru-lead', as: DEMO.vruMerseyside, open: visit('/organisations') },
  { name: 'organisations-new', as: DEMO.admin, open: visit('/organisations/new') },
  {
    name: 'organisations-new-with-errors',
    as: DEMO.admin,
    async open(page) {
      await page.goto('/organisations/new')
      await page.getByRole('main').getByRole('button').last().click()
      await expect(page.getByRole('alert')).toBeVisible()
    },
  },
  {
    name: 'organisation-detail',
    as: DEMO.vruMerseyside,
    open: viaList('/organisations', '/organisations/'),
  },
  { name: 'people-admin', as: DEMO.admin, open: visit('/people') },
  { name: 'people-org-lead', as: DEMO.orgLead, open: visit('/people') },
  { name: 'people-invite-admin', as: DEMO.admin, open: visit('/people/invite') },
  { name: 'people-invite-org-lead', as: DEMO.orgLead, open: visit('/people/invite') },
  {
    name: 'person',
    as: DEMO.vruMerseyside,
    async open(page) {
      await page.goto('/people')
      await page.getByRole('main').getByRole('link', { name: DEMO.teacherMerseyside.name }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.teacherMerseyside.name)
    },
  },
  { name: 'training-learner', as: DEMO.teacherMerseyside, open: visit('/training') },
  { name: 'training-org-lead', as: DEMO.orgLead, open: visit('/training') },
  {
    name: 'training-book-staff',
    as: DEMO.orgLead,
    async open(page) {
      await page.goto('/training')
      await page
        .getByRole('table', { name: 'Sessions open to your staff' })
        .getByRole('link', { name: /^Book staff on Responding to distress/ })
        .first()
        .click()
      await expect(page.getByRole('heading', { name: 'Book more staff' })).toBeVisible()
    },
  },
  { name: 'training-courses', as: DEMO.trainer, open: visit('/training/courses') },
  {
    name: 'training-course-new-with-errors',
    as: DEMO.trainer,
    async open(page) {
      await page.goto('/training/courses/new')
      await page.getByRole('button', { name: 'Make the course' }).click()
      await expect(page.getByRole('alert')).toBeVisible()
    },
  },
  {
    name: 'training-course',
    as: DEMO.trainer,
    async open(page) {
      await page.goto('/training/courses')
      await page.getByRole('link', { name: /^Responding to distress/ }).click()
      await expect(page.getByRole('heading', { name: 'Schedule a session' })).toBeVisible()
    },
  },
  {
    name: 'training-session',
    as: DEMO.trainer,
    async open(page) {
      await page.goto('/training/courses')
      await page.getByRole('link', { name: /^Responding to distress/ }).click()
      await page.getByRole('table', { name: 'Sessions' }).getByRole('link').first().click()
      await expect(page.getByRole('heading', { name: 'Cancel this session' })).toBeVisible()
    },
  },
  {
    // the demo's workshop that has happened, its register taken (app/cli/demo/live-training.ts)
    name: 'training-register',
    as: DEMO.trainer,
    async open(page) {
      await page.goto('/training/courses')
      await page.getByRole('link', { name: /^Responding to distress/ }).click()
      await page.getByRole('table', { name: 'Sessions' }).getByRole('link').last().click()
      await page.getByRole('link', { name: 'Take the register' }).click()
      await expect(page.getByRole('button', { name: 'Save the register' })).toBeVisible()
    },
  },
  {
    name: 'training-register-upload-with-errors',
    as: DEMO.trainer,
    async open(page) {
      await page.goto('/training/courses')
      await page.getByRole('link', { name: /^Responding to distress/ }).click()
      await page.getByRole('table', { name: 'Sessions' }).getByRole('link').last().click()
      await page.getByRole('link', { name: 'Take the register' }).click()
      await page.getByRole('link', { name: 'Upload a register as CSV' }).click()
      await page
        .getByLabel('Or paste the register')
        .fill('email,attendance\nnobody@example.test,maybe')
      await page.getByRole('button', { name: 'Check and record the register' }).click()
      await expect(page.getByRole('alert')).toBeVisible()
    },
  },
  {
    name: 'training-attended-rating',
    async open(page) {
      await signIn(page, { email: 'riverside3@demo.upstream.test' })
      await page.goto('/training')
      await page.getByRole('link', { name: 'How confident do you feel now?' }).first().click()
      await expect(page.getByRole('button', { name: 'Save my answers' })).toBeVisible()
    },
  },
  { name: 'assignments-org-lead', as: DEMO.orgLead, open: visit('/assignments') },
  { name: 'assignments-vru-lead', as: DEMO.vruMerseyside, open: visit('/assignments') },
  {
    name: 'assignment-new-choose-organisation',
    as: DEMO.vruMerseyside,
    open: visit('/assignments/new'),
  },
  { name: 'assignment-new', as: DEMO.orgLead, open: visit('/assignments/new') },
  {
    name: 'assignment-new-with-errors',
    as: DEMO.orgLead,
    async open(page) {
      await page.goto('/assignments/new')
      await page.getByRole('button', { name: 'Assign module' }).click()
      await expect(page.getByRole('alert')).toBeVisible()
    },
  },
  { name: 'assignment', as: DEMO.vruMerseyside, open: viaList('/assignments', '/assignments/') },
  {
    name: 'person-admin',
    as: DEMO.admin,
    async open(page) {
      await page.goto(`/people?q=${encodeURIComponent(DEMO.teacherMerseyside.email)}`)
      await page.getByRole('main').getByRole('link', { name: DEMO.teacherMerseyside.name }).click()
      await expect(page.getByRole('heading', { name: 'Erase' })).toBeVisible()
    },
  },
  { name: 'audit-admin', as: DEMO.admin, open: visit('/audit') },
  { name: 'audit-vru-lead', as: DEMO.vruMerseyside, open: visit('/audit') },
  { name: 'forbidden-403', as: DEMO.teacherMerseyside, open: visit('/admin', 403) },
  { name: 'not-found-404', as: DEMO.admin, open: visit('/people/no-such-person', 404) },
  { name: 'unknown-url-404', open: visit('/no-such-page', 404) },
]

/** Signs in as the case asks and opens the page, ready to check. */
export async function openCase(page: Page, request: APIRequestContext, pageCase: PageCase) {
  if (pageCase.as) await signIn(page, pageCase.as)
  await pageCase.open(page, request)
  await page.waitForLoadState('networkidle')
}

// ---- The learner's side: every page, in each state worth looking at (learning-a11y.spec.ts)

/** A fresh learner (so no test sees another's progress), signed in, then at this address. */
const asNewLearner =
  (
    address: string,
    {
      lancashire = false,
      before,
      status = 200,
    }: {
      lancashire?: boolean
      /** Puts the learner where the page should find them (runs with the page's own cookies). */
      before?: (request: APIRequestContext, page: Page) => Promise<void>
      status?: number
    } = {},
  ) =>
  async (page: Page, request: APIRequestContext) => {
    await newLearner(page, request, { lancashire })
    if (before) await before(page.request, page)
    const response = await page.goto(address)
    expect(response?.status(), address).toBe(status)
  }

const ACES = 'aces-foundations'
const EDGE = 'to-the-edge'
const MIA = 'mias-story'
const acesCheck = packLesson(ACES, 'check').slug
const start = (slug: string) => (request: APIRequestContext) => startModuleByRequest(request, slug)

/** A video.js player, made and with its metadata, so its controls are checked too. */
async function filmReady(page: Page) {
  await expect(page.locator('.video-js.vjs-paused').first()).toBeVisible()
  await expect
    .poll(() => page.locator('video').evaluate((v: HTMLVideoElement) => v.readyState))
    .toBeGreaterThanOrEqual(1)
}

export const LEARNING_PAGES: PageCase[] = [
  { name: 'learn-new-learner', open: asNewLearner('/learn') },
  {
    name: 'learn-in-progress-and-complete',
    open: asNewLearner('/learn', {
      async before(request) {
        await completeModuleByRequest(request, ACES)
        await workThroughByRequest(request, EDGE, { until: 'the-film' })
        await request.get(`${lessonPath(EDGE, 'the-film')}?continue=1`)
      },
    }),
  },
  { name: 'learn-assigned', as: DEMO.teacherMerseyside, open: visit('/learn') },
  {
    name: 'learn-filtered',
    open: asNewLearner(
      '/learn?audience=secondary-schools&topic=knife-crime&level=trauma-aware#catalogue',
    ),
  },
  {
    name: 'learn-filtered-no-match',
    open: asNewLearner('/learn?audience=colleges&topic=parental-imprisonment&level=specialist'),
  },
  { name: 'module-new', open: asNewLearner(`/learn/modules/${EDGE}`) },
  {
    name: 'module-complete-lessons-open',
    open: asNewLearner(`/learn/modules/${EDGE}`, {
      before: (request) => completeModuleByRequest(request, EDGE).then(() => {}),
    }),
  },
  {
    name: 'lesson-reread',
    open: asNewLearner(lessonPath(EDGE, 'lesson-plan-1-aces'), {
      before: (request) => completeModuleByRequest(request, EDGE).then(() => {}),
    }),
  },
  {
    name: 'module-in-progress',
    open: asNewLearner(`/learn/modules/${EDGE}`, {
      before: (request) => workThroughByRequest(request, EDGE, { until: 'lesson-plan-1-aces' }),
    }),
  },
  {
    name: 'module-complete',
    open: asNewLearner(`/learn/modules/${ACES}`, {
      before: (request) => completeModuleByRequest(request, ACES).then(() => {}),
    }),
  },
  {
    name: 'evaluation-pre',
    open: asNewLearner(`/learn/modules/${EDGE}/evaluation/pre`, {
      before: (request) => startModuleByRequest(request, EDGE, { skipRating: false }),
    }),
  },
  {
    name: 'evaluation-pre-with-errors',
    async open(page, request) {
      await asNewLearner(`/learn/modules/${EDGE}/evaluation/pre`, {
        before: (r) => startModuleByRequest(r, EDGE, { skipRating: false }),
      })(page, request)
      await page.locator('#s0-4').check()
      await page.getByRole('button', { name: 'Save and continue' }).click()
      await expect(page.getByRole('alert')).toBeVisible()
    },
  },
  {
    name: 'evaluation-post',
    open: asNewLearner(`/learn/modules/${ACES}/evaluation/post`, {
      before: (request) => completeModuleByRequest(request, ACES).then(() => {}),
    }),
  },
  {
    name: 'lesson-reading',
    open: asNewLearner(lessonPath(ACES, 'what-are-aces'), { before: start(ACES) }),
  },
  {
    name: 'lesson-reading-done',
    open: asNewLearner(lessonPath(ACES, 'what-are-aces'), {
      before: (request) => workThroughByRequest(request, ACES, { until: 'the-ten-categories' }),
    }),
  },
  {
    name: 'lesson-content-note',
    open: asNewLearner(lessonPath(EDGE, 'the-film'), { before: start(EDGE) }),
  },
  {
    name: 'lesson-film',
    async open(page, request) {
      await asNewLearner(`${lessonPath(EDGE, 'the-film')}?continue=1`, { before: start(EDGE) })(
        page,
        request,
      )
      await filmReady(page)
    },
  },
  {
    name: 'lesson-film-transcript-first',
    async open(page, request) {
      await asNewLearner(`${lessonPath(EDGE, 'the-film')}?continue=1&view=transcript`, {
        before: start(EDGE),
      })(page, request)
      await filmReady(page)
    },
  },
  {
    name: 'lesson-letters',
    open: asNewLearner(`${lessonPath(MIA, 'the-letters')}?continue=1`, {
      lancashire: true,
      before: start(MIA),
    }),
  },
  {
    name: 'lesson-letters-print',
    open: asNewLearner(`${lessonPath(MIA, 'the-letters')}/print`, {
      lancashire: true,
      before: start(MIA),
    }),
  },
  // teach mode, on a projector's two common sizes (teach-mode.spec.ts checks 1280×720 too)
  { name: 'teach-start', open: asNewLearner(`${lessonPath(EDGE, 'lesson-plan-1-aces')}/teach`) },
  {
    name: 'teach-film',
    open: asNewLearner(`${lessonPath(EDGE, 'lesson-plan-1-aces')}/teach?screen=3`),
  },
  {
    name: 'teach-prompt-with-notes',
    open: asNewLearner(`${lessonPath(EDGE, 'lesson-plan-1-aces')}/teach?screen=6&panel=notes`),
  },
  {
    name: 'teach-help',
    open: asNewLearner(`${lessonPath(EDGE, 'lesson-plan-1-aces')}/teach?screen=4&panel=help`),
  },
  {
    name: 'teach-end',
    open: asNewLearner(`${lessonPath(EDGE, 'lesson-plan-1-aces')}/teach?screen=99`),
  },
  {
    name: 'teach-letter',
    open: asNewLearner(`${lessonPath(MIA, 'classroom-guide')}/teach?screen=3`, {
      lancashire: true,
    }),
  },
  {
    name: 'lesson-letters-last',
    async open(page, request) {
      const count = packLesson(MIA, 'letters').letters!.length
      await asNewLearner(`${lessonPath(MIA, 'the-letters')}?continue=1&letter=${count - 1}`, {
        lancashire: true,
        before: start(MIA),
      })(page, request)
      await expect(page.getByRole('button', { name: 'I have read all the letters' })).toBeVisible()
    },
  },
  {
    name: 'lesson-activity',
    open: asNewLearner(lessonPath(EDGE, 'facilitator-guide'), { before: start(EDGE) }),
  },
  {
    name: 'lesson-check',
    open: asNewLearner(lessonPath(ACES, acesCheck), { before: start(ACES) }),
  },
  {
    name: 'lesson-check-not-passed',
    async open(page, request) {
      await asNewLearner(lessonPath(ACES, acesCheck), { before: start(ACES) })(page, request)
      await chooseAnswers(page, wrongAnswers(ACES, acesCheck))
      await page.getByRole('button', { name: 'Check my answers' }).click()
      await expect(page.getByRole('link', { name: 'Try again' })).toBeVisible()
    },
  },
  {
    name: 'lesson-check-passed',
    async open(page, request) {
      await asNewLearner(lessonPath(ACES, acesCheck), { before: start(ACES) })(page, request)
      await chooseAnswers(page, rightAnswers(ACES, acesCheck))
      await page.getByRole('button', { name: 'Check my answers' }).click()
      await expect(page.getByRole('status').getByRole('link', { name: 'Continue' })).toBeVisible()
    },
  },
  {
    name: 'lesson-reflection',
    async open(page, request) {
      await asNewLearner(lessonPath(ACES, 'reflection'), { before: start(ACES) })(page, request)
      await page.getByRole('textbox').first().fill('Something I noticed this week.')
      await expect(page.locator('#answer0-status')).toHaveText('Saved')
    },
  },
  { name: 'certificates-none', open: asNewLearner('/learn/certificates') },
  {
    name: 'certificates',
    open: asNewLearner('/learn/certificates', {
      before: (request) => completeModuleByRequest(request, ACES).then(() => {}),
    }),
  },
  {
    name: 'certificate-valid',
    async open(page, request) {
      // earned by someone else, checked by a stranger who is not signed in
      const learner = await createLearner(request, { name: 'Jordan Ellis' })
      await postSignIn(request, learner.email, learner.password)
      const code = await completeModuleByRequest(request, ACES)
      await visit(`/certificates/${code}`)(page)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('This certificate is valid')
    },
  },
  { name: 'certificate-invalid', open: visit('/certificates/NOT-A-CODE', 404) },
  { name: 'certificate-check', open: visit('/certificates') },
  { name: 'certificate-check-not-found', open: visit('/certificates?code=zzzzz-22222') },
]
