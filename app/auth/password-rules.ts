import { z } from 'zod'

/** A new password, typed twice; shared by the reset and invitation forms. */
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
