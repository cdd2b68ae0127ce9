import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import {
  completions,
  db,
  enrolments,
  lessonProgress,
  lessons,
  modules,
  moduleVersions,
  users,
} from '#app/db.server.ts'
import {
  certificatesPdf,
  findCertificate,
  myCertificate,
} from '#app/learning/certificates.server.ts'
import { filterCatalogue, listCatalogue } from '#app/learning/catalogue.server.ts'
import { markCheck, type CheckQuestion } from '#app/learning/checks.ts'
import { submitCheck } from '#app/learning/checks.server.ts'
import { handleFilmProgress } from '#app/learning/film-progress.server.ts'
import { importPacks } from '#app/learning/packs.server.ts'
import {
  completeLesson,
  lessonsOf,
  moduleProgress,
  openEnrolment,
  recordVisit,
  saveFilmProgress,
  startModule,
} from '#app/learning/progress.server.ts'
import { myReflections, saveMyReflection } from '#app/learning/reflections.server.ts'
import { action as lessonAction } from '#app/routes/learn+/modules.$moduleSlug.lessons.$lessonSlug.tsx'
import {
  addPerson,
  cookiePair,
  DEMO,
  finishModule,
  questionsOf,
  rightAnswers,
  wrongAnswers,
  organisationNamed,
  pdfPageTexts,
  sessionUser,
  signInAs,
  vruId,
} from './helpers.ts'

beforeAll(() => {
  const refused = importPacks().filter((r) => r.status === 'refused')
  expect(refused).toEqual([])
})

const school = () => organisationNamed('Riverside Academy, Liverpool')
let counter = 0
/** A fresh Merseyside learner, so each test starts with no progress. */
function freshLearner() {
  counter++
  return sessionUser(addPerson(`learner${counter}.${Date.now()}@example.test`, school().id))
}

describe('the catalogue', () => {
  test('a unit sees the national library and its own modules only', () => {
    const slugs = (vru: string | null) =>
      listCatalogue(vru ? vruId(vru) : null)
        .map((m) => m.slug)
        .sort()
    const national = [
      'aces-foundations',
      'contextual-safeguarding-cse',
      'domestic-abuse-children',
      'keeping-learners-safe-wales',
      'knife-crime-exploitation',
      'online-harms-child-on-child',
      'safeguarding-induction-england',
      'safeguarding-refresher-england',
      'serious-violence-duty',
      'trauma-informed-schools',
    ]
    expect(slugs('merseyside')).toEqual([...national, 'to-the-edge'].sort())
    expect(slugs('lancashire')).toEqual([...national, 'mias-story'].sort())
    expect(slugs('wales')).toEqual(national)
  })

  test('filters by audience, topic and practice level', () => {
    const all = listCatalogue(vruId('lancashire'))
    expect(filterCatalogue(all, { topic: 'parental-imprisonment' }).map((m) => m.slug)).toEqual([
      'mias-story',
    ])
    expect(
      filterCatalogue(all, { level: 'trauma-skilled' })
        .map((m) => m.slug)
        .sort(),
    ).toEqual([
      'contextual-safeguarding-cse',
      'domestic-abuse-children',
      'knife-crime-exploitation',
      'serious-violence-duty',
      'trauma-informed-schools',
    ])
    // a module for all staff counts for every audience
    expect(filterCatalogue(all, { audience: 'colleges' }).map((m) => m.slug)).toContain(
      'aces-foundations',
    )
  })
})

