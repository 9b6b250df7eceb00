import { loadCatalogue } from '../../../src/reference/catalogue.js';
import { loadDemoParameters } from '../../../src/demo/demo-parameters.js';
import { regionProfiles } from '../../../src/demo/generate/region-profiles.js';
import { PROGRAMMES, generateSpending } from '../../../src/demo/generate/spending.js';
import { regionYearCounts } from '../../../src/demo/generate/applications.js';
import { applicationsPerYear } from '../../../src/demo/generate/application-volume.js';
import { generateTargets } from '../../../src/demo/generate/targets.js';

const catalogue = loadCatalogue();
const params = loadDemoParameters();
const profiles = regionProfiles(catalogue.regions, params);
const targets = generateTargets(profiles, params);
const perYear = applicationsPerYear(params.applications, params.years, params.applicationYearGrowth);
const counts = new Map(
  params.years.flatMap((y, i) => [...regionYearCounts(catalogue, profiles, params, y, perYear[i])]),
);
const spending = generateSpending(profiles, params, counts);
const spentBy = (code: string, year?: number) =>
  spending
    .filter((s) => s.regionCode === code && (year === undefined || s.year === year))
    .reduce((sum, s) => sum + s.amountRub, 0);

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
  test('one row per region, demo year and programme, whole roubles', () => {
    expect(spending).toHaveLength(85 * params.years.length * PROGRAMMES.length);
    expect(spending.every((s) => s.amountRub > 0 && Number.isInteger(s.amountRub))).toBe(true);
  });

  test('cost per application of the sample is a believable 150–1,300 ₽ in every region and year (600 ₽ × (1.3 − 0.6m) × noise)', () => {
    for (const p of profiles) {
      for (const year of params.years) {
        const cost = spentBy(p.region.code, year) / counts.get(`${p.region.code}|${year}`)!;
        expect(cost).toBeGreaterThan(150);
        expect(cost).toBeLessThan(1300);
      }
    }
  });

  test('mature regions handle an application more cheaply on average; size does not decide it', () => {
    const cost = (code: string) => spentBy(code) / params.years.reduce((s, y) => s + counts.get(`${code}|${y}`)!, 0);
    const sorted = [...profiles].sort((a, b) => a.maturity - b.maturity);
    const mean = (ps: typeof profiles) => ps.reduce((s, p) => s + cost(p.region.code), 0) / ps.length;
    expect(mean(sorted.slice(-20))).toBeLessThan(mean(sorted.slice(0, 20)));
    // the two extremes of size are within a factor of two of each other
    expect(cost('RU-MOW') / cost('RU-NEN')).toBeGreaterThan(0.5);
    expect(cost('RU-MOW') / cost('RU-NEN')).toBeLessThan(2);
  });
});
