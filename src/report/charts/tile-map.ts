/**
 * The tile-grid map of Russia (one square per region at its tile_row/tile_col, 11 × 19 grid after geofacet's
 * ru_federal_subjects_grid2), coloured by score on a sequential scale with a legend; drawn directly on the canvas.
 * With `highlight` (a region code) that region's tile gets a thick orange outline and the title names it (the
 * factsheet's map).
 */
import type { Canvas } from '@napi-rs/canvas';
import type { Lang, PublicationModel } from '../model.js';
import { FONT_FAMILY, registerFonts } from './fonts.js';
import { type MakeSurface, pngSurface, type Surface } from './surface.js';
import { note } from './specs.js';

const TILE = 52;
const GAP = 4;
const LEFT = 20;
const TOP = 70;
/** Sequential blues, light (low score) to dark (high score). */
const SCALE = ['#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'];

export function scoreColour(score: number | null, min: number, max: number): string {
  if (score === null) return '#eeeeee';
  const t = max > min ? (score - min) / (max - min) : 0.5;
  return SCALE[Math.min(SCALE.length - 1, Math.max(0, Math.floor(t * SCALE.length)))];
}

/** The title and alt text of the map (or of region `highlight`'s map), without drawing it. */
export function tileMapCaption(
  model: PublicationModel,
  lang: Lang,
  highlight?: string,
): { title: string; alt: string } {
  const scores = new Map(model.ranking.map((r) => [r.regionCode, r.score]));
  const values = [...scores.values()];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const highlighted = highlight === undefined ? undefined : model.regions.find((r) => r.code === highlight);
  const mapTitle =
    lang === 'ru' ? `Рейтинг регионов на карте, ${model.period}` : `The ranking on the map, ${model.period}`;
  const title = highlighted
    ? `${highlighted.name[lang]} — ${mapTitle.charAt(0).toLowerCase()}${mapTitle.slice(1)}`
    : mapTitle;
  const alt =
    lang === 'ru'
      ? `Карта-мозаика 85 регионов, цвет — балл от ${min.toFixed(1)} до ${max.toFixed(1)}`
      : `Tile map of the 85 regions coloured by score from ${min.toFixed(1)} to ${max.toFixed(1)}`;
  const where = highlighted
    ? lang === 'ru'
      ? `; выделен регион ${highlighted.name.ru} (${(scores.get(highlighted.code) ?? null)?.toFixed(1) ?? '–'})`
      : `; ${highlighted.name.en} outlined (${(scores.get(highlighted.code) ?? null)?.toFixed(1) ?? '–'})`
    : '';
  return { title, alt: alt + where };
}

/** The map drawn on a canvas (encode it with toBuffer or encode). */
export function drawTileMap(model: PublicationModel, lang: Lang, highlight?: string): Canvas {
  return drawTileMapOn(pngSurface, model, lang, highlight);
}

/** The same drawing on any surface (svgSurface for the SVG file). */
export function drawTileMapOn<S extends Surface>(
  make: MakeSurface<S>,
  model: PublicationModel,
  lang: Lang,
  highlight?: string,
): S {
  registerFonts();
  const scores = new Map(model.ranking.map((r) => [r.regionCode, r.score]));
  const values = [...scores.values()];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const width = LEFT * 2 + 19 * (TILE + GAP);
  const height = TOP + 11 * (TILE + GAP) + 100;
  const canvas = make(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  const highlighted = highlight === undefined ? undefined : model.regions.find((r) => r.code === highlight);
  const { title } = tileMapCaption(model, lang, highlight);
  ctx.fillStyle = '#1b2733';
  ctx.font = `bold 22px "${FONT_FAMILY}"`;
  ctx.fillText(title, LEFT, 36);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const region of model.regions) {
    if (!region.tile) continue;
    const x = LEFT + (region.tile.col - 1) * (TILE + GAP);
    const y = TOP + (region.tile.row - 1) * (TILE + GAP);
    const score = scores.get(region.code) ?? null;
    const fill = scoreColour(score, min, max);
    ctx.fillStyle = fill;
    ctx.fillRect(x, y, TILE, TILE);
    if (region.code === highlighted?.code) {
      ctx.strokeStyle = '#e65100';
      ctx.lineWidth = 5;
      ctx.strokeRect(x - 1.5, y - 1.5, TILE + 3, TILE + 3);
    }
    const dark = SCALE.indexOf(fill) >= 4;
    ctx.fillStyle = dark ? '#ffffff' : '#1b2733';
    ctx.font = `bold 12px "${FONT_FAMILY}"`;
    ctx.fillText(region.code.replace(/^RU-/, ''), x + TILE / 2, y + TILE / 2 - 8);
    ctx.font = `12px "${FONT_FAMILY}"`;
    ctx.fillText(score === null ? '–' : score.toFixed(1), x + TILE / 2, y + TILE / 2 + 10);
  }
  const legendY = TOP + 11 * (TILE + GAP) + 20;
  ctx.textAlign = 'left';
  ctx.font = `13px "${FONT_FAMILY}"`;
  SCALE.forEach((colour, i) => {
    ctx.fillStyle = colour;
    ctx.fillRect(LEFT + i * 60, legendY, 60, 16);
  });
  ctx.fillStyle = '#1b2733';
  ctx.fillText(`${min.toFixed(1)}`, LEFT, legendY + 32);
  ctx.textAlign = 'right';
  ctx.fillText(`${max.toFixed(1)}`, LEFT + SCALE.length * 60, legendY + 32);
  ctx.textAlign = 'left';
  ctx.fillStyle = '#8a1c1c';
  ctx.fillText(note(model, lang), LEFT, legendY + 56);
  return canvas;
}
