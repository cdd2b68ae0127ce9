import { expect, test } from '@playwright/test'

test('health check answers once the database does', async ({ request }) => {
  const response = await request.get('/healthz')
  expect(response.status()).toBe(200)
  expect(await response.json()).toEqual({ ok: true })
})
