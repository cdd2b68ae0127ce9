import { useEffect, useRef } from 'react'
import { captionsLabel, formatTime } from '#app/components/lessons/film-player.tsx'
import { letterDate } from '#app/components/lessons/letters.tsx'
import { English } from '#app/components/in-language.tsx'
import { useTranslation, type I18n } from '#app/i18n/i18n.ts'
import { type TeachLesson, type TeachSlide } from '#app/classroom/teach.server.ts'

/** The pack's own text is English: on a Welsh page it is marked so (a screen reader says it right). */
const packLang = (i18n: I18n) => (i18n.language === 'en' ? undefined : 'en')

/** What a teacher does when a pupil tells them something worrying; shown before and during. */
export function DisclosureGuidance({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section className="teach-disclosure" aria-labelledby="teach-disclosure-heading">
      <Heading id="teach-disclosure-heading">{t('If a pupil discloses something')}</Heading>
      <ul>
        <li>
          {t(
            'Act on it straight away. Thank them for telling you and find a quiet moment to talk, away from the class.',
          )}
        </li>
        <li>
          {t('Listen calmly. Let them say it in their own words; do not ask leading questions.')}
        </li>
        <li>
          {t(
            'Do not promise to keep it a secret. Tell them kindly that you must share it with someone whose job is to help.',
          )}
        </li>
        <li>{t('Tell your designated safeguarding lead at once.')}</li>
        <li>
          {t(
            "Write down what was said, in their words, with the date and time, and record it in your school's safeguarding system. Facts only.",
          )}
        </li>
        <li>{t('If a child is in danger right now, call 999.')}</li>
      </ul>
    </section>
  )
}

/** The teacher's page before the first screen: what is coming, and what to do if a pupil tells. */
export function StartScreen({ lesson }: { lesson: TeachLesson }) {
  const { t, i18n } = useTranslation()
  return (
    <div className="teach-start">
      <p className="teach-eyebrow" lang={packLang(i18n)}>
        {lesson.moduleTitle}
      </p>
      <h1 className="teach-title" lang={packLang(i18n)}>
        {lesson.lessonTitle}
      </h1>
      <p>
        {i18n.plural(lesson.slides.length, {
          one: '{{count}} screen. Move on with the arrow keys, Page Down or a clicker.',
          other: '{{count}} screens. Move on with the arrow keys, Page Down or a clicker.',
        })}
      </p>
      <div className="teach-start__notes">
        {lesson.contentNote || lesson.moduleContentNote ? (
          <section className="teach-content-note" aria-labelledby="teach-content-note-heading">
            <h2 id="teach-content-note-heading">{t('Content note: tell the class first')}</h2>
            <p lang={packLang(i18n)}>{lesson.contentNote ?? lesson.moduleContentNote}</p>
            <p>{t('Pupils may step out or read instead of watching. Nobody has to speak.')}</p>
          </section>
        ) : null}
        <DisclosureGuidance />
      </div>
    </div>
  )
}

/** After the last screen: where pupils can get help, and the teacher's way to log the lesson. */
export function EndScreen({ lesson }: { lesson: TeachLesson }) {
  const { t } = useTranslation()
  const log = `/learn/deliveries/new?${new URLSearchParams({
    module: lesson.moduleSlug,
    lesson: lesson.lessonSlug,
  })}`
  return (
    <div className="teach-end">
      <h1 className="teach-title">{t('If anything today has worried you')}</h1>
      <p className="teach-big">
        {t('Talk to an adult you trust: a teacher, your form tutor, someone at home.')}
      </p>
      <p className="teach-big teach-big--tight">
        {t('Childline')}: <strong>0800 1111</strong>
      </p>
      <p className="teach-smaller">
        {t('Free and private, for anyone under 19. Call, or chat at childline.org.uk')}
      </p>
      <p className="teach-big">{t('If someone is in danger right now, call 999.')}</p>
      <p className="teach-end__teacher">
        <a className="teach-button" href={log}>
          {t('Log this delivery')}
        </a>{' '}
        <span>{t('For you: count the class, so your unit knows the pack reached them.')}</span>
      </p>
    </div>
  )
}

