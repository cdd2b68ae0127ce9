/** Knowledge-check marking, shared by the lesson page and the tests. */
export type CheckQuestion = {
  prompt: string
  multiple: boolean
  options: { text: string; correct: boolean; feedback: string }[]
  contentNote?: string
  alternative?: string
}

export type MarkedQuestion = { correct: boolean; chosen: number[] }

/** A question is right when exactly its correct options are chosen; the score is the percentage right. */
export function markCheck(questions: CheckQuestion[], answers: number[][]) {
  const marked: MarkedQuestion[] = questions.map((question, i) => {
    const chosen = [...new Set(answers[i] ?? [])]
      .filter((o) => o >= 0 && o < question.options.length)
      .sort((a, b) => a - b)
    const expected = question.options.flatMap((o, index) => (o.correct ? [index] : []))
    return {
      chosen,
      correct: chosen.length === expected.length && chosen.every((o, k) => o === expected[k]),
    }
  })
  const right = marked.filter((m) => m.correct).length
  return {
    marked,
    score: questions.length === 0 ? 0 : Math.round((right / questions.length) * 100),
  }
}
