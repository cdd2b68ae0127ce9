import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'

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
    let presses: number[] = []
    function onKeyUp(event: KeyboardEvent) {
      if (event.key !== 'Shift') return
      const now = Date.now()
      presses = [...presses.filter((at) => now - at < 1000), now]
      if (presses.length >= 3) leave()
    }
    document.addEventListener('keyup', onKeyUp)
    return () => document.removeEventListener('keyup', onKeyUp)
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
      <span className="visually-hidden">{t('or press the Shift key three times, to leave at once')}</span>
    </div>
  )
}
