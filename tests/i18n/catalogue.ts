/**
 * The English catalogue, read from the source: every string literal given to `t()` or
 * `pageTitle()`, every
 * counted sentence given to `plural()` (keyed by its `other` form), and every label in a
 * `labels.ts` (they reach people through `t()`). The Welsh catalogue must cover all of it.
 */
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

export type EnglishKey = { key: string; plural: boolean; files: Set<string> }

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return full.endsWith(path.join('i18n', 'cy')) ? [] : sourceFiles(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

function literal(node: ts.Node | undefined): string | null {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    ? node.text
    : null
}

function calleeName(call: ts.CallExpression) {
  const callee = call.expression
  if (ts.isIdentifier(callee)) return callee.text
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text
  return null
}

export function englishCatalogue(root = path.resolve('app')): Map<string, EnglishKey> {
  const keys = new Map<string, EnglishKey>()
  const add = (key: string, plural: boolean, file: string) => {
    const entry = keys.get(key) ?? { key, plural, files: new Set<string>() }
    entry.plural ||= plural
    entry.files.add(path.relative(path.dirname(root), file))
    keys.set(key, entry)
  }
  for (const file of sourceFiles(root)) {
    const text = fs.readFileSync(file, 'utf8')
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
    const isLabels = path.basename(file) === 'labels.ts'
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const name = calleeName(node)
        if (name === 't') {
          const key = literal(node.arguments[0])
          if (key) add(key, false, file)
        } else if (name === 'pageTitle') {
          const key = literal(node.arguments[1])
          if (key) add(key, false, file)
        } else if (name === 'plural') {
          const forms = node.arguments[1]
          if (forms && ts.isObjectLiteralExpression(forms)) {
            const other = forms.properties.find(
              (p): p is ts.PropertyAssignment =>
                ts.isPropertyAssignment(p) && p.name.getText(source) === 'other',
            )
            const key = literal(other?.initializer)
            if (key) add(key, true, file)
          }
        }
      }
      if (isLabels && ts.isPropertyAssignment(node)) {
        const value = literal(node.initializer)
        if (value) add(value, false, file)
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return keys
}
