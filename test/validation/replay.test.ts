/**
 * The replay contract on a real build: a recorded run (build log as stored JSON, methodology hash, input hash)
 * replayed on the same input reproduces every score and rank bit for bit.
 */
import { readFileSync } from 'node:fs';
import type { BuildStep } from '../../src/core/pipeline.js';
import { replay } from '../../src/core/pipeline.js';
import { parseDatasetCsv } from '../../src/methodology/dataset-csv.js';
import { datasetHash, methodologyHash } from '../../src/methodology/hash.js';
import { loadMethodologyText } from '../../src/methodology/load.js';
import { dataColumns, scoreDataset } from '../../src/methodology/score-run.js';
import { FIXTURES, METHODOLOGIES } from './read-fixture.js';

const text = readFileSync(`${METHODOLOGIES}validation/asem.json`, 'utf8');
const methodology = loadMethodologyText(text);
const input = parseDatasetCsv(readFileSync(`${FIXTURES}coinr-asem/asem_iData.csv`, 'utf8'), {
  columns: dataColumns(methodology),
  unitColumn: 'uCode',
});

describe('replaying a recorded ASEM run', () => {
  const run = scoreDataset(methodology, input);

  it('records the methodology hash and the input hash', () => {
    expect(run.record.methodologyHash).toBe(methodologyHash(JSON.parse(text)));
    expect(run.record.inputHash).toBe(datasetHash(input));
    expect(run.record.log.map((s) => s.id)).toEqual([
      'tree',
      'impute',
      'transform',
      'treat-outliers',
      'normalise',
      'weights',
      'aggregate',
      'rank',
    ]);
  });

  it('reproduces every number from the log after a round trip through JSON (as stored)', () => {
    const stored = JSON.parse(JSON.stringify(run.record.log)) as BuildStep[];
    const again = replay(stored, input);
    expect(Buffer.from(again.scores.matrix.buffer).equals(Buffer.from(run.result.scores.matrix.buffer))).toBe(true);
    expect(Buffer.from(again.ranks.matrix.buffer).equals(Buffer.from(run.result.ranks.matrix.buffer))).toBe(true);
  });

  it('changes the input hash when one value changes', () => {
    const values = Float64Array.from(input.values);
    values[0] += 1e-12;
    expect(datasetHash({ ...input, values })).not.toBe(run.record.inputHash);
  });
});
