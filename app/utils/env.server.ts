import { z } from 'zod'

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().positive().default(3000),
  APP_ORIGIN: z.url().optional(),
  MAIL_OUTBOX: z.string().min(1).default('data/outbox'),
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().min(1).default('Upstream <no-reply@upstream.example>'),
  /** the largest film, PDF or module zip the studio accepts, in bytes (2 GB) */
  UPLOAD_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(2 * 1024 ** 3),
})

export function readEnv(source: NodeJS.ProcessEnv = process.env) {
  const parsed = EnvSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `  ${i.path.join('.')}: ${i.message}`)
      .join('\n')
    throw new Error(`Upstream cannot start: the environment has invalid values:\n${problems}`)
  }
  const appOrigin = parsed.data.APP_ORIGIN ?? `http://localhost:${parsed.data.PORT}`
  return {
    ...parsed.data,
    APP_ORIGIN: appOrigin,
    // Secure cookies only over https, or an end-to-end run against http://localhost loses its session.
    SECURE_COOKIES: parsed.data.NODE_ENV === 'production' && appOrigin.startsWith('https://'),
  }
}

export const env = readEnv()
