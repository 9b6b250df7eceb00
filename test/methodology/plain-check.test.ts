/**
 * The quick check (src/methodology/plain-check.ts) lets `egov score` skip zod for a valid methodology. It must never
 * accept what the zod schema refuses, and must give exactly the schema's value (defaults, key order) when it accepts.
 */
import { readFileSync } from 'node:fs';
import { plainMethodology } from '../../src/methodology/plain-check.js';
import { MethodologySchema } from '../../src/methodology/schema.js';
import { expandTemplates } from '../../src/methodology/templates.js';
import { loadMethodologyFile } from '../../src/methodology/load-file.js';
import { loadMethodologyText } from '../../src/methodology/load.js';
import { readReferenceLists } from '../../src/methodology/reference-lists.js';

const root = new URL('../../', import.meta.url).pathname;
const FILES = [
  'data/methodologies/un-egdi.json',
  'data/methodologies/ministry-2019.json',
  'data/methodologies/validation/asem.json',
];
const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(root + file, 'utf8')) as Record<string, unknown>;
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Same value, same key order (JSON text), or both "not accepted". */
function expectAgrees(json: unknown): 'accepted' | 'schema' | 'refused' {
  const plain = plainMethodology(json);
  const schema = MethodologySchema.safeParse(json);
  if (plain === undefined) return schema.success ? 'schema' : 'refused';
  expect(schema.success).toBe(true);
  expect(JSON.stringify(plain)).toBe(JSON.stringify(schema.data));
  expect(plain).toEqual(schema.data);
  return 'accepted';
}

/** A tiny seeded generator (mulberry32), so the mutations are the same on every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every (container, key) of a JSON value. */
function slots(value: unknown, out: [Record<string, unknown> | unknown[], string | number][] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([value, i]), slots(v, out)));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) (out.push([value as Record<string, unknown>, k]), slots(v, out));
  return out;
}

const REPLACEMENTS: unknown[] = [0, -1, 1, 1.5, 16, '', 'x', '{a.b}', 'min', 'none', true, null, [], [1], {}, { a: 1 }];

describe('the quick methodology check agrees with the zod schema', () => {
  test.each(FILES)('%s: the same document, defaults and key order', (file) => {
    const json = read(file);
    expect(expectAgrees(json)).toBe('accepted');
    // the expanded document is checked again; the quick check takes it too
    const lists = readReferenceLists(undefined);
    expect(expectAgrees(clone(expandTemplates(MethodologySchema.parse(json), lists)))).toBe('accepted');
  });

  test('defaults are filled as the schema fills them (missing, outliers, bands)', () => {
    const json = read('data/methodologies/un-egdi.json');
    delete json.missing;
    delete json.outliers;
    delete json.bands;
    const plain = plainMethodology(json)!;
    expect(plain.missing).toEqual({ impute: { method: 'none' }, minShare: 0 });
    expect(plain.outliers).toEqual({ method: 'none' });
    expect(plain.bands).toEqual([]);
    expectAgrees(json);
    expectAgrees({ ...json, missing: { minShare: 0.5 } });
    expectAgrees({ ...json, missing: {} });
  });

  test('faults the schema refuses are not accepted', () => {
    const base = read('data/methodologies/un-egdi.json');
    const faults: Record<string, unknown>[] = [
      { ...base, format: 'egov-methodology/2' },
      { ...base, id: 'UN EGDI' },
      { ...base, version: '' },
      { ...base, extra: 1 },
      { ...base, indicators: [] },
      { ...base, tree: { id: 'egdi', children: [] } },
      { ...base, tree: { children: [{ indicator: 'osi' }] } },
      { ...base, tree: { id: 'egdi', indicator: 'osi', children: [{ indicator: 'osi' }] } },
      { ...base, rounding: { decimals: 16 } },
      { ...base, rounding: { decimals: 2.5 } },
      { ...base, rank: { ties: 'max' } },
      { ...base, missing: { impute: { method: 'none' }, minShare: 2 } },
      { ...base, aggregationByLevel: { '0': { method: 'arithmetic' } } },
      { ...base, normalisation: { method: '' } },
      { ...base, bands: [{ node: 'egdi', by: 'quantiles', labels: ['only one'] }] },
      { ...base, bands: [{ node: 'egdi', by: 'thresholds', bands: [{ label: '', min: 0 }] }] },
      { ...base, outliers: { method: 'coinr', skewness: 0 } },
      { ...base, uncertainty: 'nonsense' },
    ];
    for (const fault of faults) {
      expect(plainMethodology(fault)).toBeUndefined();
      expect(MethodologySchema.safeParse(fault).success).toBe(false);
    }
  });

  test.each(['data/methodologies/validation/asem-ua.json', 'data/methodologies/validation/asem-vignette.json'])(
    '%s has an uncertainty section: left to the schema',
    (file) => {
      const json = read(file);
      expect(MethodologySchema.safeParse(json).success).toBe(true);
      expect(plainMethodology(json)).toBeUndefined();
    },
  );

  test('800 random one-place mutations of the repository methodologies: never accepted unless the schema agrees', () => {
    const random = rng(15);
    const outcomes = { accepted: 0, schema: 0, refused: 0 };
    for (let n = 0; n < 800; n++) {
      const json = read(FILES[n % FILES.length]);
      const places = slots(json);
      const [container, key] = places[Math.floor(random() * places.length)];
      const roll = random();
      if (roll < 0.3 && !Array.isArray(container)) delete container[key as string];
      else if (roll < 0.4 && !Array.isArray(container)) container[`${String(key)}_x`] = 1;
      else (container as Record<string, unknown>)[key] = REPLACEMENTS[Math.floor(random() * REPLACEMENTS.length)];
      outcomes[expectAgrees(json)]++;
    }
    // the mutations exercise all three outcomes
    expect(outcomes.accepted).toBeGreaterThan(50);
    expect(outcomes.refused).toBeGreaterThan(50);
  });

  test('a file the quick check cannot vouch for still loads through the schema, or fails with its message', async () => {
    const ua = await loadMethodologyFile(`${root}data/methodologies/validation/asem-ua.json`);
    expect(ua.source.uncertainty?.runs).toBeGreaterThan(0);
    const text = readFileSync(`${root}data/methodologies/un-egdi.json`, 'utf8');
    expect(loadMethodologyText(text).source).toEqual(MethodologySchema.parse(JSON.parse(text)));
    expect(() => loadMethodologyText(text.replace('"decimals": 4 }', '"decimals": 40 }'))).toThrow(
      /^methodology: rounding\.decimals: /,
    );
  });
});
