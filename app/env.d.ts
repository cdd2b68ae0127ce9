/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true
  }
  interface AppLoadContext {
    /** The client's network address, for sign-in rate limits (see server.ts). */
    clientAddress: string
    /** This response's Content-Security-Policy nonce for inline scripts (see server.ts). */
    cspNonce: string
  }
}

export {}
