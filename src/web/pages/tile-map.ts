/**
 * The tile map of Russia as inline SVG: one square per region at (tile_row, tile_col), each a link to the region
 * page with a <title> (name, score with the page's decimal mark, place) for hover and screen readers.
 *
 * Colour: five classes of equal width over 0–100 (0–20, 20–40, 40–60, 60–80, 80–100; a score on a bound goes to the
 * upper class, 100 to the last), ColorBrewer's sequential "Blues" (5 classes), whose neighbouring classes differ
 * clearly, with a legend under the map; a region without a score is grey with its own legend entry. With a federal
 * district chosen, the other districts' tiles are faded so the district stands out.
 */
import { html, type SafeHtml } from './html.js';
import type { PageLang } from './i18n.js';
import { withLang } from './layout.js';
import { formatDecimal } from './number-format.js';

export interface MapTile {
  readonly code: string;
  readonly name: string;
  readonly row: number;
  readonly col: number;
  readonly score: number | null;
  readonly rank: number | null;
  /** Federal district code, for highlighting. */
  readonly district: string;
}

const SIZE = 34;
const GAP = 2;
const LEGEND_HEIGHT = 30;
/** ColorBrewer Blues, 5 classes (Cynthia Brewer, colorbrewer2.org, Apache-2.0). */
const CLASS_FILLS = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;
const MISSING_FILL = '#c8ced4';
const CLASS_WIDTH = 20;

const TEXT = {
  noScore: { ru: 'нет оценки', en: 'no score' },
  place: { ru: 'место', en: 'place' },
  legend: { ru: 'Балл', en: 'Score' },
} as const;

/** The class (0–4) of a score, or null without one. */
export function scoreClass(score: number | null): number | null {
  if (score === null || !Number.isFinite(score)) return null;
  return Math.min(CLASS_FILLS.length - 1, Math.max(0, Math.floor(score / CLASS_WIDTH)));
}

export function scoreFill(score: number | null): string {
  const k = scoreClass(score);
  return k === null ? MISSING_FILL : CLASS_FILLS[k];
}

const number = (value: number, lang: PageLang, digits: number): string =>
  formatDecimal(value, lang === 'ru' ? 'ru-RU' : 'en-GB', digits, digits);

export function tileLabel(tile: MapTile, lang: PageLang): string {
  const score = tile.score === null ? TEXT.noScore[lang] : number(tile.score, lang, 1);
  return `${tile.name}: ${score}${tile.rank ? `, ${TEXT.place[lang]} ${tile.rank}` : ''}`;
}

function legend(lang: PageLang, y: number): SafeHtml {
  const box = 14;
  const step = 92;
  const items = [
    ...CLASS_FILLS.map((fill, k) => ({
      fill,
      text: `${number(k * CLASS_WIDTH, lang, 0)}–${number((k + 1) * CLASS_WIDTH, lang, 0)}`,
    })),
    { fill: MISSING_FILL, text: TEXT.noScore[lang] },
  ];
  return html`<g class="legend" aria-hidden="true"
    ><text x="0" y="${y + 11}">${TEXT.legend[lang]}:</text> ${items.map(
      (item, i) =>
        html`<rect
            x="${40 + i * step}"
            y="${y}"
            width="${box}"
            height="${box}"
            fill="${item.fill}"
            stroke="#8a96a3"
            stroke-width="0.5"
          ></rect>
          <text x="${40 + i * step + box + 4}" y="${y + 11}">${item.text}</text>`,
    )}</g
  >`;
}

export function tileMap(tiles: readonly MapTile[], lang: PageLang, title: string, highlightDistrict = ''): SafeHtml {
  const rows = Math.max(1, ...tiles.map((t) => t.row));
  const cols = Math.max(1, ...tiles.map((t) => t.col));
  const width = Math.max(cols * (SIZE + GAP), 600);
  const height = rows * (SIZE + GAP) + LEGEND_HEIGHT;
  const cells = tiles.map((tile) => {
    const x = (tile.col - 1) * (SIZE + GAP);
    const y = (tile.row - 1) * (SIZE + GAP);
    const dark = (scoreClass(tile.score) ?? 0) >= 3;
    const label = tileLabel(tile, lang);
    const faded = highlightDistrict !== '' && tile.district !== highlightDistrict;
    return html`<a
      href="${withLang(`/regions/${tile.code}`, lang)}"
      aria-label="${label}"
      ${faded ? html` class="faded"` : ''}
      ><title>${label}</title>
      <rect x="${x}" y="${y}" width="${SIZE}" height="${SIZE}" fill="${scoreFill(tile.score)}"></rect>
      <text x="${x + SIZE / 2}" y="${y + SIZE / 2 + 3}" text-anchor="middle" fill="${dark ? '#fff' : '#1b2733'}"
        >${tile.code.slice(3)}</text
      ></a
    >`;
  });
  return html`<div class="scroll">
    <svg
      class="map"
      role="img"
      aria-labelledby="map-title"
      viewBox="0 0 ${width} ${height}"
      width="100%"
      style="max-width:${width * 1.6}px"
    >
      <title id="map-title">${title}</title>
      ${cells}${legend(lang, rows * (SIZE + GAP) + 8)}
    </svg>
  </div>`;
}
