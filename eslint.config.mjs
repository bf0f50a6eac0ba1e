// @ts-check
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier/flat';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { noImportFromDirectory } from './eslint/no-import-from-directory.mjs';

/** First path segments under a package that are its build output or private sources. */
const BUILD_DIRS = 'cjs|esm|es|mjs|dist|lib|build|built|out|src|internal|types';
/** `pkg/dist/x`, `@scope/pkg/lib/x`; not the project's own `@app/*` aliases, relative paths or `node:` modules. */
const DEEP_IMPORT = `^(?!@app/|node:|\\.)(?:@[^/]+/)?[^/]+/(?:${BUILD_DIRS})(?:/|$)`;
const DEEP_IMPORT_MESSAGE = "Import the package's public entry point, never its build output: a library upgrade moves those files silently.";

/** The deep-import ban, for `import`/`export … from` (no-restricted-imports) and for `require()`/`import()` (no-restricted-syntax). */
const deepImportPatterns = [{ regex: DEEP_IMPORT, message: DEEP_IMPORT_MESSAGE }];
/** esquery ends a regular expression at the first slash, so the selectors spell it \x2F. */
const DEEP_IMPORT_SELECTOR = DEEP_IMPORT.replaceAll('/', '\\x2F');
const deepImportSyntax = [
  { selector: `ImportExpression > Literal.source[value=/${DEEP_IMPORT_SELECTOR}/]`, message: DEEP_IMPORT_MESSAGE },
  { selector: `CallExpression[callee.name='require'] > Literal.arguments[value=/${DEEP_IMPORT_SELECTOR}/]`, message: DEEP_IMPORT_MESSAGE },
];

export default defineConfig(
  {
    ignores: ['**/node_modules/', '**/dist/', 'coverage/', 'libs/persistence/src/generated/', '**/*.generated.ts', 'packages/api-client/src/schema.ts'],
  },
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // prisma.config.ts is read by the Prisma CLI, outside tsconfig.json's folders.
        projectService: { allowDefaultProject: ['prisma.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { local: { rules: { 'no-import-from-directory': noImportFromDirectory } } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      'no-restricted-imports': ['error', { patterns: deepImportPatterns }],
      'no-restricted-syntax': ['error', ...deepImportSyntax],
      // Fastify plugins and route handlers, and implementations of Promise-returning interfaces, are async
      // without awaiting; the promise rules above catch the hazards this one would.
      '@typescript-eslint/require-await': 'off',
      // String enums (JobName, QueueName) and HttpStatus are compared with the plain strings and numbers that
      // BullMQ, Prisma and Nest hand back; those comparisons are the point, not a slip.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // As only-throw-error does by default: a value typed `any` comes from a library callback (AbortSignal.reason,
      // autocannon's error) and is passed on as the library gave it.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true }],
      // `({ total: _total, ...item }) => item` drops a field on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Tests read HTTP bodies and job payloads as parsed JSON (`any`) and state their shape in the assertions;
    // typing every body would restate the DTOs without checking anything more.
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // apps/api validates, authorises, writes local state and enqueues; only the worker talks to the vendor.
    files: ['apps/api/**/*.ts'],
    rules: {
      'local/no-import-from-directory': [
        'error',
        {
          directories: ['libs/game-platform/src/client'],
          reason: 'apps/api never calls the vendor; enqueue a job for the worker instead (docs/adr/0008-lint-and-boundaries.md).',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
