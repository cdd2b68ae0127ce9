import { Form, Link } from '@remix-run/react'
import { useEffect, useState } from 'react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { type Letter } from '#app/learning/lesson-view.server.ts'

/** A pack's ISO date ("2024-10-06") as a letter writes it ("6 October 2024"); anything else as given. */
function letterDate(date: string, language: string) {
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

/** One letter at a time, as the resource is read in a classroom; each prints on its own. */
export function Letters({
  letters,
  current,
  complete,
}: {
  letters: Letter[]
  current: number
  complete: boolean
}) {
  const { t, i18n } = useTranslation()
  const [canPrint, setCanPrint] = useState(false)
  useEffect(() => setCanPrint(true), [])
  const letter = letters[current]!
  const last = current === letters.length - 1
  const date = letterDate(letter.date, i18n.language)
  // turning a page goes to the next letter, not back to the top of the lesson's introduction
  const to = (n: number) => `?letter=${n}#letter`
  return (
    <section aria-labelledby="letter-heading" className="letters" id="letter">
      <p className="letters__count">
        {t('Letter {{n}} of {{total}}', { n: current + 1, total: letters.length })}
      </p>
      <article className="letter">
        <h2 id="letter-heading" className="letter__heading">
          {t('From {{from}} to {{to}}', { from: letter.from, to: letter.to })}
        </h2>
        <p className="letter__date">
          {date ? <time dateTime={letter.date}>{date}</time> : letter.date}
        </p>
        <div className="letter__body" dangerouslySetInnerHTML={{ __html: letter.bodyHtml }} />
      </article>
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
      </nav>
      {last && !complete ? (
        <Form method="post" className="letters__done">
          <input type="hidden" name="intent" value="complete" />
          <button type="submit" className="button">
            {t('I have read all the letters')}
          </button>
        </Form>
      ) : null}
    </section>
  )
}
