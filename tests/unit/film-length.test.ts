/**
 * Reading a film's length from its header. The fixtures in tests/unit/fixtures/ were made once
 * with ffmpeg 5.1 (a 32×18 colour test card), so the tests need no ffmpeg:
 *   short-film.webm  `-f lavfi -i color=s=32x18:r=10:d=3.5 -c:v libvpx-vp9` (Segment/Info/Duration)
 *   moov-at-end.mp4  `-f lavfi -i color=s=32x18:r=10:d=2.5 -c:v libx264` (moov after mdat)
 *   no-duration.webm the same VP9 written to a pipe, so no Duration (as a browser's recording)
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { readFilmSeconds } from '#app/learning/film-length.server.ts'

const fixture = (name: string) => path.resolve('tests/unit/fixtures', name)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'film-length-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

function written(name: string, bytes: Buffer) {
  const file = path.join(dir, name)
  fs.writeFileSync(file, bytes)
  return file
}

function box(type: string, ...content: Buffer[]) {
  const body = Buffer.concat(content)
  const head = Buffer.alloc(8)
  head.writeUInt32BE(8 + body.length, 0)
  head.write(type, 4, 'latin1')
  return Buffer.concat([head, body])
}

describe('a film’s length from its header', () => {
  test('the demo film (MP4, mvhd version 0) is 269.275 s', () => {
    expect(readFilmSeconds(path.resolve('media/films/to-the-edge-demo.mp4'))).toBe(269.275)
  })

  test('an MP4 whose moov box comes after the media data', () => {
    expect(readFilmSeconds(fixture('moov-at-end.mp4'))).toBe(2.5)
  })

  test('a WebM: Segment/Info/Duration scaled by TimecodeScale', () => {
    expect(readFilmSeconds(fixture('short-film.webm'))).toBe(3.5)
  })

  test('an MP4 with a version 1 (64-bit) mvhd and a 64-bit box size', () => {
    const mvhd = Buffer.alloc(4 + 8 + 8 + 4 + 8 + 80)
    mvhd[0] = 1 // version
    mvhd.writeUInt32BE(90_000, 20) // timescale
    mvhd.writeBigUInt64BE(BigInt(90_000 * 5400), 24) // 1 h 30 min
    const mdat = Buffer.alloc(16 + 100)
    mdat.writeUInt32BE(1, 0) // the size is in the 64 bits after the type
    mdat.write('mdat', 4, 'latin1')
    mdat.writeBigUInt64BE(BigInt(mdat.length), 8)
    const file = written(
      'v1.mp4',
      Buffer.concat([box('ftyp', Buffer.from('isom')), mdat, box('moov', box('mvhd', mvhd))]),
    )
    expect(readFilmSeconds(file)).toBe(5400)
  })

  test('no length when the header gives none, or the file is no film', () => {
    expect(readFilmSeconds(fixture('no-duration.webm'))).toBeNull()
    // the start of a real MP4, cut before its moov box
    const head = fs.readFileSync(fixture('moov-at-end.mp4')).subarray(0, 64)
    expect(readFilmSeconds(written('cut.mp4', head))).toBeNull()
    expect(readFilmSeconds(written('notes.mp4', Buffer.from('These are notes.')))).toBeNull()
    expect(readFilmSeconds(written('empty.webm', Buffer.alloc(0)))).toBeNull()
    expect(readFilmSeconds(path.join(dir, 'not-there.mp4'))).toBeNull()
  })
})
