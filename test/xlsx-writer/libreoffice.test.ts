/**
 * The strongest check that the workbook's XML is valid: LibreOffice Calc, a reader independent of the writer and of
 * exceljs, opens the publication workbook and a workbook of awkward texts, and exports every sheet to CSV with the
 * same cell values (as stored, and as shown through the number formats) as worked out by hand from the fixture.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeWorkbook } from '../../src/report/xlsx/write-xlsx.js';
import { XlsxWorkbook } from '../../src/xlsx-writer/xlsx-workbook.js';
import { HOSTILE_NAME, fixtureModel } from '../report/tables/fixture-model.js';
import { SOFFICE, sheetsThroughLibreOffice } from './libreoffice-csv.js';

if (!SOFFICE && process.env.CI === 'true') throw new Error('LibreOffice (soffice) is missing');
const maybe = SOFFICE ? describe : describe.skip;
const SHEETS = ['Ranking', 'Services', 'Stages', 'Indicators', 'Robustness', 'Methodology', 'Inputs', 'About'];

maybe('LibreOffice reads the written workbooks', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'egov-xlsx-lo-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the publication workbook: every sheet, values as stored and as shown', async () => {
    const file = join(dir, await writeWorkbook(fixtureModel(), dir, 'en'));
    const stored = sheetsThroughLibreOffice(file, SHEETS);
    const shown = sheetsThroughLibreOffice(file, SHEETS, true);
    const ranking = stored.get('Ranking')!;
    expect(ranking[0]![0]).toContain('SYNTHETIC DEMO DATA');
    expect(ranking[1]!.slice(0, 5)).toEqual(['place', 'region_code', 'region', 'federal_district', 'score']);
    // 1st Tula 100 (2 → 1: +1 place, +50 points); 3rd Tver, whose hostile name stays text with its apostrophe
    expect([0, 1, 2, 4, 7, 8].map((j) => ranking[2]![j])).toEqual(['1', 'RU-TUL', 'Tula Oblast', '100', '1', '50']);
    expect(ranking[4]!.slice(0, 3)).toEqual(['3', 'RU-TVE', `'${HOSTILE_NAME}`]);
    // formats: score 0.00, places gained +0, score change +0.00
    expect([4, 7, 8].map((j) => shown.get('Ranking')![2]![j])).toEqual(['100.00', '+1', '+50.00']);
    expect(stored.get('Services')![2]).toEqual(['1', 'RU-TUL', 'Tula Oblast', '100', '100']);
    expect(shown.get('Services')![4]).toEqual(['3', 'RU-TVE', `'${HOSTILE_NAME}`, '0.00', '25.00']);
    expect(stored.get('Stages')![4]).toEqual(['3', 'RU-TVE', `'${HOSTILE_NAME}`, '25', '']); // appeal missing
    expect(stored.get('Indicators')![3]).toEqual([
      '2018',
      'RU-SMO',
      'Smolensk Oblast',
      'hunting_licence',
      'Hunting',
      'status',
      'Status',
      'wait_days',
      'Waiting days',
      '-1.5',
      '40.25',
      '1',
      '0',
    ]);
    // wait_days under hunting: raw −1.5 and 3 present, Tver missing: n 2, missing 1, min −1.5, max 3, mean 0.75
    expect(stored.get('Inputs')![3]!.slice(2, 8)).toEqual(['wait_days', '2', '1', '-1.5', '3', '0.75']);
    const about = stored.get('About')!.flat();
    expect(about).toEqual(expect.arrayContaining(['egov-monitor 0.1.0', '2019-03-01T10:00:00.000Z', '3']));
    expect(stored.get('Methodology')!.flat()).toContain('abc123');
    expect(stored.get('Robustness')!.flat()).toContain('weights');
  });

  test('awkward texts: escapes, forbidden control characters, look-alike escapes, formulas, Russian sheet names', () => {
    const texts = [
      'a < b & c > "d"',
      'bell\u0007 and NUL\u0000',
      'lone \uD800 surrogate',
      'emoji 😀',
      '  leading and trailing  ',
      'two\nlines',
      'a_x0041_b',
      '_x005F_x0041_',
      '=1+1',
      '@SUM(A1)',
    ];
    const workbook = new XlsxWorkbook({ at: new Date('2020-01-02T03:04:05Z') });
    const sheet = workbook.addSheet('Тексты и числа');
    texts.forEach((t, i) => sheet.set(i + 1, 1, t));
    sheet.set(1, 2, -1.5);
    sheet.set(2, 2, 12345.678);
    sheet.set(3, 2, Number.NaN); // left empty
    const file = join(dir, 'texts.xlsx');
    writeFileSync(file, workbook.toBuffer());
    const rows = sheetsThroughLibreOffice(file, ['Тексты и числа']).get('Тексты и числа')!;
    expect(rows.map((r) => r[0])).toEqual([
      'a < b & c > "d"',
      'bell\uFFFD and NUL\uFFFD',
      'lone \uFFFD surrogate',
      'emoji 😀',
      '  leading and trailing  ',
      'two\nlines',
      'a_x0041_b',
      '_x005F_x0041_',
      "'=1+1",
      "'@SUM(A1)",
    ]);
    expect(rows.slice(0, 3).map((r) => r[1])).toEqual(['-1.5', '12345.678', '']);
  });
});
