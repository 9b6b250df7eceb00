import { loadCatalogue } from '../../../src/reference/catalogue.js';
import { loadDemoParameters } from '../../../src/demo/demo-parameters.js';
import {
  generateMeasurements,
  monitoringIndicators,
  valueFromLatent,
  type MeasurementRecord,
} from '../../../src/demo/generate/measurements.js';
import { regionProfiles } from '../../../src/demo/generate/region-profiles.js';
import { SERVICE_TRAITS } from '../../../src/demo/generate/service-traits.js';

const catalogue = loadCatalogue();
const params = loadDemoParameters();
const profiles = regionProfiles(catalogue.regions, params);
const byYear = new Map(params.years.map((y) => [y, generateMeasurements(catalogue, profiles, params, y)]));
const indicators = monitoringIndicators(catalogue);
const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
const maxOf = new Map(indicators.map((i) => [i.id, i.max as number]));
const values = (records: MeasurementRecord[]): number[] =>
  records.filter((r) => r.note === 'ok').map((r) => (r.value as number) / maxOf.get(r.indicatorId)!);

describe('synthetic measurements', () => {
  test('every region × service × monitoring indicator is present once per year, and only monitoring indicators', () => {
    for (const records of byYear.values()) {
      expect(records).toHaveLength(85 * 18 * indicators.length);
      expect(new Set(records.map((r) => `${r.regionCode}|${r.serviceId}|${r.indicatorId}`)).size).toBe(records.length);
      expect(indicators.every((i) => i.source === 'monitoring')).toBe(true);
    }
  });

  test('improve from year to year on average (values scaled to 0–1 by the indicator maximum)', () => {
    const means = params.years.map((y) => mean(values(byYear.get(y)!)));
    for (let k = 1; k < means.length; k++) expect(means[k]).toBeGreaterThan(means[k - 1] + 0.02);
  });

  test('values respect each indicator kind: yes/partial/no in {0, 0.5, 1}, shares within 0–100', () => {
    const kind = new Map(indicators.map((i) => [i.id, i.kind]));
    const bad = [...byYear.values()]
      .flat()
      .filter(
        (r) =>
          r.value !== null &&
          (kind.get(r.indicatorId) === 'yes_partial_no'
            ? ![0, 0.5, 1].includes(r.value)
            : r.value < 0 || r.value > 100),
      );
    expect(bad).toEqual([]);
  });

  test('fee_online is empty exactly for the services without a fee', () => {
    const fee = byYear.get(params.years[0])!.filter((r) => r.indicatorId === 'fee_online');
    for (const r of fee) {
      expect(r.note === 'no_fee').toBe(!SERVICE_TRAITS[r.serviceId].hasFee);
      if (r.note === 'no_fee') expect(r.value).toBeNull();
    }
    expect(new Set(fee.filter((r) => r.note === 'no_fee').map((r) => r.serviceId)).size).toBe(10);
  });

  test('missing rate lies between the strongest and weakest region rates, higher in weak regions', () => {
    const records = [...byYear.values()].flat().filter((r) => r.note !== 'no_fee');
    const rate = (rs: MeasurementRecord[]): number => rs.filter((r) => r.note === 'missing').length / rs.length;
    expect(rate(records)).toBeGreaterThan(params.missingRate.strongest);
    expect(rate(records)).toBeLessThan(params.missingRate.weakest);
    const sorted = [...profiles].sort((a, b) => a.maturity - b.maturity);
    const weak = new Set(sorted.slice(0, 21).map((p) => p.region.code));
    const strong = new Set(sorted.slice(-21).map((p) => p.region.code));
    expect(rate(records.filter((r) => weak.has(r.regionCode)))).toBeGreaterThan(
      rate(records.filter((r) => strong.has(r.regionCode))),
    );
  });

  test('a few outliers: share cells written as fractions (≤ 1), well under 1 % of share cells', () => {
    const shares = [...byYear.values()]
      .flat()
      .filter((r) => r.indicatorId === 'info_complete' || r.indicatorId === 'smev_e_share');
    const outliers = shares.filter((r) => r.note === 'outlier');
    expect(outliers.length).toBeGreaterThan(0);
    expect(outliers.length / shares.length).toBeLessThan(0.01);
    expect(outliers.every((r) => r.value !== null && r.value <= 1)).toBe(true);
  });

  test('mature regions score higher than weak ones', () => {
    const records = byYear.get(params.years[0])!;
    const sorted = [...profiles].sort((a, b) => a.maturity - b.maturity);
    const of = (codes: string[]) => {
      const set = new Set(codes);
      return values(records.filter((r) => set.has(r.regionCode)));
    };
    expect(mean(of(sorted.slice(-10).map((p) => p.region.code)))).toBeGreaterThan(
      mean(of(sorted.slice(0, 10).map((p) => p.region.code))) + 0.1,
    );
  });

  test('valueFromLatent maps the latent scale by kind (thresholds 0.35 and −0.45)', () => {
    const ypn = indicators.find((i) => i.kind === 'yes_partial_no')!;
    expect([valueFromLatent(ypn, 0.4), valueFromLatent(ypn, 0), valueFromLatent(ypn, -0.5)]).toEqual([1, 0.5, 0]);
    const share = indicators.find((i) => i.id === 'smev_e_share')!;
    // 100·logistic(0.3 + 1.2·(−0.25)) = 100·logistic(0) = 50
    expect(valueFromLatent(share, -0.25)).toBe(50);
  });
});
