import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvRecord, csvText, formatNumber, neutraliseFormula } from '../../../src/report/csv/csv-text.js';
import { rankingTable } from '../../../src/report/csv/tables.js';
import { writeCsvFiles } from '../../../src/report/csv/write-csv.js';
import { HOSTILE_NAME, fixtureModel } from './fixture-model.js';

describe('formula injection', () => {
  // OWASP's CSV-injection corpus: each would run (or start a formula) when a spreadsheet opens the file.
  test.each([
    '=1+1',
    '+1+1',
    '-1+1',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    '\n=1',
    '\uFF1D1+1',
    '=HYPERLINK("http://x")',
    "-2+3+cmd|' /C calc'!A0",
  ])('text %j gets a leading apostrophe', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });
  test.each(['Tula Oblast', 'Смоленская область', '1-2', "'quoted", ''])('harmless text %j stays as it is', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
  test('real negative numbers stay numbers, in both dialects', () => {
    expect(csvText(['x'], [[-1.5]], 'comma')).toBe('\uFEFFx\r\n-1.5\r\n');
    expect(csvText(['x'], [[-1.5]], 'excel-ru')).toBe('\uFEFFx\r\n-1,5\r\n');
  });
});

describe('CSV text', () => {
  test('quotes fields holding the delimiter, quotes or line breaks', () => {
    expect(csvText(['a', 'b'], [['x,y', 'say "hi"']], 'comma')).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n');
    // Either separator is quoted in either dialect: Excel picks the list separator from the locale, so a comma file
    // opened with ";" (or the reverse) must not split `x;=cmd|' /C calc'!A0` into a formula cell.
    expect(csvText(['a', 'b'], [['x,y', 'p;q']], 'excel-ru')).toBe('\uFEFFa;b\r\n"x,y";"p;q"\r\n');
    expect(csvText(['a'], [["x;=cmd|' /C calc'!A0"]], 'comma')).toBe('\uFEFFa\r\n"x;=cmd|\' /C calc\'!A0"\r\n');
    // Numbers keep their dialect's decimal separator unquoted: 87,5 is one field in the semicolon dialect.
    expect(csvText(['a', 'b'], [[87.5, 'z']], 'excel-ru')).toBe('\uFEFFa;b\r\n87,5;z\r\n');
  });
  test('a streamed line (csvRecord) is the same as the line in a whole file, without the BOM', () => {
    expect(csvRecord(['=HYPERLINK("http://x")', 'a\nb', 3], 'comma')).toBe('"\'=HYPERLINK(""http://x"")","a\nb",3\r\n');
    expect(csvText(['h'], [['=1+1']], 'comma')).toBe(`\uFEFFh\r\n${csvRecord(['=1+1'], 'comma')}`);
  });
  test('null and non-finite numbers are empty cells; -0 is 0', () => {
    expect(csvText(['a', 'b', 'c'], [[null, NaN, -0]], 'comma')).toBe('\uFEFFa,b,c\r\n,,0\r\n');
    expect(formatNumber(87.5, 'excel-ru')).toBe('87,5');
  });
});

describe('published CSV files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'egov-csv-'));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  test('ranking: places gained and score change against the previous year, synthetic note on every row', () => {
    const table = rankingTable(fixtureModel(), 'en');
    expect(table.header.at(-1)).toBe('note');
    // Tula: 2nd → 1st = +1 place, 50 → 100 = +50; Smolensk: 1st → 2nd = −1, 100 → 87.5 = −12.5; Tver not rated before.
    expect(table.rows.map((r) => [r[1], r[7], r[8], r.at(-1)])).toEqual([
      ['RU-TUL', 1, 50, 'SYNTHETIC DEMO DATA'],
      ['RU-SMO', -1, -12.5, 'SYNTHETIC DEMO DATA'],
      ['RU-TVE', null, null, 'SYNTHETIC DEMO DATA'],
    ]);
  });

  test('writes both dialects with a BOM, neutralises the hostile region name, and is byte-identical on a rerun', async () => {
    const files = await writeCsvFiles(fixtureModel(), dir, 'ru');
    expect(files).toEqual([
      'ranking-2018-SYNTHETIC.csv',
      'ranking-2018-SYNTHETIC-excel-ru.csv',
      'indicators-2018-SYNTHETIC.csv',
      'indicators-2018-SYNTHETIC-excel-ru.csv',
    ]);
    const ranking = await readFile(join(dir, 'ranking-2018-SYNTHETIC-excel-ru.csv'), 'utf8');
    expect(ranking.startsWith('\uFEFFместо;код_региона;регион;')).toBe(true);
    expect(ranking).toContain(`;"'${HOSTILE_NAME.replace(/"/g, '""')}";`);
    expect(ranking).toContain(
      '2;RU-SMO;Смоленская область;Центральный;87,5;высокий;1;-1;-12,5;;;;SYNTHETIC DEMO DATA\r\n',
    );
    const indicators = await readFile(join(dir, 'indicators-2018-SYNTHETIC.csv'), 'utf8');
    // The imputed negative raw value stays a number; the flags are 1/0.
    expect(indicators).toContain(',wait_days,"Срок, дней",-1.5,40.25,1,0,');
    const first = await Promise.all(files.map((f) => readFile(join(dir, f))));
    await writeCsvFiles(fixtureModel(), dir, 'ru');
    const second = await Promise.all(files.map((f) => readFile(join(dir, f))));
    expect(second).toEqual(first);
  });

  test('ranking scores are rounded to 2 decimals half away from zero; changes from the unrounded scores', () => {
    const model = fixtureModel();
    // 70.125 → 70.13; change 70.125 − 70.13 = −0.005 → −0.01
    const table = rankingTable(
      { ...model, ranking: [{ ...model.ranking[0], score: 70.125, previous: { place: 1, score: 70.13 } }] },
      'en',
    );
    expect([table.rows[0][4], table.rows[0][8]]).toEqual([70.13, -0.01]);
  });

  test('a non-synthetic run has no note column', () => {
    expect(rankingTable(fixtureModel({ synthetic: false }), 'en').header).not.toContain('note');
  });
});
