/**
 * With a real SMTP server that accepts the connection and never answers, the forgotten-password
 * form still answers at once for an address that has an account: the email is sent after the
 * answer, and its failure is logged, never thrown into the request.
 */
import net from 'node:net'
import { afterAll, beforeAll, expect, test, vi } from 'vitest'

const sockets = new Set<net.Socket>()
let connected: () => void
const firstConnection = new Promise<void>((resolve) => (connected = resolve))
const server = net.createServer((socket) => {
  // no SMTP greeting, ever: the mail client waits
  sockets.add(socket)
  connected()
})

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  // read when the app's modules first load, so they are imported only after this
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
})

afterAll(async () => {
  delete process.env.SMTP_URL
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

test('an address with an account is answered while its email is still stuck', async () => {
  const { action } = await import('#app/routes/_auth+/forgot-password.tsx')
  const { backgroundMailSettled } = await import('#app/utils/email.server.ts')
  const { addPerson, organisationNamed } = await import('./helpers.ts')
  const known = addPerson(
    `stuck.${Date.now()}@example.test`,
    organisationNamed('Riverside Academy, Liverpool').id,
  )
  const post = async (email: string) => {
    const body = new FormData()
    body.set('email', email)
    return action({
      request: new Request('http://localhost:3000/forgot-password', { method: 'POST', body }),
      params: {},
      context: { clientAddress: '192.0.2.40', cspNonce: '' },
    })
  }

  // an answer that waited for this server would never come (the test would time out)
  expect(await post(known)).toEqual({ ok: true, email: known })
  expect(await post(`nobody.${Date.now()}@example.test`)).toMatchObject({ ok: true })
  // the email really was on its way: the mail client has connected and is waiting
  await firstConnection

  // closing the server makes the send fail; it is logged, not thrown
  const logged = vi.mocked(console.error).mockImplementation(() => {})
  for (const socket of sockets) socket.destroy()
  await backgroundMailSettled()
  expect(logged).toHaveBeenCalledWith('Mail (password reset) could not be sent:', expect.any(Error))
})
