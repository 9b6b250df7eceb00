import { loadCatalogue } from '../../../src/reference/catalogue.js';
import { loadDemoParameters } from '../../../src/demo/demo-parameters.js';
import { regionProfiles } from '../../../src/demo/generate/region-profiles.js';
import { PROGRAMMES, generateSpending } from '../../../src/demo/generate/spending.js';
import { generateTargets } from '../../../src/demo/generate/targets.js';

const catalogue = loadCatalogue();
const params = loadDemoParameters();
const profiles = regionProfiles(catalogue.regions, params);
const targets = generateTargets(profiles, params);
const spending = generateSpending(profiles, params);

describe('synthetic adoption targets', () => {
  test('one row per region and target year', () => {
    expect(targets).toHaveLength(85 * params.targetYears.length);
    expect(new Set(targets.map((t) => `${t.regionCode}|${t.year}`)).size).toBe(targets.length);
  });

  test('measured shares rise over time and stay within about 30–85 %', () => {
    const [first, last] = [params.targetYears[0], params.targetYears[params.targetYears.length - 1]];
    for (const p of profiles) {
      const of = (y: number) => targets.find((t) => t.regionCode === p.region.code && t.year === y)!.measuredShare;
      expect(of(last)).toBeGreaterThan(of(first));
    }
    const mean = (y: number) => targets.filter((t) => t.year === y).reduce((s, t) => s + t.measuredShare, 0) / 85;
    expect(mean(first)).toBeGreaterThan(30);
    expect(mean(first)).toBeLessThan(50);
    expect(mean(last)).toBeGreaterThan(55);
    expect(mean(last)).toBeLessThan(85);
  });

  test('targets follow the federal path 40/50/60/70 or a higher road map; the configured number of regions has none', () => {
    const without = new Set(targets.filter((t) => t.targetShare === null).map((t) => t.regionCode));
    expect(without.size).toBe(params.regionsWithoutTarget);
    for (const t of targets.filter((x) => x.targetShare !== null)) {
      const federal = [40, 50, 60, 70][Math.min(params.targetYears.indexOf(t.year), 3)];
      expect(t.targetShare!).toBeGreaterThanOrEqual(federal);
      expect(t.targetShare!).toBeLessThanOrEqual(80);
    }
    expect(targets.some((t) => t.targetShare !== null && t.year === 2018 && t.targetShare > 70)).toBe(true);
  });
});

describe('synthetic programme spending', () => {
  test('one row per region, demo year and programme, whole thousands of roubles', () => {
    expect(spending).toHaveLength(85 * params.years.length * PROGRAMMES.length);
    expect(spending.every((s) => s.amountRub > 0 && s.amountRub % 1000 === 0)).toBe(true);
  });

  test('amounts scale with population: Moscow spends more than the Nenets AO on every programme and year', () => {
    for (const s of spending.filter((x) => x.regionCode === 'RU-NEN')) {
      const moscow = spending.find((x) => x.regionCode === 'RU-MOW' && x.year === s.year && x.programme === s.programme)!;
      expect(moscow.amountRub).toBeGreaterThan(s.amountRub * 50);
    }
  });

  test('per-capita spending is higher in mature regions on average', () => {
    const perCapita = new Map(profiles.map((p) => [p.region.code,
      spending.filter((s) => s.regionCode === p.region.code).reduce((sum, s) => sum + s.amountRub, 0) / p.region.population]));
    const sorted = [...profiles].sort((a, b) => a.maturity - b.maturity);
    const mean = (ps: typeof profiles) => ps.reduce((s, p) => s + perCapita.get(p.region.code)!, 0) / ps.length;
    expect(mean(sorted.slice(-20))).toBeGreaterThan(mean(sorted.slice(0, 20)));
  });
});
