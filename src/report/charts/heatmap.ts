/**
 * The services × regions heatmap: one row per region in ranking order, one column per service, each cell coloured
 * by the service score (sequential blues, grey when missing); drawn directly on the canvas.
 */
import type { Canvas } from '@napi-rs/canvas';
import type { Lang, PublicationModel } from '../model.js';
import { FONT_FAMILY, registerFonts } from './fonts.js';
import { type MakeSurface, pngSurface, type Surface } from './surface.js';
import { note } from './specs.js';
import { scoreColour } from './tile-map.js';

const CELL_W = 34;
const CELL_H = 14;
const LABEL_W = 300;
const HEADER_H = 230;

/** The regions of the heatmap in ranking order (those with a row of service scores). */
function heatmapOrder(model: PublicationModel): string[] {
  const m = model.serviceScores;
  return [...model.ranking]
    .sort((a, b) => a.place - b.place)
    .map((r) => r.regionCode)
    .filter((c) => m.regionCodes.includes(c));
}

/** The title and alt text of the heatmap, without drawing it. */
export function heatmapCaption(model: PublicationModel, lang: Lang): { title: string; alt: string } {
  const order = heatmapOrder(model);
  const m = model.serviceScores;
  const title = lang === 'ru' ? `Баллы по услугам, ${model.period}` : `Scores by service, ${model.period}`;
  const alt =
    lang === 'ru'
      ? `Тепловая карта: ${order.length} регионов × ${m.columns.length} услуг, цвет — балл от 0 до 100`
      : `Heatmap: ${order.length} regions × ${m.columns.length} services, colour = score from 0 to 100`;
  return { title, alt };
}

/** The heatmap drawn on a canvas (encode it with png-file.ts). */
export function drawHeatmap(model: PublicationModel, lang: Lang): Canvas {
  return drawHeatmapOn(pngSurface, model, lang);
}

/** The same drawing on any surface (svgSurface for the SVG file). */
export function drawHeatmapOn<S extends Surface>(make: MakeSurface<S>, model: PublicationModel, lang: Lang): S {
  registerFonts();
  const m = model.serviceScores;
  const order = heatmapOrder(model);
  const width = LABEL_W + m.columns.length * CELL_W + 190;
  const height = HEADER_H + order.length * CELL_H + 100;
  const canvas = make(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  const { title } = heatmapCaption(model, lang);
  ctx.fillStyle = '#1b2733';
  ctx.font = `bold 20px "${FONT_FAMILY}"`;
  ctx.fillText(title, 10, 28);
  ctx.font = `11px "${FONT_FAMILY}"`;
  m.columns.forEach((column, j) => {
    ctx.save();
    ctx.translate(LABEL_W + j * CELL_W + CELL_W / 2 + 4, HEADER_H - 6);
    ctx.rotate(-Math.PI / 3);
    const label = column.name[lang];
    ctx.fillText(label.length > 38 ? `${label.slice(0, 37)}…` : label, 0, 0);
    ctx.restore();
  });
  order.forEach((code, i) => {
    const row = m.regionCodes.indexOf(code);
    const y = HEADER_H + i * CELL_H;
    const region = model.regions.find((r) => r.code === code);
    ctx.fillStyle = '#1b2733';
    ctx.fillText(`${i + 1}. ${region?.name[lang] ?? code}`, 10, y + CELL_H - 3);
    m.values[row].forEach((v, j) => {
      ctx.fillStyle = scoreColour(v, 0, 100);
      ctx.fillRect(LABEL_W + j * CELL_W, y, CELL_W - 1, CELL_H - 1);
    });
  });
  const legendY = HEADER_H + order.length * CELL_H + 16;
  for (let k = 0; k < 8; k++) {
    ctx.fillStyle = scoreColour(k * 12.5 + 6, 0, 100);
    ctx.fillRect(LABEL_W + k * 40, legendY, 40, 14);
  }
  ctx.fillStyle = '#1b2733';
  ctx.font = `12px "${FONT_FAMILY}"`;
  ctx.fillText('0', LABEL_W, legendY + 28);
  ctx.fillText('100', LABEL_W + 8 * 40 - 20, legendY + 28);
  ctx.fillText(lang === 'ru' ? 'балл услуги' : 'service score', LABEL_W + 8 * 40 + 12, legendY + 12);
  ctx.fillStyle = '#8a1c1c';
  ctx.fillText(note(model, lang), 10, height - 16);
  return canvas;
}
