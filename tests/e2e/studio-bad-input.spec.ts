/**
 * Bad input in the studio, over HTTP as a browser without JavaScript would post it: each mistake
 * gets a message naming the field, what was typed comes back, and nothing is half-saved (no file
 * left in media/, no module or question added).
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { DEMO, postSignIn } from './utils.ts'

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures')
const MEDIA_UPLOADS = path.resolve(import.meta.dirname, '../../media/uploads')
const film = () => ({
  name: 'film.mp4',
  mimeType: 'video/mp4',
  buffer: fs.readFileSync(path.join(FIXTURES, 'tiny-film.mp4')),
})
const captions = () => ({
  name: 'captions.vtt',
  mimeType: 'text/vtt',
  buffer: fs.readFileSync(path.join(FIXTURES, 'tiny-film.en.vtt')),
})

const filesOf = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir) : [])

async function newModule(request: APIRequestContext, title: string) {
  const created = await request.post('/studio/new', {
    form: {
      title,
      summary: 'A module for testing what the studio refuses.',
      audience: 'all-staff',
      topics: 'safeguarding',
      practiceLevel: 'trauma-aware',
      estimatedMinutes: '10',
      cpdMinutes: '10',
      passMark: '60',
    },
    maxRedirects: 0,
  })
  expect(created.status()).toBe(302)
  return created.headers().location!
}

async function newLesson(
  request: APIRequestContext,
  moduleUrl: string,
  kind: string,
  title: string,
) {
  const added = await request.post(moduleUrl, {
    form: { intent: 'add-lesson', kind, lessonTitle: title },
    maxRedirects: 0,
  })
  expect(added.status()).toBe(302)
  return added.headers().location!
}

// One after another: a test here counts the trainer's modules while another one adds a module.
test.describe.configure({ mode: 'default' })

test.beforeEach(async ({ request }) => {
  await postSignIn(request, DEMO.trainer.email)
})

test('an empty title is refused by name, what was typed is kept, and no module is added', async ({
  request,
}) => {
  const before = (await (await request.get('/studio')).text()).match(/<tr>/g)?.length ?? 0
  const response = await request.post('/studio/new', {
    form: { title: '  ', summary: 'Kept when the title is missing', audience: 'all-staff' },
  })
  expect(response.status()).toBe(400)
  const html = await response.text()
  expect(html).toContain('Enter a title')
  expect(html).toContain('href="#title"')
  expect(html).toContain('Kept when the title is missing')
  const after = (await (await request.get('/studio')).text()).match(/<tr>/g)?.length ?? 0
  expect(after).toBe(before)
})

test('films, captions and sizes are checked by content; a refused upload leaves no file', async ({
  request,
}) => {
  const moduleUrl = await newModule(request, `Refused uploads ${Date.now()}`)
  const slug = moduleUrl.split('/').at(-1)!
  const lessonUrl = await newLesson(request, moduleUrl, 'film', 'A film')
  const incoming = path.join(MEDIA_UPLOADS, '.incoming')
  const incomingBefore = filesOf(incoming).length
  const fields = { title: 'A film', minutes: '3', transcript: 'Kept: the transcript I typed.' }

  // a text file renamed .mp4
  const renamed = await request.post(lessonUrl, {
    multipart: {
      ...fields,
      film: {
        name: 'notes.mp4',
        mimeType: 'video/mp4',
        buffer: Buffer.from('just some notes, not a film\n'.repeat(4)),
      },
      captions: captions(),
    },
  })
  expect(renamed.status()).toBe(400)
  let html = await renamed.text()
  expect(html).toContain('The film must be an MP4 or WebM video')
  expect(html).toContain('href="#film"')
  expect(html).toContain('Kept: the transcript I typed.')
  expect(filesOf(path.join(MEDIA_UPLOADS, slug))).toEqual([])

  // a broken .vtt: the line is named, and the good film sent with it is not kept either
  const broken = await request.post(lessonUrl, {
    multipart: {
      ...fields,
      film: film(),
      captions: {
        name: 'captions.vtt',
        mimeType: 'text/vtt',
        buffer: Buffer.from('WEBVTT\n\n00:00:01.000 --> 00:00:0x.000\nHello\n'),
      },
    },
  })
  expect(broken.status()).toBe(400)
  html = await broken.text()
  expect(html).toContain(
    'The captions file has a problem on line 3: A cue time is not in the form 00:00:01.000',
  )
  expect(html).toContain('href="#captions"')
  expect(filesOf(path.join(MEDIA_UPLOADS, slug))).toEqual([])

  // larger than UPLOAD_LIMIT_BYTES (5 MB for the test server); the script's JSON answer says so too
  const big = Buffer.alloc(6 * 1024 * 1024)
  film().buffer.copy(big, 0, 0, 64)
  const oversize = await request.post(`${lessonUrl}/upload`, {
    multipart: {
      ...fields,
      film: { name: 'big.mp4', mimeType: 'video/mp4', buffer: big },
      captions: captions(),
    },
  })
  expect(oversize.status()).toBe(400)
  const answer = (await oversize.json()) as {
    errors: Record<string, string>
    values: Record<string, string>
  }
  expect(answer.errors.film).toBe('The film is larger than the limit of 5 MB')
  expect(answer.values.transcript).toBe('Kept: the transcript I typed.')
  expect(filesOf(path.join(MEDIA_UPLOADS, slug))).toEqual([])
  expect(filesOf(incoming).length).toBe(incomingBefore)

  // the lesson itself is as it was: no film yet
  const editor = await (await request.get(lessonUrl)).text()
  expect(editor).toContain('Film (MP4 or WebM)')
  expect(editor).not.toContain('Replace the film')
})

test('a question with no correct option is refused, naming the question; nothing is saved', async ({
  request,
}) => {
  const moduleUrl = await newModule(request, `Refused check ${Date.now()}`)
  const lessonUrl = await newLesson(request, moduleUrl, 'check', 'A check')
  const response = await request.post(lessonUrl, {
    multipart: {
      title: 'A check',
      minutes: '5',
      'q0.prompt': 'Which of these is right?',
      'q0.o0.text': 'This one',
      'q0.o0.feedback': 'Feedback one',
      'q0.o1.text': 'That one',
      'q0.o1.feedback': 'Feedback two',
    },
  })
  expect(response.status()).toBe(400)
  const html = await response.text()
  expect(html).toContain('Question 1: mark one option as correct')
  expect(html).toContain('href="#q0"')
  expect(html).toContain('value="Which of these is right?"')
  const editor = await (await request.get(lessonUrl)).text()
  expect(editor).not.toContain('Which of these is right?')
})
