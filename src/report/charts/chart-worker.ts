/**
 * Worker-thread side of the chart pool (render-pool.ts): takes the model and language first, then draws each chart it
 * is sent and posts the PNG and SVG bytes back (transferred, not copied). Several draws may be in flight: the thread draws the
 * next chart while libuv encodes the previous one.
 */
import { parentPort } from 'node:worker_threads';
import type { Lang, PublicationModel } from '../model.js';
import { drawChartFiles } from './draw.js';
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
  drawChartFiles(model!, lang, message.draw).then(
    (chart) => {
      // copies we own, so their buffers can be transferred
      const png = new Uint8Array(chart.png);
      const svg = new Uint8Array(chart.svg);
      reply({ kind: 'chart', index: message.index, png, svg }, [png.buffer as ArrayBuffer, svg.buffer as ArrayBuffer]);
    },
    (error: unknown) => reply({ kind: 'error', index: message.index, message: (error as Error).message }),
  );
});
