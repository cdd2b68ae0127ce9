/**
 * Checks that captions are well-formed WebVTT: the header, then cues with a timing line
 * (start --> end, start before end) and text. Names the first wrong line, for authors.
 */
export type WebVttCheck =
  { ok: true; cues: number; lastCueEnd: number } | { ok: false; line: number; message: string }

const HAS_A_TIME = /\d:\d\d[.,:]\d/
const TIMESTAMP = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/

export function parseTimestamp(value: string): number | null {
  const match = TIMESTAMP.exec(value.trim())
  if (!match) return null
  const [, hours, minutes, seconds, millis] = match
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds) + Number(millis) / 1000
}

export function checkWebVtt(text: string): WebVttCheck {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
    return { ok: false, line: 1, message: 'The first line must be WEBVTT' }
  }
  let cues = 0
  let lastCueEnd = 0
  let i = 1
  while (i < lines.length) {
    const line = lines[i]!
    if (line.trim() === '') {
      i++
      continue
    }
    // NOTE, STYLE and REGION blocks run to the next blank line
    if (/^(NOTE|STYLE|REGION)(\s|$)/.test(line)) {
      while (i < lines.length && lines[i]!.trim() !== '') i++
      continue
    }
    let timingIndex = i
    if (!line.includes('-->')) timingIndex = i + 1 // a cue identifier comes first
    const timing = lines[timingIndex]
    if (timing === undefined || !timing.includes('-->')) {
      // a line with times on it but no arrow is the timing line written wrong, not an
      // identifier; and an identifier on the last line has no timing line after it
      const wrong = timing === undefined || HAS_A_TIME.test(line) ? i : timingIndex
      return {
        ok: false,
        line: wrong + 1,
        message: 'Expected a cue timing line like 00:00:01.000 --> 00:00:04.000',
      }
    }
    const [startText = '', rest = ''] = timing.split('-->')
    const endText = rest.trim().split(/\s+/)[0] ?? ''
    const start = parseTimestamp(startText)
    const end = parseTimestamp(endText)
    if (start === null || end === null) {
      return {
        ok: false,
        line: timingIndex + 1,
        message: 'A cue time is not in the form 00:00:01.000',
      }
    }
    if (end <= start) {
      return { ok: false, line: timingIndex + 1, message: 'A cue must end after it starts' }
    }
    let j = timingIndex + 1
    let textLines = 0
    while (j < lines.length && lines[j]!.trim() !== '') {
      if (lines[j]!.includes('-->'))
        return { ok: false, line: j + 1, message: 'A cue timing line must follow a blank line' }
      textLines++
      j++
    }
    if (textLines === 0) return { ok: false, line: timingIndex + 1, message: 'A cue has no text' }
    cues++
    lastCueEnd = Math.max(lastCueEnd, end)
    i = j
  }
  if (cues === 0) return { ok: false, line: lines.length, message: 'The file has no cues' }
  return { ok: true, cues, lastCueEnd }
}
