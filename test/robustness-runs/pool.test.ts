import { UncertaintySpecSchema } from '../../src/core/analysis/assumptions.js';
import { pipelineModel } from '../../src/core/analysis/pipeline-model.js';
import { designShape } from '../../src/core/analysis/robustness-report.js';
import { runEvaluations } from '../../src/core/analysis/run-evaluations.js';
import { evaluationCount } from '../../src/core/analysis/saltelli-design.js';
import { loadAnalysisInputs } from '../../src/robustness-runs/load-analysis-inputs.js';
import type { FromWorker } from '../../src/robustness-runs/evaluation-task.js';
import { runEvaluationsParallel, startEvaluationWorker } from '../../src/robustness-runs/pool.js';

const PRESET = new URL('../../data/methodologies/validation/asem-ua.json', import.meta.url).pathname;
const DATA = new URL('../fixtures/asem-ua/asem_iData.csv', import.meta.url).pathname;

describe('worker-thread pool', () => {
  const { dataset, log, spec: preset } = loadAnalysisInputs(PRESET, DATA, { unitColumn: 'uCode' });

  it('gives exactly the one-thread ranks when workers share the evaluations', async () => {
    const spec = { ...preset, runs: 300, seed: 99 };
    const model = pipelineModel({ dataset, log, spec });
    const total = evaluationCount(designShape(spec));
    const oneThread = runEvaluations(model, designShape(spec), spec.seed, 0, total);
    // workerWorthMs = 0 forces the workers to start however small the job is
    const threeThreads = await runEvaluationsParallel({ dataset, log, spec }, model, total, 3, 0);
    expect(threeThreads).toEqual(oneThread);
  });

  it('reports a failing replication from the worker thread with its message', async () => {
    // a geometric mean of min-max 0..100 scores meets zeros, so every replication fails in the aggregate step
    const spec = UncertaintySpecSchema.parse({
      runs: 4,
      seed: 3,
      assumptions: [{ id: 'agg', kind: 'aggregation', options: [{ method: 'geometric' }] }],
    });
    const zeroLog = log.map((s) =>
      s.step === 'normalise' ? { ...s, params: { all: { method: 'min-max', range: [0, 100] } } } : s,
    );
    const worker = startEvaluationWorker();
    const replies: FromWorker[] = [];
    const done = new Promise<void>((resolve) =>
      worker.on('message', (m: FromWorker) => {
        replies.push(m);
        if (replies.length === 2) resolve();
      }),
    );
    worker.postMessage({ kind: 'model', task: { dataset, log: zeroLog, spec } });
    worker.postMessage({ kind: 'range', start: 0, end: 4 });
    await done;
    await worker.terminate();
    expect(replies[0]).toEqual({ kind: 'ready' });
    expect(replies[1]).toEqual({ kind: 'error', message: expect.stringMatching(/step "aggregate".*geometric/) });
  });
});
