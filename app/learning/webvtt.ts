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

/** 67.647 as captions write it: 00:01:07.647. */
export function formatTimestamp(seconds: number) {
  const millis = Math.round(seconds * 1000)
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  return `${pad(Math.floor(millis / 3_600_000))}:${pad(Math.floor(millis / 60_000) % 60)}:${pad(
    Math.floor(millis / 1000) % 60,
  )}.${pad(millis % 1000, 3)}`
}

/** Each cue's start and end, in order, of captions that checkWebVtt accepts. */
export function cueTimes(text: string): { start: number; end: number }[] {
  return text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.includes('-->'))
    .map((line) => {
      const [startText = '', rest = ''] = line.split('-->')
      return {
        start: parseTimestamp(startText) ?? Number.NaN,
        end: parseTimestamp(rest.trim().split(/\s+/)[0] ?? '') ?? Number.NaN,
      }
    })
}

/**
 * Why translated captions do not line up with the English, or null when they do: a translation
 * has the English cues one to one, at the same times, so the two tracks can be swapped mid-film
 * and a teach screen's part of the film starts on the same words in either language.
 */
export function captionsMismatch(english: string, translated: string): string | null {
  const theirs = cueTimes(english)
  const ours = cueTimes(translated)
  if (ours.length !== theirs.length)
    return `has ${ours.length} cues, but the English captions have ${theirs.length}; a translation keeps the English cues one to one`
  const same = (a: number, b: number) => Math.abs(a - b) < 0.0005
  const at = ours.findIndex((cue, i) => {
    const english = theirs[i]!
    return !same(cue.start, english.start) || !same(cue.end, english.end)
  })
  if (at === -1) return null
  const span = (cue: { start: number; end: number }) =>
    `${formatTimestamp(cue.start)} --> ${formatTimestamp(cue.end)}`
  return `cue ${at + 1} runs ${span(ours[at]!)}, but in the English it runs ${span(theirs[at]!)}; a translation keeps the English timings`
}
