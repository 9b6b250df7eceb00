/** Worker-thread entry: runs the EvaluationTask it is sent and posts back the ranks (transferred, not copied). */
import { parentPort } from 'node:worker_threads';
import { type EvaluationTask, runTask } from './evaluation-task.js';

parentPort!.once('message', (task: EvaluationTask) => {
  try {
    const ranks = runTask(task);
    parentPort!.postMessage({ ok: true, ranks }, [ranks.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: (error as Error).message });
  }
});
