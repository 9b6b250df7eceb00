/**
 * Draws a publication's planned charts on all cores: `threads` worker threads (chart-worker.ts) each get the model
 * once, then chart indices on demand, four in flight per worker (it draws one while another is PNG-encoded, and has
 * work queued while the calling thread is busy with the workbook), and
 * every chart's PNG and SVG (drawn in the same pass, draw.ts) go to `save` as they arrive, in any order; the calling thread stays free for the workbook and the
 * factsheets. Few charts (under WORKERS_FROM), or threads ≤ 1, are drawn in the calling thread: a worker costs a
 * fraction of a second to start. Which thread draws a chart does not change its bytes. A failed chart rejects, after
 * the workers are stopped.
 */
import { availableParallelism } from 'node:os';
import type { Lang, PublicationModel } from '../model.js';
import { startModuleWorker } from '../../workers/start-worker.js';
import { drawChartFiles } from './draw.js';
import type { ChartDraw } from './plan.js';

export type ToChartWorker =
  | { readonly kind: 'model'; readonly model: PublicationModel; readonly lang: Lang }
  | { readonly kind: 'draw'; readonly index: number; readonly draw: ChartDraw };
export type FromChartWorker =
  | { readonly kind: 'chart'; readonly index: number; readonly png: Uint8Array; readonly svg: Uint8Array }
  | { readonly kind: 'error'; readonly index: number; readonly message: string };

/** Below this many charts the calling thread draws them all. */
export const WORKERS_FROM = 24;
const IN_FLIGHT = 4;

export function defaultChartThreads(): number {
  return Math.max(1, availableParallelism());
}

/** `workersFrom` (default WORKERS_FROM): the fewest charts worth starting workers for; tests pass 0 to force them. */
export async function drawCharts(
  model: PublicationModel,
  lang: Lang,
  draws: readonly ChartDraw[],
  save: (index: number, chart: { readonly png: Uint8Array; readonly svg: Uint8Array }) => Promise<void>,
  threads = defaultChartThreads(),
  workersFrom = WORKERS_FROM,
): Promise<void> {
  if (threads <= 1 || draws.length === 0 || draws.length < workersFrom) {
    for (let i = 0; i < draws.length; i++) await save(i, await drawChartFiles(model, lang, draws[i]!));
    return;
  }
  let next = 0;
  let failed = false;
  const saves: Promise<void>[] = [];
  const take = (): number | null => (failed || next >= draws.length ? null : next++);
  const workers = Array.from({ length: Math.min(threads, Math.ceil(draws.length / IN_FLIGHT)) }, () => {
    const worker = startModuleWorker(import.meta.url, './chart-worker.js');
    const done = new Promise<void>((resolve, reject) => {
      let pending = 0;
      const handOut = (): void => {
        for (
          let index = pending < IN_FLIGHT ? take() : null;
          index !== null;
          index = pending < IN_FLIGHT ? take() : null
        ) {
          pending += 1;
          worker.postMessage({ kind: 'draw', index, draw: draws[index]! } satisfies ToChartWorker);
        }
        if (pending === 0) resolve();
      };
      worker.on('message', (message: FromChartWorker) => {
        pending -= 1;
        if (message.kind === 'error') {
          reject(new Error(`chart ${message.index + 1} of ${draws.length}: ${message.message}`));
          return;
        }
        saves.push(save(message.index, { png: message.png, svg: message.svg }));
        handOut();
      });
      worker.once('error', (error) => reject(new Error(`chart worker: ${error.message}`)));
      worker.once('exit', (code) =>
        reject(new Error(`chart worker exited (code ${code}) before finishing its charts`)),
      );
      worker.postMessage({ kind: 'model', model, lang } satisfies ToChartWorker);
      handOut();
    });
    done.catch(() => {
      failed = true;
    });
    return { worker, done };
  });
  try {
    await Promise.all(workers.map((w) => w.done));
    await Promise.all(saves);
  } finally {
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
}
