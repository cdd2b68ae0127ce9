import { createContext, useContext } from 'react'

/**
 * The Content-Security-Policy nonce of this response (server.ts makes one per request): Remix's
 * inline hydration scripts carry it. In the browser it reads as '' (browsers hide nonces).
 */
const NonceContext = createContext('')
export const NonceProvider = NonceContext.Provider
export const useNonce = () => useContext(NonceContext)
