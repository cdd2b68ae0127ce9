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
