/**
 * Benchmark of the robustness analysis: 10,000 evaluations of (1) the ASEM uncertainty preset (51 units × 49
 * indicators; weights of levels 2–3 and arithmetic/geometric aggregation; Saltelli N = 2,500, k = 2) and (2) a
 * synthetic demo-size rating (85 regions × 18 services × 10 stages × 2–3 indicators = 450 indicators; weights,
 * aggregation, normaliser and drop-one-service; Saltelli N = 1,667, k = 4). Prints the median wall time of several
 * runs (model build, all evaluations and the report), one thread and all cores, and evaluations per second, with the
 * process CPU time (all threads) of the median run: on a shared, overloaded machine wall time overstates what an idle
 * core would take, and one-thread CPU time is the better estimate of it.
 * (3) COINr's sensitivity vignette as shipped in data/methodologies/validation/asem-vignette.json (denominate, group
 * mean, screen, Treat, min-max; winmax 1..5, normaliser, weights at levels 2–3, aggregation; N = 1000, Saltelli, k = 4
 * → 6,000 evaluations), next to COINr's 132 s for N = 1000 on this kind of machine (goal: at least 100× faster).
 * Run: node --import tsx bench/uncertainty.ts [repeats] [asem|demo|vignette|all]
 * Target: 10,000 ASEM evaluations in under 3 s on a 2-core machine.
 */
import { availableParallelism } from 'node:os';
import { analyseBuild } from '../src/robustness-runs/analyse-build.js';
import { loadAnalysisInputs } from '../src/robustness-runs/load-analysis-inputs.js';
import type { UncertaintySpec } from '../src/core/analysis/assumptions.js';
import { seededRng } from '../src/core/analysis/random.js';
import { createDataset, type Dataset } from '../src/core/dataset.js';
import type { ExpandedMethodology } from '../src/core/expanded.js';
import { type BuildStep, compileSteps } from '../src/core/pipeline.js';
import type { TreeNode } from '../src/core/tree.js';

const REPEATS = Number(process.argv[2] ?? 3);
const WHICH = process.argv[3] ?? 'all';
const root = new URL('..', import.meta.url).pathname;

/** A synthetic ministry-style rating (SYNTHETIC data): region ← 18 services ← 10 stages ← 2–3 indicators. */
function syntheticDemo(): { dataset: Dataset; log: BuildStep[] } {
  const rng = seededRng(2019);
  const nodes: TreeNode[] = [{ id: 'region', parent: null, level: 4, weight: 1 }];
  const leaves: string[] = [];
  for (let s = 0; s < 18; s += 1) {
    nodes.push({ id: `s${s}`, parent: 'region', level: 3, weight: 1 });
    for (let t = 0; t < 10; t += 1) {
      nodes.push({ id: `s${s}.t${t}`, parent: `s${s}`, level: 2, weight: 1 + (t % 3) });
      for (let i = 0; i < 2 + ((s + t) % 2); i += 1) {
        const id = `s${s}.t${t}.i${i}`;
        leaves.push(id);
        nodes.push({
          id,
          parent: `s${s}.t${t}`,
          level: 1,
          weight: 1,
          indicator: {
            direction: i === 1 ? -1 : 1,
            normaliser: { method: 'min-max', range: [0, 100], onConstant: 'midpoint' },
          },
        });
      }
    }
  }
  const units = Array.from({ length: 85 }, (_, u) => `R${String(u + 1).padStart(2, '0')}`);
  const quality = units.map(() => rng.next());
  const values = new Float64Array(units.length * leaves.length);
  for (let u = 0; u < units.length; u += 1) {
    for (let j = 0; j < leaves.length; j += 1) {
      values[u * leaves.length + j] = rng.next() < 0.03 ? NaN : 100 * (0.6 * quality[u] + 0.4 * rng.next());
    }
  }
  const methodology: ExpandedMethodology = {
    id: 'synthetic-demo-bench',
    version: '1',
    tree: { nodes, root: 'region' },
    missing: { impute: { method: 'none' }, minShare: 0 },
    outliers: { method: 'none' },
    aggregation: { method: 'arithmetic' },
    rounding: { decimals: 2 },
    rank: { ties: 'min', decimals: 2 },
    bands: [],
  };
  return { dataset: createDataset(units, leaves, values), log: compileSteps(methodology) };
}

