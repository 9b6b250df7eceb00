import { ESLint } from 'eslint';

// The purity rule of eslint.config.js, exercised on snippets placed (virtually) inside and outside src/core.
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function messages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the scoring core stays pure', () => {
  test.each([
    ["import { readFileSync } from 'node:fs';", /no-restricted-imports/],
    ["import pg from 'pg';", /no-restricted-imports/],
    ["import { Kysely } from 'kysely';", /no-restricted-imports/],
    ["import ExcelJS from 'exceljs';", /no-restricted-imports/],
    ["import express from 'express';", /no-restricted-imports/],
    ["import { connect } from '../../db/connect.js';", /no-restricted-imports/],
    ['export const r = Math.random();', /no-restricted-properties/],
    ['export const t = Date.now();', /no-restricted-properties/],
  ])('refuses %s in src/core', async (code, rule) => {
    const found = await messages(code, 'src/core/normalise/example.ts');
    expect(found.some((m) => rule.test(m))).toBe(true);
  });

  test('allows core-internal imports in src/core and I/O imports elsewhere', async () => {
    expect(
      await messages(
        "import { minMax } from './min-max.js';\nexport const f = minMax;",
        'src/core/normalise/example.ts',
      ),
    ).toEqual([]);
    expect(
      await messages(
        "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;",
        'src/report/example.ts',
      ),
    ).toEqual([]);
  });
});
