import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'

/*
 * An address no other route has. Matching it here, rather than leaving Remix with no match,
 * lets the root loader run, so the 404 page is in the reader's language, inside the usual header.
 */
function notFound(): never {
  throw new Response('Page not found', { status: 404 })
}

export async function loader() {
  notFound()
}

// a form sent to no page is answered the same, whatever it holds
export async function action() {
  notFound()
}

export default function NotFound() {
  return null
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
