/** Draws one planned chart and encodes it as PNG off the calling thread (libuv's pool), in a worker or in the main thread. */
import type { Lang, PublicationModel } from '../model.js';
import { drawHeatmap } from './heatmap.js';
import type { ChartDraw } from './plan.js';
import { encodeChartPng } from './png-renderer.js';
import { drawTileMap } from './tile-map.js';

export function drawChartPng(model: PublicationModel, lang: Lang, draw: ChartDraw): Promise<Buffer> {
  switch (draw.kind) {
    case 'spec':
      return encodeChartPng(draw.spec);
    case 'tile-map':
      return drawTileMap(model, lang, draw.highlight).encode('png');
    case 'heatmap':
      return drawHeatmap(model, lang).encode('png');
  }
}
