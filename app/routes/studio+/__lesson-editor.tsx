import { useFetcher, useNavigate } from '@remix-run/react'
import { useEffect, useState } from 'react'
import { useTranslation } from '#app/i18n/i18n.ts'
import { TextAreaField } from '#app/components/forms.tsx'
import { type FieldErrors } from '#app/utils/forms.ts'
import { MODULE_FORM_MESSAGES } from '#app/authoring/labels.ts'

type UploadResult =
  | { ok: true; redirectTo: string }
  | { ok: false; errors: FieldErrors; values: Record<string, string> }

/**
 * With JavaScript, a form with files is sent by XMLHttpRequest so the page can show how much is
 * uploaded; without it the same form posts as usual. The server answers the same either way.
 */
export function useUploadProgress() {
  const navigate = useNavigate()
  const [sending, setSending] = useState(false)
  const [percent, setPercent] = useState(0)
  const [result, setResult] = useState<{
    errors: FieldErrors
    values: Record<string, string>
  } | null>(null)
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const form = event.currentTarget
    const hasFile = Array.from(form.querySelectorAll<HTMLInputElement>('input[type=file]')).some(
      (input) => (input.files?.length ?? 0) > 0,
    )
    if (!hasFile) return
    event.preventDefault()
    const xhr = new XMLHttpRequest()
    xhr.open('POST', `${form.getAttribute('action')}/upload`)
    xhr.responseType = 'json'
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setPercent(Math.round((e.loaded / e.total) * 100))
    }
    xhr.onload = () => {
      setSending(false)
      const answer = xhr.response as UploadResult | null
      if (answer?.ok) return navigate(answer.redirectTo)
      setResult(
        answer && !answer.ok
          ? { errors: answer.errors, values: answer.values }
          : { errors: { form: MODULE_FORM_MESSAGES.uploadFailed }, values: {} },
      )
    }
    xhr.onerror = () => {
      setSending(false)
      setResult({ errors: { form: MODULE_FORM_MESSAGES.uploadInterrupted }, values: {} })
    }
    setSending(true)
    setPercent(0)
    setResult(null)
    xhr.send(new FormData(form))
  }
  return {
    sending,
    percent,
    result: result && {
      ...result,
      values: Object.keys(result.values).length > 0 ? result.values : undefined,
    },
    onSubmit,
  }
}

/** The reading lesson's text with a preview rendered by the server's own sanitising pipeline. */
export function MarkdownPreview({ defaultValue, error }: { defaultValue: string; error?: string }) {
  const { t } = useTranslation()
  const fetcher = useFetcher<{ html: string }>()
  const [text, setText] = useState(defaultValue)
  const { submit } = fetcher
  useEffect(() => {
    const timer = setTimeout(() => {
      submit({ markdown: text }, { method: 'post', action: '/studio/markdown-preview' })
    }, 300)
    return () => clearTimeout(timer)
  }, [text, submit])
  return (
    <div className="markdown-editor">
      <TextAreaField
        name="body"
        label={t('Text')}
        hint={t('Markdown. Raw HTML is removed. The preview shows it as learners will see it.')}
        rows={14}
        defaultValue={defaultValue}
        error={error}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <section className="markdown-preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading">{t('Preview')}</h2>
        {fetcher.data ? (
          <div className="prose" dangerouslySetInnerHTML={{ __html: fetcher.data.html }} />
        ) : (
          <p className="muted">
            {t('The preview appears here as you type (it needs JavaScript).')}
          </p>
        )}
      </section>
    </div>
  )
}
