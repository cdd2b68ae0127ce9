import { Form, Link } from '@remix-run/react'
import { useEffect, useRef } from 'react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { useContentLang } from './content-lang.ts'
import { type CheckResult } from '#app/learning/lesson-view.server.ts'

export type PublicQuestion = {
  prompt: string
  multiple: boolean
  options: { text: string }[]
  /** hard detail (a stabbing, abuse at home): its note, and the question told without it */
  noted: { note: string; alternative: string } | null
}

/** Questions as a plain form; after an attempt, which answers were right, with the feedback. */
export function KnowledgeCheck({
  questions,
  passMark,
  bestScore,
  result,
  nextHref,
}: {
  questions: PublicQuestion[]
  passMark: number
  bestScore: number | null
  result: CheckResult | null
  nextHref: string
}) {
  const { t } = useTranslation()
  if (result)
    return (
      <CheckResults questions={questions} passMark={passMark} result={result} nextHref={nextHref} />
    )
  return (
    <Form method="post" className="check">
      <input type="hidden" name="intent" value="check" />
      <p>
        {t('The pass mark is {{passMark}}%.', { passMark })}{' '}
        {bestScore !== null
          ? t('Your best score so far is {{score}}%.', { score: bestScore })
          : null}
      </p>
      {questions.map((question, q) =>
        question.noted ? (
          <NotedQuestion key={question.prompt} question={question} q={q} total={questions.length} />
        ) : (
          <Question key={question.prompt} question={question} q={q} total={questions.length} />
        ),
      )}
      <button type="submit" className="button">
        {t('Check my answers')}
      </button>
    </Form>
  )
}

/** One question: its prompt in the legend, its options as radios or checkboxes. */
function Question({
  question,
  q,
  total,
  hideNumber = false,
}: {
  question: PublicQuestion
  q: number
  total: number
  hideNumber?: boolean
}) {
  const { t } = useTranslation()
  const lang = useContentLang()
  return (
    <fieldset className="field question">
      <legend>
        {hideNumber ? null : (
          <>
            <span className="question__number">
              {t('Question {{n}} of {{total}}', { n: q + 1, total })}
            </span>
            <br />
          </>
        )}
        {question.noted ? (
          <>
            <span lang={lang} className="question__prompt--full">
              {question.prompt}
            </span>
            <span lang={lang} className="question__prompt--alternative">
              {question.noted.alternative}
            </span>
          </>
        ) : (
          <span lang={lang}>{question.prompt}</span>
        )}
        {/* in the legend, so a screen reader hears it with the question; not twice if the prompt says so */}
        {question.multiple && !/all that apply/i.test(question.prompt) ? (
          <span className="hint question__hint"> {t('Choose all that apply.')}</span>
        ) : null}
      </legend>
      {question.options.map((option, o) => (
        <div key={option.text} className="choice">
          <input
            id={`q${q}-${o}`}
            type={question.multiple ? 'checkbox' : 'radio'}
            name={`q${q}`}
            value={o}
          />
          <label htmlFor={`q${q}-${o}`} lang={lang}>
            {option.text}
          </label>
        </div>
      ))}
    </fieldset>
  )
}

/**
 * A question with hard detail waits behind its content note, as a lesson does: the learner shows
 * it, shows it told without the detail, or leaves. The choice reveals the question with CSS
 * alone, so it works before JavaScript and nothing already answered is lost.
 */
