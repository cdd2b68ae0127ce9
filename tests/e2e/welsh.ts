/**
 * Whether a page shown in Welsh still shows English that is not content: what the Welsh walk in
 * the accessibility specs asks of every page.
 */
import { expect, type Page } from '@playwright/test'
import { cy } from '#app/i18n/cy/index.ts'
import { englishCatalogue } from '#tests/i18n/catalogue.ts'

/** Words that are English and never Welsh: one in a piece of text marks it as English. */
const ENGLISH_WORDS = [
  'the and you your with this that have has will not for from are was were what',
  'when which who how there their they been would should could about into than then',
  'only each every more here these those our its it’s don’t can’t isn’t yet after',
  'before until between without because other see show shows',
].flatMap((line) => line.split(' '))

/** Short interface text (up to three words) whose Welsh differs: "Reports", "Edit", "Save". */
const SHORT_ENGLISH = [...englishCatalogue().values()]
  .map(({ key }) => key)
  .filter((key) => {
    const welsh = cy[key]
    return typeof welsh === 'string' && welsh !== key && key.split(/\s+/).length <= 3
  })

/** The same page in Welsh, chosen by the cookie, so no account's own choice is changed. */
export async function reopenInWelsh(page: Page) {
  await page
    .context()
    .addCookies([{ name: 'upstream_language', value: 'ImN5Ig%3D%3D', url: page.url() }])
  await page.goto(page.url())
  await page.waitForLoadState('networkidle')
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
}

/**
 * English on a Welsh page outside content marked `lang="en"`: text, the title, and what a
 * screen reader reads from attributes (labels, placeholders, alternative text).
 */
export async function englishOn(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ words, short }) => {
      const wordPattern = new RegExp(`(^|[^\\p{L}’'])(${words.join('|')})(?=$|[^\\p{L}’'])`, 'iu')
      const shortSet = new Set(short)
      const found = new Set<string>()
      const inWelsh = (element: Element | null) => {
        const marked = element?.closest('[lang]')?.getAttribute('lang') ?? 'cy'
        return marked.startsWith('cy') && !element?.closest('script, style, noscript, template')
      }
      const judge = (text: string) => {
        const trimmed = text.replace(/\s+/g, ' ').trim()
        if (trimmed && (wordPattern.test(trimmed) || shortSet.has(trimmed))) found.add(trimmed)
      }
      judge(document.title)
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
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
      return [...found]
    },
    { words: ENGLISH_WORDS, short: SHORT_ENGLISH },
  )
}

export async function expectNoEnglish(page: Page, label: string) {
  expect(await englishOn(page), `English on the Welsh ${label}`).toEqual([])
}
