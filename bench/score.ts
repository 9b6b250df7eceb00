/**
 * Benchmark of the scoring core: median wall time per full build over many repetitions.
 *  - ASEM (COINr's example: 51 units × 49 indicators, 4 levels), target < 1 ms (COINr needs ~20 ms);
 *  - the ministry-style preset on synthetic data: 85 regions × 18 services × the scored indicators of
 *    data/reference/indicators.csv, generated here from a seeded RNG (synthetic, not real measurements), target < 20 ms;
 *  - a Monte Carlo replication of ASEM (re-run from the weights step, reusing the earlier state);
 *  - a Monte Carlo replication of the ministry rating as the robustness analysis runs it (pipelineModel.evaluate:
 *    stage and service weights × U(0.75, 1.25), only the levels above them re-aggregated, the root ranked).
 *  - COINr's example coin (data/methodologies/validation/asem-vignette.json: denominate, group-mean impute, screen,
 *    Treat with winmax, min-max, arithmetic means), a full build and a replication from the treat-outliers step (the
 *    vignette's winmax assumption re-runs Treat, normalise and everything after it).
 * Synthetic values come from the core's seeded generator (src/core/analysis/random.ts).
 * Run: node --import tsx bench/score.ts [--steps]
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { UncertaintySpecSchema } from '../src/core/analysis/assumptions.js';
import { pipelineModel } from '../src/core/analysis/pipeline-model.js';
import { seededRng } from '../src/core/analysis/random.js';
import { createDataset } from '../src/core/dataset.js';
import type { Dataset } from '../src/core/dataset.js';
import type { BuildStep } from '../src/core/pipeline.js';
import { compileSteps, editStep, runPipeline, stepIndex } from '../src/core/pipeline.js';
import { parseDatasetCsv } from '../src/methodology/dataset-csv.js';
import { loadMethodologyText } from '../src/methodology/load.js';
import { readReferenceLists } from '../src/methodology/reference-lists.js';
import { dataColumns } from '../src/methodology/score-run.js';

const root = new URL('../', import.meta.url).pathname;

interface Timing {
  wall: number;
  cpu: number;
}

/**
 * Median per-call wall time and CPU time (ms) of `fn` after `warmup` untimed calls. CPU time (user + system of this
 * process) is reported too because the machine is shared: wall time then includes time spent descheduled.
 */
function medianMs(fn: () => void, repetitions: number, warmup = 20): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const wall = new Float64Array(repetitions);
  const cpu = new Float64Array(repetitions);
  for (let i = 0; i < repetitions; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    fn();
    wall[i] = Number(process.hrtime.bigint() - t0) / 1e6;
    const c = process.cpuUsage(c0);
    cpu[i] = (c.user + c.system) / 1e3;
  }
  wall.sort();
  cpu.sort();
  return { wall: wall[repetitions >> 1], cpu: cpu[repetitions >> 1] };
}

const show = (t: Timing): string => `median wall ${t.wall.toFixed(3)} ms, CPU ${t.cpu.toFixed(3)} ms`;

function asem(): { input: Dataset; log: BuildStep[] } {
  const m = loadMethodologyText(readFileSync(`${root}data/methodologies/validation/asem.json`, 'utf8'));
  const input = parseDatasetCsv(readFileSync(`${root}test/fixtures/validation/coinr-asem/asem_iData.csv`, 'utf8'), {
    columns: dataColumns(m),
    unitColumn: 'uCode',
  });
  return { input, log: compileSteps(m.expanded) };
}

function vignette(): { input: Dataset; log: BuildStep[] } {
  const m = loadMethodologyText(readFileSync(`${root}data/methodologies/validation/asem-vignette.json`, 'utf8'));
  const input = parseDatasetCsv(readFileSync(`${root}test/fixtures/asem-ua/asem_iData.csv`, 'utf8'), {
    columns: dataColumns(m),
    unitColumn: 'uCode',
    groupColumns: ['EurAsia_group'],
  });
  return { input, log: compileSteps(m.expanded) };
}

