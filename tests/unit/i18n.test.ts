import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { createI18n } from '#app/i18n/i18n.ts'
import { cy } from '#app/i18n/cy.ts'

function sourceOf(dir: string): string {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) return sourceOf(full)
      return /\.(ts|tsx)$/.test(entry.name) && entry.name !== 'cy.ts'
        ? fs.readFileSync(full, 'utf8')
        : ''
    })
    .join('\n')
}

test('every Welsh entry translates English text that the app still uses', () => {
  const source = sourceOf(path.resolve('app'))
  const orphans = Object.keys(cy).filter((english) => !source.includes(english))
  expect(orphans).toEqual([])
})

test('Welsh is used where it exists and English fills the gaps', () => {
  const welsh = createI18n('cy', cy)
  expect(welsh.t('Sign in')).toBe('Mewngofnodi')
  expect(welsh.t('A sentence with no Welsh yet')).toBe('A sentence with no Welsh yet')
  expect(createI18n('en').t('Sign in')).toBe('Sign in')
})
