// The scoring core (src/core) must stay pure: no database, file system, HTTP or spreadsheet imports.
import tseslint from 'typescript-eslint';

const IO_MODULES = [
  'pg',
  'pg-copy-streams',
  'kysely',
  'kysely-pglite-dialect',
  '@electric-sql/pglite',
  'exceljs',
  'express',
  'helmet',
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'net',
  'node:net',
  'http',
  'node:http',
  'child_process',
  'node:child_process',
  '@napi-rs/canvas',
  'chart.js',
  'danfojs',
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'reports/**', 'dist/**'] },
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    rules: {
      // the same module runs from src/ and from the compiled dist/src/, one folder deeper: paths that leave the module's
      // own folder go through src/project-root.ts
      'no-restricted-syntax': [
        'error',
        {
          selector: 'NewExpression[callee.name="URL"][arguments.0.value=/^\\.\\.\\//]',
          message:
            'a path above this module differs between src/ and dist/src/: use projectPath() from src/project-root.ts',
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: IO_MODULES.map((name) => ({ name, message: 'src/core is the pure scoring core: no I/O imports.' })),
          patterns: [
            {
              group: [
                '../../db/*',
                '../db/*',
                '**/db/**',
                '**/web/**',
                '**/report/**',
                '**/ingest/**',
                '**/cli/**',
                '**/ratings/**',
              ],
              message: 'src/core may import only src/core.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'No I/O in src/core.' }],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Pass a seeded RNG into the core.' },
        { object: 'Date', property: 'now', message: 'Pass the clock into the core.' },
      ],
    },
  },
);
