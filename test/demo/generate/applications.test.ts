import { loadCatalogue } from '../../../src/reference/catalogue.js';
import { loadDemoParameters } from '../../../src/demo/demo-parameters.js';
import type { ApplicationRecord } from '../../../src/demo/generate/application-record.js';
import { extractionTime, generateApplications, regionYearCounts } from '../../../src/demo/generate/applications.js';
import { demoMunicipalities } from '../../../src/demo/generate/municipalities.js';
import { regionProfiles } from '../../../src/demo/generate/region-profiles.js';
import {
  loadMunicipalUnits,
  municipalitiesByRegion,
  municipalityNames,
  oktmoPrefix,
} from '../../../src/reference/municipalities.js';

const catalogue = loadCatalogue();
const params = loadDemoParameters();
const profiles = regionProfiles(catalogue.regions, params);
const units = loadMunicipalUnits();
const unitsByRegion = municipalitiesByRegion(catalogue.regions, units);
const municipalities = new Map(
  catalogue.regions.map((r) => [r.code, demoMunicipalities(r, unitsByRegion.get(r.code)!, params.seed)]),
);
const [first, , last] = params.years;
const generate = (year: number, total: number) =>
  generateApplications(catalogue, profiles, municipalities, params, year, total);
const logs = new Map([first, last].map((y) => [y, [...generate(y, 40_000)]]));
const DAY = 86_400_000;
const share = (rs: ApplicationRecord[], p: (r: ApplicationRecord) => boolean): number =>
  rs.filter(p).length / rs.length;

describe('synthetic application logs', () => {
  test('yield exactly the requested number of rows with unique ids, every region × service present', () => {
    const rows = logs.get(first)!;
    expect(rows).toHaveLength(40_000);
    expect(new Set(rows.map((r) => r.applicationId)).size).toBe(40_000);
    expect(new Set(rows.map((r) => `${r.regionCode}|${r.serviceId}`)).size).toBe(85 * 18);
  });

  test('stages happen in order and inside the year; later stages are empty when earlier ones are', () => {
    const broken = (year: number, r: ApplicationRecord): string | null => {
      if (new Date(r.submittedAt).getUTCFullYear() !== year) return 'submitted outside the year';
      if (r.registeredAt === null || r.registeredAt < r.submittedAt) return 'registered before submission';
      if (
        r.interagencyAnsweredAt !== null &&
        (r.interagencySentAt === null || r.interagencyAnsweredAt < r.interagencySentAt)
      )
        return 'answer before request';
      if (r.decidedAt !== null && r.decidedAt < r.registeredAt) return 'decided before registration';
      if (r.deliveredAt !== null && (r.decidedAt === null || r.deliveredAt < r.decidedAt))
        return 'delivered before decision';
      if ((r.outcome === null) !== (r.decidedAt === null))
        return 'outcome without decision or decision without outcome';
      if (r.rating !== null && (r.decidedAt === null || r.rating < 1 || r.rating > 5)) return 'rating out of place';
      if (r.decidedAt !== null && r.decidedAt > extractionTime(year, params.extractionMonthDay))
        return 'decided after extraction';
      return null;
    };
    const problems = [...logs].flatMap(([year, rows]) => rows.map((r) => broken(year, r)).filter((p) => p !== null));
    expect(problems).toEqual([]);
    expect(logs.get(first)!.some((r) => r.decidedAt === null)).toBe(true); // a few still pending at extraction
  });

  test('the e-channel share grows with the year and with region maturity', () => {
    const portal = (r: ApplicationRecord) => r.channel === 'portal';
    expect(share(logs.get(last)!, portal)).toBeGreaterThan(share(logs.get(first)!, portal) + 0.05);
    const sorted = [...profiles].sort((a, b) => a.maturity - b.maturity);
    const of = (ps: typeof profiles) => {
      const codes = new Set(ps.map((p) => p.region.code));
      return logs.get(first)!.filter((r) => codes.has(r.regionCode));
    };
    expect(share(of(sorted.slice(-20)), portal)).toBeGreaterThan(share(of(sorted.slice(0, 20)), portal) + 0.1);
  });

  test('deadline compliance is within 80–99 % and processing gets faster', () => {
    const decided = (y: number) => logs.get(y)!.filter((r) => r.decidedAt !== null);
    const compliance = (y: number) => share(decided(y), (r) => r.decidedAt! - r.submittedAt <= r.deadlineDays * DAY);
    const meanDays = (y: number) =>
      decided(y).reduce((s, r) => s + (r.decidedAt! - r.submittedAt) / DAY, 0) / decided(y).length;
    for (const y of [first, last]) expect(compliance(y)).toBeGreaterThan(0.8);
    for (const y of [first, last]) expect(compliance(y)).toBeLessThan(0.99);
    expect(meanDays(last)).toBeLessThan(meanDays(first));
  });

  test('mean citizen rating lies in 3.5–4.8', () => {
    const ratings = logs.get(first)!.flatMap((r) => (r.rating === null ? [] : [r.rating]));
    const mean = ratings.reduce((s, x) => s + x, 0) / ratings.length;
    expect(mean).toBeGreaterThan(3.5);
    expect(mean).toBeLessThan(4.8);
  });

  test('municipalities keep the region OKTMO prefix; mobile offices only where they serve', () => {
    const prefix = new Map(catalogue.regions.map((g) => [g.code, oktmoPrefix(g.oktmo)]));
    const places = new Map([...municipalities.values()].flat().map((m) => [m.oktmo, m]));
    const rows = logs.get(first)!;
    expect(rows.filter((r) => !r.oktmo.startsWith(prefix.get(r.regionCode)!))).toEqual([]);
    expect(rows.filter((r) => r.channel === 'mobile_office' && !places.get(r.oktmo)!.servedByMobileOffice)).toEqual([]);
    expect(rows.some((r) => r.channel === 'mobile_office')).toBe(true);
    const names = municipalityNames(units);
    expect(rows.filter((r) => !names.has(r.oktmo))).toEqual([]); // every application sits in a real OKTMO unit
  });

  test('volume follows population above the per-cell floor: applications per resident within 25 % of the national rate', () => {
    const total = 100_000;
    const counts = regionYearCounts(catalogue, profiles, params, first, total);
    const people = catalogue.regions.reduce((s, r) => s + r.population, 0);
    const floor = params.minApplicationsPerCell * catalogue.services.length;
    for (const r of catalogue.regions) {
      const proportional = (total * r.population) / people;
      if (proportional < 4 * floor) continue; // the smallest regions carry the floor (documented)
      expect(Math.abs(counts.get(`${r.code}|${first}`)! / proportional - 1)).toBeLessThan(0.25);
    }
    // Moscow (12.6 M) files far more than the Nenets AO (44 k): at least 50× more
    expect(counts.get(`RU-MOW|${first}`)!).toBeGreaterThan(50 * counts.get(`RU-NEN|${first}`)!);
  });

  test('is lazy: the first rows of a 20-million-row year come without generating the rest', () => {
    const iterator = generate(last, 20_000_000);
    const head = Array.from({ length: 5 }, () => iterator.next().value as ApplicationRecord);
    expect(head.map((r) => r.applicationId)).toEqual([1, 2, 3, 4, 5].map((k) => `SYN-${last}-00000000${k}`));
  });
});
