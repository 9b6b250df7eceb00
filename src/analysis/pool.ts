/**
 * Runs the evaluations of an analysis on worker threads: [0, total) is cut into one contiguous range per thread, each
 * worker rebuilds the model and runs its range (evaluation-task.ts), and the ranges are concatenated in order. Every
 * evaluation draws from its own random streams (seed, row, side, assumption), so the result is identical to a
 * one-thread run with the same seed.
 *
 * Workers start from worker-bootstrap.mjs, which registers tsx (as the `egov` binary does) and loads the TypeScript.
 * threads ≤ 1 runs in the calling thread. A worker's error rejects with its message.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type EvaluationTask, runTask } from './evaluation-task.js';

const WORKER_URL = new URL('./worker-bootstrap.mjs', import.meta.url);

/** Threads to use by default: all cores. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

export async function runEvaluationsParallel(task: Omit<EvaluationTask, 'start' | 'end'>, total: number,
  threads = defaultThreads()): Promise<Float64Array> {
  const count = Math.max(1, Math.min(threads, total));
  if (count === 1) return runTask({ ...task, start: 0, end: total });
  const bounds = Array.from({ length: count + 1 }, (_, t) => Math.round((t * total) / count));
  const parts = await Promise.all(bounds.slice(0, -1).map((start, t) => runInWorker({ ...task, start, end: bounds[t + 1] })));
  const nUnits = task.dataset.units.length;
  const ranks = new Float64Array(total * nUnits);
  parts.forEach((part, t) => ranks.set(part, bounds[t] * nUnits));
  return ranks;
}

function runInWorker(task: EvaluationTask): Promise<Float64Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL);
    worker.once('message', (reply: { ok: true; ranks: Float64Array } | { ok: false; message: string }) => {
      void worker.terminate();
      if (reply.ok) resolve(reply.ranks);
      else reject(new Error(`analysis worker: ${reply.message}`));
    });
    worker.once('error', (error) => reject(new Error(`analysis worker: ${error.message}`)));
    worker.postMessage(task);
  });
}
