/**
 * Lists English text with no Welsh yet, by the file it is in:
 * `npm run i18n:missing -- app/routes/studio+` (any path prefixes; none for all).
 */
import { cy } from '#app/i18n/cy/index.ts'
import { englishCatalogue } from './catalogue.ts'

const prefixes = process.argv.slice(2)
const byFile = new Map<string, string[]>()
for (const { key, plural, files } of englishCatalogue().values()) {
  if (Object.hasOwn(cy, key)) continue
  for (const file of files) {
    if (prefixes.length && !prefixes.some((prefix) => file.startsWith(prefix))) continue
    byFile.set(file, [...(byFile.get(file) ?? []), plural ? `${key}  [plural: six forms]` : key])
  }
}
let total = 0
for (const [file, keys] of [...byFile].sort()) {
  console.log(`\n${file}`)
  for (const key of keys) console.log(`  ${JSON.stringify(key)}`)
  total += keys.length
}
console.log(`\n${total} strings without Welsh`)