/** Synthetic ministry data: every indicator uniform within its goalposts, yes/partial/no as 0/0.5/1, 3% missing. */
function ministry(): { input: Dataset; log: BuildStep[] } {
  const m = loadMethodologyText(
    readFileSync(`${root}data/methodologies/ministry-2019.json`, 'utf8'),
    readReferenceLists(`${root}data/reference`),
  );
  const leaves = m.expanded.tree.nodes.filter((n) => n.indicator);
  const rng = seededRng(20190101);
  const units = Array.from({ length: 85 }, (_, i) => `R${String(i + 1).padStart(2, '0')}`);
  const values = new Float64Array(units.length * leaves.length);
  for (let u = 0; u < units.length; u++) {
    leaves.forEach((leaf, j) => {
      const spec = leaf.indicator!.normaliser as unknown as { min: number; max: number };
      const categorical = m.categories.has(leaf.id);
      values[u * leaves.length + j] =
        rng.next() < 0.03
          ? NaN
          : categorical
            ? Math.floor(rng.next() * 3) / 2
            : spec.min + rng.next() * (spec.max - spec.min);
    });
  }
  return {
    input: createDataset(
      units,
      leaves.map((l) => l.id),
      values,
    ),
    log: compileSteps(m.expanded),
  };
}

const a = asem();
const full = medianMs(() => runPipeline(a.input, a.log), 2000, 200);
const k = stepIndex(a.log, 'weights');
const before = runPipeline(a.input, a.log.slice(0, k)).state;
const rng = seededRng(7);
let replicationLog = a.log;
const replication = medianMs(
  () => {
    replicationLog = editStep(a.log, 'weights', {
      weights: { Conn: 0.5 + rng.next(), Sust: 0.5 + rng.next(), Physical: 0.5 + rng.next() },
    });
    runPipeline(a.input, replicationLog, { from: before, startAt: k });
  },
  2000,
  200,
);
const v = vignette();
const vignetteFull = medianMs(() => runPipeline(v.input, v.log), 500, 50);
const treatAt = stepIndex(v.log, 'treat-outliers');
const beforeTreat = runPipeline(v.input, v.log.slice(0, treatAt)).state;
let winmax = 1;
const vignetteTreat = medianMs(
  () => {
    winmax = (winmax % 5) + 1;
    runPipeline(v.input, editStep(v.log, 'treat-outliers', { ...(v.log[treatAt].params as object), winmax }), {
      from: beforeTreat,
      startAt: treatAt,
    });
  },
  500,
  50,
);
const b = ministry();
if (process.argv.includes('--steps')) profileSteps(b.input, b.log);
const demo = medianMs(() => runPipeline(b.input, b.log), 200, 20);
const model = pipelineModel({
  dataset: b.input,
  log: b.log,
  spec: UncertaintySpecSchema.parse({
    assumptions: [{ id: 'weights', kind: 'weight-noise', levels: [2, 3], factor: 0.25 }],
  }),
});
const uniforms = model.dimensions.map((d) => new Float64Array(d));
const ranks = new Float64Array(b.input.units.length);
const demoReplication = medianMs(
  () => {
    for (const u of uniforms) for (let i = 0; i < u.length; i++) u[i] = rng.next();
    model.evaluate(uniforms, ranks);
  },
  2000,
  200,
);

const leaves = b.input.indicators.length;
console.log(`ASEM full build (51 × 49, 4 levels): ${show(full)} over 2000 runs (target < 1 ms)`);
console.log(`ASEM Monte Carlo replication (from the weights step): ${show(replication)} over 2000 runs`);
console.log(
  `COINr example coin full build (denominate, impute, screen, treat, normalise, aggregate): ${show(vignetteFull)} over 500 runs`,
);
console.log(`COINr example coin replication from treat-outliers (winmax 1..5): ${show(vignetteTreat)} over 500 runs`);
console.log(
  `Ministry build, synthetic data (85 × ${leaves} = 18 services × ${leaves / 18} indicators, ${b.log.length} steps): ${show(demo)} over 200 runs (target < 20 ms)`,
);
console.log(
  `Ministry Monte Carlo replication (stage and service weights, levels above re-aggregated, root ranked): ${show(demoReplication)} over 2000 runs`,
);
console.log(
  `load average at the end: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${os.cpus().length} cores`,
);

/** With --steps: median time of each step of the ministry build, re-run alone from the state before it. */
function profileSteps(input: Dataset, log: readonly BuildStep[]): void {
  for (let k = 0; k < log.length; k++) {
    const from = runPipeline(input, log.slice(0, k)).state;
    const t = medianMs(() => runPipeline(input, log.slice(0, k + 1), { from, startAt: k }), 50, 5);
    console.log(`  step ${log[k].id.padEnd(16)} ${show(t)}`);
  }
}
