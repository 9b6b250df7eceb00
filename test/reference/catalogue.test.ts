import { readFileSync } from 'node:fs';
import { loadCatalogue } from '../../src/reference/catalogue.js';

const catalogue = loadCatalogue();

describe('reference catalogue', () => {
  test('holds the 85 federal subjects with unique codes and identifiers', () => {
    const { regions } = catalogue;
    expect(regions).toHaveLength(85);
    for (const key of ['code', 'nameRu', 'nameEn', 'okato', 'oktmo', 'fias'] as const) {
      expect(new Set(regions.map((r) => r[key])).size).toBe(85);
    }
    expect(regions.find((r) => r.code === 'KZ-BAY')).toBeUndefined();
  });

  test('gives Crimea and Sevastopol stable own codes and no ISO code', () => {
    const crimea = catalogue.regions.find((r) => r.oktmo === '35000000');
    const sevastopol = catalogue.regions.find((r) => r.oktmo === '67000000');
    expect(crimea).toMatchObject({ code: 'RU-CR', isoCode: null });
    expect(sevastopol).toMatchObject({ code: 'RU-SEV', isoCode: null });
    const others = catalogue.regions.filter((r) => r.isoCode !== null);
    expect(others.every((r) => r.code === r.isoCode && /^RU-[A-Z]{2,3}$/.test(r.code))).toBe(true);
  });

  test('puts every region on its own tile of the 11 × 19 grid', () => {
    const tiles = catalogue.regions.map((r) => `${r.tileRow},${r.tileCol}`);
    expect(new Set(tiles).size).toBe(85);
    expect(Math.max(...catalogue.regions.map((r) => r.tileRow))).toBeLessThanOrEqual(11);
    expect(Math.max(...catalogue.regions.map((r) => r.tileCol))).toBeLessThanOrEqual(19);
  });

  test('populations sum to the source total of 146,745,098', () => {
    expect(catalogue.regions.reduce((sum, r) => sum + r.population, 0)).toBe(146_745_098);
  });

  test('assigns every region to one of the 8 federal districts', () => {
    const districts = new Set(catalogue.federalDistricts.map((d) => d.code));
    expect(districts.size).toBe(8);
    expect(catalogue.regions.every((r) => districts.has(r.federalDistrict))).toBe(true);
    const perDistrict = new Map<string, number>();
    for (const r of catalogue.regions)
      perDistrict.set(r.federalDistrict, (perDistrict.get(r.federalDistrict) ?? 0) + 1);
    // Central 18, North-West 11, South 8 (with Crimea and Sevastopol), North Caucasus 7, Volga 14, Ural 6, Siberia 10, Far East 11.
    expect(Object.fromEntries(perDistrict)).toEqual({
      CFD: 18,
      NWFD: 11,
      SFD: 8,
      NCFD: 7,
      VFD: 14,
      UFD: 6,
      SFO: 10,
      FEFD: 11,
    });
  });

  test('has the 10 stages of DOMAIN.md, 18 services with the two publicly named ones, and indicators on every stage', () => {
    expect(catalogue.stages.map((s) => s.id)).toEqual([
      'info',
      'appointment',
      'e_application',
      'fee_payment',
      'interagency',
      'status',
      'decision',
      'e_result',
      'quality_rating',
      'appeal',
    ]);
    expect(catalogue.services).toHaveLength(18);
    expect(
      catalogue.services
        .filter((s) => s.publiclyNamed)
        .map((s) => s.id)
        .sort(),
    ).toEqual(['hunting_licence', 'marriage_registration']);
    const stagesWithIndicators = new Set(catalogue.indicators.map((i) => i.stageId));
    expect(stagesWithIndicators.size).toBe(10);
    const kinds = new Set(catalogue.indicators.map((i) => i.kind));
    expect([...kinds].sort()).toEqual(['count', 'duration', 'rating', 'share', 'yes_partial_no']);
    for (const i of catalogue.indicators) {
      if (i.kind === 'duration') expect(i.direction).toBe(-1);
      if (i.min !== null && i.max !== null) expect(i.min).toBeLessThan(i.max);
    }
  });

  test('keeps the licence of the region data next to it', () => {
    const readme = readFileSync(new URL('../../data/reference/README.md', import.meta.url), 'utf8');
    expect(readme).toMatch(/CC BY-SA 4\.0/);
    expect(readme).toMatch(/RU-CR/);
  });
});
