import { z } from 'zod'

// Form schemas live in server modules: a zod schema at the top of a route would ship zod (about
// 90 KB gzipped) to every browser, and these forms are checked on the server.

export const SignInSchema = z.object({
  email: z.string({ error: 'Enter your email address' }).max(254, 'Enter your email address'),
  password: z.string({ error: 'Enter your password' }).max(1024, 'Enter your password'),
  redirectTo: z.string().optional(),
})

export const ForgotPasswordSchema = z.object({
  email: z
    .email({ error: 'Enter your email address in the right format, like name@school.org.uk' })
    .max(254),
})

/** A new password, typed twice; for the reset and invitation forms. */
export const NewPasswordSchema = z
  .object({
    password: z
      .string({ error: 'Enter a new password' })
      .min(10, 'Your password must be at least 10 characters long')
      .max(200, 'Your password must be 200 characters or fewer'),
    confirmPassword: z.string({ error: 'Type your new password again' }),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two passwords are not the same',
  })

// name first, so the error summary lists problems in the order of the fields
export const JoinSchema = z
  .object({
    name: z
      .string({ error: 'Enter your name' })
      .max(120, 'Your name must be 120 characters or fewer'),
  })
  .and(NewPasswordSchema)
