/**
 * Whether a page shown in Welsh still shows English that is not content: what the Welsh walk in
 * the accessibility specs asks of every page.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, type Page } from '@playwright/test'
import Database from 'better-sqlite3'
import { cy } from '#app/i18n/cy/index.ts'
import { englishCatalogue } from '#tests/i18n/catalogue.ts'

/** Words that are English and never Welsh: one in a piece of text marks it as English. */
const ENGLISH_WORDS = [
  'the and you your with this that have has will not for from are was were what',
  'when which who how there their they been would should could about into than then',
  'only each every more here these those our its it’s don’t can’t isn’t yet after',
  'before until between without because other see show shows',
].flatMap((line) => line.split(' '))

/** Interface text whose Welsh differs: shown as it is, it was never put through `t()`. */
const INTERFACE_ENGLISH = [...englishCatalogue().values()]
  .map(({ key }) => key)
  .filter((key) => {
    const welsh = cy[key]
    return typeof welsh === 'string' && welsh !== key && !key.includes('{{')
  })

/**
 * Names, and what trainers typed, are not interface: units, areas, organisations, courses and
 * sessions as the test run's database holds them, and the packs' own names.
 */
function namesInDatabase(): string[] {
  const file = path.join(process.env.E2E_RUN_DIR ?? '', 'upstream.db')
  if (!fs.existsSync(file)) return []
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const column = (sql: string) => db.prepare(sql).pluck().all() as (string | null)[]
    return [
      ...column('select name from vrus'),
      ...column('select area from vrus'),
      ...column('select name from areas'),
      ...column('select name from organisations'),
      ...column('select distinct local_authority from organisations'),
      ...column('select title from courses'),
      ...column('select summary from courses'),
      ...column('select venue from course_sessions'),
      ...column('select address from course_sessions'),
      ...column('select accessibility from course_sessions'),
      'To the Edge',
      'Mia’s Story',
      "Mia's Story",
    ]
      .filter((name): name is string => Boolean(name && name.trim()))
      .sort((x, y) => y.length - x.length)
  } finally {
    db.close()
  }
}

/**
 * The packs' module and lesson titles: content, taken out of the page's `<title>` only, which
 * cannot mark a part of itself as English. In the page they must be marked.
 */
function contentTitles(): string[] {
  const file = path.join(process.env.E2E_RUN_DIR ?? '', 'upstream.db')
  if (!fs.existsSync(file)) return []
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const column = (sql: string) => db.prepare(sql).pluck().all() as string[]
    return [
      ...column('select distinct title from module_versions'),
      ...column('select distinct title from lessons'),
    ].sort((x, y) => y.length - x.length)
  } finally {
    db.close()
  }
}

/** The same page in Welsh, chosen by the cookie, so no account's own choice is changed. */
export async function reopenInWelsh(page: Page) {
  await page
    .context()
    .addCookies([{ name: 'upstream_language', value: 'ImN5Ig%3D%3D', url: page.url() }])
  // without its #fragment, or the browser only scrolls and the page is not fetched again
  const address = new URL(page.url())
  address.hash = ''
  await page.goto(address.toString())
  await page.waitForLoadState('networkidle')
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
}

/**
 * English on a Welsh page outside content marked `lang="en"`: text, the title, and what a
 * screen reader reads from attributes (labels, placeholders, alternative text). `untranslated`
 * is interface text shown as the English catalogue has it; `sentences` is any other text with
 * a word that is only English in it, once names are taken out.
 */
export async function englishOn(page: Page) {
  return page.evaluate(
    ({ words, interfaceText, names, titles }) => {
      const wordPattern = new RegExp(`(^|[^\\p{L}’'])(${words.join('|')})(?=$|[^\\p{L}’'])`, 'iu')
      const interfaceSet = new Set(interfaceText)
      const untranslated = new Set<string>()
      const sentences = new Set<string>()
      const inWelsh = (element: Element | null) => {
        const marked = element?.closest('[lang]')?.getAttribute('lang') ?? 'cy'
        return marked.startsWith('cy') && !element?.closest('script, style, noscript, template')
      }
      const judge = (text: string, content: string[] = []) => {
        const trimmed = text.replace(/\s+/g, ' ').trim()
        if (!trimmed) return
        // a place called Reading is a name, not the word
        if (interfaceSet.has(trimmed) && !names.includes(trimmed)) untranslated.add(trimmed)
        let rest = trimmed
        for (const name of [...names, ...content]) rest = rest.split(name).join(' ')
        // a code in capitals (NOT-A-CODE, as typed) is not a word
        rest = rest.replace(/(^|[^\p{L}])[\p{Lu}\d-]{2,}(?=$|[^\p{L}])/gu, ' ')
        if (wordPattern.test(rest)) sentences.add(trimmed)
      }
      judge(document.title.replace(/ – Upstream$/, ''), titles)
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // what a person typed into a box is theirs, in whatever language they wrote it
        if (node.parentElement?.closest('textarea')) continue
        if (inWelsh(node.parentElement)) judge(node.textContent ?? '')
      }
      const attributes = ['aria-label', 'placeholder', 'title', 'alt', 'aria-description']
      for (const element of document.body.querySelectorAll('*')) {
        if (!inWelsh(element)) continue
        for (const name of attributes) {
          const value = element.getAttribute(name)
          if (value) judge(value)
        }
        if (element instanceof HTMLInputElement && ['submit', 'button'].includes(element.type))
          judge(element.value)
      }
      return { untranslated: [...untranslated], sentences: [...sentences] }
    },
    {
      words: ENGLISH_WORDS,
      interfaceText: INTERFACE_ENGLISH,
      names: namesInDatabase(),
      titles: contentTitles(),
    },
  )
}

/**
 * English on a Welsh page that is neither marked content nor a name fails the test: interface
 * text shown as the English catalogue has it, and any other text with a word that is only English.
 * What was found is also written to tests/.tmp/welsh-english/ to read.
 */
export async function expectNoEnglish(page: Page, label: string) {
  const { untranslated, sentences } = await englishOn(page)
  if (sentences.length) {
    const dir = path.resolve(import.meta.dirname, '../.tmp/welsh-english')
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(
      path.join(dir, `${label.replace(/[^\w-]+/g, '-')}.json`),
      JSON.stringify(sentences, null, 1),
    )
  }
  expect(untranslated, `interface text in English on the Welsh ${label}`).toEqual([])
  expect(sentences, `English that is not marked content on the Welsh ${label}`).toEqual([])
}
