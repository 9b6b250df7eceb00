import { loadCatalogue } from '../../../src/reference/catalogue.js';
import { municipalityCount, oktmoPrefix, syntheticMunicipalities } from '../../../src/demo/generate/municipalities.js';

const { regions } = loadCatalogue();
const pops = regions.map((r) => r.population);
const [popMin, popMax] = [Math.min(...pops), Math.max(...pops)];

describe('synthetic municipalities', () => {
  test('OKTMO prefix: leading digits before the trailing zeros, at least two', () => {
    expect(oktmoPrefix('66000000')).toBe('66');
    expect(oktmoPrefix('71800000')).toBe('718'); // Khanty-Mansi inside Tyumen's 71
    expect(oktmoPrefix('01000000')).toBe('01');
    expect(() => oktmoPrefix('6600000')).toThrow(RangeError);
  });

  test('count runs from 5 (smallest region) to 30 (largest) on a log scale', () => {
    expect(municipalityCount(popMin, popMin, popMax)).toBe(5);
    expect(municipalityCount(popMax, popMin, popMax)).toBe(30);
    // geometric mean of the extremes sits halfway: 5 + 25/2 = 17.5 → 18
    expect(municipalityCount(Math.sqrt(popMin * popMax), popMin, popMax)).toBe(18);
  });

  test('codes are 8 digits, unique across the country, never another region’s prefix; weights sum to 1', () => {
    const all = regions.flatMap((r) => syntheticMunicipalities(r, 1, popMin, popMax).map((m) => ({ region: r, m })));
    expect(new Set(all.map((x) => x.m.oktmo)).size).toBe(all.length);
    expect(all.every((x) => /^\d{8}$/.test(x.m.oktmo) && x.m.oktmo.endsWith('000'))).toBe(true);
    const prefixes = regions.map((r) => ({ code: r.code, prefix: oktmoPrefix(r.oktmo) }));
    for (const { region, m } of all) {
      const longest = prefixes.filter((p) => m.oktmo.startsWith(p.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
      expect(longest.code).toBe(region.code);
    }
    for (const r of regions) {
      const ms = syntheticMunicipalities(r, 1, popMin, popMax);
      expect(ms.reduce((s, m) => s + m.weight, 0)).toBeCloseTo(1, 12);
      expect(ms.filter((m) => m.servedByMobileOffice).every((m) => m.rural)).toBe(true);
    }
  });
});
