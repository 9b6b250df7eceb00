/**
 * Rounding never hides or invents a fact (issue 20, item 4), hand-worked, in Russian and English:
 *   - two regions in places 2 and 3 at 85.347 and 85.312 both look like 85.3 at one decimal: the pages show 85,35 and
 *     85,31 with a note; at 2 decimals (factsheet, CSV, XLSX) 85.3471 and 85.3468 both look like 85.35, so those show
 *     85.3471 and 85.3468 with a note;
 *   - a share of 69.989 against a target of 70 is shown 69,99 next to "behind", never 70; the gap −0.011 is −0,01;
 *   - the trend line that passes 70 in 2019 while the measured 2019 value did not is said as both.
 */
import ExcelJS from 'exceljs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assessAgainstTarget } from '../../src/core/programme/adoption/assess-target.js';
import { fitLinearTrend } from '../../src/core/programme/adoption/linear-trend.js';
import { answerProgrammeQuestions, trendClause } from '../../src/programme/answers.js';
import type { ProgrammeReport } from '../../src/programme/report.js';
import { rankingTable } from '../../src/report/csv/tables.js';
import { factsheetHtml } from '../../src/report/factsheet/factsheet-html.js';
import type { PublicationModel, RankingRow } from '../../src/report/model.js';
import { writeWorkbook } from '../../src/report/xlsx/write-xlsx.js';
import type { RankingEntry, RegionInRun, RunSummary } from '../../src/ratings/queries.js';
import { fmtAgainst, fmtGap } from '../../src/web/pages/programme-texts.js';
import { rankingBody } from '../../src/web/pages/ranking-page.js';
import { regionBody } from '../../src/web/pages/region-page.js';
import { fixtureModel } from './tables/fixture-model.js';

const row = (place: number, regionCode: string, score: number): RankingRow => ({
  place,
  regionCode,
  score,
  bandId: 'high',
  previous: null,
  interval: null,
});

/** Tula 90 (1), Smolensk 85.3471 (2), Tver 85.3468 (3): equal at 2 decimals (85.35), apart at 4. */
function closeModel(): PublicationModel {
  return fixtureModel({
    ranking: [row(1, 'RU-TUL', 90), row(2, 'RU-SMO', 85.3471), row(3, 'RU-TVE', 85.3468)],
    explanations: [],
  });
}

