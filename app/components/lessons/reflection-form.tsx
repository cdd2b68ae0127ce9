import { Form, useFetcher } from '@remix-run/react'
import { useEffect, useRef } from 'react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { useContentLang } from './content-lang.ts'

/**
 * Reflection prompts. Each answer is saved as it is typed (a second after typing stops) and again
 * on submit; only its author ever sees it.
 */
export function ReflectionForm({
  prompts,
  answers,
}: {
  prompts: string[]
  answers: Record<number, string>
}) {
  const { t } = useTranslation()
  return (
    <Form method="post" className="reflection">
      <input type="hidden" name="intent" value="reflection" />
      <p className="notice">
        {t('Only you can see what you write here. Your organisation and your VRU never can.')}
      </p>
      {prompts.map((prompt, i) => (
        <ReflectionAnswer key={prompt} index={i} prompt={prompt} initial={answers[i] ?? ''} />
      ))}
      <button type="submit" className="button">
        {t('Save and continue')}
      </button>
    </Form>
  )
}

function ReflectionAnswer({
  index,
  prompt,
  initial,
}: {
  index: number
  prompt: string
  initial: string
}) {
  const { t } = useTranslation()
  const lang = useContentLang()
  const fetcher = useFetcher<{ saved: boolean }>()
  const timer = useRef<number | undefined>(undefined)
  // typed but not yet sent: leaving within the second (a link, "Exit this page", closing the tab)
  // must not lose it, so it goes as a beacon, which outlives the page
  const unsent = useRef<string | null>(null)
  const textarea = useRef<HTMLTextAreaElement>(null)
  useEffect(() => {
    // the route's action, as Remix's own fetches call it (captured now: by the time this
    // component unmounts on a link, the address is already the next page's)
    const action = `${window.location.pathname.replace(/\/$/, '')}.data`
    function flush() {
      window.clearTimeout(timer.current)
      if (unsent.current === null) return
      const body = new FormData()
      body.set('intent', 'autosave')
      body.set('promptIndex', String(index))
      body.set('answer', unsent.current)
      unsent.current = null
      navigator.sendBeacon(action, body)
    }
    // "Save and continue" sends every answer itself
    function sentWithForm() {
      window.clearTimeout(timer.current)
      unsent.current = null
    }
    const form = textarea.current?.form
    form?.addEventListener('submit', sentWithForm)
    window.addEventListener('pagehide', flush)
    window.addEventListener('upstream:leaving', flush)
    return () => {
      form?.removeEventListener('submit', sentWithForm)
      window.removeEventListener('pagehide', flush)
      window.removeEventListener('upstream:leaving', flush)
      flush()
    }
  }, [index])
  const status = fetcher.state !== 'idle' ? t('Saving…') : fetcher.data?.saved ? t('Saved') : ''
  return (
    <div className="field">
      <label htmlFor={`answer${index}`} lang={lang}>
        {prompt}
      </label>
      <textarea
        ref={textarea}
        id={`answer${index}`}
        name={`answer${index}`}
        rows={5}
        defaultValue={initial}
        maxLength={10000}
        aria-describedby={`answer${index}-status`}
        onChange={(event) => {
          const answer = event.currentTarget.value
          unsent.current = answer
          window.clearTimeout(timer.current)
          timer.current = window.setTimeout(() => {
            unsent.current = null
            fetcher.submit(
              { intent: 'autosave', promptIndex: String(index), answer },
              { method: 'post' },
            )
          }, 1000)
        }}
      />
      <p className="hint" id={`answer${index}-status`} aria-live="polite">
        {status}
      </p>
    </div>
  )
}
