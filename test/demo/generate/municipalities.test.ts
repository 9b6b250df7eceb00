import { loadCatalogue } from '../../../src/reference/catalogue.js';
import {
  loadMunicipalUnits,
  municipalitiesByRegion,
  municipalityNames,
  oktmoPrefix,
} from '../../../src/reference/municipalities.js';
import { demoMunicipalities } from '../../../src/demo/generate/municipalities.js';

const { regions } = loadCatalogue();
const units = loadMunicipalUnits();
const byRegion = municipalitiesByRegion(regions, units);
const region = (code: string) => regions.find((r) => r.code === code)!;

describe('real municipal units (OKTMO 2019)', () => {
  test('OKTMO prefix: leading digits before the trailing zeros, at least two', () => {
    expect(oktmoPrefix('66000000')).toBe('66');
    expect(oktmoPrefix('71800000')).toBe('718'); // Khanty-Mansi inside Tyumen's 71
    expect(oktmoPrefix('01000000')).toBe('01');
    expect(() => oktmoPrefix('6600000')).toThrow(RangeError);
  });

  test('grouping rows of the classifier are dropped; every one of the 85 subjects has units', () => {
    // 2,632 rows in the source, of which 10 are headings such as "Муниципальные районы Ненецкого автономного округа"
    expect(units).toHaveLength(2622);
    expect(units.some((u) => /^(Муниципальные районы|Городские округа)/u.test(u.nameRu))).toBe(false);
    expect(regions.every((r) => byRegion.get(r.code)!.length > 0)).toBe(true);
    expect([...byRegion.values()].reduce((s, us) => s + us.length, 0)).toBe(2622);
  });

  test('autonomous okrugs get their own units by the longer prefix, not their oblast', () => {
    const names = municipalityNames(units);
    expect(names.get('71871000')).toBe('город Ханты-Мансийск');
    expect(byRegion.get('RU-KHM')!.some((u) => u.oktmo === '71871000')).toBe(true);
    expect(byRegion.get('RU-TYU')!.some((u) => u.oktmo.startsWith('718') || u.oktmo.startsWith('719'))).toBe(false);
    expect(byRegion.get('RU-NEN')!.map((u) => u.nameRu)).toEqual([
      'Муниципальный район Заполярный район',
      'город Нарьян-Мар',
    ]);
  });
});

describe('demo municipalities: real units, synthetic demand', () => {
  test('the capital comes first with 30–50 % of the demand; weights sum to 1', () => {
    const smolensk = demoMunicipalities(region('RU-SMO'), byRegion.get('RU-SMO')!, 1);
    expect(smolensk[0].oktmo).toBe('66701000'); // город Смоленск
    expect(smolensk[0].weight).toBeGreaterThanOrEqual(0.3);
    expect(smolensk[0].weight).toBeLessThan(0.5);
    for (const r of regions) {
      const ms = demoMunicipalities(r, byRegion.get(r.code)!, 1);
      expect(ms.reduce((s, m) => s + m.weight, 0)).toBeCloseTo(1, 12);
      expect(ms.map((m) => m.oktmo).sort()).toEqual(
        byRegion
          .get(r.code)!
          .map((u) => u.oktmo)
          .sort(),
      );
    }
  });

  test('mobile offices serve at most three rural districts; a federal city has none and no capital share', () => {
    for (const r of regions) {
      const served = demoMunicipalities(r, byRegion.get(r.code)!, 1).filter((m) => m.servedByMobileOffice);
      expect(served.length).toBeLessThanOrEqual(3);
      expect(served.every((m) => m.rural)).toBe(true);
    }
    const moscow = demoMunicipalities(region('RU-MOW'), byRegion.get('RU-MOW')!, 1);
    expect(moscow.some((m) => m.servedByMobileOffice)).toBe(false);
    expect(moscow[0].weight).toBeLessThan(0.3);
    expect(
      demoMunicipalities(region('RU-TUL'), byRegion.get('RU-TUL')!, 1).filter((m) => m.servedByMobileOffice),
    ).toHaveLength(3);
  });

  test('a region without units is an error naming it', () => {
    expect(() => demoMunicipalities(region('RU-SMO'), [], 1)).toThrow(/RU-SMO/);
  });
});
