import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { createI18n } from '#app/i18n/i18n.ts'
import { cy, CY_AREAS } from '#app/i18n/cy/index.ts'
import { ukClockSeconds } from '#app/utils/uk-dates.ts'
import { englishCatalogue } from '#tests/i18n/catalogue.ts'

function sourceOf(dir: string): string {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) return full.endsWith(path.join('i18n', 'cy')) ? '' : sourceOf(full)
      return /\.(ts|tsx)$/.test(entry.name) ? fs.readFileSync(full, 'utf8') : ''
    })
    .join('\n')
}

test('every Welsh entry translates English text that the app still uses', () => {
  const source = sourceOf(path.resolve('app'))
  const orphans = Object.keys(cy).filter((english) => !source.includes(english))
  expect(orphans).toEqual([])
})

test('every piece of English text shown to people has its Welsh (npm run i18n:missing lists any)', () => {
  const missing = [...englishCatalogue().values()]
    .filter(({ key }) => !Object.hasOwn(cy, key))
    .map(({ key, files }) => `${[...files][0]}: ${key}`)
  expect(missing).toEqual([])
})

test('a counted sentence has all six Welsh forms, and other text has one', () => {
  const wrong: string[] = []
  for (const { key, plural } of englishCatalogue().values()) {
    const welsh = cy[key]
    if (welsh === undefined) continue
    const isForms = typeof welsh === 'object'
    if (plural !== isForms) wrong.push(key)
    if (isForms && ['zero', 'one', 'two', 'few', 'many', 'other'].some((c) => !(c in welsh)))
      wrong.push(key)
  }
  expect(wrong).toEqual([])
})

test('each Welsh entry is in one area file only', () => {
  const seen = new Map<string, string>()
  const twice: string[] = []
  for (const [area, strings] of Object.entries(CY_AREAS)) {
    for (const key of Object.keys(strings)) {
      if (seen.has(key)) twice.push(`${key} (${seen.get(key)} and ${area})`)
      seen.set(key, area)
    }
  }
  expect(twice).toEqual([])
})

test('Welsh is used where it exists and English fills the gaps', () => {
  const welsh = createI18n('cy', cy)
  expect(welsh.t('Sign in')).toBe('Mewngofnodi')
  expect(welsh.t('A sentence with no Welsh yet')).toBe('A sentence with no Welsh yet')
  expect(createI18n('en').t('Sign in')).toBe('Sign in')
})

test('a count takes the Welsh form it needs: zero, one, two, few, many and other', () => {
  const forms = {
    zero: '{{count}} cathod',
    one: '{{count}} gath',
    two: '{{count}} gath (dwy)',
    few: '{{count}} cath (tair)',
    many: '{{count}} chath',
    other: '{{count}} o gathod',
  }
  const english = { one: '{{count}} cat', other: '{{count}} cats' }
  const welsh = createI18n('cy', { '{{count}} cats': forms })
  expect([0, 1, 2, 3, 6, 7, 1000].map((n) => welsh.plural(n, english))).toEqual([
    '0 cathod',
    '1 gath',
    '2 gath (dwy)',
    '3 cath (tair)',
    '6 chath',
    '7 o gathod',
    '1,000 o gathod',
  ])
  const inEnglish = createI18n('en')
  expect([0, 1, 2].map((n) => inEnglish.plural(n, english))).toEqual(['0 cats', '1 cat', '2 cats'])
  // a Welsh catalogue without the sentence falls back to the English forms
  expect(createI18n('cy', {}).plural(1, english)).toBe('1 cat')
})

test('days and times are written the Welsh way', () => {
  const welsh = createI18n('cy', cy)
  const summer = new Date('2026-07-09T13:00:00Z') // 2 pm in London
  expect(welsh.date(summer)).toBe('9 Gorffennaf 2026')
  expect(createI18n('en').date(summer)).toBe('9 July 2026')
  expect(welsh.clock(summer)).toBe('2 o’r gloch y prynhawn')
  expect(welsh.clock(new Date('2026-12-04T09:30:00Z'))).toBe('9:30 y bore')
  expect(welsh.clock(new Date('2026-12-04T12:00:00Z'))).toBe('canol dydd')
  expect(createI18n('en').clock(summer)).toBe('14:00')
})

test('the audit log’s moment is on UK clocks, to the second, in summer and winter', () => {
  expect(ukClockSeconds(new Date('2026-07-09T13:04:05Z'))).toBe('14:04:05')
  expect(ukClockSeconds(new Date('2026-12-04T09:30:59Z'))).toBe('09:30:59')
})

test('a list is joined as each language writes one, with ‘ac’ before a vowel sound in Welsh', () => {
  const welsh = createI18n('cy', cy)
  expect(createI18n('en').list(['2', '3', '4'])).toBe('2, 3 and 4')
  expect(welsh.list(['2', '3', '4'])).toBe('2, 3 a 4')
  expect(welsh.list(['2', '3', '11'])).toBe('2, 3 ac 11')
  expect(welsh.list(['7', '8'])).toBe('7 ac 8')
  expect(welsh.list(['5'])).toBe('5')
})
