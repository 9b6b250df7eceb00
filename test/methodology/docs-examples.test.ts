/** The JSON examples of docs/methodology.md are real: they load, and the HDI example reproduces a published value. */
import { readFileSync } from 'node:fs';
import { createDataset } from '../../src/core/dataset.js';
import { compileSteps, runPipeline } from '../../src/core/pipeline.js';
import { roundTo } from '../../src/core/rank/round.js';
import { loadMethodologyText } from '../../src/methodology/load.js';

const doc = readFileSync(new URL('../../docs/methodology.md', import.meta.url), 'utf8');

/** The first ```json block after `marker`. */
function jsonBlockAfter(marker: string): string {
  const from = doc.indexOf(marker);
  expect(from).toBeGreaterThanOrEqual(0);
  const start = doc.indexOf('```json\n', from) + '```json\n'.length;
  return doc.slice(start, doc.indexOf('```', start));
}

describe('docs/methodology.md examples', () => {
  it('the quick start and the ASEM example load', () => {
    expect(loadMethodologyText(jsonBlockAfter('## 1. Quick start')).expanded.tree.nodes).toHaveLength(3);
    expect(loadMethodologyText(jsonBlockAfter('### 9.1')).expanded.tree.nodes.map((n) => n.level)).toContain(4);
  });

  it('the UNDP HDI example gives Norway 0.957 (HDR 2020: LE 82.4, EYS 18.1, MYS 12.9, GNI 66,494)', () => {
    const hdi = loadMethodologyText(jsonBlockAfter('<!-- hdi-example:start -->'));
    const columns = ['life_expectancy', 'expected_schooling', 'mean_schooling', 'gni_per_capita'];
    const norway = createDataset(['NOR'], columns, Float64Array.from([82.4, 18.1, 12.9, 66494]));
    const result = runPipeline(norway, compileSteps(hdi.expanded));
    // health (82.4 − 20)/65 = 0.96; education (min(18.1, 18)/18 + 12.9/15)/2 = (1 + 0.86)/2 = 0.93
    // income (ln 66494 − ln 100)/(ln 75000 − ln 100); HDI = (0.96 · 0.93 · income)^(1/3)
    const income = (Math.log(66494) - Math.log(100)) / (Math.log(75000) - Math.log(100));
    expect(result.scores.get('health')[0]).toBeCloseTo(0.96, 12);
    expect(result.scores.get('education')[0]).toBeCloseTo(0.93, 12);
    expect(result.scores.get('income')[0]).toBeCloseTo(income, 12);
    expect(result.scores.get('hdi')[0]).toBeCloseTo(Math.cbrt(0.96 * 0.93 * income), 12);
    expect(roundTo(result.scores.get('hdi')[0], hdi.expanded.rounding.decimals)).toBe(0.957);
  });
});