function NotedQuestion({
  question,
  q,
  total,
}: {
  question: PublicQuestion
  q: number
  total: number
}) {
  const { t } = useTranslation()
  const lang = useContentLang()
  return (
    <div className="question-noted">
      <fieldset className="field note-choice">
        <legend>
          <span className="question__number">
            {t('Question {{n}} of {{total}}', { n: q + 1, total })}
          </span>
          <br />
          {t('Content note')}: <span lang={lang}>{question.noted!.note}</span>
        </legend>
        <div className="choice">
          <input id={`view-q${q}-question`} type="radio" name={`view-q${q}`} value="question" />
          <label htmlFor={`view-q${q}-question`}>{t('Show the question')}</label>
        </div>
        <div className="choice">
          <input
            id={`view-q${q}-alternative`}
            type="radio"
            name={`view-q${q}`}
            value="alternative"
          />
          <label htmlFor={`view-q${q}-alternative`}>
            {t('Show the question without the hard detail')}
          </label>
        </div>
        <p className="hint">
          {t('Either way the answers are the same.')}{' '}
          <Link to="../.." relative="path">
            {t('Leave this lesson for now')}
          </Link>
        </p>
      </fieldset>
      <Question question={question} q={q} total={total} hideNumber />
    </div>
  )
}

/**
 * Which answers were right, with the feedback on each. The form was at the bottom of a long
 * page: the results take the learner back up to their score, with focus on it.
 */
function CheckResults({
  questions,
  passMark,
  result,
  nextHref,
}: {
  questions: PublicQuestion[]
  passMark: number
  result: CheckResult
  nextHref: string
}) {
  const { t } = useTranslation()
  const lang = useContentLang()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    heading.current?.focus({ preventScroll: true })
    heading.current?.scrollIntoView({ block: 'start' })
  }, [result])
  return (
    <section aria-labelledby="result-heading" className="check-outcome">
      <div className={result.passed ? 'notice notice--success' : 'notice'} role="status">
        <h2 id="result-heading" tabIndex={-1} ref={heading}>
          {result.passed
            ? t('You passed with {{score}}%', { score: result.score })
            : t('You scored {{score}}%. The pass mark is {{passMark}}%.', {
                score: result.score,
                passMark,
              })}
        </h2>
        {result.passed ? (
          <>
            <p>{t('Well done. The feedback on each question is below.')}</p>
            <p>
              <Link className="button" to={nextHref}>
                {t('Continue')}
              </Link>
            </p>
          </>
        ) : (
          <p>
            {t('Read the feedback below, then try again. You can try as many times as you like.')}
          </p>
        )}
      </div>
      <ol className="check-results">
        {questions.map((question, q) => {
          const marked = result.marked[q]!
          return (
            <li
              key={question.prompt}
              className={
                marked.correct
                  ? 'check-result check-result--right'
                  : 'check-result check-result--wrong'
              }
            >
              <h3>
                <span className="visually-hidden">{t('Question {{n}}:', { n: q + 1 })} </span>
                {/* a question with hard detail is named by its gentler telling */}
                <span lang={lang}>{question.noted?.alternative ?? question.prompt}</span>
              </h3>
              <p className="check-result__verdict">
                {marked.correct ? t('Right') : t('Not quite')}
              </p>
              <ul className="check-options">
                {question.options.map((option, o) => {
                  const answer = result.answers[q]![o]!
                  const chosen = marked.chosen.includes(o)
                  if (!chosen && !answer.correct) return null
                  return (
                    <li
                      key={option.text}
                      className={
                        answer.correct
                          ? 'check-option check-option--right'
                          : 'check-option check-option--wrong'
                      }
                    >
                      <p className="check-option__text">
                        <strong lang={lang}>{option.text}</strong>{' '}
                        {chosen ? (
                          <span className="check-option__tag">{t('Your answer')}</span>
                        ) : null}{' '}
                        {answer.correct ? (
                          <span className="check-option__tag check-option__tag--right">
                            {t('A right answer')}
                          </span>
                        ) : null}
                      </p>
                      <p className="check-option__feedback" lang={lang}>
                        {answer.feedback}
                      </p>
                    </li>
                  )
                })}
              </ul>
            </li>
          )
        })}
      </ol>
      <p className="button-row">
        {result.passed ? (
          <Link className="button" to={nextHref}>
            {t('Continue')}
          </Link>
        ) : null}
        <Link className={result.passed ? 'button button--secondary' : 'button'} to=".">
          {t('Try again')}
        </Link>
      </p>
    </section>
  )
}
