import path from 'node:path'
import { defineConfig } from 'vitest/config'

const root = path.resolve(import.meta.dirname, '..')

export default defineConfig({
  root,
  resolve: {
    alias: [
      { find: /^#app\/(.*)$/, replacement: path.join(root, 'app/$1') },
      { find: /^#db\/(.*)$/, replacement: path.join(root, 'db/$1') },
      { find: /^#tests\/(.*)$/, replacement: path.join(root, 'tests/$1') },
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    globalSetup: ['tests/setup/global-setup.ts'],
    setupFiles: ['tests/setup/setup-test-env.ts'],
    pool: 'forks',
    testTimeout: 20_000,
    // some files import every pack before their tests: slow on a busy machine, not a failure
    hookTimeout: 60_000,
  },
})
