import { useLocation } from '@remix-run/react'
import { useEffect, type ReactNode } from 'react'

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

/**
 * A page's table: captioned (or named by the heading above it), one column heading per entry (a falsy entry leaves its column out),
 * inside the `.table-wrap` that useScrollableTables makes scrollable. With `empty`, a list with no
 * rows is that sentence instead of an empty table. `row` renders a keyed `<tr>`.
 */
export function ScrollableTable<T>({
  caption,
  headings,
  rows,
  row,
  empty,
}: {
  caption?: ReactNode
  headings: ReactNode[]
  rows: readonly T[]
  row: (item: T) => ReactNode
  empty?: ReactNode
}) {
  if (rows.length === 0 && empty !== undefined) return <p>{empty}</p>
  return (
    <div className="table-wrap">
      <table>
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            {headings.map((heading, i) =>
              heading ? (
                <th scope="col" key={i}>
                  {heading}
                </th>
              ) : null,
            )}
          </tr>
        </thead>
        <tbody>{rows.map((item) => row(item))}</tbody>
      </table>
    </div>
  )
}

/** A cell's heading, shown only when the table is laid out as cards on a narrow screen. */
export function CellLabel({ children }: { children: string }) {
  return (
    <span className="cell-label" aria-hidden="true">
      {children}:{' '}
    </span>
  )
}
