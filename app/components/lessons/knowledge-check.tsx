import { Form, Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'

export type PublicQuestion = { prompt: string; multiple: boolean; options: { text: string }[] }
export type CheckResult = {
  score: number
  passed: boolean
  marked: { correct: boolean; chosen: number[] }[]
  /** per question: for each option, whether it is right and what to say about it */
  answers: { correct: boolean; feedback: string }[][]
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
  if (result) {
    return (
      <section aria-labelledby="result-heading">
        <div className={result.passed ? 'notice notice--success' : 'notice'} role="status">
          <h2 id="result-heading">
            {result.passed
              ? t('You passed with {{score}}%', { score: result.score })
              : t('You scored {{score}}%. The pass mark is {{passMark}}%.', { score: result.score, passMark })}
          </h2>
          <p>{result.passed ? t('Well done.') : t('Read the feedback below, then try again. You can try as many times as you like.')}</p>
        </div>
        <ol className="check-results">
          {questions.map((question, q) => {
            const marked = result.marked[q]!
            return (
              <li key={question.prompt} className={marked.correct ? 'check-result check-result--right' : 'check-result check-result--wrong'}>
                <h3>{question.prompt}</h3>
                <p className="check-result__verdict">{marked.correct ? t('Right') : t('Not quite')}</p>
                <ul>
                  {question.options.map((option, o) => {
                    const answer = result.answers[q]![o]!
                    const chosen = marked.chosen.includes(o)
                    if (!chosen && !answer.correct) return null
                    return (
                      <li key={option.text}>
                        <strong>
                          {option.text}
                          {chosen ? ` (${t('your answer')})` : ''}
                          {answer.correct ? ` – ${t('a right answer')}` : ''}
                        </strong>
                        <br />
                        {answer.feedback}
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
  return (
    <Form method="post" className="check">
      <input type="hidden" name="intent" value="check" />
      <p>
        {t('The pass mark is {{passMark}}%.', { passMark })}{' '}
        {bestScore !== null ? t('Your best score so far is {{score}}%.', { score: bestScore }) : null}
      </p>
      {questions.map((question, q) => (
        <fieldset key={question.prompt} className="field question">
          <legend>
            <span className="question__number">{t('Question {{n}} of {{total}}', { n: q + 1, total: questions.length })}</span>
            <br />
            {question.prompt}
          </legend>
          {question.multiple ? <p className="hint">{t('Choose all that apply.')}</p> : null}
          {question.options.map((option, o) => (
            <div key={option.text} className="choice">
              <input id={`q${q}-${o}`} type={question.multiple ? 'checkbox' : 'radio'} name={`q${q}`} value={o} />
              <label htmlFor={`q${q}-${o}`}>{option.text}</label>
            </div>
          ))}
        </fieldset>
      ))}
      <button type="submit" className="button">
        {t('Check my answers')}
      </button>
    </Form>
  )
}
