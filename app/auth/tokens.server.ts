import crypto from 'node:crypto'

/** A link token: the person gets the token, the database keeps only its SHA-256 hash. */
export function newToken() {
  const token = crypto.randomBytes(32).toString('base64url')
  return { token, tokenHash: hashToken(token) }
}

export function hashToken(token: string) {
  return crypto.createHash('sha256').update(token).digest('hex')
}
