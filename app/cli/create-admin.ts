/**
 * Makes a platform administrator on a database with no demo data (production):
 *   npm run admin:create -- --email you@vru.example --name "Your Name"
 * The password comes from ADMIN_PASSWORD, or is asked for at the prompt.
 */
import readline from 'node:readline/promises'
import { parseArgs } from 'node:util'
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { hashPassword } from '#app/auth/password.server.ts'

const AdminSchema = z.object({
  email: z.email('--email must be an email address').transform((e) => e.toLowerCase()),
  name: z.string().min(1, '--name is required').max(120),
  password: z.string().min(10, 'The password must be at least 10 characters long').max(200),
})

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } })
let password = process.env.ADMIN_PASSWORD
if (!password && process.stdin.isTTY) {
  const prompt = readline.createInterface({ input: process.stdin, output: process.stdout })
  password = await prompt.question('Password for the new administrator (at least 10 characters): ')
  prompt.close()
}
const parsed = AdminSchema.safeParse({ ...values, password })
if (!parsed.success) {
  for (const issue of parsed.error.issues)
    console.error(`${issue.path.join('.') || 'input'}: ${issue.message}`)
  console.error(
    'Usage: npm run admin:create -- --email you@vru.example --name "Your Name" (password from ADMIN_PASSWORD or the prompt)',
  )
  process.exit(1)
}
// Opened only now, so that a mistyped command leaves no database file behind.
const { db, migrateDatabase, sqlite, users } = await import('#app/db.server.ts')
migrateDatabase(db)
if (db.select().from(users).where(eq(users.email, parsed.data.email)).get()) {
  console.error(`An account already uses ${parsed.data.email}.`)
  process.exit(1)
}
db.insert(users)
  .values({
    id: crypto.randomUUID(),
    email: parsed.data.email,
    name: parsed.data.name,
    passwordHash: await hashPassword(parsed.data.password),
    role: 'admin',
  })
  .run()
sqlite.close()
console.log(`Administrator ${parsed.data.email} created. Sign in at /login.`)
