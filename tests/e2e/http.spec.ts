import http from 'node:http'
import { expect, test } from '@playwright/test'
import { DEMO, DEMO_PASSWORD, postSignIn } from './utils.ts'

test('the health check answers once the database does', async ({ request }) => {
  const response = await request.get('/healthz')
  expect(response.status()).toBe(200)
  expect(await response.json()).toEqual({ ok: true })
})

test('a form post from another site is refused before it reaches the app', async ({
  request,
  baseURL,
}) => {
  const foreign = await request.post('/login', {
    headers: { Origin: 'https://attacker.example' },
    form: { email: 'teacher.merseyside@demo.upstream.test', password: 'upstream-demo-2026' },
    maxRedirects: 0,
  })
  expect(foreign.status()).toBe(403)
  expect(foreign.headers()['set-cookie']).toBeUndefined()

  const sameSite = await request.post('/login', {
    headers: { Origin: baseURL! },
    form: { email: 'teacher.merseyside@demo.upstream.test', password: 'upstream-demo-2026' },
    maxRedirects: 0,
  })
  expect(sameSite.status()).toBe(302)
  expect(sameSite.headers()['location']).toBe('/learn')
})

test('the session cookie is HttpOnly and SameSite=Lax, and not Secure over plain http', async ({
  request,
  baseURL,
}) => {
  const response = await request.post('/login', {
    headers: { Origin: baseURL! },
    form: { email: 'nurse.wales@demo.upstream.test', password: 'upstream-demo-2026' },
    maxRedirects: 0,
  })
  const cookie = response.headers()['set-cookie'] ?? ''
  expect(cookie).toMatch(/^upstream_session=/)
  expect(cookie).toMatch(/HttpOnly/i)
  expect(cookie).toMatch(/SameSite=Lax/i)
  expect(cookie).not.toMatch(/Secure/i)
})

test('pages carry headers that stop sniffing, framing and referrer leaks', async ({ request }) => {
  const response = await request.get('/login')
  const headers = response.headers()
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['x-powered-by']).toBeUndefined()
})

// ---- Bad input over real HTTP: a 4xx with a message, never a 500, never a hung client

const FORM = 'application/x-www-form-urlencoded'

test('a body that is not a form answers 415 with a message, and one that cannot be read 400', async ({
  request,
}) => {
  const json = await request.post('/login', {
    headers: { 'Content-Type': 'application/json' },
    data: JSON.stringify({ email: DEMO.teacherMerseyside.email, password: DEMO_PASSWORD }),
    maxRedirects: 0,
  })
  expect(json.status()).toBe(415)
  expect(json.headers()['set-cookie']).toBeUndefined()
  expect(await json.text()).toContain('This address only takes a form')

  const text = await request.post('/forgot-password', {
    headers: { 'Content-Type': 'text/plain' },
    data: `email=${DEMO.teacherMerseyside.email}`,
  })
  expect(text.status()).toBe(415)

  const brokenBoundary = await request.post('/language', {
    headers: { 'Content-Type': 'multipart/form-data; boundary=expected' },
    data: '--other\r\nContent-Disposition: form-data; name="language"\r\n\r\ncy\r\n--other--\r\n',
  })
  expect(brokenBoundary.status()).toBe(400)
  expect(await brokenBoundary.text()).toContain('This form could not be read')

  // the same person's browser still gets the page itself
  expect((await request.get('/login')).status()).toBe(200)
})

test('an unknown or missing intent answers 400 with a message, and nothing is done', async ({
  request,
}) => {
  await postSignIn(request, DEMO.orgLead.email)
  const forms: Record<string, string>[] = [{ intent: 'no-such-action' }, { file: '' }]
  for (const form of forms) {
    const response = await request.post('/organisation', { form, maxRedirects: 0 })
    expect(response.status()).toBe(400)
    expect(await response.text()).toContain('does not know what you asked it to do')
  }
})

/** A POST of `bytes` written whole before the answer is read, as a simple script would send it. */
function postWhole(baseURL: string, path: string, bytes: Buffer, contentType: string | null) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const headers: Record<string, string | number> = { 'Content-Length': bytes.length }
    if (contentType) headers['Content-Type'] = contentType
    const req = http.request(new URL(path, baseURL), { method: 'POST', headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.setTimeout(15_000, () => req.destroy(new Error(`no answer from ${path} in 15 s`)))
    // the server may stop reading once it has answered: that is not the client's failure
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error)
    })
    req.end(bytes)
  })
}

test('a large body sent to a page that ignores it gets its answer at once, and the server stays up', async ({
  baseURL,
}) => {
  const fiveMegabytes = Buffer.alloc(5 * 1024 * 1024, 'a')
  const started = Date.now()
  // a page with no action, a resource route with no action, no page at all
  const page = await postWhole(baseURL!, '/learn', fiveMegabytes, FORM)
  expect(page.status).toBe(405)
  expect(page.body).toContain('This page does not take forms')
  expect((await postWhole(baseURL!, '/healthz', fiveMegabytes, FORM)).status).toBe(405)
  expect((await postWhole(baseURL!, '/no-such-page', fiveMegabytes, FORM)).status).toBe(404)
  // a form route refusing what is not a form does not read it first
  const json = await postWhole(baseURL!, '/login', fiveMegabytes, 'application/json')
  expect(json.status).toBe(415)
  const none = await postWhole(baseURL!, '/language', fiveMegabytes, null)
  expect(none.status).toBe(415)
  // and a form far larger than any page sends is refused before it is read
  const huge = await postWhole(baseURL!, '/login', fiveMegabytes, FORM)
  expect(huge.status).toBe(413)
  expect(huge.body).toContain('This form is larger than 2 MB')
  expect(Date.now() - started).toBeLessThan(15_000)
  const health = await fetch(new URL('/healthz', baseURL))
  expect(health.status).toBe(200)
})
