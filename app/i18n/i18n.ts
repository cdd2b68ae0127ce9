import { createContext, createElement, useContext, type ReactNode } from 'react'
import { formatClock, formatDate } from '#app/utils/uk-dates.ts'

/**
 * Keys are the English text itself (gettext style): English is complete by construction and a
 * Welsh string is added by writing its translation in `cy/`. See docs/decisions/002-i18n.md.
 */
export const LANGUAGES = ['en', 'cy'] as const
export type Language = (typeof LANGUAGES)[number]

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language)
}

/** A count's sentence in each of a language's plural forms (Welsh has six; English two). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }
/** A language's strings, keyed by the English; a counted sentence is keyed by its English `other`. */
export type Catalogue = Record<string, string | PluralForms>

export type Translator = (key: string, values?: Record<string, string | number>) => string

export type I18n = {
  language: Language
  /** Whether the key has a translation in the chosen language (English always has). */
  exists: (key: string) => boolean
  t: Translator
  /**
   * A sentence with a count in it, in the form the count needs: `{{count}}` is filled in.
   * English gives its two forms; Welsh's six are in the catalogue under the English `other`.
   */
  plural: (
    count: number,
    english: { one: string; other: string },
    values?: Record<string, string | number>,
  ) => string
  /** A day as people in the language write it: 4 December 2026, 4 Rhagfyr 2026. */
  date: (date: Date | string | number) => string
  /** A time of day on UK clocks: 14:30, or 2:30 y prynhawn. */
  clock: (at: Date | number) => string
  number: (value: number) => string
  /** Items joined as the language writes a list: 2, 3 and 4; 2, 3 a 4. */
  list: (items: string[]) => string
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g
const englishPlurals = new Intl.PluralRules('en-GB')
// The Welsh rules (CLDR) written out, not asked of Intl: a browser without Welsh locale data
// would answer with English rules, and a count's sentence would change as the page hydrates.
const WELSH_PLURALS: Record<number, Intl.LDMLPluralRule> = {
  0: 'zero',
  1: 'one',
  2: 'two',
  3: 'few',
  6: 'many',
}
const pluralCategory = (language: Language, count: number): Intl.LDMLPluralRule =>
  language === 'cy' ? (WELSH_PLURALS[count] ?? 'other') : englishPlurals.select(count)
// Welsh writes numbers as English does (1,234.5); en-GB is in every browser
const numbers = new Intl.NumberFormat('en-GB')
const englishList = new Intl.ListFormat('en-GB', { type: 'conjunction' })
// 'ac' before a vowel sound: words, and the numbers said un, wyth, un ar ddeg, ugain
const takesAc = (item: string) => /^[aeiouwyâêîôûŵŷ]/i.test(item) || /^(1|8|11|20)$/.test(item)

/** A list the Welsh way, written out as Chromium has no Welsh list data: "2, 3 a 4", "2 ac 8". */
function welshList(items: string[]) {
  if (items.length < 2) return items.join('')
  const last = items[items.length - 1]!
  return `${items.slice(0, -1).join(', ')} ${takesAc(last) ? 'ac' : 'a'} ${last}`
}

function fill(text: string, values?: Record<string, string | number>) {
  if (!values) return text
  return text.replace(PLACEHOLDER, (match, name: string) =>
    name in values ? String(values[name]) : match,
  )
}

/**
 * `translations`: the chosen language's strings, sent with the page by the root loader only when
 * they are needed, so an English page carries none.
 */
export function createI18n(language: Language, translations: Catalogue | null = null): I18n {
  const strings = translations ?? {}
  const lookup = (key: string) => (Object.hasOwn(strings, key) ? strings[key] : undefined)
  const number = (value: number) => numbers.format(value)
  return {
    language,
    exists: (key) => language === 'en' || lookup(key) !== undefined,
    t: (key, values) => {
      const text = lookup(key)
      return fill(typeof text === 'string' && text ? text : key, values)
    },
    plural: (count, english, values) => {
      const category = pluralCategory(language, count)
      const found = lookup(english.other)
      const forms: PluralForms =
        language === 'en' || !found ? english : typeof found === 'string' ? { other: found } : found
      const text = forms[category] ?? forms.other
      return fill(text, { ...values, count: number(count) })
    },
    date: (date) => formatDate(date, language),
    clock: (at) => formatClock(at, language),
    number,
    list: (items) => (language === 'cy' ? welshList(items) : englishList.format(items)),
  }
}

const I18nContext = createContext<I18n>(createI18n('en'))

export function I18nProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return createElement(I18nContext.Provider, { value: i18n }, children)
}

export function useTranslation() {
  const i18n = useContext(I18nContext)
  return { t: i18n.t, i18n }
}

/**
 * A page's title in the chosen language, for a route's `meta` (which has no hooks):
 * `export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, 'People')]`.
 */
export function pageTitle(
  matches: readonly { id: string; data: unknown }[],
  key: string,
  values?: Record<string, string | number>,
) {
  const root = matches.find((match) => match.id === 'root')?.data as
    { language?: Language; translations?: Catalogue | null } | undefined
  const { t } = createI18n(root?.language ?? 'en', root?.translations ?? null)
  return { title: `${t(key, values)} – Upstream` }
}
