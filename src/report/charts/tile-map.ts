/**
 * The tile-grid map of Russia (one square per region at its tile_row/tile_col, 11 × 19 grid after geofacet's
 * ru_federal_subjects_grid2), coloured by the run's bands of the index (band-colours.ts) with a legend of the band
 * names in the map's language, or, when the methodology bands nothing, by score on a sequential scale with a legend
 * of its ends; the tile's text is dark or white, whichever reads on its fill. Drawn directly on the canvas.
 * With `highlight` (a region code) that region's tile gets a thick orange outline and the title names it (the
 * factsheet's map).
 */
import type { Canvas } from '@napi-rs/canvas';
import type { Lang, PublicationModel } from '../model.js';
import { FONT_FAMILY, registerFonts } from './fonts.js';
import { type MakeSurface, pngSurface, type Surface } from './surface.js';
import { note } from './specs.js';
import { bandColouring } from './band-colours.js';
import { formatFixed } from '../../text/format-number.js';

const TILE = 52;
const GAP = 4;
const LEFT = 20;
const TOP = 70;
/** Sequential blues, light (low score) to dark (high score). */
const SCALE = ['#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'];

const NO_DATA_COLOUR = '#eeeeee';
const NO_DATA = { ru: 'нет данных', en: 'no data' } as const;

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(colour: string): number {
  const channel = (i: number) => {
    const c = parseInt(colour.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** The text colour that contrasts more with `fill`: white on dark fills, near-black on light ones. */
export function textOn(fill: string): string {
  const l = luminance(fill);
  const dark = luminance('#1b2733');
  return 1.05 / (l + 0.05) > (l + 0.05) / (dark + 0.05) ? '#ffffff' : '#1b2733';
}

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
  const bands = bandColouring(model, lang);
  const one = (v: number) => formatFixed(v, 1, lang);
  const shown = (code: string) => {
    const score = scores.get(code);
    return score === undefined ? '–' : one(score);
  };
  const mapTitle =
    lang === 'ru' ? `Рейтинг регионов на карте, ${model.period}` : `The ranking on the map, ${model.period}`;
  const title = highlighted
    ? `${highlighted.name[lang]} — ${mapTitle.charAt(0).toLowerCase()}${mapTitle.slice(1)}`
    : mapTitle;
  const alt =
    lang === 'ru'
      ? bands
        ? `Карта-мозаика 85 регионов, цвет — класс: ${bands.legend.map((e) => e.label).join(', ')}`
        : `Карта-мозаика 85 регионов, цвет — балл от ${one(min)} до ${one(max)}`
      : bands
        ? `Tile map of the 85 regions coloured by band: ${bands.legend.map((e) => e.label).join(', ')}`
        : `Tile map of the 85 regions coloured by score from ${one(min)} to ${one(max)}`;
  const where = highlighted
    ? lang === 'ru'
      ? `; выделен регион ${highlighted.name.ru} (${shown(highlighted.code)})`
      : `; ${highlighted.name.en} outlined (${shown(highlighted.code)})`
    : '';
  return { title, alt: alt + where };
}

/** The map drawn on a canvas (encode it with png-file.ts). */
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
  const bands = bandColouring(model, lang);
  const bandOf = new Map(model.ranking.map((r) => [r.regionCode, r.bandId]));
  const fillOf = (code: string, score: number | null): string =>
    score === null ? NO_DATA_COLOUR : bands ? bands.colourOf(bandOf.get(code) ?? null) : scoreColour(score, min, max);
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
    const fill = fillOf(region.code, score);
    ctx.fillStyle = fill;
    ctx.fillRect(x, y, TILE, TILE);
    if (region.code === highlighted?.code) {
      // orange on the blue score scale; near-black on band colours, where orange would vanish on a red band
      ctx.strokeStyle = bands ? '#1b2733' : '#e65100';
      ctx.lineWidth = 5;
      ctx.strokeRect(x - 1.5, y - 1.5, TILE + 3, TILE + 3);
    }
    ctx.fillStyle = textOn(fill);
    ctx.font = `bold 12px "${FONT_FAMILY}"`;
    ctx.fillText(region.code.replace(/^RU-/, ''), x + TILE / 2, y + TILE / 2 - 8);
    ctx.font = `12px "${FONT_FAMILY}"`;
    ctx.fillText(score === null ? '–' : formatFixed(score, 1, lang), x + TILE / 2, y + TILE / 2 + 10);
  }
  const legendY = TOP + 11 * (TILE + GAP) + 20;
  ctx.textAlign = 'left';
  ctx.font = `13px "${FONT_FAMILY}"`;
  if (bands) {
    // one swatch per band, best first, then "no data" when a tile has none; names in the map's language
    const entries = [
      ...bands.legend,
      ...(model.regions.some((r) => r.tile && !scores.has(r.code))
        ? [{ label: NO_DATA[lang], colour: NO_DATA_COLOUR }]
        : []),
    ];
    let x = LEFT;
    for (const entry of entries) {
      ctx.fillStyle = entry.colour;
      ctx.fillRect(x, legendY, 16, 16);
      ctx.strokeStyle = '#9aa5b1';
      ctx.lineWidth = 1;
      ctx.strokeRect(x + 0.5, legendY + 0.5, 15, 15);
      ctx.fillStyle = '#1b2733';
      ctx.textBaseline = 'middle';
      ctx.fillText(entry.label, x + 22, legendY + 8);
      x += 22 + ctx.measureText(entry.label).width + 24;
    }
    ctx.textBaseline = 'alphabetic';
  } else {
    SCALE.forEach((colour, i) => {
      ctx.fillStyle = colour;
      ctx.fillRect(LEFT + i * 60, legendY, 60, 16);
    });
    ctx.fillStyle = '#1b2733';
    ctx.fillText(formatFixed(min, 1, lang), LEFT, legendY + 32);
    ctx.textAlign = 'right';
    ctx.fillText(formatFixed(max, 1, lang), LEFT + SCALE.length * 60, legendY + 32);
    ctx.textAlign = 'left';
  }
  ctx.fillStyle = '#8a1c1c';
  ctx.fillText(note(model, lang), LEFT, legendY + 56);
  return canvas;
}
