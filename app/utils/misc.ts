/** Throws a Response that the nearest ErrorBoundary renders, as Epic's invariantResponse does. */
export function invariantResponse(
  condition: unknown,
  message: string,
  init?: ResponseInit,
): asserts condition {
  if (!condition) {
    throw new Response(message, { status: 400, ...init })
  }
}

/** A positive whole-number id from a URL parameter, or null. */
export function idFrom(param: string | undefined) {
  const id = Number(param)
  return Number.isSafeInteger(id) && id > 0 ? id : null
}

/** Only same-site paths: a redirectTo from a query string must never send someone elsewhere. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = '/') {
  if (!to || typeof to !== 'string') return fallback
  if (!to.startsWith('/') || to.startsWith('//') || to.startsWith('/\\')) return fallback
  return to
}
