/**
 * A film's length, read from its container header so the server never has to take the browser's
 * word for it: MP4 `moov/mvhd` (timescale and duration) and WebM/Matroska `Segment/Info`
 * (Duration scaled by TimecodeScale). Only headers are read, never the whole film.
 */
import fs from 'node:fs'

const MAX_SECONDS = 24 * 3600
// Real files have a handful of boxes or elements before the header; a crafted one with millions
// of tiny ones must not keep an upload busy.
const MAX_STEPS = 1000

type Span = { start: number; end: number }

function readAt(fd: number, position: number, length: number) {
  const buffer = Buffer.alloc(length)
  const read = fs.readSync(fd, buffer, 0, length, position)
  return buffer.subarray(0, read)
}

/** The content of the first `type` box directly inside `within`. */
function findBox(fd: number, within: Span, type: string): Span | null {
  let at = within.start
  for (let step = 0; step < MAX_STEPS && at + 8 <= within.end; step++) {
    const head = readAt(fd, at, 16)
    if (head.length < 8) return null
    let size = head.readUInt32BE(0)
    let headerSize = 8
    if (size === 1) {
      if (head.length < 16) return null
      size = Number(head.readBigUInt64BE(8))
      headerSize = 16
    } else if (size === 0) size = within.end - at // the box runs to the end
    if (size < headerSize) return null
    if (head.toString('latin1', 4, 8) === type)
      return { start: at + headerSize, end: Math.min(at + size, within.end) }
    at += size
  }
  return null
}

function mp4Seconds(fd: number, fileSize: number) {
  const moov = findBox(fd, { start: 0, end: fileSize }, 'moov')
  const mvhd = moov && findBox(fd, moov, 'mvhd')
  if (!mvhd) return null
  const box = readAt(fd, mvhd.start, 32)
  // version 1 has 64-bit creation, modification and duration fields
  if (box[0] === 1 && box.length >= 32)
    return Number(box.readBigUInt64BE(24)) / box.readUInt32BE(20)
  if (box[0] === 0 && box.length >= 20) return box.readUInt32BE(16) / box.readUInt32BE(12)
  return null
}

/** An EBML element's id (marker bit kept) and size (null when "unknown"), and where its data starts. */
function ebmlElement(fd: number, at: number) {
  const head = readAt(fd, at, 12)
  const idLength = head.length > 0 ? Math.clz32(head[0]!) - 23 : 0
  if (idLength < 1 || idLength > 4) return null
  const sizeLength = Math.clz32(head[idLength] ?? 0) - 23
  if (sizeLength < 1 || sizeLength > 8 || head.length < idLength + sizeLength) return null
  let size = head[idLength]! & (0xff >> sizeLength)
  let unknown = size === 0xff >> sizeLength
  for (let i = 1; i < sizeLength; i++) {
    const byte = head[idLength + i]!
    size = size * 256 + byte
    unknown &&= byte === 0xff
  }
  return {
    id: head.readUIntBE(0, idLength),
    size: unknown ? null : size,
    data: at + idLength + sizeLength,
  }
}

const EBML = {
  segment: 0x18538067,
  info: 0x1549a966,
  cluster: 0x1f43b675,
  scale: 0x2ad7b1,
  duration: 0x4489,
}

function webmSeconds(fd: number, fileSize: number) {
  let at = 0
  let segment: Span | null = null
  for (let step = 0; !segment && step < MAX_STEPS && at < fileSize; step++) {
    const element = ebmlElement(fd, at)
    if (!element || (element.size === null && element.id !== EBML.segment)) return null
    if (element.id === EBML.segment)
      segment = {
        start: element.data,
        end: element.size === null ? fileSize : element.data + element.size,
      }
    else at = element.data + element.size!
  }
  if (!segment) return null
  // Info comes before the first cluster in every muxer that writes a duration
  at = segment.start
  for (let step = 0; step < MAX_STEPS && at < segment.end; step++) {
    const element = ebmlElement(fd, at)
    if (!element || element.size === null || element.id === EBML.cluster) return null
    if (element.id === EBML.info) {
      let scale = 1_000_000 // nanoseconds a tick, Matroska's default
      let duration: number | null = null
      const infoEnd = element.data + element.size
      let child = ebmlElement(fd, element.data)
      for (let n = 0; n < MAX_STEPS && child && child.size !== null; n++) {
        if (child.id === EBML.scale && child.size >= 1 && child.size <= 6)
          scale = readAt(fd, child.data, child.size).readUIntBE(0, child.size)
        if (child.id === EBML.duration && (child.size === 4 || child.size === 8)) {
          const value = readAt(fd, child.data, child.size)
          duration = child.size === 4 ? value.readFloatBE(0) : value.readDoubleBE(0)
        }
        const next = child.data + child.size
        child = next < infoEnd ? ebmlElement(fd, next) : null
      }
      return duration === null ? null : (duration * scale) / 1e9
    }
    at = element.data + element.size
  }
  return null
}

/** The film's length in seconds, or null when the file is not an MP4 or WebM whose header says. */
export function readFilmSeconds(file: string): number | null {
  let fd: number | null = null
  try {
    fd = fs.openSync(file, 'r')
    const fileSize = fs.fstatSync(fd).size
    const magic = readAt(fd, 0, 4)
    const seconds =
      magic.length === 4 && magic.readUInt32BE(0) === 0x1a45dfa3
        ? webmSeconds(fd, fileSize)
        : mp4Seconds(fd, fileSize)
    return seconds !== null && Number.isFinite(seconds) && seconds > 0 && seconds <= MAX_SECONDS
      ? seconds
      : null
  } catch {
    return null // unreadable is as good as no header: the caller refuses the film, naming it
  } finally {
    if (fd !== null) fs.closeSync(fd)
  }
}
