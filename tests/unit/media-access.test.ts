/**
 * Files under media/ by tenancy, on a real database: a unit's films for its own people, a draft's
 * uploads for those who may edit it, sources and build scripts for nobody.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import {
  addLesson,
  createModule,
  ensureDraft,
  lessonFileText,
  publishDraft,
  saveLessonFile,
} from '#app/authoring/modules.server.ts'
import { mediaFileFor } from '#app/learning/media-access.server.ts'
import { importPacks, MEDIA_ROOT } from '#app/learning/packs.server.ts'
import { cookiePair, DEMO, sessionUser, signInAs } from './helpers.ts'

const cookies: Record<keyof typeof DEMO, string> = {} as Record<keyof typeof DEMO, string>

beforeAll(async () => {
  expect(importPacks().filter((r) => r.status === 'refused')).toEqual([])
  for (const [who, email] of Object.entries(DEMO) as [keyof typeof DEMO, string][])
    cookies[who] = cookiePair(await signInAs(email))
})

const statusOf = (who: keyof typeof DEMO | null, url: string) =>
  mediaFileFor(who ? cookies[who] : undefined, url).status

describe('media by tenancy', () => {
  test("a unit's film, captions, transcript and guides are for its own people", () => {
    const toTheEdge = [
      '/films/to-the-edge-demo.mp4',
      '/captions/to-the-edge-demo.en.vtt',
      '/transcripts/to-the-edge-demo.en.md',
      // the film's Welsh captions and transcript, on the same terms as the English
      '/captions/to-the-edge-demo.cy.vtt',
      '/transcripts/to-the-edge-demo.cy.md',
      '/downloads/to-the-edge-pupil-handout.pdf',
    ]
    for (const url of toTheEdge) {
      expect(statusOf('merseysideTeacher', url), url).toBe(200)
      expect(statusOf('merseysideTrainer', url), url).toBe(200)
      expect(statusOf('admin', url), url).toBe(200)
      expect(statusOf('lancashireTeacher', url), url).toBe(404)
      expect(statusOf('walesNurse', url), url).toBe(404)
      expect(statusOf(null, url), url).toBe(401)
    }
    expect(statusOf('lancashireTeacher', '/downloads/mias-story-classroom-guide.pdf')).toBe(200)
    expect(statusOf('walesNurse', '/downloads/mias-story-classroom-guide.pdf')).toBe(404)
    expect(mediaFileFor(cookies.merseysideTeacher, '/films/to-the-edge-demo.mp4')).toEqual({
      status: 200,
      file: path.join(MEDIA_ROOT, 'films/to-the-edge-demo.mp4'),
    })
  })

  test('sources, scripts, dotfiles and files no module uses are served to nobody', () => {
    for (const url of [
      '/films/source/make-demo-film.sh',
      '/films/source/to-the-edge-demo.txt',
      '/downloads/source/make-pdfs.ts',
      '/downloads/source/mias-story-classroom-guide.md',
      '/uploads/.incoming/anything',
      '/films/../films/to-the-edge-demo.mp4',
      '/films/%2e%2e/films/to-the-edge-demo.mp4',
      '/films//to-the-edge-demo.mp4',
      '/films/%E0%A4%A',
      '/films/not-used.mp4',
      '/',
    ])
      expect(statusOf('admin', url), url).toBe(404)
    expect(statusOf(null, '/downloads/source/make-pdfs.ts')).toBe(401)
  })

  test("a draft's upload is for those who may edit it until it is published, then for the unit", () => {
    const trainer = sessionUser(DEMO.merseysideTrainer)
    const module = createModule(trainer, {
      title: `Media tenancy ${Date.now()}`,
      summary: 'A module with a handout.',
      audience: ['all-staff'],
      topics: ['safeguarding'],
      practiceLevel: 'trauma-aware',
      estimatedMinutes: 10,
      cpdMinutes: 10,
      passMark: 60,
      national: false,
    })
    const media = fs.mkdtempSync(path.join(os.tmpdir(), 'media-access-'))
    const handout = `uploads/${module.slug}/handout.pdf`
    fs.mkdirSync(path.join(media, path.dirname(handout)), { recursive: true })
    fs.copyFileSync(
      path.join(MEDIA_ROOT, 'downloads/to-the-edge-pupil-handout.pdf'),
      path.join(media, handout),
    )
    const file = addLesson(ensureDraft(module), 'activity', 'In class')
    saveLessonFile(
      ensureDraft(module),
      file,
      lessonFileText(
        {
          kind: 'activity',
          title: 'In class',
          minutes: 10,
          downloads: [{ title: 'Handout', file: handout }],
        },
        'Use the handout.',
      ),
    )
    expect(statusOf('merseysideTrainer', `/${handout}`)).toBe(200)
    expect(statusOf('admin', `/${handout}`)).toBe(200)
    expect(statusOf('merseysideTeacher', `/${handout}`)).toBe(404)
    expect(statusOf('lancashireTeacher', `/${handout}`)).toBe(404)

    expect(publishDraft(trainer, module, null, media)).toEqual({ status: 'published', version: 1 })
    expect(statusOf('merseysideTeacher', `/${handout}`)).toBe(200)
    expect(statusOf('merseysideLead', `/${handout}`)).toBe(200)
    expect(statusOf('lancashireTeacher', `/${handout}`)).toBe(404)
    expect(statusOf('walesNurse', `/${handout}`)).toBe(404)
    fs.rmSync(media, { recursive: true, force: true })
  })
})
