/**
 * A draft's export says DRAFT in every file, and a synthetic run's says SYNTHETIC: every sheet's banner, every CSV
 * row, every factsheet, every chart footnote, the data dictionary and manifest.json (`status`). A published run of
 * real data carries neither mark.
 */
import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { note } from '../../src/report/charts/specs.js';
import type { PublicationModel } from '../../src/report/model.js';
import { writePublication } from '../../src/report/write-publication.js';
import { fixtureModel } from './tables/fixture-model.js';

const draft = (): PublicationModel => {
  const model = fixtureModel();
  return { ...model, run: { ...model.run, status: 'draft', version: null } };
};

async function texts(dir: string, files: readonly { file: string; kind: string }[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of files) {
    if (f.file.endsWith('.csv') || f.file.endsWith('.html') || f.file.endsWith('.md'))
      out.set(f.file, await readFile(join(dir, f.file), 'utf8'));
  }
  return out;
}

describe('draft and synthetic marks in every file of an export', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'egov-marks-'));
  });
  afterAll(async () => rm(root, { recursive: true, force: true }));

  test('a synthetic draft says DRAFT and SYNTHETIC in every sheet, CSV row, factsheet, footnote, dictionary and the manifest', async () => {
    const dir = join(root, 'draft');
    const model = draft();
    const manifest = await writePublication(model, dir, { lang: 'en' });
    expect(manifest).toMatchObject({ status: 'draft', synthetic: true, runVersion: null });
    expect(manifest.note).toContain('DRAFT');
    expect(manifest.note).toContain('SYNTHETIC DEMO DATA');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, manifest.files.find((f) => f.kind === 'workbook')!.file));
    expect(workbook.worksheets).toHaveLength(8);
    for (const sheet of workbook.worksheets) {
      expect([sheet.name, String(sheet.getCell('A1').value)]).toEqual([
        sheet.name,
        expect.stringMatching(/DRAFT.*SYNTHETIC DEMO DATA/),
      ]);
    }
    const files = await texts(dir, manifest.files);
    const csvs = [...files].filter(([file]) => file.endsWith('.csv'));
    expect(csvs).toHaveLength(4);
    for (const [file, text] of csvs) {
      const rows = text
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/)
        .slice(1);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows)
        expect([file, row]).toEqual([
          file,
          expect.stringMatching(/DRAFT — not published, under embargo · SYNTHETIC DEMO DATA"?$/),
        ]);
    }
    const factsheets = [...files].filter(([file]) => file.startsWith('factsheets/'));
    expect(factsheets).toHaveLength(3);
    for (const [, html] of factsheets) {
      expect(html).toContain('<p class="banner">DRAFT — not published, under embargo</p>');
      expect(html).toContain('SYNTHETIC DEMO DATA');
      expect(html).not.toContain('vnull');
    }
    expect(files.get('data-dictionary.md')).toContain('DRAFT — not published, under embargo');
    expect(note(model, 'ru')).toMatch(
      /^ЧЕРНОВИК — не опубликован, под эмбарго · СИНТЕТИЧЕСКИЕ ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ · /,
    );
    expect(manifest.files.filter((f) => f.kind.startsWith('chart:')).length).toBeGreaterThan(0);
  }, 120_000);

  test('a published run of real data carries no mark', async () => {
    const dir = join(root, 'published');
    const model = { ...fixtureModel(), synthetic: false };
    const manifest = await writePublication(model, dir, { lang: 'en' });
    expect(manifest).toMatchObject({ status: 'published', synthetic: false, note: null });
    for (const [file, text] of await texts(dir, manifest.files)) {
      expect([file, /DRAFT|SYNTHETIC/.test(text)]).toEqual([file, false]);
    }
    expect(note(model, 'en')).not.toMatch(/DRAFT|SYNTHETIC/);
  }, 120_000);
});
