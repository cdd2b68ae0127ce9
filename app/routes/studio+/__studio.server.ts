/**
 * What the studio's routes share on the HTTP side: the module a request may reach, refusals
 * answered with their status, and the multipart form with files.
 */
import {
  MaxPartSizeExceededError,
  unstable_composeUploadHandlers,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from '@remix-run/node'
import { mayEditModule, requireArea } from '#app/auth/permissions.server.ts'
import { type SessionUser } from '#app/auth/session.server.ts'
import {
  formValues,
  LESSON_UPLOAD_FIELDS,
  LessonIntentSchema,
  lessonToEdit,
  reshapeCheck,
  saveLessonFromForm,
} from '#app/authoring/lessons.server.ts'
import { findStudioModule, type Refusal } from '#app/authoring/modules.server.ts'
import { discardUploads, uploadHandler, type UploadKind } from '#app/authoring/uploads.server.ts'
import { getLanguage, i18nFor } from '#app/i18n/language.server.ts'
import { MEDIA_ROOT } from '#app/learning/packs.server.ts'
import { requireFormContentType } from '#app/utils/forms.server.ts'
import { MODULE_FORM_MESSAGES } from '#app/authoring/labels.ts'
import { FORM_MESSAGES } from '#app/utils/labels.ts'

const STATUS: Record<Refusal['reason'], number> = { 'not-found': 404, forbidden: 403, invalid: 400 }

function isRefusal(result: unknown): result is Refusal {
  return typeof result === 'object' && result !== null && 'reason' in result && 'ok' in result
}

/** The result, or the refusal thrown as its answer for the ErrorBoundary. */
export function orRefuse<T>(result: T | Refusal): T {
  if (isRefusal(result)) throw new Response(result.message, { status: STATUS[result.reason] })
  return result
}

/**
 * The module at this address if the person may see it in the studio (404 otherwise: another
 * unit's module does not exist for them); with `edit`, 403 unless they may change it.
 */
export function requireStudioModule(user: SessionUser, slug: string, access: 'view' | 'edit') {
  const module = findStudioModule(user, slug)
  if (!module) throw new Response('Page not found', { status: 404 })
  if (access === 'edit' && !mayEditModule(user, module))
    throw new Response(MODULE_FORM_MESSAGES.nationalChange, { status: 403 })
  return module
}

/**
 * Reads a multipart form: text fields into memory, files named in `fileFields` streamed to
 * temporary files, each checked as it arrives.
 */
export async function readUploadForm(
  request: Request,
  fileFields: Record<string, UploadKind>,
  options: { mediaRoot: string; limit?: number },
) {
  // JSON or text is refused as every action refuses it (415); a form that is not multipart is
  // unreadable here (400, below)
  requireFormContentType(request)
  const { handler, uploads } = uploadHandler(fileFields, options)
  try {
    const formData = await unstable_parseMultipartFormData(
      request,
      unstable_composeUploadHandlers(
        handler,
        unstable_createMemoryUploadHandler({ maxPartSize: 1024 * 1024 }),
      ),
    )
    return { formData, uploads }
  } catch (error) {
    discardUploads(uploads)
    // a body that is not a multipart form, is cut short, or has a text field over 1 MB
    if (isUnreadableForm(error))
      throw new Response(MODULE_FORM_MESSAGES.uploadUnreadable, { status: 400 })
    throw error
  }
}

function isUnreadableForm(error: unknown) {
  return (
    error instanceof MaxPartSizeExceededError ||
    (error instanceof Error &&
      (error.message === 'Could not parse content as FormData.' ||
        error.message.startsWith('malformed ')))
  )
}

/**
 * One submission of the lesson editor, whether posted by the page or by its upload script: who
 * may edit is checked before a byte of the body is read.
 */
export async function submitLessonForm(
  request: Request,
  moduleSlug: string,
  lessonName: string,
  mediaRoot = MEDIA_ROOT,
) {
  const user = await requireArea(request, 'studio')
  const module = requireStudioModule(user, moduleSlug, 'edit')
  const { draft, lesson, kind } = orRefuse(lessonToEdit(module, lessonName))
  const { formData, uploads } = await readUploadForm(request, LESSON_UPLOAD_FIELDS, { mediaRoot })
  const intent = LessonIntentSchema.safeParse(formData.get('intent') ?? 'save')
  const redraw = intent.success && intent.data.name !== 'save'
  if (!intent.success || (redraw && intent.data.name !== 'add-welsh' && kind !== 'check')) {
    discardUploads(uploads)
    throw new Response(FORM_MESSAGES.unknownIntent, { status: 400 })
  }
  if (intent.data.name === 'add-welsh') {
    // a Welsh column beside what was typed, to fill in; nothing is saved yet
    discardUploads(uploads)
    const values: Record<string, string> = { ...formValues(formData), welsh: 'on' }
    return { ok: false as const, errors: {}, values, focus: 'cy.title' }
  }
  if (intent.data.name !== 'save') {
    // a question or option added or removed: the form comes back as typed, nothing is saved
    discardUploads(uploads)
    return { ok: false as const, errors: {}, ...reshapeCheck(formValues(formData), intent.data) }
  }
  const result = saveLessonFromForm(
    draft,
    module.slug,
    lesson.file,
    kind,
    formData,
    uploads,
    mediaRoot,
    // problems by the field in the reader's language
    i18nFor(await getLanguage(request)).t,
  )
  // the module page says which lesson was saved
  const saved = new URLSearchParams({ saved: lesson.file.replace(/\.md$/, '') })
  return { ...result, redirectTo: `/studio/modules/${module.slug}?${saved}` }
}
