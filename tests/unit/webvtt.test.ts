import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { checkWebVtt, parseTimestamp } from '#app/learning/webvtt.ts'

const SHIPPED_CAPTIONS = path.resolve('media/captions/to-the-edge-demo.en.vtt')

/** Joins lines with newlines, so each test shows the file line by line. */
const vtt = (...lines: string[]) => lines.join('\n')

describe('checkWebVtt accepts well-formed captions', () => {
  test('the shipped To the Edge captions, all 55 cues', () => {
    const result = checkWebVtt(fs.readFileSync(SHIPPED_CAPTIONS, 'utf8'))
    expect(result).toEqual({ ok: true, cues: 55, lastCueEnd: 268.498 })
  })

  test('cues with and without identifiers', () => {
    const result = checkWebVtt(
      vtt(
        'WEBVTT',
        '',
        'intro',
        '00:00:01.000 --> 00:00:02.000',
        'With an identifier',
        '',
        '00:00:03.000 --> 00:00:04.000',
        'Without one',
        '',
      ),
    )
    expect(result).toEqual({ ok: true, cues: 2, lastCueEnd: 4 })
  })

  test('NOTE blocks are skipped, not counted as cues', () => {
    const result = checkWebVtt(
      vtt(
        'WEBVTT - a title after the header',
        '',
        'NOTE written by the captioner',
        'and this note runs over two lines',
        '',
        '00:00:01.000 --> 00:00:02.500',
        'Hello',
        '',
        'NOTE one more',
        '',
      ),
    )
    expect(result).toEqual({ ok: true, cues: 1, lastCueEnd: 2.5 })
  })

  test('timestamps without hours, and cue settings after the end time', () => {
    const result = checkWebVtt(
      vtt('WEBVTT', '', '00:01.000 --> 01:02.250 align:start line:0', 'Short form', 'on two lines'),
    )
    expect(result).toEqual({ ok: true, cues: 1, lastCueEnd: 62.25 })
  })

  test('a byte order mark and Windows line endings', () => {
    const result = checkWebVtt('\uFEFFWEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\nHello\r\n')
    expect(result).toEqual({ ok: true, cues: 1, lastCueEnd: 2 })
  })

  test('parseTimestamp reads hours, minutes, seconds and milliseconds', () => {
    expect(parseTimestamp('01:02:03.456')).toBeCloseTo(3723.456)
    expect(parseTimestamp('02:03.456')).toBeCloseTo(123.456)
    expect(parseTimestamp('00:60.000')).toBeNull()
    expect(parseTimestamp('1:02.000')).toBeNull()
  })
})

describe('checkWebVtt refuses broken captions, naming the line', () => {
  test('a file that does not start with WEBVTT', () => {
    expect(checkWebVtt(vtt('00:00:01.000 --> 00:00:02.000', 'Hello'))).toEqual({
      ok: false,
      line: 1,
      message: 'The first line must be WEBVTT',
    })
    // The header must be the whole word, not a prefix of something else
    expect(checkWebVtt(vtt('WEBVTTX', '', '00:00:01.000 --> 00:00:02.000', 'Hello'))).toMatchObject(
      { ok: false, line: 1 },
    )
  })

  test('a bad timestamp, on the line it is on', () => {
    const result = checkWebVtt(
      vtt(
        'WEBVTT',
        '',
        '1',
        '00:00:01.000 --> 00:00:02.000',
        'Fine',
        '',
        '2',
        '00:00:03,000 --> 00:00:04.000',
        'A comma, as in SRT',
      ),
    )
    expect(result).toEqual({
      ok: false,
      line: 8,
      message: 'A cue time is not in the form 00:00:01.000',
    })
  })

  test('a timing line without its arrow is the line named, not the text after it', () => {
    const result = checkWebVtt(
      vtt(
        'WEBVTT',
        '',
        '00:00:01.000 --> 00:00:02.000',
        'Fine',
        '',
        '00:00:03.000 - 00:00:04.000',
        'The text of the cue',
      ),
    )
    expect(result).toEqual({
      ok: false,
      line: 6,
      message: 'Expected a cue timing line like 00:00:01.000 --> 00:00:04.000',
    })
  })

  test('a cue identifier with no timing line after it', () => {
    const result = checkWebVtt(
      vtt(
        'WEBVTT',
        '',
        '00:00:01.000 --> 00:00:02.000',
        'Fine',
        '',
        'just some words',
        'and more words',
      ),
    )
    expect(result).toMatchObject({ ok: false, line: 7 })
  })

  test('a cue that ends before it starts', () => {
    const result = checkWebVtt(vtt('WEBVTT', '', '00:00:05.000 --> 00:00:04.000', 'Backwards'))
    expect(result).toEqual({ ok: false, line: 3, message: 'A cue must end after it starts' })
  })

  test('a cue that ends when it starts', () => {
    expect(
      checkWebVtt(vtt('WEBVTT', '', '00:00:05.000 --> 00:00:05.000', 'No time at all')),
    ).toMatchObject({ ok: false, line: 3 })
  })

  test('a cue with no text', () => {
    const result = checkWebVtt(
      vtt(
        'WEBVTT',
        '',
        '00:00:01.000 --> 00:00:02.000',
        'Fine',
        '',
        '00:00:03.000 --> 00:00:04.000',
        '',
        '',
      ),
    )
    expect(result).toEqual({ ok: false, line: 6, message: 'A cue has no text' })
  })

  test('two cues without a blank line between them', () => {
    const result = checkWebVtt(
      vtt(
        'WEBVTT',
        '',
        '00:00:01.000 --> 00:00:02.000',
        'One',
        '00:00:03.000 --> 00:00:04.000',
        'Two',
      ),
    )
    expect(result).toEqual({
      ok: false,
      line: 5,
      message: 'A cue timing line must follow a blank line',
    })
  })

  test('an empty file', () => {
    expect(checkWebVtt('')).toEqual({
      ok: false,
      line: 1,
      message: 'The first line must be WEBVTT',
    })
  })

  test('a header and no cues', () => {
    expect(checkWebVtt(vtt('WEBVTT', '', 'NOTE nothing here yet', ''))).toMatchObject({
      ok: false,
      message: 'The file has no cues',
    })
  })
})
