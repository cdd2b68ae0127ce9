/**
 * The HTTP server: express in front of the Remix handler, so that request-wide rules (Origin
 * checks, security headers, static files) live in one place, and so that high-frequency
 * endpoints can later sit in front of Remix's request pipeline (see docs/decisions).
 */
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

app.use((_req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
  res.setHeader('X-Frame-Options', 'DENY')
  next()
})

/**
 * A state-changing request from another site is refused. Browsers send Origin on every POST;
 * a request with no Origin (a script, curl) must still carry the SameSite=Lax session cookie.
 */
function isCrossSiteWrite(req: Request) {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return false
  const origin = req.get('origin')
  if (origin) {
    try {
      return new URL(origin).host !== req.get('host')
    } catch {
      return true
    }
  }
  return req.get('sec-fetch-site') === 'cross-site'
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
  handleFilmProgress(cookie: string | undefined, body: unknown): Promise<{ status: number; body: object }>
  isSignedIn(cookie: string | undefined): Promise<boolean>
}
function hasEdgeHandlers(module: object): module is EdgeHandlers {
  return 'handleFilmProgress' in module && 'isSignedIn' in module
}
const entryModule = build.entry.module
if (!hasEdgeHandlers(entryModule)) throw new Error('app/entry.server.tsx must export handleFilmProgress and isSignedIn')
const edge = entryModule

// Film heartbeats skip Remix's request pipeline (see docs/decisions/004-film-heartbeats.md).
app.post('/api/film-progress', express.json({ limit: '2kb', type: () => true }), (req, res, next) => {
  edge
    .handleFilmProgress(req.get('cookie'), req.body)
    .then(({ status, body }) => res.status(status).json(body))
    .catch(next)
})

app.use('/api', (error: unknown, _req: Request, res: Response, next: NextFunction) => {
  // a body that is not JSON, or too large, is the client's mistake, not a server error
  const status = typeof error === 'object' && error && 'status' in error && typeof error.status === 'number' ? error.status : 0
  if (status >= 400 && status < 500) res.status(status).json({ error: 'The request body was not valid JSON of the expected size.' })
  else next(error)
})

app.use(compression())
app.use('/build', express.static('build/client', { immutable: true, maxAge: '1y' }))
// Films, captions and downloads: for signed-in people; express.static answers Range requests.
app.use(
  '/media',
  (req, res, next) => {
    edge
      .isSignedIn(req.get('cookie'))
      .then((signedIn) => (signedIn ? next() : res.status(401).type('text/plain').send('Sign in to see this file.')))
      .catch(next)
  },
  express.static('media', { maxAge: '1h', index: false, dotfiles: 'deny' }),
)

app.all(
  '*',
  createRequestHandler({
    build,
    mode,
    getLoadContext: (req) => ({ clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown' }),
  }),
)

app.listen(port, () => {
  console.log(`Upstream is running at http://localhost:${port}`)
  if (mode === 'development') broadcastDevReady(build)
})