const demoSpec: UncertaintySpec = {
  target: 'region',
  runs: 1667,
  seed: 1,
  design: 'saltelli',
  quantiles: [0.05, 0.95],
  bootstrap: 200,
  assumptions: [
    { id: 'weights', kind: 'weight-noise', levels: [2, 3], factor: 0.25 },
    { id: 'aggregation', kind: 'aggregation', options: [{ method: 'arithmetic' }, { method: 'geometric', shift: 1 }] },
    { id: 'normaliser', kind: 'normaliser', options: ['nominal', { method: 'rank' }] },
    { id: 'drop-service', kind: 'exclusion', level: 3, includeNone: true },
  ],
};

async function timeIt(
  label: string,
  dataset: Dataset,
  log: readonly BuildStep[],
  spec: UncertaintySpec,
  threads: number,
): Promise<number> {
  const runs: { wall: number; cpu: number }[] = [];
  let evaluations = 0;
  for (let r = 0; r < REPEATS; r += 1) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const report = await analyseBuild(dataset, log, spec, { threads });
    const cpu = process.cpuUsage(cpuStart);
    runs.push({ wall: performance.now() - start, cpu: (cpu.user + cpu.system) / 1000 });
    evaluations = report.evaluations;
  }
  runs.sort((a, b) => a.wall - b.wall);
  const times = runs.map((run) => run.wall);
  const median = times[Math.floor(times.length / 2)];
  const medianCpu = runs[Math.floor(runs.length / 2)].cpu;
  console.log(
    `${label.padEnd(34)} threads ${threads}  ${evaluations} evaluations  median ${(median / 1000).toFixed(2)} s (cpu ${(medianCpu / 1000).toFixed(2)} s)` +
      `  (${Math.round(evaluations / (median / 1000))} evaluations/s; runs: ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s)`,
  );
  return median;
}

/** COINr 1.1.14's time for the sensitivity vignette's analysis at N = 1000 on this kind of machine (the issue's baseline). */
const COINR_SECONDS = 132;

const asem = loadAnalysisInputs(
  `${root}data/methodologies/validation/asem-ua.json`,
  `${root}test/fixtures/asem-ua/asem_iData.csv`,
  { unitColumn: 'uCode' },
);
const asemSpec: UncertaintySpec = { ...asem.spec, runs: 2500 };
const vignette = loadAnalysisInputs(
  `${root}data/methodologies/validation/asem-vignette.json`,
  `${root}test/fixtures/asem-ua/asem_iData.csv`,
  { unitColumn: 'uCode', groupColumns: ['EurAsia_group'] },
);
const demo = syntheticDemo();
const cores = availableParallelism();
console.log(`uncertainty benchmark: ${REPEATS} runs each, ${cores} cores, Node ${process.version}`);
for (const threads of cores > 1 ? [1, cores] : [1]) {
  if (WHICH === 'asem' || WHICH === 'all')
    await timeIt('ASEM (51 × 49, k = 2)', asem.dataset, asem.log, asemSpec, threads);
}
for (const threads of cores > 1 ? [1, cores] : [1]) {
  if (WHICH === 'demo' || WHICH === 'all')
    await timeIt('synthetic demo (85 × 450, k = 4)', demo.dataset, demo.log, demoSpec, threads);
}
for (const threads of cores > 1 ? [1, cores] : [1]) {
  if (WHICH === 'vignette' || WHICH === 'all') {
    const median = await timeIt(
      'COINr vignette (51 × 49, k = 4)',
      vignette.dataset,
      vignette.log,
      vignette.spec,
      threads,
    );
    console.log(`  vs COINr ${COINR_SECONDS} s for N = 1000: ${(COINR_SECONDS / (median / 1000)).toFixed(0)}× faster`);
  }
}
