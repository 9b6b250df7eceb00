/**
 * Runs the evaluations of an analysis on all cores: [0, total) is cut into chunks handed out on demand to the calling
 * thread and to threads − 1 workers (a worker that starts late simply takes fewer chunks), and every chunk's ranks go
 * to its own place in the result. Each evaluation draws from its own random streams (seed, row, side, assumption), so
 * the result is identical to a one-thread run with the same seed, whatever the chunking.
 *
 * Workers run evaluation-worker (compiled, or from the sources through tsx in tests: src/workers/start-worker.ts).
 * Starting a worker costs a fraction of a second (loading the modules), so the calling thread first runs one chunk alone and starts workers only when the rest is projected to
 * take longer than WORKER_WORTH_MS; this choice depends on timing, the results do not. threads ≤ 1 runs in the calling
 * thread. A worker's error rejects.
 */
import { availableParallelism } from 'node:os';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import type { ReplicationModel } from '../core/analysis/replication-model.js';
import { type FromWorker, type ModelTask, runRange, type ToWorker } from './evaluation-task.js';
import { startModuleWorker } from '../workers/start-worker.js';

/** A new evaluation worker thread, waiting for its model. */
export function startEvaluationWorker(): Worker {
  return startModuleWorker(import.meta.url, './evaluation-worker.js');
}

/** Projected remaining work (ms, one thread) above which worker threads pay for their start-up. */
export const WORKER_WORTH_MS = 1000;

/** Threads to use by default: all cores. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Ranks of evaluations [0, total), row-major total × units; `model` is the calling thread's copy of the task's model.
 * `workerWorthMs` (default WORKER_WORTH_MS) is the projected one-thread time above which workers are started; 0 always
 * starts them (tests).
 */
export async function runEvaluationsParallel(
  task: ModelTask,
  model: ReplicationModel,
  total: number,
  threads = defaultThreads(),
  workerWorthMs = WORKER_WORTH_MS,
): Promise<Float64Array> {
  const nUnits = model.units.length;
  if (threads <= 1 || total < 2) return runRange(model, task.spec, 0, total);
  const ranks = new Float64Array(total * nUnits);
  const chunk = Math.max(25, Math.ceil(total / (threads * 16)));
  let next = 0;
  let failed = false;
  const take = (): [number, number] | null => {
    if (failed || next >= total) return null;
    const start = next;
    next = Math.min(total, next + chunk);
    return [start, next];
  };
  const runHere = (range: [number, number]): void =>
    ranks.set(runRange(model, task.spec, range[0], range[1]), range[0] * nUnits);
  const first = take()!;
  const started = performance.now();
  runHere(first);
  const projected = ((performance.now() - started) / (first[1] - first[0])) * (total - first[1]);
  const workerCount = projected < workerWorthMs ? 0 : Math.min(threads - 1, Math.ceil((total - first[1]) / chunk) - 1);
  const workers = Array.from({ length: workerCount }, () => startWorker(task, take, ranks, nUnits));
  // a worker failing while this thread computes stops the hand-out; Promise.all below reports the error
  for (const w of workers)
    w.done.catch(() => {
      failed = true;
    });
  try {
    for (let range = take(); range !== null; range = take()) {
      runHere(range);
      if (workers.length > 0) await yieldToEvents(); // let workers' replies in and hand them new chunks
    }
    await Promise.all(workers.map((w) => w.done));
  } finally {
    for (const w of workers) void w.worker.terminate();
  }
  return ranks;
}

function startWorker(task: ModelTask, take: () => [number, number] | null, ranks: Float64Array, nUnits: number) {
  const worker = startEvaluationWorker();
  const done = new Promise<void>((resolve, reject) => {
    const send = (message: ToWorker): void => worker.postMessage(message);
    const handOut = (): void => {
      const range = take();
      if (range === null) resolve();
      else send({ kind: 'range', start: range[0], end: range[1] });
    };
    worker.on('message', (message: FromWorker) => {
      if (message.kind === 'error') reject(new Error(`analysis worker: ${message.message}`));
      else if (message.kind === 'ready') handOut();
      else {
        ranks.set(message.ranks, message.start * nUnits);
        handOut();
      }
    });
    worker.once('error', (error) => reject(new Error(`analysis worker: ${error.message}`)));
    // a worker that dies without an 'error' event (e.g. process.exit in a module) would otherwise leave this pending
    // forever; after a normal finish the promise is already settled and this does nothing
    worker.once('exit', (code) =>
      reject(new Error(`analysis worker: exited (code ${code}) before finishing its chunks`)),
    );
    send({ kind: 'model', task });
  });
  return { worker, done };
}
