import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { loadCatalogue } from '../../src/reference/catalogue.js';
import type { DemoFileSet } from '../../src/demo/demo-file-set.js';
import { regionLabel, type RegionNaming } from '../../src/demo/region-naming.js';
import { XLSX_HEADER_ROW, XLSX_TITLE } from '../../src/demo/measurement-xlsx-writer.js';
import { generateDemoFiles } from '../../src/demo/write-files.js';

const catalogue = loadCatalogue();
const root = mkdtempSync(join(tmpdir(), 'egov-demo-'));
const hashes = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(join(dir, name)))
          .digest('hex'),
      ]),
  );
let first: DemoFileSet;
let again: DemoFileSet;
let other: DemoFileSet;

beforeAll(async () => {
  first = await generateDemoFiles(join(root, 'a'), { seed: 11, applications: 3000 });
  again = await generateDemoFiles(join(root, 'b'), { seed: 11, applications: 3000 });
  other = await generateDemoFiles(join(root, 'c'), { seed: 12, applications: 3000 });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Non-empty parsed cells keyed "regionCode|service|indicator" → text value, whatever the layout, naming and dialect. */
function cellsOf(rows: string[][], naming: RegionNaming, decimalComma: boolean): Map<string, string> {
  const code = new Map(catalogue.regions.map((r) => [regionLabel(r, naming), r.code]));
  const [header, ...data] = rows;
  const words: Record<string, string> = { да: '1', частично: '0.5', нет: '0' };
  const norm = (v: string) => words[v] ?? (decimalComma ? v.replace(',', '.') : v);
  const cells = new Map<string, string>();
  for (const row of data) {
    const region = code.get(row[0]);
    if (region === undefined) throw new Error(`unrecognised region label "${row[0]}"`);
    if (header[2] === 'indicator') cells.set(`${region}|${row[1]}|${row[2]}`, norm(row[3]));
    else
      header.slice(2).forEach((id, k) => {
        if (row[k + 2] !== '') cells.set(`${region}|${row[1]}|${id}`, norm(row[k + 2]));
      });
  }
  return cells;
}

async function xlsxRows(path: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  expect(String(sheet.getCell(1, 1).value)).toContain(XLSX_TITLE);
  const rows: string[][] = [];
  sheet.eachRow((row, n) => {
    if (n < XLSX_HEADER_ROW) return;
    rows.push(
      Array.from({ length: sheet.columnCount }, (_, k) => {
        const v = row.getCell(k + 1).value;
        return v === null || v === undefined ? '' : String(v);
      }),
    );
  });
  return rows;
}

describe('generateDemoFiles', () => {
  test('the same seed gives byte-identical files (XLSX included); another seed gives different data', () => {
    const a = hashes(first.outDir);
    expect(hashes(again.outDir)).toEqual(a);
    const c = hashes(other.outDir);
    for (const f of first.files) expect(c[f.name]).not.toBe(a[f.name]);
    expect(first.files.map((f) => f.sha256)).toEqual(first.files.map((f) => a[f.name]));
  });

  test('every file is named and labelled as synthetic', () => {
    expect(readdirSync(first.outDir).every((name) => name.startsWith('SYNTHETIC-'))).toBe(true);
    expect(readFileSync(first.readmePath, 'utf8')).toContain('SYNTHETIC DEMO DATA');
    const manifest = readFileSync(first.manifestPath, 'utf8');
    expect(JSON.parse(manifest).synthetic).toBe(true);
    expect(manifest).not.toContain(root);
  });

  test('lists every kind, one ingested measurement file and one applications file per year, with true row counts', () => {
    expect(new Set(first.files.map((f) => f.kind))).toEqual(
      new Set(['measurements', 'applications', 'targets', 'spending']),
    );
    for (const year of first.years) {
      expect(first.files.filter((f) => f.kind === 'measurements' && f.period === year && f.ingest)).toHaveLength(1);
      expect(first.files.filter((f) => f.kind === 'applications' && f.period === year)).toHaveLength(1);
    }
    const applications = first.files.filter((f) => f.kind === 'applications');
    expect(applications.reduce((s, f) => s + f.rows, 0)).toBe(3000);
    for (const f of first.files.filter((g) => g.format === 'csv-utf8')) {
      expect(
        readFileSync(f.path, 'utf8')
          .split('\n')
          .filter((l) => l !== '').length - 1,
      ).toBe(f.rows);
    }
  });

  test('Windows-1251 files decode with iconv, use semicolons, decimal commas and да/частично/нет', () => {
    const file = first.files.find((f) => f.format === 'csv-cp1251')!;
    const bytes = readFileSync(file.path);
    expect(bytes.toString('utf8')).not.toContain('Республика'); // not UTF-8
    const text = iconv.decode(bytes, 'win1251');
    expect(text.split('\r\n')[0].startsWith('region;service;')).toBe(true);
    expect(text).toMatch(/;\d+,\d+;/);
    expect(text).toMatch(/;частично;/);
    expect(text).not.toMatch(/;\d+\.\d+;/);
  });

  test('a format variant carries exactly the values of the file it repeats (CSV, cp1251 and XLSX alike)', async () => {
    const read = async (name: string) => {
      const f = first.files.find((g) => g.name === name)!;
      if (f.format === 'xlsx') return cellsOf(await xlsxRows(f.path), f.regionNaming, false);
      const text =
        f.format === 'csv-utf8' ? readFileSync(f.path, 'utf8') : iconv.decode(readFileSync(f.path), 'win1251');
      const rows = parse(text, { delimiter: f.format === 'csv-utf8' ? ',' : ';' }) as string[][];
      return cellsOf(rows, f.regionNaming, f.format === 'csv-cp1251');
    };
    for (const variant of first.files.filter((f) => !f.ingest)) {
      const cells = await read(variant.name);
      expect(cells.size).toBe(
        variant.layout === 'long' ? variant.rows : first.files.find((f) => f.name === variant.sameDataAs)!.rows,
      );
      expect(cells.size).toBeGreaterThan(85 * 18 * 11 * 0.85); // at most the no-fee cells and a few percent missing
      const flat = (m: Map<string, string>) =>
        [...m]
          .map(([k, v]) => `${k}=${v}`)
          .sort()
          .join('\n');
      expect(flat(cells)).toBe(flat(await read(variant.sameDataAs!)));
    }
  });
});
