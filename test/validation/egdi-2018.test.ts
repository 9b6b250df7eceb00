/**
 * The UN EGDI 2018 reproduced through `egov score` with data/methodologies/un-egdi.json: EGDI = (OSI + TII + HCI)/3.
 * All 193 values within 5e-5 of the published index (the components are published to 4 decimals) and every published
 * rank equal (sport ranks on the value rounded to 4 decimals).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { loadConfig } from '../../src/config.js';
import { FIXTURES, METHODOLOGIES, readCsvFile, readCsvRecords } from './read-fixture.js';

describe('UN EGDI 2018 through egov score', () => {
  const dir = mkdtempSync(join(tmpdir(), 'egdi-'));
  const out = join(dir, 'egdi.csv');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const published = readCsvRecords('egdi-2018.csv');
  let code = -1;
  const errors: string[] = [];

  beforeAll(async () => {
    const ctx = {
      config: loadConfig({}),
      out: () => undefined,
      err: (t: string) => {
        errors.push(t);
      },
    };
    code = await main(
      [
        'node',
        'egov',
        'score',
        '--methodology',
        `${METHODOLOGIES}un-egdi.json`,
        '--data',
        `${FIXTURES}egdi-2018.csv`,
        '--out',
        out,
      ],
      ctx,
    );
  });

  function ours(): Map<string, Record<string, string>> {
    return new Map(
      readCsvFile(out)
        .filter((r) => r.node === 'egdi')
        .map((r) => [r.unit, r]),
    );
  }

  it('exits 0', () => {
    expect(errors).toEqual([]);
    expect(code).toBe(0);
  });

  it('reproduces all 193 published EGDI values within 5e-5', () => {
    const mine = ours();
    expect(published).toHaveLength(193);
    const off = published.filter(
      (p) => !(Math.abs(Number(mine.get(p['country-code'])?.score) - Number(p['e-gov-index'])) <= 5e-5),
    );
    expect(off.map((p) => p['country-code'])).toEqual([]);
  });

  it('reproduces every published rank', () => {
    const mine = ours();
    const off = published.filter((p) => Number(mine.get(p['country-code'])?.rank) !== Number(p['e-gov-rank']));
    expect(off.map((p) => `${p['country-code']}: ${p['e-gov-rank']} vs ${mine.get(p['country-code'])?.rank}`)).toEqual(
      [],
    );
  });

  it('puts each country in the UN group of its published value', () => {
    const mine = ours();
    const group = (v: number): string => (v >= 0.75 ? 'very high' : v >= 0.5 ? 'high' : v >= 0.25 ? 'middle' : 'low');
    const off = published.filter((p) => mine.get(p['country-code'])?.band !== group(Number(p['e-gov-index'])));
    expect(off.map((p) => p['country-code'])).toEqual([]);
  });
});
