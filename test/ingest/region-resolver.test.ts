import { RegionResolver } from '../../src/ingest/catalogue/region-resolver.js';
import { loadCatalogue } from '../../src/reference/catalogue.js';

const resolver = new RegionResolver(loadCatalogue().regions);

describe('RegionResolver', () => {
  test.each([
    ['Смоленская обл.', 'RU-SMO'],
    ['Смоленская область', 'RU-SMO'],
    ['смоленская', 'RU-SMO'],
    ['г. Москва', 'RU-MOW'],
    ['Москва', 'RU-MOW'],
    ['Республика Татарстан (Татарстан)', 'RU-TA'],
    ['Чувашская Республика - Чувашия', 'RU-CU'],
    ['Республика Саха (Якутия)', 'RU-SA'],
    ['Кемеровская область — Кузбасс', 'RU-KEM'],
    ['ХМАО', 'RU-KHM'],
    ['RU-SMO', 'RU-SMO'],
    ['ru-smo', 'RU-SMO'],
    ['66000000000', 'RU-SMO'],
    ['66701000', 'RU-SMO'],
    // Tyumen (71), Khanty-Mansi (OKTMO 718…) and Yamal (719…): the longest regional prefix wins.
    ['71701000', 'RU-TYU'],
    ['71818000', 'RU-KHM'],
    ['71951000', 'RU-YAN'],
    ['Ямало-Ненецкий АО', 'RU-YAN'],
  ])('%j is %s', (text, code) => expect(resolver.resolve(text)).toEqual({ code }));

  test('a prefix of several names is ambiguous and lists them', () => {
    const match = resolver.resolve('Республика');
    expect('error' in match && match.error).toMatch(/^ambiguous region "Республика": could be RU-AD, RU-AL, RU-BA/);
  });
  test.each(['Атлантида', '', '12345'])('%j is an error', (text) =>
    expect('error' in resolver.resolve(text)).toBe(true),
  );
  test('Алтай and Алтайский край are different regions', () => {
    expect(resolver.resolve('Алтай')).toEqual({ code: 'RU-AL' });
    expect(resolver.resolve('Алтайский край')).toEqual({ code: 'RU-ALT' });
  });
});
