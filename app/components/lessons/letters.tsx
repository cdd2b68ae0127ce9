import { Form, Link } from '@remix-run/react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

export type Letter = { from: string; to: string; date: string; bodyHtml: string }

/** One letter at a time, as the resource is read in a classroom; each prints on its own. */
export function Letters({ letters, current, complete }: { letters: Letter[]; current: number; complete: boolean }) {
  const { t } = useTranslation()
  const [canPrint, setCanPrint] = useState(false)
  useEffect(() => setCanPrint(true), [])
  const letter = letters[current]!
  const last = current === letters.length - 1
  return (
    <section aria-labelledby="letter-heading" className="letters">
      <p className="letters__count">{t('Letter {{n}} of {{total}}', { n: current + 1, total: letters.length })}</p>
      <article className="letter">
        <h2 id="letter-heading" className="letter__heading">
          {t('From {{from}} to {{to}}', { from: letter.from, to: letter.to })}
        </h2>
        <p className="letter__date">{letter.date}</p>
        <div className="letter__body prose" dangerouslySetInnerHTML={{ __html: letter.bodyHtml }} />
      </article>
      <nav aria-label={t('Letters')} className="button-row letters__nav">
        {current > 0 ? (
          <Link className="button button--secondary" to={`?letter=${current - 1}`} preventScrollReset={false}>
            {t('Previous letter')}
          </Link>
        ) : null}
        {!last ? (
          <Link className="button" to={`?letter=${current + 1}`}>
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
        <Form method="post">
          <input type="hidden" name="intent" value="complete" />
          <button type="submit" className="button">
            {t('I have read all the letters')}
          </button>
        </Form>
      ) : null}
    </section>
  )
}