/** One screen of the lesson, as large as the room needs it. */
export function SlideView({ slide }: { slide: TeachSlide }) {
  const { t, i18n } = useTranslation()
  switch (slide.kind) {
    case 'prompt':
      return (
        <div className="teach-prompt">
          <p className="teach-eyebrow">
            {t('Talk about it · question {{n}} of {{total}}', { n: slide.number, total: slide.of })}
          </p>
          <h1 className="teach-prompt__text" lang={packLang(i18n)}>
            {slide.text}
          </h1>
        </div>
      )
    case 'text':
      return (
        <div className="teach-text" lang={packLang(i18n)}>
          <h1 className="teach-title">{slide.title}</h1>
          <div className="teach-text__body" dangerouslySetInnerHTML={{ __html: slide.html }} />
        </div>
      )
    case 'letter':
      return (
        <article className="teach-letter" aria-labelledby="teach-letter-heading">
          <h1 id="teach-letter-heading" className="teach-eyebrow">
            {t('Letter {{n}} of {{total}}: from {{from}} to {{to}}', {
              n: slide.number,
              total: slide.of,
              from: slide.letter.from,
              to: slide.letter.to,
            })}
          </h1>
          <p className="teach-letter__date">
            {letterDate(slide.letter.date, i18n.language) ?? slide.letter.date}
          </p>
          <div
            className="teach-letter__body"
            lang={packLang(i18n)}
            dangerouslySetInnerHTML={{ __html: slide.letter.bodyHtml }}
          />
        </article>
      )
    case 'film':
      return <FilmPart slide={slide} />
  }
}

/** Part of the pack's film, captions on and large; the media fragment stops it at `to`. */
function FilmPart({ slide }: { slide: Extract<TeachSlide, { kind: 'film' }> }) {
  const { t, i18n } = useTranslation()
  const video = useRef<HTMLVideoElement>(null)
  const fragment = `#t=${slide.from}${slide.to === null ? '' : `,${slide.to}`}`
  const shown = (slide.captions.find((c) => c.language === i18n.language) ?? slide.captions[0])
    ?.language
  useEffect(() => {
    const element = video.current
    if (!element) return
    // the fragment stops the first play only; replaying the part should stop there too
    const stop = () => {
      if (slide.to !== null && element.currentTime >= slide.to) element.pause()
    }
    element.addEventListener('timeupdate', stop)
    // one track at a time: the class's language where the film has it
    for (const track of Array.from(element.textTracks))
      track.mode = track.language === shown ? 'showing' : 'disabled'
    return () => element.removeEventListener('timeupdate', stop)
  }, [slide.to, shown])
  const span = `${formatTime(slide.from)} – ${slide.to === null ? t('the end') : formatTime(slide.to)}`
  return (
    <div className="teach-film">
      <h1 className="teach-eyebrow">
        {t('The film')}: <English>{slide.chapters.join(', ')}</English>{' '}
        <span className="teach-muted">({span})</span>
      </h1>
      <video
        ref={video}
        className="teach-film__video"
        controls
        preload="metadata"
        poster={slide.poster ?? undefined}
      >
        <source src={`${slide.src}${fragment}`} type={slide.type} />
        {slide.captions.map((c) => (
          <track
            key={c.src}
            kind="captions"
            src={c.src}
            srcLang={c.language}
            label={captionsLabel(c, t)}
            default={c.language === shown}
          />
        ))}
      </video>
      <details className="teach-transcript">
        <summary>{t('Transcript')}</summary>
        {/* in the teacher's language where the film has it, as the captions are */}
        {slide.transcripts[i18n.language] ? (
          <div dangerouslySetInnerHTML={{ __html: slide.transcripts[i18n.language]! }} />
        ) : (
          <div lang={packLang(i18n)} dangerouslySetInnerHTML={{ __html: slide.transcriptHtml }} />
        )}
      </details>
    </div>
  )
}

/** The teacher's notes for a screen, with the film's own content notes for its part. */
export function SlideNotes({ slide }: { slide: TeachSlide | null }) {
  const { t, i18n } = useTranslation()
  const contentNotes = slide?.kind === 'film' ? slide.contentNotes : []
  if (!slide || (!slide.notesHtml && contentNotes.length === 0))
    return <p>{t('No notes for this screen.')}</p>
  return (
    <>
      {contentNotes.length > 0 ? (
        <>
          <h3>{t('Content notes in this part of the film')}</h3>
          <ul>
            {contentNotes.map((n) => (
              <li key={n.at}>
                <strong>{formatTime(n.at)}</strong> <English>{n.text}</English>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {slide.notesHtml ? (
        <div lang={packLang(i18n)} dangerouslySetInnerHTML={{ __html: slide.notesHtml }} />
      ) : null}
    </>
  )
}