describe('regions that look equal but hold different places', () => {
  test('CSV ranking: 85.3471 and 85.3468 keep 4 decimals; 90 keeps 2', () => {
    const table = rankingTable(closeModel(), 'en');
    const score = table.header.indexOf('score');
    expect(table.rows.map((r) => r[score])).toEqual([90, 85.3471, 85.3468]);
  });

  test('CSV ranking: scores apart at 2 decimals stay at 2 (85.347 → 85.35, 85.312 → 85.31)', () => {
    const model = fixtureModel({ ranking: [row(1, 'RU-SMO', 85.347), row(2, 'RU-TUL', 85.312)] });
    expect(rankingTable(model, 'ru').rows.map((r) => r[4])).toEqual([85.35, 85.31]);
  });

  test('factsheet shows 85,3471 and names the region it would look equal to, in Russian and English', () => {
    const ru = factsheetHtml(closeModel(), 'RU-SMO', 'ru', []);
    expect(ru).toContain('<dd>85,3471</dd>');
    expect(ru).toContain(
      'При 2 знаках после запятой балл совпадает с баллом: =HYPERLINK(&quot;http://x&quot;,&quot;click&quot;) (место 3); ' +
        'места присваиваются по более точному баллу: Смоленская область 85,3471 против =HYPERLINK(&quot;http://x&quot;,&quot;click&quot;) 85,3468.',
    );
    const en = factsheetHtml(closeModel(), 'RU-TUL', 'en', []);
    expect(en).toContain('<dd>90.00</dd>');
    expect(en).not.toContain('places follow the more precise score');
    const smo = factsheetHtml(closeModel(), 'RU-SMO', 'en', []);
    expect(smo).toContain('places follow the more precise score: Smolensk Oblast 85.3471 against');
  });

  test('XLSX ranking: the two scores carry the 4-decimal format and a note; the first keeps 0.00', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'egov-rounding-'));
    try {
      const file = await writeWorkbook(closeModel(), dir, 'ru');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(dir, file));
      const sheet = workbook.worksheets[0]!;
      // row 1 banner, row 2 header, rows 3–5 the ranking; column E the score
      expect(sheet.getCell('E3').numFmt).toBe('0.00');
      expect(sheet.getCell('E4').value).toBe(85.3471);
      expect(sheet.getCell('E4').numFmt).toBe('0.0000');
      expect(sheet.getCell('E5').numFmt).toBe('0.0000');
      expect(JSON.stringify(sheet.getCell('E4').note)).toContain('места присваиваются по более точному баллу');
      expect(sheet.getCell('E3').note).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  const run: RunSummary = {
    id: 3,
    period: 2023,
    status: 'published',
    version: 1,
    methodology: { id: 'm', version: '1', hash: 'h' },
    synthetic: false,
    supersedesRunId: null,
    correctionReason: null,
    createdAt: '2024-01-01',
    publishedAt: '2024-01-02',
    withdrawnAt: null,
    withdrawnReason: null,
    headline: true,
  };
  const entry = (rank: number, regionCode: string, nameRu: string, nameEn: string, score: number): RankingEntry => ({
    rank,
    regionCode,
    nameRu,
    nameEn,
    federalDistrict: 'CFD',
    score,
    band: null,
    interval: null,
    change: null,
  });
  const rankingView = (lang: 'ru' | 'en') => ({
    lang,
    run,
    ranking: [
      entry(19, 'RU-TUL', 'Тульская область', 'Tula Oblast', 86.1),
      entry(20, 'RU-SMO', 'Смоленская область', 'Smolensk Oblast', 85.347),
      entry(21, 'RU-TVE', 'Тверская область', 'Tver Oblast', 85.312),
    ],
    periods: [2023],
    districts: [],
    tiles: [],
    files: { main: [], tables: [], charts: [], regions: new Map(), documentation: [] },
    filter: { district: '', search: '', sort: 'rank' as const, descending: false },
  });

  test('ranking page: 85,35* and 85,31* with the note, 86,1 unchanged (Russian); 85.35* in English', () => {
    const ru = rankingBody(rankingView('ru')).toString();
    const cells = [...ru.matchAll(/<td class="num" data-value="[\d.]+">\s*([^<]+?)\s*<\/td>/g)].map((m) => m[1]);
    expect(cells).toEqual(expect.arrayContaining(['86,1', '85,35*', '85,31*']));
    expect(ru).toContain('* Баллы показаны с одним знаком после запятой; где два региона с разными местами совпали бы');
    const en = rankingBody(rankingView('en')).toString();
    expect(en).toContain('85.35*');
    expect(en).toContain('85.31*');
    expect(en).toContain('places follow the more precise score');
  });

  const regionView = (lang: 'ru' | 'en', gap: number) => {
    const result: RegionInRun = {
      regionCode: 'RU-TVE',
      score: 85.312,
      rank: 21,
      band: null,
      interval: null,
      nextUp: { regionCode: 'RU-SMO', rank: 20, gap },
      components: [],
    };
    return {
      lang,
      region: {
        code: 'RU-TVE',
        nameRu: 'Тверская область',
        nameEn: 'Tver Oblast',
        federalDistrict: 'CFD',
        population: 1,
        tileRow: 0,
        tileCol: 0,
      },
      districtName: 'ЦФО',
      current: { run, result },
      history: [],
      files: [],
      nextUpName: lang === 'ru' ? 'Смоленская область' : 'Smolensk Oblast',
    };
  };

  test('region page: 85,31 with the sentence naming the region above at 85,35; gap 0,04 (not 0,0)', () => {
    const ru = regionBody(regionView('ru', 0.035)).toString();
    expect(ru).toContain('<dd>85,31</dd>');
    expect(ru).toContain(
      'При одном знаке после запятой балл совпадает с баллом региона Смоленская область (место 20); места присваиваются по более точному баллу: 85,35 против 85,31.',
    );
    expect(ru).toMatch(/0,04 \(Смоленская область, 20\)/);
    const en = regionBody(regionView('en', 0.035)).toString();
    expect(en).toContain('places follow the more precise score: 85.35 against 85.31.');
    // a region above at 86.1 looks different already: one decimal, no sentence
    const apart = regionBody(regionView('en', 0.788)).toString();
    expect(apart).toContain('<dd>85.3</dd>');
    expect(apart).not.toContain('more precise score');
  });
});

