import { readFileSync } from 'node:fs';
import { DEMO_PARAMETERS_PATH, loadDemoParameters, parseDemoParameters } from '../../src/demo/demo-parameters.js';

const raw = JSON.parse(readFileSync(DEMO_PARAMETERS_PATH, 'utf8')) as Record<string, unknown>;

describe('demo parameters', () => {
  test('the shipped file is valid and overrides replace single fields', () => {
    const p = loadDemoParameters({ seed: 5, applications: 1000, years: [2019, 2018] });
    expect(p).toMatchObject({ seed: 5, applications: 1000, years: [2018, 2019], targetYears: raw.targetYears });
    expect(loadDemoParameters({ seed: undefined }).seed).toBe(raw.seed);
  });

  test('invalid values are all reported in one RangeError', () => {
    const bad = () => parseDemoParameters({ ...raw, applications: -1, documentDate: 'yesterday' });
    expect(bad).toThrow(RangeError);
    expect(bad).toThrow(/invalid demo parameters: .*applications.*documentDate/);
    expect(() => parseDemoParameters(raw, { years: [2018, 2018] })).toThrow('years must be distinct');
  });
});
