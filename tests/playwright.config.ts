import fs from 'node:fs'
import path from 'node:path'
import { defineConfig, devices } from '@playwright/test'

const root = path.resolve(import.meta.dirname, '..')
const port = Number(process.env.E2E_PORT ?? 3100)
// One database and outbox per run; set once here so the workers (which re-read this file) agree.
process.env.E2E_RUN_DIR ??= path.join(root, 'tests/.tmp', `e2e-${Date.now()}`)
const runDir = process.env.E2E_RUN_DIR

// Debian's chromium where it exists (CI, these machines); Playwright's own browser elsewhere.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const launchOptions = fs.existsSync(chromiumPath)
  ? {
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    }
  : {}

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI
    ? 'list'
    : [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]],
  // long journeys sign in as three or four people (each a deliberate, slow password hash);
  // a busy CI machine took over 30 s for two of them
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /(reporting|live-training-journey)\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    // A unit's report counts every learner of the unit: it runs once the others have finished,
    // and one test at a time, so another spec's learner cannot move the figures it checks.
    {
      name: 'reports',
      testMatch: /(reporting|live-training-journey)\.spec\.ts/,
      workers: 1,
      dependencies: ['chromium'],
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
  ],
  webServer: {
    command: 'npx tsx app/cli/setup.ts && npx tsx server.ts',
    cwd: root,
    url: `http://localhost:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_PATH: path.join(runDir, 'upstream.db'),
      MAIL_OUTBOX: path.join(runDir, 'outbox'),
      DEMO_DATA: 'true',
      // as behind a proxy, so a sign-in test can come from another address (X-Forwarded-For);
      // browsers send no such header, so every other request is 127.0.0.1 as before
      TRUST_PROXY: 'true',
      // small, so the studio's oversize-upload test sends megabytes, not gigabytes
      UPLOAD_LIMIT_BYTES: String(5 * 1024 * 1024),
    },
  },
})