describe('progress and completion', () => {
  test('starting twice keeps one enrolment, and the next lesson is the first not done', () => {
    const user = freshLearner()
    const first = startModule(user, 'aces-foundations')!
    expect(startModule(user, 'aces-foundations')!.id).toBe(first.id)
    const [one, two] = lessonsOf(first.moduleVersionId)
    expect(moduleProgress(first).resume?.id).toBe(one!.id)
    completeLesson(first, one!.id, 'viewed')
    expect(moduleProgress(first).resume?.id).toBe(two!.id)
  })

  test('a module from another unit cannot be started', () => {
    expect(startModule(freshLearner(), 'mias-story')).toBeNull()
  })

  test('finishing every required lesson makes one completion naming the version, the unit and the organisation', () => {
    const user = freshLearner()
    const at = new Date('2026-05-04T10:00:00Z')
    const { enrolment, completion } = finishModule(user, 'aces-foundations', at)
    const version = db
      .select()
      .from(moduleVersions)
      .where(eq(moduleVersions.id, enrolment.moduleVersionId))
      .get()!
    expect(completion).toMatchObject({
      userId: user.id,
      moduleVersionId: enrolment.moduleVersionId,
      vruId: vruId('merseyside'),
      organisationId: school().id,
      completedAt: at,
      score: 100,
      cpdMinutes: version.cpdMinutes,
    })
    expect(completion!.certificateCode).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/)
    expect(openEnrolment(user.id, enrolment.moduleId)).toBeUndefined()
    expect(db.select().from(completions).where(eq(completions.userId, user.id)).all()).toHaveLength(
      1,
    )
  })

  test('a knowledge check passes only at the pass mark, and the best score counts', () => {
    const user = freshLearner()
    const enrolment = startModule(user, 'aces-foundations')!
    const check = lessonsOf(enrolment.moduleVersionId).find((l) => l.kind === 'check')!
    const questions = questionsOf(check)
    const wrong = submitCheck(enrolment, check, wrongAnswers(questions))
    expect(wrong).toMatchObject({ score: 0, passed: false, completion: null })
    expect(wrong.marked.every((m) => !m.correct)).toBe(true)
    const notComplete = () =>
      db
        .select()
        .from(lessonProgress)
        .where(
          and(eq(lessonProgress.enrolmentId, enrolment.id), eq(lessonProgress.lessonId, check.id)),
        )
        .get()
    expect(notComplete()?.completedAt ?? null).toBeNull()

    // one question short of all right: below an 80 % pass mark with 10 questions? 90 % passes
    const almost = rightAnswers(questions)
    almost[0] = wrongAnswers(questions)[0]!
    const second = submitCheck(enrolment, check, almost)
    expect(second.score).toBe(Math.round(((questions.length - 1) / questions.length) * 100))
    expect(second.passed).toBe(second.score >= 80)
    expect(notComplete()?.completedBy).toBe('passed')
  })

  test('a multiple-choice question is right only with exactly the right options', () => {
    const question: CheckQuestion = {
      prompt: 'Pick the two',
      multiple: true,
      options: [
        { text: 'a', correct: true, feedback: '' },
        { text: 'b', correct: true, feedback: '' },
        { text: 'c', correct: false, feedback: '' },
      ],
    }
    expect(markCheck([question], [[0, 1]]).score).toBe(100)
    expect(markCheck([question], [[1, 0, 0]]).score).toBe(100)
    expect(markCheck([question], [[0]]).score).toBe(0)
    expect(markCheck([question], [[0, 1, 2]]).score).toBe(0)
    expect(markCheck([question], [[7]]).score).toBe(0)
  })
})

