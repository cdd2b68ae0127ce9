import { Form, Link, useLocation } from '@remix-run/react'
import { useEffect, useState } from 'react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { useContentLang } from './content-lang.ts'
import { type Letter } from '#app/learning/lesson-view.server.ts'

/** A pack's ISO date ("2024-10-06") as a letter writes it ("6 October 2024"); anything else as given. */
export function letterDate(date: string, language: string) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null
  const parsed = new Date(`${date}T12:00:00Z`)
  if (Number.isNaN(parsed.getTime())) return null
  return new Intl.DateTimeFormat(language === 'cy' ? 'cy-GB' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(parsed)
}

/** Whether the page can print itself: only once JavaScript runs (window.print). */
export function useCanPrint() {
  const [canPrint, setCanPrint] = useState(false)
  useEffect(() => setCanPrint(true), [])
  return canPrint
}

/** One letter on its paper, under the heading the page gives it. */
export function LetterPaper({
  letter,
  heading,
  headingId,
}: {
  letter: Letter
  heading: string
  headingId: string
}) {
  const { i18n } = useTranslation()
  const lang = useContentLang()
  const date = letterDate(letter.date, i18n.language)
  return (
    <article className="letter" aria-labelledby={headingId}>
      <h2 id={headingId} className="letter__heading">
        {heading}
      </h2>
      <p className="letter__date">
        {date ? <time dateTime={letter.date}>{date}</time> : letter.date}
      </p>
      <div
        className="letter__body"
        lang={lang}
        dangerouslySetInnerHTML={{ __html: letter.bodyHtml }}
      />
    </article>
  )
}

/**
 * One letter at a time, as the resource is read in a classroom; each prints on its own, and all
 * of them from the print page. `read` (null in the studio's preview) names the unread.
 */
export function Letters({
  letters,
  current,
  complete,
  read,
}: {
  letters: Letter[]
  current: number
  complete: boolean
  read: number[] | null
}) {
  const { t } = useTranslation()
  const canPrint = useCanPrint()
  const { pathname } = useLocation()
  const letter = letters[current]!
  const last = current === letters.length - 1
  const unread = read ? letters.flatMap((_, i) => (read.includes(i) ? [] : [i])) : []
  // turning a page goes to the next letter, not back to the top of the lesson's introduction
  const to = (n: number) => `?letter=${n}#letter`
  return (
    <section aria-labelledby="letter-heading" className="letters" id="letter">
      <p className="letters__count">
        {t('Letter {{n}} of {{total}}', { n: current + 1, total: letters.length })}
      </p>
      <LetterPaper
        letter={letter}
        headingId="letter-heading"
        heading={t('From {{from}} to {{to}}', { from: letter.from, to: letter.to })}
      />
      <nav aria-label={t('Letters')} className="button-row letters__nav">
        {current > 0 ? (
          <Link className="button button--secondary" to={to(current - 1)}>
            {t('Previous letter')}
          </Link>
        ) : null}
        {!last ? (
          <Link className="button" to={to(current + 1)}>
            {t('Next letter')}
          </Link>
        ) : null}
        {canPrint ? (
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t('Print this letter')}
          </button>
        ) : null}
        {read ? <Link to={`${pathname}/print`}>{t('Print all the letters')}</Link> : null}
      </nav>
      {(last || (read && unread.length === 0)) && !complete ? (
        <Form method="post" className="letters__done">
          <input type="hidden" name="intent" value="complete" />
          <button type="submit" className="button">
            {t('I have read all the letters')}
          </button>
        </Form>
      ) : null}
      {read && !complete ? <UnreadLetters letters={letters} unread={unread} to={to} /> : null}
    </section>
  )
}

/**
 * Before the learner moves on: the letters not yet opened, by number and heading, each a link;
 * moving on stays allowed. Drawn from what the server recorded, so it needs no JavaScript.
 */
function UnreadLetters({
  letters,
  unread,
  to,
}: {
  letters: Letter[]
  unread: number[]
  to: (n: number) => string
}) {
  const { t, i18n } = useTranslation()
  if (unread.length === 0)
    return (
      <p className="letters__unread">
        {t(
          'You have opened every letter. Choose "I have read all the letters" to complete this lesson.',
        )}
      </p>
    )
  const numbers = i18n.list(unread.map((i) => String(i + 1)))
  return (
    <div className="letters__unread">
      <p>
        {unread.length === 1
          ? t('You have not opened letter {{numbers}} yet.', { numbers })
          : t('You have not opened letters {{numbers}} yet.', { numbers })}{' '}
        {t('You can move on now and come back to them later.')}
      </p>
      <ul>
        {unread.map((i) => (
          <li key={i}>
            <Link to={to(i)}>
              {t('Letter {{n}}: from {{from}} to {{to}}, {{date}}', {
                n: i + 1,
                from: letters[i]!.from,
                to: letters[i]!.to,
                date: letterDate(letters[i]!.date, i18n.language) ?? letters[i]!.date,
              })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
