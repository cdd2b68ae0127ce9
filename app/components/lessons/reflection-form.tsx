import { Form, useFetcher } from '@remix-run/react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * Reflection prompts. Each answer is saved as it is typed (a second after typing stops) and again
 * on submit; only its author ever sees it.
 */
export function ReflectionForm({ prompts, answers }: { prompts: string[]; answers: Record<number, string> }) {
  const { t } = useTranslation()
  return (
    <Form method="post" className="reflection">
      <input type="hidden" name="intent" value="reflection" />
      <p className="notice">{t('Only you can see what you write here. Your organisation and your VRU never can.')}</p>
      {prompts.map((prompt, i) => (
        <ReflectionAnswer key={prompt} index={i} prompt={prompt} initial={answers[i] ?? ''} />
      ))}
      <button type="submit" className="button">
        {t('Save and continue')}
      </button>
    </Form>
  )
}

function ReflectionAnswer({ index, prompt, initial }: { index: number; prompt: string; initial: string }) {
  const { t } = useTranslation()
  const fetcher = useFetcher<{ saved: boolean }>()
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timer.current), [])
  const status =
    fetcher.state !== 'idle' ? t('Saving…') : fetcher.data?.saved ? t('Saved') : ''
  return (
    <div className="field">
      <label htmlFor={`answer${index}`}>{prompt}</label>
      <textarea
        id={`answer${index}`}
        name={`answer${index}`}
        rows={5}
        defaultValue={initial}
        maxLength={10000}
        aria-describedby={`answer${index}-status`}
        onChange={(event) => {
          const answer = event.currentTarget.value
          window.clearTimeout(timer.current)
          timer.current = window.setTimeout(() => {
            fetcher.submit({ intent: 'autosave', promptIndex: String(index), answer }, { method: 'post' })
          }, 1000)
        }}
      />
      <p className="hint" id={`answer${index}-status`} aria-live="polite">
        {status}
      </p>
    </div>
  )
}
