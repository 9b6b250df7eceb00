/**
 * The tile map of Russia as inline SVG: one square per region at (tile_row, tile_col), filled by score on a
 * sequential blue scale, each tile a link to the region page with a <title> for screen readers and hover.
 * Colour: lightness L = 92 − 0.57 × score (score clamped to 0..100, so 92 % → 35 %); missing score → grey.
 */
import { html, type SafeHtml } from './html.js';
import type { PageLang } from './i18n.js';
import { withLang } from './layout.js';

export interface MapTile {
  readonly code: string; readonly name: string; readonly row: number; readonly col: number;
  readonly score: number | null; readonly rank: number | null;
}

const SIZE = 34;
const GAP = 2;

export function scoreFill(score: number | null): string {
  if (score === null) return '#c8ced4';
  const clamped = Math.min(100, Math.max(0, score));
  return `hsl(212, 70%, ${(92 - 0.57 * clamped).toFixed(1)}%)`;
}

export function tileMap(tiles: readonly MapTile[], lang: PageLang, title: string): SafeHtml {
  const rows = Math.max(1, ...tiles.map((t) => t.row));
  const cols = Math.max(1, ...tiles.map((t) => t.col));
  const width = cols * (SIZE + GAP);
  const height = rows * (SIZE + GAP);
  const cells = tiles.map((tile) => {
    const x = (tile.col - 1) * (SIZE + GAP);
    const y = (tile.row - 1) * (SIZE + GAP);
    const dark = tile.score !== null && tile.score > 55;
    const label = `${tile.name}: ${tile.score === null ? '—' : tile.score.toFixed(1)}${tile.rank ? ` (${tile.rank})` : ''}`;
    return html`<a href="${withLang(`/regions/${tile.code}`, lang)}" aria-label="${label}"><title>${label}</title>
<rect x="${x}" y="${y}" width="${SIZE}" height="${SIZE}" fill="${scoreFill(tile.score)}"></rect>
<text x="${x + SIZE / 2}" y="${y + SIZE / 2 + 3}" text-anchor="middle" fill="${dark ? '#fff' : '#1b2733'}">${tile.code.slice(3)}</text></a>`;
  });
  return html`<svg class="map" role="img" aria-labelledby="map-title" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width * 1.6}px">
<title id="map-title">${title}</title>${cells}</svg>`;
}
