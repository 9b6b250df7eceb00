/**
 * Worker-thread side of the pool: builds the model from the first message, answers 'ready', then runs each range it
 * is sent and posts the ranks back (transferred, not copied). The pool terminates it when the work is done.
 */
import { parentPort } from 'node:worker_threads';
import type { ReplicationModel } from '../core/analysis/replication-model.js';
import type { UncertaintySpec } from '../core/analysis/assumptions.js';
import { buildModel, type FromWorker, runRange, type ToWorker } from './evaluation-task.js';

const port = parentPort!;
let model: ReplicationModel | null = null;
let spec: UncertaintySpec | null = null;

const reply = (message: FromWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

port.on('message', (message: ToWorker) => {
  try {
    if (message.kind === 'model') {
      model = buildModel(message.task);
      spec = message.task.spec;
      reply({ kind: 'ready' });
    } else {
      const ranks = runRange(model!, spec!, message.start, message.end);
      reply({ kind: 'ranks', start: message.start, ranks }, [ranks.buffer as ArrayBuffer]);
    }
  } catch (error) {
    reply({ kind: 'error', message: (error as Error).message });
  }
});