describe('a status and its number agree; the trend sentence never contradicts the measurement', () => {
  // 2017: 66, 2018: 68.5, 2019: 69.989. Least squares: t̄ = 2018, v̄ = 68.163, b = (2.163 + 1.826)/2 = 1.9945;
  // the line reaches 70 at 2018 + (70 − 68.163)/1.9945 = 2018.92 → 2019. Measured 69.989 < 70 in 2019 (the target
  // year): behind, gap −0.011.
  const trend = fitLinearTrend([
    { year: 2017, value: 66 },
    { year: 2018, value: 68.5 },
    { year: 2019, value: 69.989 },
  ]);
  const federal = assessAgainstTarget(69.989, 2019, { year: 2019, share: 70 }, trend);

  test('the hand-worked assessment: behind, gap −0.011, the trend line passes 70 in 2019', () => {
    expect(federal.status).toBe('behind');
    expect(federal.gap).toBeCloseTo(-0.011, 9);
    expect(federal.trendReachesYear).toBe(2019);
  });

  test('pages: 69,99 (not 70) and a gap of −0,01 (not 0); 70.04 stays 70', () => {
    expect(fmtAgainst(69.989, [70], 'ru')).toBe('69,99');
    expect(fmtAgainst(69.989, [null, 70], 'en')).toBe('69.99');
    expect(fmtAgainst(70.04, [70], 'ru')).toBe('70');
    expect(fmtGap(-0.011, 'ru')).toBe('-0,01');
    expect(fmtGap(-0.6, 'en')).toBe('-0.6');
  });

  const report = (lang: 'ru' | 'en') =>
    answerProgrammeQuestions(
      {
        year: 2019,
        scope: 'region',
        region: {
          code: 'RU-KLU',
          nameRu: 'Калужская область',
          nameEn: 'Kaluga Oblast',
          federalDistrict: 'CFD',
          population: 1,
        },
        regions: [],
        services: [],
        synthetic: false,
        adoption: {
          regions: [
            {
              regionCode: 'RU-KLU',
              year: 2019,
              measuredShare: 69.989,
              trend,
              regional: { status: 'no_target', targetShare: null, targetYear: null, gap: null, trendReachesYear: null },
              federal,
            },
          ],
          districts: [],
          nation: [],
        },
        channels: { nation: [], regions: [], mobileOffices: [] },
        money: {
          regions: [
            { regionCode: 'RU-KLU', spendingRub: 0, costPerApplicationRub: null, costPerEApplicationRub: null },
          ],
          frontier: { scores: [], excluded: [], efficientConstantReturns: [], efficientVariableReturns: [] },
        },
      } as unknown as ProgrammeReport,
      lang,
    ).adoption;

  test('the sentence in Russian and English: 69,99 %, behind by 0,01 points, and both facts of the trend', () => {
    expect(report('ru')).toBe(
      'Калужская область, 2019 г.: электронными услугами пользуются 69,99 % жителей. Цель дорожной карты: цель не задана. ' +
        'Федеральная цель 70 % к 2019 г.: отставание (-0,01 п.п.); линия тренда проходит уровень цели в 2019 г., но измеренное значение его не достигло.',
    );
    expect(report('en')).toBe(
      'Kaluga Oblast, 2019: 69.99% of residents use e-services. Road-map target: no target set. ' +
        'Federal target 70% by 2019: behind (-0.01 points); the trend line passes the target in 2019, but the measured value did not reach it.',
    );
  });

  test('trend clauses: on track, too late, not rising, met', () => {
    const base = { targetShare: 70, targetYear: 2020, gap: -5 };
    expect(trendClause({ ...base, status: 'on_track', trendReachesYear: 2020 }, 2018, 'en')).toBe(
      '; on the trend the target is reached in 2020',
    );
    expect(trendClause({ ...base, status: 'behind', trendReachesYear: 2023 }, 2018, 'ru')).toBe(
      '; по тренду цель достигается лишь в 2023 г., позже срока',
    );
    expect(trendClause({ ...base, status: 'behind', trendReachesYear: null }, 2018, 'en')).toBe(
      ', the trend is not rising',
    );
    expect(trendClause({ ...base, gap: 1, status: 'met', trendReachesYear: 2017 }, 2018, 'en')).toBe('');
  });
});
