import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { English } from '#app/components/in-language.tsx'
import { type TeachLesson } from '#app/classroom/teach.server.ts'
import {
  DisclosureGuidance,
  EndScreen,
  SlideNotes,
  SlideView,
  StartScreen,
} from './teach-screens.tsx'

type Panel = 'notes' | 'help' | null

/** The channel a lesson's notes window listens on, so two lessons open at once do not mix. */
const channelName = (lesson: TeachLesson) =>
  `upstream-teach:${lesson.moduleSlug}/${lesson.lessonSlug}`

const screenHref = (screen: number, panel: Panel = null) =>
  `?${new URLSearchParams({ screen: String(screen), ...(panel ? { panel } : {}) })}`

/**
 * Teach mode on the big screen. Every control is a link or a button that works without
 * JavaScript (`?screen=`, `?panel=`); with it, keys and a clicker move between screens and the
 * address follows by history replace, so Back leaves teach mode rather than stepping through it.
 */
export function TeachView({
  lesson,
  screen: initial,
  panel: initialPanel,
}: {
  lesson: TeachLesson
  screen: number
  panel: Panel
}) {
  const { t } = useTranslation()
  const last = lesson.slides.length + 1
  const [screen, setScreen] = useState(initial)
  const [panel, setPanel] = useState<Panel>(initialPanel)
  const [notesWindowRefused, setNotesWindowRefused] = useState(false)
  const channel = useRef<BroadcastChannel | null>(null)
  const screenRef = useRef(screen)
  const moved = useRef(false)
  const panelHeading = useRef<HTMLHeadingElement>(null)
  const opener = useRef<HTMLElement | null>(null)

  // full screen and a second window need JavaScript, so their buttons wait for it
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  useEffect(() => setScreen(initial), [initial])

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const open = new BroadcastChannel(channelName(lesson))
    channel.current = open
    // a notes window opened later asks where the lesson is
    open.onmessage = (event: MessageEvent<{ ask?: boolean }>) => {
      if (event.data.ask) open.postMessage({ screen: screenRef.current })
    }
    return () => open.close()
  }, [lesson])

  useEffect(() => {
    screenRef.current = screen
    channel.current?.postMessage({ screen })
    // the address the page opened at stays as it was until the teacher moves
    const href = screenHref(screen, panel)
    if (moved.current) window.history.replaceState(window.history.state, '', href)
    moved.current = true
  }, [screen, panel])

  useEffect(() => {
    if (panel) panelHeading.current?.focus()
  }, [panel])

  const go = useCallback((to: number) => setScreen(Math.min(Math.max(to, 0), last)), [last])
  const closePanel = useCallback(() => {
    setPanel(null)
    opener.current?.focus()
  }, [])
  const toggle = useCallback((which: Exclude<Panel, null>) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setPanel((open) => (open === which ? null : which))
  }, [])

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      const target = event.target as HTMLElement | null
      const tag = target?.tagName ?? ''
      // the film's own controls and any field keep their keys
      if (['INPUT', 'TEXTAREA', 'SELECT', 'VIDEO'].includes(tag)) return
      const onControl = ['BUTTON', 'A', 'SUMMARY'].includes(tag)
      const key = event.key
      const act: Record<string, () => void> = {
        ArrowRight: () => go(screenRef.current + 1),
        PageDown: () => go(screenRef.current + 1),
        ArrowLeft: () => go(screenRef.current - 1),
        PageUp: () => go(screenRef.current - 1),
        Home: () => go(0),
        End: () => go(last),
        n: () => toggle('notes'),
        N: () => toggle('notes'),
        h: () => toggle('help'),
        H: () => toggle('help'),
        '?': () => toggle('help'),
        f: () => toggleFullScreen(),
        F: () => toggleFullScreen(),
        Escape: () => closePanel(),
      }
      if (key === ' ' && !onControl) act[' '] = () => go(screenRef.current + 1)
      const action = act[key]
      if (!action) return
      event.preventDefault()
      action()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [go, toggle, closePanel, last])

  const link = (to: number) => (event: MouseEvent) => {
    event.preventDefault()
    go(to)
  }
  const panelLink = (which: Exclude<Panel, null>) => (event: MouseEvent) => {
    event.preventDefault()
    toggle(which)
  }
  function openNotesWindow() {
    const url = `${window.location.pathname}?notes=1&screen=${screen}`
    const opened = window.open(url, 'upstream-teach-notes', 'popup,width=720,height=800')
    setNotesWindowRefused(!opened)
  }

  const slide = screen >= 1 && screen <= lesson.slides.length ? lesson.slides[screen - 1]! : null
  const lessonHref = `/learn/modules/${lesson.moduleSlug}/lessons/${lesson.lessonSlug}`
  const position =
    screen === 0
      ? t('Before you start')
      : screen === last
        ? t('End of the lesson')
        : t('Screen {{n}} of {{total}}', { n: screen, total: lesson.slides.length })

  return (
    <div className="teach" data-screen={screen}>
      <div className="teach__bar">
        <a className="teach__leave" href={lessonHref}>
          {t('Leave teach mode')}
        </a>
        <p className="teach__where" role="status" aria-live="polite" aria-atomic="true">
          {position}
        </p>
        <div className="teach__tools">
          <a
            className="teach-tool"
            href={screenHref(screen, panel === 'notes' ? null : 'notes')}
            onClick={panelLink('notes')}
            aria-expanded={panel === 'notes'}
          >
            {panel === 'notes' ? t('Hide notes') : t('Notes')} <kbd>N</kbd>
          </a>
          <a
            className="teach-tool"
            href={screenHref(screen, panel === 'help' ? null : 'help')}
            onClick={panelLink('help')}
            aria-expanded={panel === 'help'}
          >
            {t('Help')} <kbd>H</kbd>
          </a>
          {hydrated ? (
            <>
              <button type="button" className="teach-tool" onClick={toggleFullScreen}>
                {t('Full screen')} <kbd>F</kbd>
              </button>
              <button type="button" className="teach-tool" onClick={openNotesWindow}>
                {t('Open notes in a second window')}
              </button>
            </>
          ) : null}
        </div>
      </div>
      {notesWindowRefused ? (
        <p className="teach__warning" role="alert">
          {t(
            'The browser did not open a second window. Allow pop-ups for this site, or use N to show the notes here.',
          )}
        </p>
      ) : null}

      <div className="teach__body">
        {/* focusable so a long letter can be scrolled from the keyboard */}
        <div className="teach__stage" key={screen} tabIndex={0} role="region" aria-label={position}>
          {screen === 0 ? (
            <StartScreen lesson={lesson} />
          ) : slide ? (
            <SlideView slide={slide} />
          ) : (
            <EndScreen lesson={lesson} />
          )}
        </div>

        {panel ? (
          <aside className="teach__panel" aria-labelledby="teach-panel-heading" data-panel={panel}>
            <h2 id="teach-panel-heading" tabIndex={-1} ref={panelHeading}>
              {panel === 'notes' ? t('Teacher’s notes') : t('Help for the teacher')}
            </h2>
            {panel === 'notes' ? <SlideNotes slide={slide} /> : <HelpPanel lesson={lesson} />}
            <a className="teach-tool" href={screenHref(screen)} onClick={panelLink(panel)}>
              {t('Close')} <kbd>Esc</kbd>
            </a>
          </aside>
        ) : null}
      </div>

      <nav className="teach__nav" aria-label={t('Screens')}>
        {screen > 0 ? (
          <a
            className="teach-button teach-button--secondary"
            href={screenHref(screen - 1)}
            onClick={link(screen - 1)}
            rel="prev"
          >
            {t('Previous')}
          </a>
        ) : (
          <span />
        )}
        {screen < last ? (
          <a
            className="teach-button"
            href={screenHref(screen + 1)}
            onClick={link(screen + 1)}
            rel="next"
          >
            {screen === 0 ? t('Start the lesson') : t('Next')}
          </a>
        ) : (
          <span />
        )}
      </nav>
    </div>
  )
}

function toggleFullScreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {})
  else void document.documentElement.requestFullscreen?.().catch(() => {})
}

/** Keys, the content note and what to do on a disclosure: one key away during the lesson. */
function HelpPanel({ lesson }: { lesson: TeachLesson }) {
  const { t } = useTranslation()
  return (
    <>
      <h3>{t('Keys')}</h3>
      <dl className="teach-keys">
        <dt>
          <kbd>→</kbd> <kbd>Page Down</kbd> <kbd>Space</kbd>
        </dt>
        <dd>{t('Next screen (a clicker works too)')}</dd>
        <dt>
          <kbd>←</kbd> <kbd>Page Up</kbd>
        </dt>
        <dd>{t('Previous screen')}</dd>
        <dt>
          <kbd>Home</kbd> <kbd>End</kbd>
        </dt>
        <dd>{t('First and last screen')}</dd>
        <dt>
          <kbd>N</kbd>
        </dt>
        <dd>{t('Show or hide your notes')}</dd>
        <dt>
          <kbd>H</kbd> <kbd>?</kbd>
        </dt>
        <dd>{t('This help')}</dd>
        <dt>
          <kbd>F</kbd>
        </dt>
        <dd>{t('Full screen')}</dd>
        <dt>
          <kbd>Esc</kbd>
        </dt>
        <dd>{t('Close this panel')}</dd>
      </dl>
      {(lesson.contentNote ?? lesson.moduleContentNote) ? (
        <>
          <h3>{t('Content note')}</h3>
          <p>
            <English>{lesson.contentNote ?? lesson.moduleContentNote}</English>
          </p>
        </>
      ) : null}
      <DisclosureGuidance headingLevel={3} />
    </>
  )
}

