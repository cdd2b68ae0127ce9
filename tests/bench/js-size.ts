/**
 * JavaScript a learner's browser downloads for a reading lesson and for a film lesson, gzipped
 * as the server sends it: every script Chromium fetched, dynamic imports included.
 * Goal: at most 100 KB for a reading lesson; video.js is loaded on film lessons only.
 */
import fs from 'node:fs'
import zlib from 'node:zlib'
import { chromium } from '@playwright/test'
import { BENCH_PORT, prepareDatabase, signIn, startApp, startModule, stop } from './harness.ts'

const base = `http://localhost:${BENCH_PORT}`
const { databasePath, emails } = await prepareDatabase(1)
const app = await startApp(databasePath)
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const browser = await chromium.launch(
  fs.existsSync(executablePath)
    ? {
        executablePath,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      }
    : {},
)
try {
  const cookie = await signIn(base, emails[0]!)
  await startModule(base, cookie, 'to-the-edge')
  const [name, value] = cookie.split('=') as [string, string]
  const context = await browser.newContext()
  await context.addCookies([{ name, value, url: base }])

  async function scriptsOf(path: string) {
    const page = await context.newPage()
    const scripts = new Map<string, number>()
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return
      const body = await response.body()
      scripts.set(new URL(response.url()).pathname, zlib.gzipSync(body).length)
    })
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' })
    await page.waitForTimeout(500)
    await page.close()
    return scripts
  }

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0)
  const reading = await scriptsOf(
    '/learn/modules/to-the-edge/lessons/using-the-pack-safely?continue=1',
  )
  const film = await scriptsOf('/learn/modules/to-the-edge/lessons/the-film?continue=1')
  const filmOnly = [...film.entries()].filter(([url]) => !reading.has(url))
  console.log('JavaScript sent, gzipped (level 6, as the server compresses it)')
  console.log(`reading lesson: ${kb(total(reading))} in ${reading.size} files (goal ≤ 100 KB)`)
  console.log(
    `film lesson:    ${kb(total(film))} in ${film.size} files, of which loaded for the film only: ${filmOnly.map(([u, b]) => `${u.split('/').pop()} ${kb(b)}`).join(', ')}`,
  )
  const videoJsOnReading = [...reading.keys()].some((url) => /video/i.test(url))
  console.log(
    `video.js on the reading lesson: ${videoJsOnReading ? 'yes (it should not be)' : 'no'}`,
  )
} finally {
  await browser.close()
  await stop(app)
}
