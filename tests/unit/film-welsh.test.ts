/**
 * The demonstration film in Welsh: its Welsh captions are the English cues at the same times,
 * and a reader gets the captions track and the transcript in their own language.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { filmFor, type FilmDetails } from '#app/learning/lesson-view.server.ts'
import { captionsMismatch, checkWebVtt, cueTimes, formatTimestamp } from '#app/learning/webvtt.ts'

const read = (file: string) => fs.readFileSync(path.resolve('media', file), 'utf8')
const ENGLISH = read('captions/to-the-edge-demo.en.vtt')
const WELSH = read('captions/to-the-edge-demo.cy.vtt')
/** Each cue's words, without the header, notes, numbers and times. */
const cueWords = (vtt: string) =>
  vtt
    .split(/\n\n+/)
    .filter((block) => block.includes('-->'))
    .map((block) => block.split('\n').slice(2).join(' ').trim())

describe('the Welsh captions of the demonstration film', () => {
  test('are WebVTT with the English cues one to one, at the same times', () => {
    expect(checkWebVtt(WELSH)).toEqual(checkWebVtt(ENGLISH))
    expect(checkWebVtt(WELSH)).toMatchObject({ ok: true, cues: 55 })
    expect(cueTimes(WELSH)).toEqual(cueTimes(ENGLISH))
    expect(captionsMismatch(ENGLISH, WELSH)).toBeNull()
  })

  test('are in Welsh, every cue, and say at the top that they await a review', () => {
    const english = cueWords(ENGLISH)
    const welsh = cueWords(WELSH)
    expect(welsh).toHaveLength(english.length)
    welsh.forEach((words, i) => expect(words, `cue ${i + 1}`).not.toBe(english[i]))
    expect(welsh[0]).toBe('Dyma ffilm arddangos ar gyfer pecyn addysg I’r Dibyn.')
    expect(welsh[28]).toMatch(/nid yn droseddwr/)
    // a NOTE block before the first cue, which players do not show
    expect(WELSH.split('\n\n')[1]).toMatch(/^NOTE\n[\s\S]*adolygiad gan siaradwr Cymraeg/)
  })

  test('the Welsh transcript has the English sections, with every cue’s words', () => {
    const english = read('transcripts/to-the-edge-demo.en.md')
    const welsh = read('transcripts/to-the-edge-demo.cy.md')
    const headings = (md: string) => md.match(/^#+ /gm)
    expect(headings(welsh)).toEqual(headings(english))
    expect(welsh).toMatch(/^# Trawsgrifiad: I’r Dibyn/)
    for (const words of cueWords(WELSH)) expect(welsh).toContain(words)
  })

  test('a mismatch names the cue and both times', () => {
    const moved = WELSH.replace('00:00:57.299 --> 00:01:02.453', '00:00:57.299 --> 00:01:03.000')
    expect(captionsMismatch(ENGLISH, moved)).toBe(
      'cue 12 runs 00:00:57.299 --> 00:01:03.000, but in the English it runs 00:00:57.299 --> 00:01:02.453; a translation keeps the English timings',
    )
    expect(formatTimestamp(3723.456)).toBe('01:02:03.456')
  })
})

describe('the film as a reader gets it', () => {
  const FILM: FilmDetails = {
    src: '/media/films/f.mp4',
    type: 'video/mp4',
    captions: [
      { language: 'en', label: 'English', src: '/media/captions/f.en.vtt', review: null },
      { language: 'cy', label: 'Cymraeg', src: '/media/captions/f.cy.vtt', review: 'Check it' },
    ],
    transcriptHtml: '<p>English</p>',
    transcripts: { cy: '<p>Cymraeg</p>' },
    poster: null,
    chapters: [],
    notes: [],
  }

  test('a Welsh reader: Welsh captions on, the Welsh transcript, a link to the English', () => {
    expect(filmFor(FILM, { language: 'cy' })).toMatchObject({
      defaultCaptions: 'cy',
      transcript: { html: '<p>Cymraeg</p>', language: 'cy' },
      otherTranscripts: ['en'],
      review: 'Check it',
    })
  })

  test('an English reader: English captions on, the English transcript, a link to the Welsh', () => {
    expect(filmFor(FILM, { language: 'en' })).toMatchObject({
      defaultCaptions: 'en',
      transcript: { html: '<p>English</p>', language: 'en' },
      otherTranscripts: ['cy'],
      review: null,
    })
  })

  test('the transcript asked for by its link, and nonsense asked for', () => {
    expect(filmFor(FILM, { language: 'cy', transcript: 'en' })).toMatchObject({
      defaultCaptions: 'cy',
      transcript: { language: 'en' },
      otherTranscripts: ['cy'],
      review: null,
    })
    expect(filmFor(FILM, { language: 'en', transcript: 'fr' }).transcript.language).toBe('en')
  })

  test('a film with English only, or stored before Welsh was kept, gives a Welsh reader English', () => {
    const { transcripts: _, ...old } = FILM
    expect(filmFor({ ...old, captions: [FILM.captions[0]!] }, { language: 'cy' })).toMatchObject({
      defaultCaptions: 'en',
      transcript: { html: '<p>English</p>', language: 'en' },
      otherTranscripts: [],
      review: null,
    })
  })
})
