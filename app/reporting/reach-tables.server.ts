/**
 * The reach section of a report as tables (the page, one CSV each, the board summary), from the
 * figures reach.server.ts counts. Not through disclosure control: see reach.server.ts.
 */
import { moduleTitlesIn } from '#app/learning/catalogue.server.ts'
import { ORGANISATION_TYPES } from '#app/db.server.ts'
import { ORGANISATION_TYPE_LABELS } from '#app/organisations/labels.ts'
import { type I18n, type Language } from '#app/i18n/i18n.ts'
import { i18nFor } from '#app/i18n/language.server.ts'
import { monthName, periodLabel, quarterMonths, type Period } from './periods.ts'
import {
  packIdsOf,
  countReach,
  packShares,
  schoolsNotYetUsing,
  shareYearOf,
  type ReachFigures,
  type ReachGroup,
} from './reach.server.ts'
import { areaNames, labelIn, names, shareOf } from './report-tables.server.ts'
import { NATIONAL, type ReachReport, type ReportScope, type ReportTable } from './types.ts'

const typeLabel = labelIn(ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS)

/** The figures' names; pupils are always said with it that no one but their teachers counted them. */
const figureNames = ({ t }: I18n) => ({
  schools: t('Schools reached'),
  sessions: t('Sessions delivered'),
  pupils: t('Pupils reached (as reported by teachers)'),
})

export const REACH_TABLES = [
  'reach-headline',
  'reach-by-pack',
  'reach-by-area',
  'reach-by-organisation-type',
  'reach-by-year-group',
  'reach-by-quarter',
  'reach-by-month',
  'reach-share',
  'reach-not-yet-used',
] as const

const cells = (f: ReachFigures) => [f.schools, f.sessions, f.pupils]

function reachTable(
  id: string,
  title: string,
  heading: string,
  groups: ReachGroup[],
  label: (key: string) => string,
  i18n: I18n,
): ReportTable {
  const figures = figureNames(i18n)
  return {
    id,
    title,
    columns: [heading, figures.schools, figures.sessions, figures.pupils],
    rows: groups.map((g) => ({ label: label(g.key), cells: cells(g) })),
    chart: 0,
    empty: i18n.t('No classroom pack was taught in this period.'),
  }
}

/** Marks each row's label with the language it is in (a pack's title may be English only). */
function withLanguages(table: ReportTable, languages: (Language | undefined)[]): ReportTable {
  return { ...table, rows: table.rows.map((row, i) => ({ ...row, lang: languages[i] })) }
}

/** A financial-year quarter by its months, short enough for a chart's label: "April to June 2026". */
function quarterLabel(key: string, i18n: I18n) {
  const [year, quarter] = key.split('-').map(Number)
  const last = year! + (quarter === 4 ? 1 : 0)
  return i18n.t('{{months}} {{year}}', { months: quarterMonths(quarter!, i18n), year: last })
}

/**
 * The reach section for a scope and period. `only`: the one table a CSV needs; `limit`: how many
 * schools the page lists under each pack not yet used (the CSV lists all).
 */
