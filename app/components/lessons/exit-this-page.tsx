import { useEffect } from 'react'
import { useTranslation } from '#app/i18n/i18n.ts'

// A neutral page, as GOV.UK's "Exit this page" uses; the learner's place is already saved.
const NEUTRAL_PAGE = 'https://www.bbc.co.uk/weather'

function leave() {
  window.dispatchEvent(new Event('upstream:leaving'))
  window.location.replace(NEUTRAL_PAGE)
}

/** Leaves at once to a neutral page: the button, or the Shift key pressed three times. */
export function ExitThisPage() {
  const { t } = useTranslation()
  useEffect(() => {
    // Only Shift pressed on its own counts, three times in a row: typing capitals in a
    // reflection (Shift with a letter) must never take the learner away mid-sentence.
    let presses: number[] = []
    let shiftUsedWithAnotherKey = false
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Shift') {
        shiftUsedWithAnotherKey = false
        return
      }
      shiftUsedWithAnotherKey = true
      presses = []
    }
    function onKeyUp(event: KeyboardEvent) {
      if (event.key !== 'Shift' || shiftUsedWithAnotherKey) return
      const now = Date.now()
      presses = [...presses.filter((at) => now - at < 1000), now]
      if (presses.length >= 3) leave()
    }
    document.addEventListener('keydown', onKeyDown)
    document.addEventListener('keyup', onKeyUp)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
      document.removeEventListener('keyup', onKeyUp)
    }
  }, [])
  return (
    <div className="exit-this-page">
      <a
        href={NEUTRAL_PAGE}
        className="button button--warning exit-this-page__button"
        rel="nofollow noreferrer"
        onClick={(event) => {
          event.preventDefault()
          leave()
        }}
      >
        {t('Exit this page')}
      </a>
      <span className="visually-hidden">
        {t('or press the Shift key three times, to leave at once')}
      </span>
    </div>
  )
}
