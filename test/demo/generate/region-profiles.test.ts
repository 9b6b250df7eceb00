import { loadCatalogue } from '../../../src/reference/catalogue.js';
import { loadDemoParameters } from '../../../src/demo/demo-parameters.js';
import { regionProfiles, unanchoredBand } from '../../../src/demo/generate/region-profiles.js';
import { loadPublishedPlaces } from '../../../src/demo/published-places.js';

const { regions } = loadCatalogue();
const params = loadDemoParameters();
const published = loadPublishedPlaces();

describe('latent maturity anchored to the published 2017 places', () => {
  test('the file holds the press-reported top ten and Tver Oblast last, with their percentages', () => {
    expect(published.filter((p) => p.place <= 10).map((p) => p.regionCode)).toEqual([
      'RU-MOW',
      'RU-MOS',
      'RU-TUL',
      'RU-SPE',
      'RU-SAK',
      'RU-BEL',
      'RU-SMO',
      'RU-YAN',
      'RU-ULY',
      'RU-BA',
    ]);
    expect(published.find((p) => p.place === 85)).toEqual({ regionCode: 'RU-TVE', place: 85, scorePercent: 1.65 });
  });

  test('band of the other regions: below the tenth place less 0.04, above the last place plus 0.07', () => {
    const { lo, hi } = unanchoredBand(published, 85);
    expect(hi).toBeCloseTo(0.5914 - 0.04, 12);
    expect(lo).toBeCloseTo(0.0165 + 0.07, 12);
    expect(unanchoredBand([], 85)).toEqual({ lo: 0, hi: 1 });
  });

  test('anchored regions take score / 100 (clamped to 0.03); every other region lies strictly between', () => {
    const profiles = regionProfiles(regions, params, published);
    const m = new Map(profiles.map((p) => [p.region.code, p.maturity]));
    expect(m.get('RU-MOW')).toBeCloseTo(0.8992, 12);
    expect(m.get('RU-BA')).toBeCloseTo(0.5914, 12);
    expect(m.get('RU-TVE')).toBe(0.03);
    const others = profiles
      .filter((p) => !published.some((a) => a.regionCode === p.region.code))
      .map((p) => p.maturity);
    expect(others).toHaveLength(74);
    expect(Math.max(...others)).toBeLessThan(0.5514);
    expect(Math.min(...others)).toBeGreaterThan(0.0865);
    // the order of the top ten follows the published places
    const top = published.filter((p) => p.place <= 10).map((p) => m.get(p.regionCode)!);
    expect([...top].sort((a, b) => b - a)).toEqual(top);
  });

  test('an anchor naming an unknown region is an error', () => {
    expect(() => regionProfiles(regions, params, [{ regionCode: 'RU-XX', place: 1, scorePercent: 90 }])).toThrow(
      /RU-XX/,
    );
  });
});
