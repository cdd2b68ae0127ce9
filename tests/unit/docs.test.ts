/**
 * The written record stays true: every decision note carries a date and a status, and every
 * project path the notes and the README name (in backticks) is a file or folder that exists.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'

const DECISIONS = path.resolve('docs/decisions')
const notes = fs
  .readdirSync(DECISIONS)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ name, text: fs.readFileSync(path.join(DECISIONS, name), 'utf8') }))
const documents = [
  ...notes.map((n) => ({ name: `docs/decisions/${n.name}`, text: n.text })),
  { name: 'README.md', text: fs.readFileSync(path.resolve('README.md'), 'utf8') },
]
// a path the project owns: starts at one of its top-level folders and names a file or folder
const PROJECT_PATH =
  /`((?:app|db|tests|docs|modules|media|\.ci)\/[A-Za-z0-9_.+$[\]/-]*[A-Za-z0-9_\]/])`/g

// what a run makes (datasets, screenshots, uploads): not there on a fresh clone
const MADE_BY_A_RUN = /^(tests\/\.tmp|media\/uploads|data)\//

describe('decision notes', () => {
  test.each(notes)('$name has a date and a status', ({ text }) => {
    expect(text).toMatch(/^- Date: \d{4}-\d{2}-\d{2}/m)
    expect(text).toMatch(/^- Status: (proposed|accepted|superseded|deprecated)/m)
  })
})

describe('paths named in the docs exist', () => {
  test.each(documents)('$name', ({ text }) => {
    const named = [...text.matchAll(PROJECT_PATH)].map((m) => m[1]!)
    const missing = named.filter(
      (p) => !p.includes('*') && !MADE_BY_A_RUN.test(p) && !fs.existsSync(path.resolve(p)),
    )
    expect(missing).toEqual([])
  })
})
