/**
 * A draft's export says DRAFT in every file, and a synthetic run's says SYNTHETIC: in every file NAME (the workbook,
 * the CSV, every chart, every factsheet, the data dictionary and the manifest), every sheet's banner, every CSV row,
 * every factsheet, every chart footnote, the data dictionary and the manifest (`status`). A published run of real
 * data carries neither mark, in names or contents.
 */
import ExcelJS from 'exceljs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { note } from '../../src/report/charts/specs.js';
import type { PublicationModel } from '../../src/report/model.js';
import { writePublication } from '../../src/report/write-publication.js';
import { fixtureModel } from './tables/fixture-model.js';

const draft = (synthetic = true): PublicationModel => {
  const model = fixtureModel({ synthetic });
  return { ...model, run: { ...model.run, status: 'draft', version: null } };
};

/** Every file in the folder, recursively, relative to it. */
async function folderFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** What every file of the folder says, by name and by content (PNG charts: their name; their footnote is tested below). */
async function expectEveryFileMarked(dir: string, nameMark: string, textMark: RegExp): Promise<string[]> {
  const files = await folderFiles(dir);
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    expect([file, file.includes(nameMark)]).toEqual([file, true]);
    if (file.endsWith('.png')) continue;
    const text = file.endsWith('.xlsx') ? await workbookText(join(dir, file)) : await readFile(join(dir, file), 'utf8');
    expect([file, textMark.test(text)]).toEqual([file, true]);
  }
  return files;
}

async function workbookText(path: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((s) => String(s.getCell('A1').value)).join('\n');
}

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
    expect(files.get('data-dictionary-DRAFT-SYNTHETIC.md')).toContain('DRAFT — not published, under embargo');
    expect(note(model, 'ru')).toMatch(
      /^ЧЕРНОВИК — не опубликован, под эмбарго · СИНТЕТИЧЕСКИЕ ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ · /,
    );
    expect(manifest.files.filter((f) => f.kind.startsWith('chart:')).length).toBeGreaterThan(0);
  }, 120_000);

  test('every file of a synthetic draft says DRAFT-SYNTHETIC in its name and DRAFT and SYNTHETIC in its content', async () => {
    const dir = join(root, 'draft');
    const files = await expectEveryFileMarked(dir, '-DRAFT-SYNTHETIC', /DRAFT[^]*SYNTHETIC DEMO DATA/);
    expect(files).toEqual(
      expect.arrayContaining([
        'rating-2018-DRAFT-SYNTHETIC.xlsx',
        'ranking-2018-DRAFT-SYNTHETIC.csv',
        'ranking-2018-DRAFT-SYNTHETIC-excel-ru.csv',
        'indicators-2018-DRAFT-SYNTHETIC.csv',
        'indicators-2018-DRAFT-SYNTHETIC-excel-ru.csv',
        'charts/tile-map-DRAFT-SYNTHETIC.png',
        'factsheets/RU-TUL-DRAFT-SYNTHETIC.html',
        'data-dictionary-DRAFT-SYNTHETIC.md',
        'manifest-DRAFT-SYNTHETIC.json',
      ]),
    );
  });

  test('every file of a draft of real data says DRAFT in its name and its content, and nothing says SYNTHETIC', async () => {
    const dir = join(root, 'real-draft');
    const manifest = await writePublication(draft(false), dir, { lang: 'ru' });
    expect(manifest).toMatchObject({ status: 'draft', synthetic: false });
    const files = await expectEveryFileMarked(dir, '-DRAFT', /DRAFT|ЧЕРНОВИК/);
    expect(files.filter((f) => /SYNTHETIC/.test(f))).toEqual([]);
    expect(files).toContain('manifest-DRAFT.json');
  }, 120_000);

  test('every file of a published synthetic run says SYNTHETIC in its name and its content, nothing says DRAFT', async () => {
    const dir = join(root, 'synthetic');
    const manifest = await writePublication(fixtureModel({ synthetic: true }), dir, { lang: 'en' });
    expect(manifest).toMatchObject({ status: 'published', synthetic: true });
    const files = await expectEveryFileMarked(dir, '-SYNTHETIC', /SYNTHETIC DEMO DATA/);
    expect(files.filter((f) => /DRAFT/.test(f))).toEqual([]);
    expect(files).toContain('ranking-2018-SYNTHETIC.csv');
  }, 120_000);

  test('a published run of real data carries no mark, in file names or contents', async () => {
    const dir = join(root, 'published');
    const model = { ...fixtureModel(), synthetic: false };
    const manifest = await writePublication(model, dir, { lang: 'en' });
    expect(manifest).toMatchObject({ status: 'published', synthetic: false, note: null });
    for (const [file, text] of await texts(dir, manifest.files)) {
      expect([file, /DRAFT|SYNTHETIC/.test(text)]).toEqual([file, false]);
    }
    const files = await folderFiles(dir);
    expect(files.filter((f) => /DRAFT|SYNTHETIC/.test(f))).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining(['rating-2018.xlsx', 'ranking-2018.csv', 'manifest.json', 'data-dictionary.md']),
    );
    expect(note(model, 'en')).not.toMatch(/DRAFT|SYNTHETIC/);
  }, 120_000);
});
