import { loadPublicationModel } from '../../src/report/load-model.js';
import { bandsOf } from '../../src/report/load/bands.js';
import { describeMethod } from '../../src/report/method-words.js';
import { RunNotFoundError } from '../../src/ratings/analyse-run.js';
import { openPgliteFromTemplate } from '../support/database.js';
import type { Database } from '../../src/db/connect.js';
import type { PublicationModel } from '../../src/report/model.js';
import { seedAnalysis, seedRatedRuns } from './tables/seed-run.js';

// The seeded figures are worked out by hand in tables/seed-run.ts.
describe('loadPublicationModel on a stored run (PGlite)', () => {
  let database: Database;
  let model: PublicationModel;
  beforeAll(async () => {
    database = await openPgliteFromTemplate();
    const runId = await seedRatedRuns(database);
    await seedAnalysis(database, runId);
    model = await loadPublicationModel(database.db, runId);
  }, 60_000);
  afterAll(async () => database.close());

  test('ranks the rated regions with bands, previous-year places and rank intervals', () => {
    expect(model.period).toBe(2018);
    expect(model.synthetic).toBe(true);
    expect(model.ranking.map((r) => [r.place, r.regionCode, r.score, r.bandId])).toEqual([
      [1, 'RU-TUL', 100, 'high (50-100)'],
      [2, 'RU-SMO', 87.5, 'high (50-100)'],
      [3, 'RU-TVE', 12.5, 'low (0-50)'],
    ]);
    // 2017: Smolensk 100 (1st), Tula 50 (2nd), Tver 0 (3rd).
    expect(model.ranking.map((r) => r.previous)).toEqual([
      { place: 2, score: 50 },
      { place: 1, score: 100 },
      { place: 3, score: 0 },
    ]);
    expect(model.ranking[0].interval).toEqual({ median: 1, low: 1, high: 2 });
    expect(model.ranking[2].interval).toBeNull();
    expect(model.bands.map((b) => [b.id, b.min, b.max])).toEqual([
      ['high (50-100)', 50, Infinity],
      ['low (0-50)', 0, 50],
    ]);
  });

  test('stage scores are the mean over services of each <service>.<stage> score', () => {
    const row = (code: string) => model.stageScores.values[model.stageScores.regionCodes.indexOf(code)];
    expect(model.stageScores.columns.map((c) => c.id).sort()).toEqual(['appeal', 'status']);
    const status = model.stageScores.columns.findIndex((c) => c.id === 'status');
    const appeal = 1 - status;
    expect(row('RU-SMO')[status]).toBe(75); // (100 + 50) / 2
    expect(row('RU-SMO')[appeal]).toBe(100);
    expect(row('RU-TVE')[status]).toBe(25); // (50 + 0) / 2
    expect(row('RU-MOW')).toEqual([null, null]);
    const hunting = model.serviceScores.columns.findIndex((c) => c.id === 'hunting_licence');
    expect(model.serviceScores.values[model.serviceScores.regionCodes.indexOf('RU-SMO')][hunting]).toBe(75);
  });

  test('tidy values carry service, stage, indicator, raw and normalised values', () => {
    const smolensk = model.values.filter((v) => v.regionCode === 'RU-SMO');
    expect(smolensk).toHaveLength(4);
    expect(smolensk.find((v) => v.serviceId === 'hunting_licence' && v.indicatorId === 'status_notifications')).toEqual(
      {
        regionCode: 'RU-SMO',
        serviceId: 'hunting_licence',
        stageId: 'status',
        indicatorId: 'status_notifications',
        raw: 0.5,
        normalised: 50,
        imputed: false,
        treated: false,
      },
    );
    expect(model.indicators.map((i) => i.id)).toEqual(['appeal_online', 'status_notifications']);
  });

  test('effective weights multiply down the tree and sum to 1 over the leaves', () => {
    const leaves = model.methodology.filter((n) => !model.methodology.some((c) => c.parentId === n.id));
    expect(leaves).toHaveLength(4);
    for (const leaf of leaves) expect(leaf.effectiveWeight).toBeCloseTo(0.25, 12); // 1/2 service × 1/2 stage
    expect(model.methodology[0]).toMatchObject({
      id: 'index',
      parentId: null,
      effectiveWeight: 1,
      method: { ru: 'среднее арифметическое', en: 'arithmetic mean' },
    });
    expect(leaves[0].method).toEqual({ ru: 'целевые столбы [0; 1] → 0–100', en: 'goalposts [0; 1] → 0–100' });
  });

  test('robustness comes from the stored analysis on the mean absolute rank shift', () => {
    expect(model.robustness).toMatchObject({ runs: 100, seed: 7 });
    expect(model.robustness!.sobol.map((s) => [s.nodeId, s.first, s.total])).toEqual([
      ['weights', 0.6, 0.7],
      ['normaliser', 0.2, 0.3],
    ]);
    expect(model.robustness!.coherence).toHaveLength(1);
    expect(model.robustness!.coherence[0].message.en).toContain('hunting_licence');
    expect(model.robustness!.coherence[0].message.ru).toMatch(/^hunting_licence [а-яё ]+/);
  });

  test('explanations: medians, the gap to the next place and the single indicator that closes it', () => {
    const smolensk = model.explanations.find((e) => e.regionCode === 'RU-SMO')!;
    // Hunting: 75 against the median of (75, 100, 0) = 75: at the median, so neither a strength nor a weakness; Smolensk
    // is at the national median in every stage and service (marriage 100 of (100, 100, 25); status 75 of (75, 100, 25)…)
    // and so lists no strengths at all. All three regions are in the Central district.
    expect(smolensk.strongest).toEqual([]);
    // Gap 100 − 87.5 = 12.5; hunting status at 50 carries weight 1/4 → needs 50 + 12.5 × 4 = 100 (at the ceiling).
    expect(smolensk.gapToNext).toMatchObject({ nextRegionCode: 'RU-TUL', nextPlace: 1, scoreGap: 12.5 });
    expect(smolensk.gapToNext!.closers).toHaveLength(1);
    expect(smolensk.gapToNext!.closers[0]).toMatchObject({
      stageId: 'status',
      serviceId: 'hunting_licence',
      indicatorId: 'status_notifications',
      reachable: true,
    });
    expect(smolensk.gapToNext!.closers[0].gain).toBeCloseTo(50, 9);
    // Tver needs 75 more: every single change would pass the ceiling of 100, so no closer.
    const tver = model.explanations.find((e) => e.regionCode === 'RU-TVE')!;
    expect(tver.gapToNext).toMatchObject({ nextRegionCode: 'RU-SMO', scoreGap: 75, closers: [] });
    expect(tver.weakest[0]).toMatchObject({ kind: 'stage', id: 'appeal', score: 0, nationalMedian: 100 });
    expect(model.explanations.find((e) => e.regionCode === 'RU-TUL')!.gapToNext).toBeNull();
  });

  test('an unknown run is refused', async () => {
    await expect(loadPublicationModel(database.db, 999)).rejects.toBeInstanceOf(RunNotFoundError);
  });
});

