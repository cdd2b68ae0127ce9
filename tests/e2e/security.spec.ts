/**
 * Headers and sessions as a browser meets them: a Content-Security-Policy that allows only our
 * own scripts (Remix's inline ones by a per-response nonce), styles and media, and pages (the
 * film lesson with video.js included) that run under it without a single violation.
 */
import { expect, test, type Page } from '@playwright/test'
import { lessonPath, newLearner, startModuleByRequest } from './learning-utils.ts'
import { DEMO, postSignIn, signIn } from './utils.ts'

function directives(policy: string) {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/)
      return [name, values] as const
    }),
  )
}

/** Collects what the browser refused under the policy, from the console and the DOM event. */
function watchViolations(page: Page) {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`))
  return {
    violations,
    async install() {
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(
            `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
          )
        })
      })
    },
  }
}

test('every page carries a policy allowing only our own scripts, styles, media and frames none', async ({
  request,
}) => {
  const first = await request.get('/login')
  const policy = first.headers()['content-security-policy'] ?? ''
  const map = directives(policy)
  expect(map.get('default-src')).toEqual(["'self'"])
  expect(map.get('style-src')).toEqual(["'self'"])
  expect(map.get('frame-ancestors')).toEqual(["'none'"])
  expect(map.get('object-src')).toEqual(["'none'"])
  expect(map.get('media-src')).toContain("'self'")
  const scripts = map.get('script-src') ?? []
  expect(scripts).toContain("'self'")
  expect(scripts.join(' ')).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
  const nonce = /'nonce-([^']+)'/.exec(scripts.join(' '))?.[1]
  expect(nonce).toBeTruthy()

  // every inline script of the page carries this response's nonce, and the next response's differs
  const html = await first.text()
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)].map((m) => m[1] ?? '')
  expect(inline.length).toBeGreaterThan(0)
  for (const attributes of inline) expect(attributes).toContain(`nonce="${nonce}"`)
  const second = await request.get('/login')
  expect(second.headers()['content-security-policy']).not.toContain(nonce)

  const headers = first.headers()
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  // the policy is on error pages and files too
  const missing = await request.get('/no-such-page')
  expect(missing.status()).toBe(404)
  expect(missing.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
  expect((await request.get('/favicon.svg')).headers()['x-content-type-options']).toBe('nosniff')
})

test('the film lesson plays under the policy with no violation, video.js and captions included', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000)
  const watch = watchViolations(page)
  await watch.install()
  await newLearner(page, request)
  await startModuleByRequest(page.request, 'to-the-edge')
  await page.goto(`${lessonPath('to-the-edge', 'the-film')}?continue=1`)
  await expect(page.locator('.video-js.vjs-paused, .video-js.vjs-playing').first()).toBeVisible()
  // the player is sized by our stylesheet now that its own <style> elements are off
  const box = await page.locator('.video-js').first().boundingBox()
  expect(box?.height ?? 0).toBeGreaterThan((box?.width ?? 0) * 0.5)
  await page.locator('video').evaluate(async (v: HTMLVideoElement) => {
    for (const track of Array.from(v.textTracks)) track.mode = 'showing'
    v.muted = true
    await v.play()
  })
  await expect
    .poll(() => page.locator('video').evaluate((v: HTMLVideoElement) => v.currentTime), {
      timeout: 15_000,
    })
    .toBeGreaterThan(2)
  // pausing sends progress to /api/film-progress, which connect-src must allow
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/film-progress'))
  await page.locator('video').evaluate((v: HTMLVideoElement) => v.pause())
  expect((await saved).status()).toBe(200)
  expect(watch.violations).toEqual([])
})

test('the pages of every role load and hydrate with no policy violation', async ({ browser }) => {
  test.setTimeout(60_000)
  const visits = [
    { account: null, paths: ['/login', '/forgot-password'] },
    { account: DEMO.teacherMerseyside, paths: ['/learn', '/learn/certificates'] },
    { account: DEMO.orgLead, paths: ['/organisation', '/people'] },
    { account: DEMO.vruMerseyside, paths: ['/reports', '/organisations', '/audit'] },
    { account: DEMO.admin, paths: ['/admin', '/admin/vrus', '/audit'] },
  ]
  for (const { account, paths } of visits) {
    const context = await browser.newContext()
    const page = await context.newPage()
    const watch = watchViolations(page)
    await watch.install()
    if (account) await signIn(page, account)
    for (const path of paths) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      // hydrated: a client-side navigation works, which needs the nonce'd scripts to have run
      await page.waitForFunction(
        () => '__remixContext' in window && document.readyState === 'complete',
      )
    }
    expect(watch.violations, account?.email ?? 'anonymous').toEqual([])
    await context.close()
  }
})

test('signing in rotates the session, signing out ends it on the server', async ({
  playwright,
  baseURL,
}) => {
  const context = await playwright.request.newContext({ baseURL })
  await postSignIn(context, DEMO.nurseWales.email)
  const first = (await context.storageState()).cookies.find((c) => c.name === 'upstream_session')
  expect(first?.httpOnly).toBe(true)
  expect(first?.sameSite).toBe('Lax')
  // a session lasts 14 days at most, then the person signs in again
  const days = ((first?.expires ?? 0) * 1000 - Date.now()) / 86_400_000
  expect(days).toBeGreaterThan(13)
  expect(days).toBeLessThanOrEqual(14.01)

  await postSignIn(context, DEMO.nurseWales.email)
  const second = (await context.storageState()).cookies.find((c) => c.name === 'upstream_session')
  expect(second?.value).not.toBe(first?.value)

  const replay = async (value: string | undefined) =>
    (
      await context.get('/learn', {
        headers: { Cookie: `upstream_session=${value}` },
        maxRedirects: 0,
      })
    ).status()
  expect(await replay(first?.value)).toBe(302)
  expect(await replay(second?.value)).toBe(200)

  const out = await context.post('/logout', { maxRedirects: 0 })
  expect(out.status()).toBe(302)
  // the old cookie, replayed by someone who copied it, no longer works
  expect(await replay(second?.value)).toBe(302)
  await context.dispose()
})
