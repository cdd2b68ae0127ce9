import { expect, test } from '@playwright/test'

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
