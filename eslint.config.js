import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

export default tseslint.config(
  {
    ignores: [
      'build/**',
      'data/**',
      'tests/.tmp/**',
      'tests/test-results/**',
      'tests/playwright-report/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Only app/db.server.ts may open the database from app code.
    files: ['app/**/*.{ts,tsx}'],
    ignores: ['app/db.server.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['#db/*', '../db/*', '../../db/*'],
              message: 'Import the database through #app/db.server.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // zod is about 90 KB gzipped: schemas live in *.server.ts modules so it never reaches a browser
    files: ['app/routes/**/*.{ts,tsx}', 'app/components/**/*.{ts,tsx}', 'app/root.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'Put the schema in a *.server.ts module.' }],
          patterns: [
            {
              group: ['#db/*', '../db/*', '../../db/*'],
              message: 'Import the database through #app/db.server.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Who may do what is decided in one place; anywhere else a role comparison is a second rule.
    files: ['app/**/*.{ts,tsx}'],
    ignores: ['app/auth/permissions.server.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "BinaryExpression[operator=/^[!=]=?=$/]:matches([left.property.name='role'], [right.property.name='role'], [left.name='role'], [right.name='role'])",
          message: 'Ask the policy module (app/auth/permissions.server.ts).',
        },
        {
          selector:
            "CallExpression[callee.property.name='includes']:matches([arguments.0.property.name='role'], [arguments.0.name='role'])",
          message: 'Ask the policy module (app/auth/permissions.server.ts).',
        },
      ],
    },
  },
)
