/**
 * The layout of docs/decisions/013-layout.md, checked from the code's own imports: the database
 * folder stands below the app, no modules import each other in a circle, domain modules know
 * nothing of HTTP or of the pages above them, and route files stay short.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'

const ROOT = path.resolve('.')

function filesUnder(folder: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)))
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

/** The project files a file imports (packages left out), as paths from the project root. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8')
  const found: string[] = []
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2]!
    let target: string
    if (spec.startsWith('#app/')) target = `app/${spec.slice(5)}`
    else if (spec.startsWith('#db/')) target = `db/${spec.slice(4)}`
    else if (spec.startsWith('.'))
      target = path.relative(ROOT, path.resolve(path.dirname(file), spec))
    else continue
    found.push(target)
  }
  return found
}

const appFiles = filesUnder('app')
const dbFiles = filesUnder('db').filter((f) => !f.startsWith('db/migrations/'))

describe('the layout holds', () => {
  test('nothing under db/ imports the app', () => {
    const upward = dbFiles.flatMap((f) =>
      importsOf(f)
        .filter((t) => t.startsWith('app/'))
        .map((t) => `${f} -> ${t}`),
    )
    expect(upward).toEqual([])
  })

  test('no modules of the app import each other in a circle', () => {
    const graph = new Map(
      appFiles.map((f) => [f, importsOf(f).filter((t) => t.startsWith('app/'))]),
    )
    const circles: string[] = []
    const state = new Map<string, 'open' | 'done'>()
    const trail: string[] = []
    const visit = (file: string) => {
      state.set(file, 'open')
      trail.push(file)
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open')
          circles.push([...trail.slice(trail.indexOf(next)), next].join(' -> '))
        else if (!state.has(next)) visit(next)
      }
      trail.pop()
      state.set(file, 'done')
    }
    for (const file of graph.keys()) if (!state.has(file)) visit(file)
    expect(circles).toEqual([])
  })

  // the modules that stand at the HTTP boundary on purpose: sessions, the route guards, form
  // reading, the language cookie and the heartbeat endpoint that skips Remix (decision 004)
  const HTTP_BOUNDARY = new Set([
    'app/auth/session.server.ts',
    'app/auth/permissions.server.ts',
    'app/utils/forms.server.ts',
    'app/i18n/language.server.ts',
    'app/learning/film-progress.server.ts',
  ])
  const domainModules = appFiles.filter(
    (f) => f.endsWith('.server.ts') && !f.startsWith('app/routes/') && !HTTP_BOUNDARY.has(f),
  )

  test('domain modules import no routes or components', () => {
    const upward = domainModules.flatMap((f) =>
      importsOf(f)
        .filter((t) => t.startsWith('app/routes/') || t.startsWith('app/components/'))
        .map((t) => `${f} -> ${t}`),
    )
    expect(upward).toEqual([])
  })

  test('domain modules take no Request and throw or build no Responses', () => {
    const http = domainModules.filter((f) =>
      /\bRequest\b(?!Init)|invariantResponse|new Response\(|\bredirect\(|@remix-run\/(node|server-runtime)/.test(
        fs.readFileSync(path.join(ROOT, f), 'utf8'),
      ),
    )
    expect(http).toEqual([])
  })

  test('no route file is over 300 lines', () => {
    const long = appFiles
      .filter((f) => f.startsWith('app/routes/'))
      .map((f) => ({ f, lines: fs.readFileSync(path.join(ROOT, f), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 300)
    expect(long).toEqual([])
  })
})
