// Runs an uncertainty analysis on the compiled program (dist/) with a worker thread forced on (workerWorthMs 0) and
// prints whether its ranks equal the one-thread ranks. Used by test/package/compiled-program.test.ts.
const dist = (path) => import(new URL(`../../../dist/src/${path}`, import.meta.url).href);
const { loadAnalysisInputs } = await dist('robustness-runs/load-analysis-inputs.js');
const { pipelineModel } = await dist('core/analysis/pipeline-model.js');
const { designShape } = await dist('core/analysis/robustness-report.js');
const { runEvaluations } = await dist('core/analysis/run-evaluations.js');
const { evaluationCount } = await dist('core/analysis/saltelli-design.js');
const { runEvaluationsParallel } = await dist('robustness-runs/pool.js');

const preset = new URL('../../../data/methodologies/validation/asem-ua.json', import.meta.url).pathname;
const data = new URL('../../fixtures/asem-ua/asem_iData.csv', import.meta.url).pathname;
const { dataset, log, spec: declared } = loadAnalysisInputs(preset, data, { unitColumn: 'uCode' });
const spec = { ...declared, runs: 40, seed: 5 };
const model = pipelineModel({ dataset, log, spec });
const total = evaluationCount(designShape(spec));
const oneThread = runEvaluations(model, designShape(spec), spec.seed, 0, total);
const twoThreads = await runEvaluationsParallel({ dataset, log, spec }, model, total, 2, 0);
const same = oneThread.length === twoThreads.length && oneThread.every((v, i) => v === twoThreads[i]);
process.stdout.write(`${JSON.stringify({ evaluations: total, same })}\n`);