describe('bands and method texts of the stored methodology', () => {
  test("bands best first, each up to the next one's minimum, green to red, with the methodology's Russian names", () => {
    const document = {
      bands: [
        {
          node: 'index',
          by: 'thresholds',
          bands: [
            { label: { ru: 'низкий (0-25)', en: 'low (0-25)' }, min: 0 },
            { label: { ru: 'высокий (75-100)', en: 'high (75-100)' }, min: 75 },
            { label: { ru: 'выше среднего (50-75)', en: 'upper middle (50-75)' }, min: 50 },
            { label: { ru: 'ниже среднего (25-50)', en: 'lower middle (25-50)' }, min: 25 },
          ],
        },
      ],
    };
    const bands = bandsOf(document, 'index');
    expect(bands.map((b) => [b.name.ru, b.min, b.max])).toEqual([
      ['высокий (75-100)', 75, Infinity],
      ['выше среднего (50-75)', 50, 75],
      ['ниже среднего (25-50)', 25, 50],
      ['низкий (0-25)', 0, 25],
    ]);
    expect(bands[0].colour).toBe('#1a9641');
    expect(bands[3].colour).toBe('#d7191c');
    expect(bandsOf({}, 'index')).toEqual([]);
  });

  test('an aggregate without its own spec takes the default; an indicator shows its goalposts and direction', () => {
    expect(describeMethod({}, 'arithmetic')).toEqual({ ru: 'среднее арифметическое', en: 'arithmetic mean' });
    expect(describeMethod({ method: 'geometric' })).toEqual({ ru: 'среднее геометрическое', en: 'geometric mean' });
    expect(
      describeMethod({ direction: -1, normaliser: { method: 'goalposts', min: 0, max: 2.5, range: [0, 100] } }),
    ).toEqual({
      ru: 'целевые столбы [0; 2,5] → 0–100, меньше — лучше',
      en: 'goalposts [0; 2.5] → 0–100, lower is better',
    });
  });
});
