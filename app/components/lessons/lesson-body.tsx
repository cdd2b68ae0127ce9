import { Form, Link, useLocation } from '@remix-run/react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { useContentLang } from './content-lang.ts'
import { type CheckResult, type LessonView } from '#app/learning/lesson-view.server.ts'
import { FilmPlayer, formatTime } from './film-player.tsx'
import { KnowledgeCheck } from './knowledge-check.tsx'
import { Letters } from './letters.tsx'
import { ReflectionForm } from './reflection-form.tsx'

/**
 * The part of a lesson page that depends on its kind: the film with its transcript, letters,
 * knowledge check, reflection, or downloads and "mark as done". Learners and the studio's
 * preview both show lessons with it.
 */
export type LessonBodyProps = {
  lessonId: number
  view: LessonView
  complete: boolean
  showTranscriptFirst: boolean
  filmPosition: number
  watchedSeconds: number
  captionsOn: boolean
  bestScore: number | null
  reflections: Record<string, string>
  checkResult: CheckResult | null
  nextHref: string
}

/** Links to the film's transcript in its other languages; the page keeps its place. */
function OtherTranscripts({ languages }: { languages: string[] }) {
  const { t } = useTranslation()
  const location = useLocation()
  const links: Record<string, string> = {
    en: t('Read the transcript in English'),
    cy: t('Read the transcript in Welsh'),
  }
  const shown = languages.filter((l) => links[l])
  if (shown.length === 0) return null
  const hrefOf = (language: string) => {
    const search = new URLSearchParams(location.search)
    search.set('transcript', language)
    return `?${search.toString()}#transcript-heading`
  }
  return shown.map((l) => (
    <p key={l}>
      <Link to={hrefOf(l)}>{links[l]}</Link>
    </p>
  ))
}

export function LessonBody(d: LessonBodyProps) {
  const { t } = useTranslation()
  const lang = useContentLang()
  const { view, complete, nextHref } = d
  switch (view.kind) {
    case 'film':
      return (
        <>
          {view.film.notes.length > 0 ? (
            <div className="content-note content-note--inline">
              <h2>{t('Content notes in this film')}</h2>
              <ul>
                {view.film.notes.map((note) => (
                  <li key={note.at}>
                    {t('From {{time}}:', { time: formatTime(note.at) })}{' '}
                    <span lang={lang}>{note.text}</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div
            className={
              d.showTranscriptFirst ? 'film-layout film-layout--transcript-first' : 'film-layout'
            }
          >
            <FilmPlayer
              lessonId={d.lessonId}
              film={view.film}
              startAt={d.filmPosition}
              watchedSeconds={d.watchedSeconds}
              captionsOn={d.captionsOn}
            />
            <div className="transcript">
              <h2 id="transcript-heading">{t('Transcript')}</h2>
              {view.film.review ? (
                <p className="notice">
                  {t(
                    'The Welsh captions and transcript are waiting for a review by a Welsh speaker, so some wording may change.',
                  )}
                </p>
              ) : null}
              <div
                className="transcript__text prose"
                lang={view.film.transcript.language}
                tabIndex={0}
                role="region"
                aria-labelledby="transcript-heading"
                dangerouslySetInnerHTML={{ __html: view.film.transcript.html }}
              />
              <OtherTranscripts languages={view.film.otherTranscripts} />
              {complete ? null : (
                <Form method="post">
                  <input type="hidden" name="intent" value="complete" />
                  <p className="hint">
                    {t('Reading the transcript counts the same as watching the film.')}
                  </p>
                  <button type="submit" className="button button--secondary">
                    {t('I have read the transcript')}
                  </button>
                </Form>
              )}
            </div>
          </div>
        </>
      )
    case 'letters':
      return (
        <Letters
          letters={view.letters}
          current={view.current}
          complete={complete}
          read={view.read}
        />
      )
    case 'check':
      return (
        <KnowledgeCheck
          questions={view.questions}
          passMark={view.passMark}
          bestScore={d.bestScore}
          result={d.checkResult}
          nextHref={nextHref}
        />
      )
    case 'reflection':
      return <ReflectionForm prompts={view.prompts} answers={d.reflections} />
    case 'activity':
    case 'reading':
      return (
        <>
          {view.kind === 'activity' && view.teaches ? <TeachLink /> : null}
          {view.kind === 'activity' && view.downloads.length > 0 ? (
            <section aria-labelledby="downloads-heading" className="downloads">
              <h2 id="downloads-heading">{t('Downloads')}</h2>
              <ul>
                {view.downloads.map((d) => (
                  <li key={d.href}>
                    <a href={d.href} download lang={lang}>
                      {d.title}
                    </a>{' '}
                    <span className="muted">
                      (PDF, {Math.max(1, Math.round(d.bytes / 1024))} KB)
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {complete ? null : (
            <Form method="post" className="complete-form">
              <input type="hidden" name="intent" value="complete" />
              <button type="submit" className="button">
                {view.kind === 'activity'
                  ? t('Mark as done and continue')
                  : t('Mark as read and continue')}
              </button>
            </Form>
          )}
        </>
      )
  }
}

/** A classroom lesson's way into teach mode; the studio's preview has no teach mode of its own. */
function TeachLink() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  if (!pathname.startsWith('/learn/')) return null
  return (
    <section aria-labelledby="teach-heading" className="teach-entry">
      <h2 id="teach-heading">{t('For teaching')}</h2>
      <p>
        {t(
          'Show this lesson to your class screen by screen, with the film, the discussion prompts and your notes kept off the big screen.',
        )}
      </p>
      <p>
        <Link className="button" to={`${pathname}/teach`}>
          {t('Teach this lesson')}
        </Link>
      </p>
    </section>
  )
}