describe('film progress', () => {
  /** A learner on the film lesson, its page opened at `opened` (the clock heartbeats start from). */
  function filmLesson(user: ReturnType<typeof sessionUser>, opened = new Date()) {
    const enrolment = startModule(user, 'to-the-edge')!
    const film = lessonsOf(enrolment.moduleVersionId).find((l) => l.kind === 'film')!
    recordVisit(enrolment, film.id, opened)
    /** A heartbeat `seconds` after the page was opened, by the server's clock. */
    const beat = (seconds: number, position: number, watchedSeconds: number) =>
      saveFilmProgress(
        user.id,
        { lessonId: film.id, position, watchedSeconds },
        new Date(opened.getTime() + seconds * 1000),
      )
    return { enrolment, film, beat }
  }
  const progressOf = (enrolmentId: number, lessonId: number) =>
    db
      .select()
      .from(lessonProgress)
      .where(
        and(eq(lessonProgress.enrolmentId, enrolmentId), eq(lessonProgress.lessonId, lessonId)),
      )
      .get()

  test('the server knows the film’s real length, read from the file at import', () => {
    const { film } = filmLesson(freshLearner())
    expect(film.filmSeconds).toBe(269.275)
  })

  test('the position is saved as given, even after a jump; watched time never goes down', () => {
    const user = freshLearner()
    const { enrolment, film, beat } = filmLesson(user)
    expect(beat(20, 20, 20)).toEqual({ ok: true, complete: false, moduleComplete: false })
    expect(beat(25, 5, 3).ok).toBe(true)
    expect(progressOf(enrolment.id, film.id)).toMatchObject({
      position: 5,
      watchedSeconds: 20,
      completedAt: null,
    })
  })

  test('a learner who watches in real time completes at 90 % of the film’s real length', () => {
    const user = freshLearner()
    const { enrolment, film, beat } = filmLesson(user)
    // a heartbeat every 15 s while playing, then one at the end of the film
    for (let at = 15; at <= 240; at += 15) expect(beat(at, at, at).complete).toBe(false)
    // 90 % of 269.275 s is 242.35 s: not yet at 242.3
    expect(beat(242.3, 242.3, 242.3).complete).toBe(false)
    expect(beat(242.4, 242.4, 242.4).complete).toBe(true)
    expect(progressOf(enrolment.id, film.id)).toMatchObject({ completedBy: 'watched' })
  })

  test('a heartbeat claiming a 1-second film watched in full does not complete it', async () => {
    const user = freshLearner()
    const { enrolment, film } = filmLesson(user)
    const cookie = cookiePair(await signInAs(user.email))
    const claim = { lessonId: film.id, position: 1, watchedSeconds: 1, duration: 1 }
    expect(handleFilmProgress(cookie, claim)).toEqual({
      status: 200,
      body: { saved: true, complete: false },
    })
    expect(progressOf(enrolment.id, film.id)).toMatchObject({ completedAt: null })
  })

  test('watched time claimed beyond the time that passed is capped at twice that time', () => {
    const user = freshLearner()
    const { enrolment, film, beat } = filmLesson(user)
    // the whole film claimed 10 s after opening the page: 20 s credited
    expect(beat(10, 269, 269).complete).toBe(false)
    expect(progressOf(enrolment.id, film.id)!.watchedSeconds).toBeCloseTo(20)
    // claims sent as fast as they can be add nothing more
    for (let i = 0; i < 50; i++) beat(10, 269, 269)
    expect(progressOf(enrolment.id, film.id)!.watchedSeconds).toBeCloseTo(20)
    // a clock that goes backwards adds nothing either
    expect(beat(5, 269, 269).complete).toBe(false)
    expect(progressOf(enrolment.id, film.id)!.watchedSeconds).toBeCloseTo(20)
    // the claim is kept in the browser's count: as time passes the rest is credited, never
    // beyond the film's length, and the film completes once 90 % of it is credited
    // (a heartbeat at most a minute after the last counts in full)
    for (const at of [40, 70, 100]) expect(beat(at, 269, 269).complete).toBe(false)
    expect(beat(120, 269, 269).complete).toBe(false) // 240 s
    expect(beat(122, 269, 269).complete).toBe(true) // 244 s of 269.3
    expect(beat(400, 269, 400).complete).toBe(true)
    expect(progressOf(enrolment.id, film.id)!.watchedSeconds).toBeCloseTo(269.275)
  })

  test('seeking forward is free, but does not complete the film', () => {
    const user = freshLearner()
    const { enrolment, film, beat } = filmLesson(user)
    // straight to the end, then a pause: the place is kept, and the jump is not watching
    expect(beat(3, 66, 2)).toMatchObject({ ok: true, complete: false })
    // even a page that counts the jump as watched gets only the time that passed
    expect(beat(4, 67, 66)).toMatchObject({ ok: true, complete: false })
    expect(progressOf(enrolment.id, film.id)).toMatchObject({ position: 67, completedAt: null })
    expect(progressOf(enrolment.id, film.id)!.watchedSeconds).toBeLessThanOrEqual(8)
  })

  test('reading the transcript and confirming still completes the film lesson at once', async () => {
    const user = freshLearner()
    const { enrolment, film, beat } = filmLesson(user)
    beat(5, 5, 5)
    const cookie = cookiePair(await signInAs(user.email))
    const response = (await lessonAction({
      request: new Request('http://localhost:3000/learn/modules/to-the-edge/lessons/the-film', {
        method: 'POST',
        headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ intent: 'complete' }),
      }),
      params: { moduleSlug: 'to-the-edge', lessonSlug: film.slug },
      context: { clientAddress: '127.0.0.1', cspNonce: '' },
    })) as Response
    expect(response.status).toBe(302)
    expect(progressOf(enrolment.id, film.id)).toMatchObject({ completedBy: 'transcript' })
    // a later heartbeat keeps it complete
    expect(beat(10, 10, 10)).toMatchObject({ ok: true, complete: true })
  })

  test('a film of a module the person has not started is refused', () => {
    const user = freshLearner()
    const other = freshLearner()
    const { film } = filmLesson(other)
    expect(
      saveFilmProgress(user.id, { lessonId: film.id, position: 1, watchedSeconds: 1 }).ok,
    ).toBe(false)
  })

  test('the heartbeat endpoint checks the session and the body', async () => {
    const user = freshLearner()
    const { film } = filmLesson(user)
    const cookie = cookiePair(await signInAs(user.email))
    const body = { lessonId: film.id, position: 12.5, watchedSeconds: 12 }
    expect(handleFilmProgress(undefined, body)).toMatchObject({ status: 401 })
    expect(handleFilmProgress(cookie, { ...body, position: 'twelve' })).toMatchObject({
      status: 400,
    })
    expect(handleFilmProgress(cookie, { ...body, lessonId: 999999 })).toMatchObject({
      status: 404,
    })
    expect(handleFilmProgress(cookie, body)).toEqual({
      status: 200,
      body: { saved: true, complete: false },
    })
    const trainerCookie = cookiePair(await signInAs(DEMO.merseysideTrainer))
    expect(handleFilmProgress(trainerCookie, body)).toMatchObject({ status: 403 })
  })
})

