import { useEffect, useRef, useState } from 'react'
import { English } from '#app/components/in-language.tsx'
import { useTranslation, type Translator } from '#app/i18n/i18n.ts'
import type videojs from 'video.js'
import videoJsStyles from 'video.js/dist/video-js.min.css'
import { type FilmView } from '#app/learning/lesson-view.server.ts'
import { VIDEOJS_WELSH_GAPS } from './videojs-cy.ts'

type Player = ReturnType<typeof videojs>

export function formatTime(seconds: number) {
  const s = Math.floor(seconds)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/**
 * The film: a plain <video> with captions from the server (it plays without JavaScript), made a
 * video.js player in the browser. Progress goes to /api/film-progress every 15 s while playing,
 * on pause and on leaving. Seeking is never blocked and losing focus never pauses.
 */
export function FilmPlayer({
  lessonId,
  film,
  startAt,
  watchedSeconds,
  captionsOn,
}: {
  lessonId: number
  film: FilmView
  startAt: number
  watchedSeconds: number
  captionsOn: boolean
}) {
  const { t, i18n } = useTranslation()
  const videoRef = useRef<HTMLVideoElement>(null)
  const playerRef = useRef<Player | null>(null)
  const [ready, setReady] = useState(false)

  useEffect(() => {
    let disposed = false
    let player: Player | null = null
    const state = { watched: watchedSeconds, lastTime: startAt }

    function send(leaving = false) {
      if (!player) return
      const body = JSON.stringify({
        lessonId,
        position: Math.round((player.currentTime() ?? 0) * 10) / 10,
        watchedSeconds: Math.round(state.watched * 10) / 10,
      })
      if (leaving && navigator.sendBeacon) {
        navigator.sendBeacon('/api/film-progress', new Blob([body], { type: 'application/json' }))
      } else {
        void fetch('/api/film-progress', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
          keepalive: true,
        }).catch(() => {})
      }
    }

    // no injected <style> elements: the Content-Security-Policy refuses them (app.css sizes it)
    Object.assign(window, { VIDEOJS_NO_DYNAMIC_STYLE: true })
    // the player's own controls in the page's language: video.js ships Welsh, fetched only for it
    const controlsText =
      i18n.language === 'cy'
        ? import('video.js/dist/lang/cy.json').then((m) => m.default as Record<string, string>)
        : Promise.resolve(null)
    void Promise.all([import('video.js'), controlsText]).then(([{ default: videojs }, welsh]) => {
      if (disposed || !videoRef.current) return
      if (welsh) videojs.addLanguage('cy', { ...welsh, ...VIDEOJS_WELSH_GAPS })
      player = videojs(videoRef.current, {
        language: i18n.language,
        controls: true,
        fluid: true,
        // on a phone the control bar drops what it has no room for, so the progress bar stays usable
        responsive: true,
        preload: 'metadata',
        playbackRates: [0.75, 1, 1.25, 1.5],
        userActions: { hotkeys: true },
      })
      playerRef.current = player
      player.ready(() => {
        if (startAt > 0) player?.currentTime(startAt)
        setReady(true)
      })
      player.on('timeupdate', () => {
        if (!player) return
        const now = player.currentTime() ?? 0
        const step = now - state.lastTime
        // only continuous playing counts as watched; a jump forward does not
        if (!player.paused() && step > 0 && step < 2) state.watched += step
        state.lastTime = now
      })
      player.on('seeked', () => {
        if (player) state.lastTime = player.currentTime() ?? 0
      })
      player.on('pause', () => send())
      player.on('ended', () => send())
      // the learner's captions choice is remembered for the next film
      const tracks = videoRef.current.textTracks
      tracks.addEventListener('change', () => {
        const showing = Array.from(tracks).some((track) => track.mode === 'showing')
        document.cookie = `upstream_captions=${showing ? 'on' : 'off'}; path=/; max-age=31536000; samesite=lax`
      })
    })

    const heartbeat = window.setInterval(() => {
      if (player && !player.paused()) send()
    }, 15_000)
    const onLeave = () => send(true)
    window.addEventListener('pagehide', onLeave)
    window.addEventListener('upstream:leaving', onLeave)
    return () => {
      disposed = true
      window.clearInterval(heartbeat)
      window.removeEventListener('pagehide', onLeave)
      window.removeEventListener('upstream:leaving', onLeave)
      send(true)
      player?.dispose()
      playerRef.current = null
    }
    // the player is made once per lesson; later renders must not remake it
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lessonId])

  // the reader changed language on this page: captions that are on move to the new language
  useEffect(() => {
    const tracks = playerRef.current?.textTracks() as unknown as TextTrackList | undefined
    const captions = Array.from({ length: tracks?.length ?? 0 }, (_, i) => tracks![i]!).filter(
      (track) => track.kind === 'captions',
    )
    if (!captions.some((track) => track.mode === 'showing')) return
    for (const track of captions)
      track.mode = track.language === film.defaultCaptions ? 'showing' : 'disabled'
  }, [film.defaultCaptions])

  return (
    <div className="film">
      <link rel="stylesheet" href={videoJsStyles} />
      {/* video.js takes over the inner element and removes it on dispose; React owns only the outer one */}
      <div className="film__frame">
        <div data-vjs-player>
          <video
            ref={videoRef}
            className="video-js"
            controls
            preload="metadata"
            poster={film.poster ?? undefined}
            crossOrigin="anonymous"
          >
            <source src={film.src} type={film.type} />
            {/* the track in the reader's language is the one on, unless they turned captions off */}
            {film.captions.map((c) => (
              <track
                key={c.src}
                kind="captions"
                src={c.src}
                srcLang={c.language}
                label={captionsLabel(c, t)}
                default={captionsOn && c.language === film.defaultCaptions}
              />
            ))}
          </video>
        </div>
      </div>
      {film.chapters.length > 0 ? (
        <nav aria-labelledby="chapters-heading" className="film__chapters">
          <h2 id="chapters-heading">{t('Chapters')}</h2>
          <ol>
            {film.chapters.map((chapter) => (
              <li key={chapter.at}>
                {ready ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => playerRef.current?.currentTime(chapter.at)}
                  >
                    <span className="film__chapter-time">{formatTime(chapter.at)}</span>{' '}
                    <English>{chapter.title}</English>
                  </button>
                ) : (
                  <span>
                    <span className="film__chapter-time">{formatTime(chapter.at)}</span>{' '}
                    <English>{chapter.title}</English>
                  </span>
                )}
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
    </div>
  )
}

/**
 * A captions track's name in the reader's language (the player's menu cannot mark a name as
 * English): English and Welsh by ours, any other by the pack's own label.
 */
export function captionsLabel(track: { language: string; label: string }, t: Translator) {
  if (track.language === 'en') return t('English')
  if (track.language === 'cy') return t('Welsh')
  return track.label
}
