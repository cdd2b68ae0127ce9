import { z } from 'zod'
import { mayUse } from '#app/auth/permissions.server.ts'
import { readSessionCookieQuickly } from '#app/auth/session.server.ts'
import { saveFilmProgress } from './progress.server.ts'

export const FilmProgressSchema = z.object({
  lessonId: z.number().int().positive(),
  position: z
    .number()
    .min(0)
    .max(24 * 3600),
  /** the browser's count of seconds played: a claim, which the server bounds by its own clock */
  watchedSeconds: z
    .number()
    .min(0)
    .max(24 * 3600),
  // a `duration` sent by an older page is ignored: the film's length is read from its file
})

/**
 * A film heartbeat. It is served by server.ts in front of the Remix handler, because Remix's
 * request pipeline tops out near 1,000 requests a second and heartbeats must go well past that;
 * it checks the same session and the same schema as any route would.
 */
export function handleFilmProgress(cookieHeader: string | undefined, body: unknown) {
  const user = readSessionCookieQuickly(cookieHeader)
  if (!user) return { status: 401, body: { error: 'Sign in to save your place.' } }
  if (!mayUse(user, 'learn'))
    return { status: 403, body: { error: 'Only learners save film progress.' } }
  const parsed = FilmProgressSchema.safeParse(body)
  if (!parsed.success)
    return { status: 400, body: { error: 'The progress report was not in the expected form.' } }
  const saved = saveFilmProgress(user.id, parsed.data)
  if (!saved.ok)
    return {
      status: 404,
      body: { error: 'That film is not part of a module you are working through.' },
    }
  return { status: 200, body: { saved: true, complete: saved.complete } }
}
