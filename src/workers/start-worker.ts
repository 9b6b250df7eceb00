/**
 * Starts a worker thread on one of the project's modules, named as the caller names its imports: relative to the
 * caller's import.meta.url with a .js extension ('./evaluation-worker.js'). Compiled (dist/, production): the .js
 * module runs directly. From the TypeScript sources (jest, tsx: tests and benches): the worker starts on
 * source-worker.mjs, which registers tsx in the new thread and loads the .ts file.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

const SOURCE_WORKER = new URL('./source-worker.mjs', import.meta.url);

export function startModuleWorker(
  callerUrl: string,
  relativeJs: string,
  options: Omit<WorkerOptions, 'argv'> = {},
): Worker {
  if (!relativeJs.endsWith('.js'))
    throw new RangeError(`startModuleWorker: name the module with .js, got "${relativeJs}"`);
  if (!callerUrl.endsWith('.ts')) return new Worker(new URL(relativeJs, callerUrl), options);
  return new Worker(SOURCE_WORKER, { ...options, argv: [new URL(relativeJs.replace(/\.js$/, '.ts'), callerUrl).href] });
}
