/**
 * The HTTP server: express in front of the Remix handler, so that request-wide rules (Origin
 * checks, security headers, static files) live in one place, and so that high-frequency
 * endpoints can later sit in front of Remix's request pipeline (see docs/decisions).
 */
import crypto from 'node:crypto'
import http from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { createRequestHandler } from '@remix-run/express'
import { broadcastDevReady, type ServerBuild } from '@remix-run/node'
import compression from 'compression'
import express, { type NextFunction, type Request, type Response } from 'express'

const mode = process.env.NODE_ENV === 'production' ? 'production' : 'development'
const port = Number(process.env.PORT ?? 3000)
const build = (await import(pathToFileURL(path.resolve('build/index.js')).href)) as ServerBuild

const app = express()
app.disable('x-powered-by')
if (process.env.TRUST_PROXY === 'true') app.set('trust proxy', true)

/**
 * Only our own scripts, styles, media and fonts. Remix's inline hydration scripts carry this
 * response's nonce; video.js's injected <style> elements are switched off (film-player.tsx) and
 * its icon font is a data: URL inside its stylesheet.
 */
function contentSecurityPolicy(nonce: string) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "media-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

app.use((_req, res, next) => {
  const nonce = crypto.randomBytes(16).toString('base64')
  res.locals.cspNonce = nonce
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce))
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
  res.setHeader('X-Frame-Options', 'DENY')
  next()
})

/**
 * A state-changing request from another site is refused. Browsers send Origin on every POST;
 * a request with no Origin (a script, curl) must still carry the SameSite=Lax session cookie.
 */
function isCrossSiteWrite(req: http.IncomingMessage) {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return false
  const origin = req.headers.origin
  if (origin) {
    try {
      return new URL(origin).host !== req.headers.host
    } catch {
      return true
    }
  }
  return req.headers['sec-fetch-site'] === 'cross-site'
}

app.use((req: Request, res: Response, next: NextFunction) => {
  if (isCrossSiteWrite(req)) {
    res.status(403).type('text/plain').send('This request came from another site and was refused.')
    return
  }
  next()
})

// The app's entry module exports these so the endpoints below share its database and sessions.
type EdgeHandlers = {
  handleFilmProgress(cookie: string | undefined, body: unknown): { status: number; body: object }
  mediaFileFor(
    cookie: string | undefined,
    urlPath: string,
  ): { status: 200; file: string } | { status: 401 | 404; message: string }
  sendSessionReminders(): Promise<{ failed: { email: string; kind: string; error: string }[] }>
}
function hasEdgeHandlers(module: object): module is EdgeHandlers {
  return (
    'handleFilmProgress' in module && 'mediaFileFor' in module && 'sendSessionReminders' in module
  )
}
const entryModule = build.entry.module
if (!hasEdgeHandlers(entryModule))
  throw new Error(
    'app/entry.server.tsx must export handleFilmProgress, mediaFileFor and sendSessionReminders',
  )
const edge = entryModule

// zlib level 4, not the default 6: a national CSV (1.2 MB) compresses in about half the time,
// 15% larger; pages are small either way
app.use(compression({ level: 4 }))
app.use('/build', express.static('build/client', { immutable: true, maxAge: '1y' }))
// Films, captions and downloads: each only for people who may open a module that uses it
// (app/learning/media-access.server.ts). sendFile answers Range requests (film seeking); caches
// are private and revalidate, since who may have a file depends on who asks.
app.use('/media', (req, res, next) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return next()
  const answer = edge.mediaFileFor(req.get('cookie'), req.path)
  if (answer.status !== 200) {
    res.status(answer.status).type('text/plain').send(answer.message)
    return
  }
  res.setHeader('Cache-Control', 'private, no-cache')
  res.sendFile(answer.file, { cacheControl: false }, (error?: Error) => {
    if (!error || res.headersSent) return
    res.status(404).type('text/plain').send('There is no such file.')
  })
})

app.all(
  '*',
  createRequestHandler({
    build,
    mode,
    getLoadContext: (req, res) => ({
      clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      cspNonce: String(res.locals.cspNonce),
    }),
  }),
)

/**
 * Film heartbeats: thousands a second while a workforce watches, so they are answered here,
 * before express and Remix (docs/decisions/004-film-heartbeats.md), with the same Origin rule,
 * the app's own session check and zod schema (handleFilmProgress).
 */
const HEARTBEAT_LIMIT_BYTES = 2048
function handleHeartbeat(req: http.IncomingMessage, res: http.ServerResponse) {
  const reply = (status: number, body: object) => {
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    })
    res.end(JSON.stringify(body))
  }
  if (isCrossSiteWrite(req))
    return reply(403, { error: 'This request came from another site and was refused.' })
  const chunks: Buffer[] = []
  let size = 0
  req.on('data', (chunk: Buffer) => {
    size += chunk.length
    if (size <= HEARTBEAT_LIMIT_BYTES) chunks.push(chunk)
  })
  req.on('end', () => {
    if (size > HEARTBEAT_LIMIT_BYTES)
      return reply(413, { error: 'The progress report is too large.' })
    let body: unknown
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
    } catch {
      return reply(400, { error: 'The progress report was not valid JSON.' })
    }
    try {
      const result = edge.handleFilmProgress(req.headers.cookie, body)
      reply(result.status, result.body)
    } catch (error) {
      console.error(error)
      reply(500, { error: 'Your place could not be saved just now.' })
    }
  })
}

const server = http.createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/api/film-progress') handleHeartbeat(req, res)
  else app(req, res)
})
// Keep idle connections longer than Node's 5 s: a film sends a heartbeat every 15 s, and under
// load Node 20 lets in one new connection per event-loop turn (tests/bench/load.ts), so a learner
// who keeps theirs is never queued again. Also ends the race where a client reuses a connection
// the server is just closing. headersTimeout must stay above it.
server.keepAliveTimeout = 65_000
server.headersTimeout = 66_000

/**
 * Live-training reminders are due to the minute (an hour before a session), so the server looks
 * every 5 minutes rather than waiting for the daily cron. Each is marked on the booking before it
 * is sent, so `npm run reminders` or a second server never sends it again. While one look is
 * still sending (a slow mail server) the next is skipped; a failure is logged and tried again.
 */
const REMINDERS_EVERY_MS = 5 * 60_000
let remindersRunning = false
async function sendDueReminders() {
  if (remindersRunning) return
  remindersRunning = true
  try {
    const { failed } = await edge.sendSessionReminders()
    for (const f of failed) console.error(`Reminder (${f.kind}) not sent to ${f.email}: ${f.error}`)
  } catch (error) {
    console.error('Live-training reminders could not be sent:', error)
  } finally {
    remindersRunning = false
  }
}
setInterval(() => void sendDueReminders(), REMINDERS_EVERY_MS).unref()

server.listen(port, () => {
  console.log(`Upstream is running at http://localhost:${port}`)
  if (mode === 'development') broadcastDevReady(build)
})
