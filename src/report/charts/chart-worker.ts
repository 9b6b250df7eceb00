/**
 * Worker-thread side of the chart pool (render-pool.ts): takes the model and language first, then draws each chart it
 * is sent and posts the PNG bytes back (transferred, not copied). Several draws may be in flight: the thread draws the
 * next chart while libuv encodes the previous one.
 */
import { parentPort } from 'node:worker_threads';
import type { Lang, PublicationModel } from '../model.js';
import { drawChartPng } from './draw.js';
import type { FromChartWorker, ToChartWorker } from './render-pool.js';

const port = parentPort!;
let model: PublicationModel | null = null;
let lang: Lang = 'ru';

const reply = (message: FromChartWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

port.on('message', (message: ToChartWorker) => {
  if (message.kind === 'model') {
    model = message.model;
    lang = message.lang;
    return;
  }
  drawChartPng(model!, lang, message.draw).then(
    (png) => {
      const bytes = new Uint8Array(png); // a copy we own, so its buffer can be transferred
      reply({ kind: 'png', index: message.index, png: bytes }, [bytes.buffer as ArrayBuffer]);
    },
    (error: unknown) => reply({ kind: 'error', index: message.index, message: (error as Error).message }),
  );
});