/**
 * The teacher's notes in a second window (on a laptop while the class sees the projector): it
 * follows the lesson's screen through a BroadcastChannel, and has its own links without one.
 */
export function TeachNotesWindow({
  lesson,
  screen: initial,
}: {
  lesson: TeachLesson
  screen: number
}) {
  const { t } = useTranslation()
  const [screen, setScreen] = useState(initial)
  const [listening, setListening] = useState(false)
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const open = new BroadcastChannel(channelName(lesson))
    open.onmessage = (event: MessageEvent<{ screen?: number }>) => {
      if (typeof event.data.screen === 'number') setScreen(event.data.screen)
    }
    open.postMessage({ ask: true })
    setListening(true)
    return () => open.close()
  }, [lesson])
  const last = lesson.slides.length + 1
  const slide = screen >= 1 && screen <= lesson.slides.length ? lesson.slides[screen - 1]! : null
  const next = screen < lesson.slides.length ? lesson.slides[screen] : null
  return (
    <div className="teach-notes-window">
      <p className="teach-eyebrow">
        <English>{lesson.lessonTitle}</English> ·{' '}
        <span role="status" aria-live="polite">
          {screen === 0
            ? t('Before you start')
            : screen === last
              ? t('End of the lesson')
              : t('Screen {{n}} of {{total}}', { n: screen, total: lesson.slides.length })}
        </span>
      </p>
      <h1>{t('Teacher’s notes')}</h1>
      {listening ? (
        <p className="teach-muted">{t('These notes follow the screen the class sees.')}</p>
      ) : null}
      {screen === 0 ? <DisclosureGuidance /> : <SlideNotes slide={slide} />}
      {next?.kind === 'prompt' ? (
        <p className="teach-muted">
          {t('Next')}: <English>{next.text}</English>
        </p>
      ) : null}
    </div>
  )
}
