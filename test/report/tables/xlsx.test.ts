import ExcelJS from 'exceljs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { profileInputs } from '../../../src/report/profile/profile-inputs.js';
import { writeWorkbook } from '../../../src/report/xlsx/write-xlsx.js';
import { dosDateTime } from '../../../src/zip/entry-dates.js';
import { readFileSync } from 'node:fs';
import { HOSTILE_NAME, fixtureModel } from './fixture-model.js';

async function reopen(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Every cell value of every sheet, row by row, for comparing two workbooks. */
function contents(workbook: ExcelJS.Workbook): unknown[] {
  return workbook.worksheets.map((s) => ({ name: s.name, rows: s.getSheetValues() }));
}

describe('publication workbook', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'egov-xlsx-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  test('has the eight sheets with a synthetic banner, frozen bold headers and filters (English)', async () => {
    const file = await writeWorkbook(fixtureModel(), dir, 'en');
    expect(file).toBe('rating-2018-SYNTHETIC.xlsx');
    const workbook = await reopen(join(dir, file));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Ranking',
      'Services',
      'Stages',
      'Indicators',
      'Robustness',
      'Methodology',
      'Inputs',
      'About',
    ]);
    for (const sheet of workbook.worksheets) {
      expect(String(sheet.getCell('A1').value)).toContain('SYNTHETIC DEMO DATA');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    }
    const ranking = workbook.getWorksheet('Ranking')!;
    expect(ranking.getRow(2).values).toEqual([
      undefined,
      'place',
      'region_code',
      'region',
      'federal_district',
      'score',
      'band',
      'previous_place',
      'places_gained',
      'score_change',
      'rank_median',
      'rank_5pct',
      'rank_95pct',
    ]);
    expect(ranking.autoFilter).toBeTruthy();
    // Row 3 = 1st place: Tula, 100, up one place (2 → 1) and 50 points.
    expect([
      ranking.getCell('A3').value,
      ranking.getCell('B3').value,
      ranking.getCell('E3').value,
      ranking.getCell('H3').value,
      ranking.getCell('I3').value,
    ]).toEqual([1, 'RU-TUL', 100, 1, 50]);
    expect(ranking.getCell('E3').numFmt).toBe('0.00');
    expect(ranking.getCell('F5').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFD73027' } }); // Tver: low band
    // The hostile region name is text, never a formula.
    expect(ranking.getCell('C5').value).toBe(`'${HOSTILE_NAME}`);
    expect(workbook.created.toISOString()).toBe('2019-03-01T10:00:00.000Z');
  });

  test('matrices in ranking order, with a colour scale on services; indicators keep numbers as numbers', async () => {
    const workbook = await reopen(join(dir, await writeWorkbook(fixtureModel(), dir, 'en')));
    const services = workbook.getWorksheet('Services')!;
    expect(services.getRow(3).values).toEqual([undefined, 1, 'RU-TUL', 'Tula Oblast', 100, 100]);
    const scales = (services as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] })
      .conditionalFormattings;
    expect(scales.map((f) => [f.ref, f.rules[0].type])).toEqual([['D3:E5', 'colorScale']]);
    expect(services.getRow(5).values).toEqual([undefined, 3, 'RU-TVE', `'${HOSTILE_NAME}`, 0, 25]);
    const stages = workbook.getWorksheet('Stages')!;
    expect(stages.getRow(5).values).toEqual([undefined, 3, 'RU-TVE', `'${HOSTILE_NAME}`, 25]); // appeal missing → empty
    const indicators = workbook.getWorksheet('Indicators')!;
    expect(indicators.getRow(4).values).toEqual([
      undefined,
      2018,
      'RU-SMO',
      'Smolensk Oblast',
      'hunting_licence',
      'Hunting',
      'status',
      'Status',
      'wait_days',
      'Waiting days',
      -1.5,
      40.25,
      1,
      0,
    ]);
  });

  test('Russian headers, robustness, methodology, inputs and about', async () => {
    const workbook = await reopen(join(dir, await writeWorkbook(fixtureModel(), dir, 'ru')));
    expect(workbook.worksheets.map((s) => s.name)[0]).toBe('Рейтинг');
    expect(workbook.getWorksheet('Рейтинг')!.getCell('E2').value).toBe('балл');
    const robustness = workbook.getWorksheet('Устойчивость')!;
    const texts = robustness
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string');
    expect(texts).toContain('weights');
    // runs N and model evaluations N·(k + 2) are two figures; an unresolved estimate is not shown as a share
    expect(texts).toContain('Доли Соболя (N = 100 прогонов, 400 вычислений модели, seed 7; интервалы: 95 % бутстреп)');
    const rows = robustness.getSheetValues() as unknown[][];
    const imputation = rows.find((r) => r?.[1] === 'imputation')!;
    expect(imputation.slice(2, 8).every((v) => v === undefined || v === null)).toBe(true);
    expect(String(imputation[8])).toContain('не определена при N = 100');
    const weights = rows.find((r) => r?.[1] === 'weights')!;
    expect(weights.slice(2, 9)).toEqual([0.6, 0.5, 0.7, 0.7, 0.62, 0.8, 'доля']);
    expect(texts).toContain('hunting_licence слабо коррелирует с родительским узлом index');
    const methodology = workbook.getWorksheet('Методика')!;
    expect(methodology.getRow(4).values).toEqual([
      undefined,
      'hunting_licence',
      'Охота',
      2,
      1,
      0.5,
      'среднее арифметическое',
    ]);
    const inputs = workbook.getWorksheet('Исходные данные')!;
    // wait_days under hunting: raw −1.5 (Smolensk), 3 (Tula), missing (Tver): n = 2, mean 0.75, min −1.5, max 3.
    const wait = inputs.getRow(4).values as unknown[];
    expect(wait.slice(3, 9)).toEqual(['wait_days', 2, 1, -1.5, 3, 0.75]);
    expect(wait[9] as number).toBeCloseTo(Math.sqrt(((-1.5 - 0.75) ** 2 + (3 - 0.75) ** 2) / 1), 12);
    const about = workbook.getWorksheet('О публикации')!;
    const aboutTexts = about.getSheetValues().flat().map(String);
    expect(aboutTexts).toContain('egov-monitor 0.1.0');
    expect(aboutTexts).toContain('2019-03-01T10:00:00.000Z');
    expect(aboutTexts).toContain('SYNTHETIC DEMO DATA');
  });

  test('the same model gives identical bytes and cell contents; a non-synthetic model has no banner', async () => {
    const path = join(dir, await writeWorkbook(fixtureModel(), dir, 'en'));
    const bytes = readFileSync(path);
    const a = contents(await reopen(path));
    await new Promise((done) => setTimeout(done, 2100)); // the zip clock has a 2-second resolution
    const b = contents(await reopen(join(dir, await writeWorkbook(fixtureModel(), dir, 'en'))));
    expect(b).toEqual(a);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    const real = await reopen(join(dir, await writeWorkbook(fixtureModel({ synthetic: false }), dir, 'en')));
    expect(real.getWorksheet('Ranking')!.getCell('A1').value).toBe('place');
    expect(real.getWorksheet('Ranking')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  test('profiling falls back to plain TypeScript when danfojs does not load, with the same figures', async () => {
    const values = fixtureModel().values;
    const withDanfo = await profileInputs(values);
    const without = await profileInputs(values, async () => null);
    expect(withDanfo.engine).toBe('danfojs');
    expect(without.engine).toMatch(/plain TypeScript/);
    without.rows.forEach((row, i) => {
      for (const key of ['count', 'missing', 'min', 'max', 'mean', 'sd'] as const) {
        if (row[key] === null) expect(withDanfo.rows[i][key]).toBeNull();
        else expect(withDanfo.rows[i][key]).toBeCloseTo(row[key], 12);
      }
    });
  });
});

describe('zip entry dates', () => {
  test('MS-DOS time and date words of the run time (2-second resolution, 1980 epoch)', () => {
    // 2019-03-01 10:00:07 UTC: time = 10·2048 + 0·32 + 7 >> 1 = 20483; date = (39 << 9) | (3 << 5) | 1 = 20065
    expect(dosDateTime(new Date('2019-03-01T10:00:07Z'))).toEqual({ time: 20483, date: 20065 });
    expect(dosDateTime(new Date('1970-01-01T00:00:00Z'))).toEqual({ time: 0, date: 33 });
  });
});

test('every text cell of every sheet is neutralised: a hostile service name in the matrix headers, a hostile coherence message', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'egov-xlsx-hostile-'));
  try {
    const base = fixtureModel();
    const model = {
      ...base,
      serviceScores: {
        ...base.serviceScores,
        columns: base.serviceScores.columns.map((c, i) =>
          i === 0 ? { ...c, name: { ru: '@SUM(A1)', en: '@SUM(A1)' } } : c,
        ),
      },
      robustness: {
        ...base.robustness!,
        coherence: [
          { ...base.robustness!.coherence[0]!, message: { ru: "+cmd|' /C calc'!A0", en: "+cmd|' /C calc'!A0" } },
        ],
      },
    };
    const workbook = await reopen(join(dir, await writeWorkbook(model, dir, 'en')));
    const texts: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') texts.push(cell.value);
        }),
      ),
    );
    expect(texts).toContain("'@SUM(A1)");
    expect(texts).toContain("'+cmd|' /C calc'!A0");
    expect(texts.filter((t) => /^[=+\-@\t\r\n]/.test(t))).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
