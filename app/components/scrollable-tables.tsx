import { useLocation } from '@remix-run/react'
import { useEffect } from 'react'

/**
 * A wide table scrolls sideways inside its `.table-wrap` on a phone. Someone using a keyboard can
 * only scroll it if the wrapper can take focus, and a screen reader then needs to hear what it is:
 * so, once a wrapper actually scrolls, it becomes a focusable region named by the table's caption
 * (the pattern in Adrian Roselli's "Under-Engineered Responsive Tables"). A wrapper that fits stays
 * out of the tab order. Runs after each navigation and when the window changes size.
 */
export function useScrollableTables() {
  const location = useLocation()
  useEffect(() => {
    let counter = 0
    function update() {
      for (const wrap of document.querySelectorAll<HTMLElement>('.table-wrap')) {
        const scrolls = wrap.scrollWidth > wrap.clientWidth + 1
        if (scrolls) {
          const caption = wrap.querySelector('caption')
          if (caption) {
            caption.id ||= `table-caption-${++counter}-${Math.random().toString(36).slice(2, 7)}`
            wrap.setAttribute('aria-labelledby', caption.id)
          }
          wrap.setAttribute('role', 'region')
          wrap.tabIndex = 0
        } else if (wrap.getAttribute('role') === 'region') {
          wrap.removeAttribute('role')
          wrap.removeAttribute('aria-labelledby')
          wrap.removeAttribute('tabindex')
        }
      }
    }
    update()
    let frame = 0
    const onResize = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(update)
    }
    window.addEventListener('resize', onResize)
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('resize', onResize)
    }
  }, [location.key])
}
