/**
 * A slope chart of places between two years as inline SVG: one line per region from its place in the first year
 * (left) to its place in the second (right), place 1 at the top. Only a few lines are labelled, so 85 names do not
 * overlap: the regions asked for and the biggest movers (the three that rose most and the three that fell most,
 * ties by code). Labels on one side are pushed apart to at least one line of text. Places are whole numbers, so
 * there is no decimal separator to localise; the text alternative lists the labelled regions' moves.
 */
import { html, type SafeHtml } from './html.js';
import type { PageLang } from './i18n.js';
import { shortLabel } from '../../text/short-label.js';

export interface SlopeLine {
  readonly code: string;
  readonly name: string;
  readonly from: number;
  readonly to: number;
}

const MOVERS = 3;
const LINE_GAP = 13;

/** The codes to label: the asked ones, then the MOVERS biggest rises and falls (rise = from − to > 0). */
export function labelledCodes(lines: readonly SlopeLine[], asked: readonly string[]): string[] {
  const rise = (l: SlopeLine) => l.from - l.to;
  const byCode = (x: SlopeLine, y: SlopeLine) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0);
  const risers = lines.filter((l) => rise(l) > 0).sort((x, y) => rise(y) - rise(x) || byCode(x, y));
  const fallers = lines.filter((l) => rise(l) < 0).sort((x, y) => rise(x) - rise(y) || byCode(x, y));
  const present = new Set(lines.map((l) => l.code));
  const out = asked.filter((c) => present.has(c));
  for (const l of [...risers.slice(0, MOVERS), ...fallers.slice(0, MOVERS)])
    if (!out.includes(l.code)) out.push(l.code);
  return out;
}

/** Label positions (y) in the order given, each at its wanted y or pushed down to LINE_GAP below the one above. */
function spread(wanted: readonly number[]): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((p, q) => p.y - q.y);
  const out = new Array<number>(wanted.length);
  let last = -Infinity;
  for (const p of order) {
    last = Math.max(p.y, last + LINE_GAP);
    out[p.i] = last;
  }
  return out;
}

const TEXT = {
  title: {
    ru: (from: number, to: number) => `Места регионов в ${from} и ${to} годах`,
    en: (from: number, to: number) => `Places of the regions in ${from} and ${to}`,
  },
  move: {
    ru: (l: SlopeLine) => `${l.name}: ${l.from} → ${l.to}`,
    en: (l: SlopeLine) => `${l.name}: ${l.from} → ${l.to}`,
  },
} as const;

export function slopeChart(
  lines: readonly SlopeLine[],
  years: { readonly from: number; readonly to: number },
  asked: readonly string[],
  lang: PageLang,
): SafeHtml {
  const labelled = labelledCodes(lines, asked);
  const places = lines.flatMap((l) => [l.from, l.to]);
  const top = Math.min(...places);
  const bottom = Math.max(...places);
  const step = 8;
  const height = Math.max(2, bottom - top + 1) * step + 60;
  const y = (place: number) => 40 + (place - top) * step;
  const [left, right, width] = [250, 470, 720];
  const shown = labelled.map((c) => lines.find((l) => l.code === c)!);
  const leftY = spread(shown.map((l) => y(l.from) + 4));
  const rightY = spread(shown.map((l) => y(l.to) + 4));
  const title = TEXT.title[lang](years.from, years.to);
  const askedSet = new Set(asked);
  return html`<svg
    class="slope"
    role="img"
    aria-labelledby="slope-title slope-desc"
    viewBox="0 0 ${width} ${Math.max(height, Math.max(...leftY, ...rightY, 0) + 20)}"
    width="100%"
    style="max-width:720px"
  >
    <title id="slope-title">${title}</title>
    <desc id="slope-desc">${shown.map((l) => TEXT.move[lang](l)).join('; ')}</desc>
    <text x="${left}" y="20" text-anchor="middle" style="font-size:13px;font-weight:bold">${years.from}</text>
    <text x="${right}" y="20" text-anchor="middle" style="font-size:13px;font-weight:bold">${years.to}</text>
    ${lines
      .filter((l) => !labelled.includes(l.code))
      .map(
        (l) =>
          html`<line
            x1="${left}"
            y1="${y(l.from)}"
            x2="${right}"
            y2="${y(l.to)}"
            stroke="#c8ccd2"
            stroke-width="1"
          ></line>`,
      )}
    ${shown.map((l, i) => {
      const colour = askedSet.has(l.code) ? '#1f5fa8' : l.to < l.from ? '#2e7d32' : '#b3261e';
      return html`<g data-code="${l.code}">
        <line x1="${left}" y1="${y(l.from)}" x2="${right}" y2="${y(l.to)}" stroke="${colour}" stroke-width="2.5"></line>
        <text x="${left - 6}" y="${leftY[i]!}" text-anchor="end" style="font-size:11px" fill="${colour}">
          ${shortLabel(l.name, 38)} ${l.from}
        </text>
        <text x="${right + 6}" y="${rightY[i]!}" style="font-size:11px" fill="${colour}"
          >${l.to} ${shortLabel(l.name, 38)}</text
        >
      </g>`;
    })}
  </svg>`;
}
