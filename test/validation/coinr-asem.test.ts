/**
 * COINr's ASEM build reproduced: min-max 0–100, arithmetic means at every level, metadata weights. Every normalised
 * value and every aggregate within 1e-9 of COINr 1.1.14's files, and every rank equal (fixtures and their source in
 * test/fixtures/validation/README.md).
 */
import { readFileSync } from 'node:fs';
import { compileSteps, runPipeline } from '../../src/core/pipeline.js';
import { parseDatasetCsv } from '../../src/methodology/dataset-csv.js';
import { loadMethodologyText } from '../../src/methodology/load.js';
import { FIXTURES, METHODOLOGIES, readCsvRecords, rNumber } from './read-fixture.js';

const methodology = loadMethodologyText(readFileSync(`${METHODOLOGIES}validation/asem.json`, 'utf8'));
const leaves = methodology.expanded.tree.nodes.filter((n) => n.indicator).map((n) => n.id);
const input = parseDatasetCsv(readFileSync(`${FIXTURES}coinr-asem/asem_iData.csv`, 'utf8'), {
  columns: leaves,
  unitColumn: 'uCode',
});
const result = runPipeline(input, compileSteps(methodology.expanded));

/** Every (unit, column) cell of a COINr result file next to ours. */
function cells(
  file: string,
  ours: (node: string) => Float64Array,
): { unit: string; node: string; theirs: number; mine: number }[] {
  const out: { unit: string; node: string; theirs: number; mine: number }[] = [];
  for (const record of readCsvRecords(`coinr-asem/${file}`)) {
    const u = input.units.indexOf(record.uCode);
    for (const [node, text] of Object.entries(record)) {
      if (node === 'uCode' || node === 'uName') continue;
      out.push({ unit: record.uCode, node, theirs: rNumber(text), mine: ours(node)[u] });
    }
  }
  return out;
}

describe('COINr ASEM nominal build (51 units × 49 indicators, 4 levels)', () => {
  it('builds the tree of 49 indicators, 8 pillars, 2 sub-indices and the index', () => {
    expect(leaves).toHaveLength(49);
    expect(result.scores.ids).toHaveLength(60);
    expect(input.units).toHaveLength(51);
  });

  it('matches every normalised value within 1e-9, missing where COINr has NA', () => {
    const all = cells('A_minmax_amean_normalised.csv', (node) => result.scores.get(node));
    expect(all).toHaveLength(51 * 49);
    const off = all.filter((c) =>
      Number.isNaN(c.theirs) ? !Number.isNaN(c.mine) : !(Math.abs(c.mine - c.theirs) <= 1e-9),
    );
    expect(off).toEqual([]);
  });

  it('matches every aggregate (pillars, sub-indices, index) within 1e-9', () => {
    const all = cells('A_minmax_amean_aggregated.csv', (node) => result.scores.get(node));
    expect(all).toHaveLength(51 * 60);
    const off = all.filter((c) =>
      Number.isNaN(c.theirs) ? !Number.isNaN(c.mine) : !(Math.abs(c.mine - c.theirs) <= 1e-9),
    );
    expect(off).toEqual([]);
  });

  it('gives every rank of the index, sub-indices and pillars exactly as COINr (ties share the best rank)', () => {
    const aggregates = new Set(methodology.expanded.tree.nodes.filter((n) => !n.indicator).map((n) => n.id));
    const all = cells('A_minmax_amean_ranks.csv', (node) => result.ranks.get(node)).filter((c) =>
      aggregates.has(c.node),
    );
    expect(all).toHaveLength(51 * 11);
    expect(all.filter((c) => !Object.is(c.mine, c.theirs))).toEqual([]);
  });

  it('gives every indicator rank as COINr except one tie that COINr breaks below the published precision', () => {
    // TolMin: BGR, CZE and GRC all have 5.1 in asem_iData.csv (15 significant digits) and so tie at rank 24 here.
    // COINr ranks GRC 26th: in R's own copy of the data GRC's value differs from 5.1 in a digit the CSV does not
    // carry, so the tie is broken there. Every other of the 2,499 indicator ranks is equal.
    const aggregates = new Set(methodology.expanded.tree.nodes.filter((n) => !n.indicator).map((n) => n.id));
    const all = cells('A_minmax_amean_ranks.csv', (node) => result.ranks.get(node)).filter(
      (c) => !aggregates.has(c.node),
    );
    expect(all).toHaveLength(51 * 49);
    expect(all.filter((c) => !Object.is(c.mine, c.theirs))).toEqual([
      { unit: 'GRC', node: 'TolMin', theirs: 26, mine: 24 },
    ]);
    const tolMin = input.indicators.indexOf('TolMin');
    const raw = (unit: string): number => input.values[input.units.indexOf(unit) * input.indicators.length + tolMin];
    expect([raw('BGR'), raw('CZE')]).toEqual([raw('GRC'), raw('GRC')]);
  });
});