describe('versions', () => {
  test('a learner part-way through keeps their version; a new start after finishing takes the newest', () => {
    const user = freshLearner()
    const started = startModule(user, 'trauma-informed-schools')!
    const v1 = started.moduleVersionId

    // publish a changed copy of the pack as version 2
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-v2-'))
    fs.cpSync(
      path.resolve('modules/trauma-informed-schools'),
      path.join(work, 'trauma-informed-schools'),
      { recursive: true },
    )
    const first = path.join(
      work,
      'trauma-informed-schools/lessons/01-behaviour-as-communication.md',
    )
    fs.appendFileSync(first, '\nOne more sentence for version 2.\n')
    expect(importPacks(work).map((r) => [r.slug, r.status, r.version])).toEqual([
      ['trauma-informed-schools', 'imported', 2],
    ])
    fs.rmSync(work, { recursive: true, force: true })

    expect(openEnrolment(user.id, started.moduleId)!.moduleVersionId).toBe(v1)
    const { completion } = finishModule(user, 'trauma-informed-schools')
    expect(completion!.moduleVersionId).toBe(v1)

    const again = startModule(user, 'trauma-informed-schools')!
    const v2 = db
      .select()
      .from(moduleVersions)
      .where(and(eq(moduleVersions.moduleId, started.moduleId), eq(moduleVersions.version, 2)))
      .get()!
    expect(again.id).not.toBe(started.id)
    expect(again.moduleVersionId).toBe(v2.id)
    expect(
      db.select().from(lessons).where(eq(lessons.moduleVersionId, v1)).all().length,
    ).toBeGreaterThan(0)
    expect(db.select().from(enrolments).where(eq(enrolments.userId, user.id)).all()).toHaveLength(2)
    expect(
      db.select().from(modules).where(eq(modules.slug, 'trauma-informed-schools')).all(),
    ).toHaveLength(1)
  })
})

describe('reflections and certificates', () => {
  test('a reflection is saved, edited, and read back only by its author', () => {
    const author = freshLearner()
    const other = freshLearner()
    const enrolment = startModule(author, 'aces-foundations')!
    const reflection = lessonsOf(enrolment.moduleVersionId).find((l) => l.kind === 'reflection')!
    saveMyReflection(author.id, reflection.id, 0, 'First thoughts')
    saveMyReflection(author.id, reflection.id, 0, 'Second thoughts')
    expect(myReflections(author.id, reflection.id).map((r) => r.answer)).toEqual([
      'Second thoughts',
    ])
    expect(myReflections(other.id, reflection.id)).toEqual([])
  })

  test('a certificate is found by its code, belongs to its learner only, and prints as a PDF', async () => {
    const user = freshLearner()
    const { completion } = finishModule(user, 'knife-crime-exploitation')
    const code = completion!.certificateCode
    expect(findCertificate(` ${code.toLowerCase()} `)).toMatchObject({
      name: user.name,
      title: expect.stringContaining('Knife crime'),
    })
    expect(findCertificate('AAAAA-AAAAA')).toBeUndefined()
    expect(myCertificate(freshLearner().id, code)).toBeUndefined()
    const pdf = await certificatesPdf([myCertificate(user.id, code)!])
    const bytes = Buffer.from(await pdf.arrayBuffer())
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
  })

  test('a Welsh name prints as it is spelt, on an English and on a Welsh certificate', async () => {
    const user = freshLearner()
    // ŵ and ŷ are not in the PDF's built-in fonts: the certificate embeds one that has them
    const name = 'Siân Ŵyn Llŷr'
    db.update(users).set({ name }).where(eq(users.id, user.id)).run()
    const { completion } = finishModule(user, 'aces-foundations')
    const certificate = myCertificate(user.id, completion!.certificateCode)!
    const textOf = async (language: 'en' | 'cy') => {
      const pdf = await certificatesPdf([certificate], language)
      return (await pdfPageTexts(new Uint8Array(await pdf.arrayBuffer()))).join('\n')
    }
    const [english, welsh] = [await textOf('en'), await textOf('cy')]
    expect(english).toContain(name)
    expect(welsh).toContain(name)
    // the Welsh certificate is in Welsh: the pack's Welsh title, and no English title
    expect(welsh).toContain('Profiadau Niweidiol yn ystod Plentyndod (ACEs)')
    expect(english).toContain('ACEs: foundations')
    expect(welsh).not.toContain('ACEs: foundations')
  })
})
