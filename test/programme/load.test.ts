import { InputError } from '../../src/cli/errors.js';
import { loadProgrammeReport } from '../../src/programme/load.js';
import { describeEachDatabase } from '../support/database.js';
import { seedProgramme } from './seed-programme.js';

describeEachDatabase('loadProgrammeReport on $name', ({ open }) => {
  let database: Awaited<ReturnType<typeof open>>;
  let runId: number;
  beforeAll(async () => {
    database = await open();
    ({ runId } = await seedProgramme(database.db));
  });
  afterAll(async () => database.close());

  test('answers the adoption question for a region, its district and the nation', async () => {
    const report = await loadProgrammeReport(database.db, { year: 2024, regionCode: 'RU-TUL' });
    expect(report).toMatchObject({
      scope: 'region',
      year: 2024,
      synthetic: true,
      region: { code: 'RU-TUL', federalDistrict: 'CFD' },
    });
    expect(report.adoption.regions.map((a) => a.year)).toEqual([2022, 2023, 2024]);
    // 2024: 70 against the road-map 72 due this year → behind by 2; trend 60, 66, 70 has slope 5 (Σ(t−t̄)(v−v̄) = 10,
    // Σ(t−t̄)² = 2), mean 65⅓ at 2023, so it reaches 72 at 2023 + 6⅔/5 = 2024.33 → 2025. Federal 70 (held): met, gap 0.
    const tula2024 = report.adoption.regions[2];
    expect(tula2024.regional).toMatchObject({ status: 'behind', gap: -2, targetYear: 2024, trendReachesYear: 2025 });
    expect(tula2024.federal).toMatchObject({ status: 'met', gap: 0 });
    // The district and the nation: Tula and Kaluga weighted by their populations from the reference table.
    const populations = await database.db
      .selectFrom('region')
      .select(['code', 'population'])
      .where('code', 'in', ['RU-TUL', 'RU-KLU'])
      .execute();
    const p = Object.fromEntries(populations.map((r) => [r.code, Number(r.population)]));
    const weighted = (p['RU-TUL'] * 70 + p['RU-KLU'] * 50) / (p['RU-TUL'] + p['RU-KLU']);
    expect(report.adoption.districts.map((d) => [d.group, d.year])).toEqual([
      ['CFD', 2022],
      ['CFD', 2023],
      ['CFD', 2024],
    ]);
    expect(report.adoption.districts[2].measuredShare).toBeCloseTo(weighted, 9);
    expect(report.adoption.nation[2]).toMatchObject({
      group: 'RU',
      regionsReporting: 2,
      measuredShare: expect.closeTo(weighted, 9),
    });
  });

  test('answers the channel question for the region, with the nation for comparison', async () => {
    const report = await loadProgrammeReport(database.db, { year: 2024, regionCode: 'RU-TUL', grain: 'year' });
    expect(new Set(report.channels.regions.map((c) => c.regionCode))).toEqual(new Set(['RU-TUL']));
    expect(report.channels.nation.find((c) => c.channel === 'portal')).toMatchObject({
      regionCode: 'RU',
      applications: 4,
      share: 0.4,
    });
    expect(report.channels.mobileOffices).toMatchObject([
      { regionCode: 'RU-TUL', period: '2024', applications: 3, documentsIssued: 2 },
    ]);
  });

  test('answers the money question: unit costs, score change and the DEA frontier with peers', async () => {
    const report = await loadProgrammeReport(database.db, { year: 2024, regionCode: 'RU-TUL' });
    expect(report.money).toMatchObject({ ratingRunId: runId, applicationCountSource: 'application_log' });
    // Tula: 120 M over 8 applications = 15 M each; 2 portal applications → 60 M each; score 60 after 55 → +5.
    const tula = report.money.regions.find((r) => r.regionCode === 'RU-TUL')!;
    expect(tula).toMatchObject({
      spendingRub: 120e6,
      costPerApplicationRub: 15e6,
      costPerEApplicationRub: 60e6,
      scoreChange: 5,
    });
    // DEA per resident (populations pT, pK from the reference table): Kaluga spends 40 M/pK per resident for 50 points
    // and 2/pK·1000 e-applications per 1,000, Tula 120 M/pT for 60 points and 2/pT·1000. Tula's score needs λ·50 ≥ 60
    // → λ = 1.2 (the e-application row, λ ≥ pK/pT ≈ 0.68, is slack), so θ = 1.2·(40 M/pK) / (120 M/pT) = 0.4·pT/pK.
    const populations = await database.db
      .selectFrom('region')
      .select(['code', 'population'])
      .where('code', 'in', ['RU-TUL', 'RU-KLU'])
      .execute();
    const p = Object.fromEntries(populations.map((r) => [r.code, Number(r.population)]));
    expect(report.money.frontier.efficientConstantReturns).toEqual(['RU-KLU']);
    const tulaScore = report.money.frontier.scores.find((s) => s.regionCode === 'RU-TUL')!;
    expect(tulaScore.constantReturns.efficiency).toBeCloseTo((0.4 * p['RU-TUL']) / p['RU-KLU'], 6);
    expect(tulaScore.constantReturns.peers).toEqual(['RU-KLU']);
    // Under variable returns Tula has the highest score of the two, so nobody can match it: efficient.
    expect(tulaScore.variableReturns.efficient).toBe(true);
    expect(report.money.frontier.excluded).toHaveLength(83); // the other regions have neither score nor spending
  });

  test('refuses an unknown region with an input error', async () => {
    await expect(loadProgrammeReport(database.db, { year: 2024, regionCode: 'RU-XXX' })).rejects.toThrow(InputError);
    await expect(loadProgrammeReport(database.db, { year: 2024, regionCode: 'RU-XXX' })).rejects.toThrow(
      'unknown region RU-XXX',
    );
  });

  test('gives the nation every region and an empty year nothing to rate', async () => {
    const nation = await loadProgrammeReport(database.db, { year: 2024 });
    expect(nation.scope).toBe('nation');
    expect(new Set(nation.channels.regions.map((c) => c.regionCode))).toEqual(new Set(['RU-KLU', 'RU-TUL']));
    const empty = await loadProgrammeReport(database.db, { year: 2019 });
    expect(empty).toMatchObject({ synthetic: false, money: { ratingRunId: null, applicationCountSource: 'none' } });
    expect(empty.money.frontier.scores).toEqual([]);
  });
});
