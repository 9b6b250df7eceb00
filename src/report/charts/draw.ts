/**
 * Draws one planned chart twice, as PNG (compressed off the calling thread, in libuv's pool: png-file.ts) and as SVG (svg-file.ts),
 * in a worker or in the main thread: the same drawing code on two surfaces, so the two files show the same chart.
 */
import type { Lang, PublicationModel } from '../model.js';
import { drawHeatmapOn } from './heatmap.js';
import type { ChartDraw } from './plan.js';
import { encodePng } from './png-file.js';
import { encodeChartPng, renderChartSvg } from './png-renderer.js';
import { pngSurface, svgSurface } from './surface.js';
import { finishSvg } from './svg-file.js';
import { drawTileMapOn } from './tile-map.js';

export interface ChartBytes {
  readonly png: Buffer;
  /** UTF-8 SVG. */
  readonly svg: Buffer;
}

export function drawChartPng(model: PublicationModel, lang: Lang, draw: ChartDraw): Promise<Buffer> {
  switch (draw.kind) {
    case 'spec':
      return encodeChartPng(draw.spec);
    case 'tile-map':
      return encodePng(drawTileMapOn(pngSurface, model, lang, draw.highlight));
    case 'heatmap':
      return encodePng(drawHeatmapOn(pngSurface, model, lang));
  }
}

function drawChartSvg(
  model: PublicationModel,
  lang: Lang,
  draw: ChartDraw,
): { raw: string; width: number; height: number } {
  switch (draw.kind) {
    case 'spec':
      return { raw: renderChartSvg(draw.spec), width: draw.spec.width, height: draw.spec.height };
    case 'tile-map':
    case 'heatmap': {
      const canvas =
        draw.kind === 'tile-map'
          ? drawTileMapOn(svgSurface, model, lang, draw.highlight)
          : drawHeatmapOn(svgSurface, model, lang);
      return { raw: canvas.getContent().toString('utf8'), width: canvas.width, height: canvas.height };
    }
  }
}

export async function drawChartFiles(model: PublicationModel, lang: Lang, draw: ChartDraw): Promise<ChartBytes> {
  const encoding = drawChartPng(model, lang, draw); // encodes in libuv's pool while this thread draws the SVG
  const { raw, width, height } = drawChartSvg(model, lang, draw);
  const svg = Buffer.from(finishSvg(raw, width, height, draw.caption ?? { title: '', alt: '' }), 'utf8');
  return { png: await encoding, svg };
}