export function buildReach(
  scope: ReportScope,
  period: Period,
  { only, limit }: { only?: string; limit?: number } = {},
  i18n: I18n = i18nFor('en'),
): ReachReport {
  const { t } = i18n
  const wanted = (id: string) => only === undefined || only === id
  const national = scope.vruId === NATIONAL
  const counted =
    only === undefined || !['reach-share', 'reach-not-yet-used'].includes(only)
      ? countReach(scope, period)
      : null
  const shareYear = shareYearOf(period)
  const shares = wanted('reach-share') ? packShares(scope, shareYear) : null
  const notYet = wanted('reach-not-yet-used') ? schoolsNotYetUsing(scope) : null
  const titles = new Map(
    [
      ...moduleTitlesIn(
        [
          ...(counted?.byPack ?? []).map((g) => g.key),
          ...(shares ? packIdsOf(scope.vruId) : []),
          ...(shares ?? []).flatMap((s) => [...s.used.keys()]),
          ...(notYet ?? []).map((n) => n.moduleId),
        ].map(Number),
        i18n.language,
      ),
    ].map(([id, title]) => [String(id), title]),
  )
  const packTitle = (k: string) => titles.get(k)?.text ?? t('Pack {{id}}', { id: k })
  const packLanguage = (k: string) => titles.get(k)?.language
  const tables: ReportTable[] = []
  if (counted) {
    const total = counted.total
    const figures = figureNames(i18n)
    tables.push({
      id: 'reach-headline',
      title: t('Reach of classroom packs'),
      columns: [t('Measure'), t('Number')],
      rows: [
        { label: figures.schools, cells: [total.schools] },
        { label: figures.sessions, cells: [total.sessions] },
        { label: figures.pupils, cells: [total.pupils] },
      ],
    })
    tables.push(
      withLanguages(
        reachTable('reach-by-pack', t('Reach by pack'), t('Pack'), counted.byPack, packTitle, i18n),
        counted.byPack.map((g) => packLanguage(g.key)),
      ),
    )
    const areas = names(
      areaNames,
      counted.byArea.filter((g) => g.key !== '').map((g) => ({ groupKey: g.key })),
    )
    // a unit without hub-and-spoke areas has no area table
    if (counted.byArea.some((g) => g.key !== ''))
      tables.push(
        reachTable(
          'reach-by-area',
          t('Reach by hub-and-spoke area'),
          t('Area'),
          counted.byArea,
          (k) => (k === '' ? t('No area') : (areas.get(k) ?? t('Area {{id}}', { id: k }))),
          i18n,
        ),
      )
    tables.push(
      reachTable(
        'reach-by-organisation-type',
        t('Reach by organisation type'),
        t('Organisation type'),
        counted.byType,
        (k) => t(typeLabel(k)),
        i18n,
      ),
      reachTable(
        'reach-by-year-group',
        t('Reach by year group'),
        t('Year group'),
        counted.byYearGroup,
        (k) => t('Year {{year}}', { year: k }),
        i18n,
      ),
      reachTable(
        'reach-by-quarter',
        t('Reach by quarter'),
        t('Quarter'),
        counted.byQuarter,
        (k) => quarterLabel(k, i18n),
        i18n,
      ),
      reachTable(
        'reach-by-month',
        t('Reach by month'),
        t('Month'),
        counted.byMonth,
        (k) => monthName(Number(k.slice(0, 4)), Number(k.slice(5, 7)), i18n),
        i18n,
      ),
    )
  }
  if (shares) {
    // every pack the unit may teach, used or not, and any other it taught
    const packs = [
      ...new Set([...packIdsOf(scope.vruId), ...shares.flatMap((s) => [...s.used.keys()])]),
    ].sort((a, b) => packTitle(a).localeCompare(packTitle(b)))
    tables.push({
      id: 'reach-share',
      title: t('Share of schools that used each pack in the {{year}}', {
        year: periodLabel(shareYear, i18n).toLowerCase(),
      }),
      columns: [
        t('Organisation type'),
        national ? t('Active schools now, every unit') : t('Active schools in the unit now'),
        ...packs.flatMap((p) => [
          t('{{pack}}: schools that used it', { pack: packTitle(p) }),
          t('{{pack}}: share', { pack: packTitle(p) }),
        ]),
      ],
      rows: packs.length
        ? shares.map((s) => ({
            label: t(typeLabel(s.type)),
            cells: [
              s.schools,
              ...packs.flatMap((p) => {
                const used = s.used.get(p) ?? 0
                return [used, s.schools ? shareOf(used, s.schools) : t('no schools')]
              }),
            ],
          }))
        : [],
      empty: t('No school used a classroom pack in this financial year.'),
    })
  }
  if (notYet) {
    const packs = notYet.map((n) => ({ ...n, title: packTitle(n.moduleId) }))
    packs.sort((a, b) => a.title.localeCompare(b.title))
    tables.push(
      national
        ? {
            id: 'reach-not-yet-used',
            title: t('Schools that have not used a pack yet'),
            columns: [t('Pack'), t('Active schools that have never taught it')],
            rows: packs.map((p) => ({ label: p.title, cells: [p.count] })),
            empty: t('There are no classroom packs yet.'),
          }
        : {
            id: 'reach-not-yet-used',
            title: t('Schools that have not used a pack yet'),
            columns: [t('School'), t('Pack'), t('Organisation type'), t('Area')],
            rows: packs.flatMap((p) =>
              p.schools!.map((s) => ({
                label: s.name,
                cells: [p.title, t(typeLabel(s.type)), s.area ?? t('No area')],
              })),
            ),
            empty: t('Every school has used every pack.'),
          },
    )
  }
  return {
    tables: tables.filter((t) => wanted(t.id)),
    notYetUsed: (notYet ?? []).map((n) => ({
      moduleId: n.moduleId,
      title: packTitle(n.moduleId),
      lang: packLanguage(n.moduleId),
      count: n.count,
      schools:
        n.schools
          ?.slice(0, limit ?? n.schools.length)
          .map((s) => ({ ...s, type: t(typeLabel(s.type)), area: s.area ?? t('No area') })) ?? null,
    })),
  }
}
