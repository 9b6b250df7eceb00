/**
 * A horizontal bar chart of percentages as inline SVG, with an optional target tick per bar: the adoption share of
 * each region or district against its target, or each channel's share in a region against the nation.
 * Bar length = value / 100 of the plot width (values clamped to 0..100); the tick sits at target / 100; a missing
 * value draws no bar and prints "—". The values (with their unit) stand in their own column right of the plot, never
 * just past a target tick where they would read as the target, and a chart with targets has a legend row naming the
 * tick. The chart is described by <title> and <desc> (a text alternative listing every value), and the page always
 * carries the same figures in a table.
 */
import { html, type SafeHtml } from './html.js';
import type { PageLang } from './i18n.js';
import { fmt, fmtAgainst } from './programme-texts.js';
import { shortLabel } from '../../text/short-label.js';

export interface ShareBar {
  readonly label: string;
  /** Percent 0–100, or null when not measured. */
  readonly value: number | null;
  /** Percent 0–100 drawn as a tick, or null for none. */
  readonly target: number | null;
}

const ROW = 20;
const LABEL_WIDTH = 230;
const PLOT_WIDTH = 380;
/** The right edge of the values column. */
const VALUE_RIGHT = LABEL_WIDTH + PLOT_WIDTH + 55;
const TARGET_COLOUR = '#8a1c1c';

const x = (percent: number): number => (Math.min(100, Math.max(0, percent)) / 100) * PLOT_WIDTH;

export function shareBars(
  id: string,
  bars: readonly ShareBar[],
  lang: PageLang,
  title: string,
  targetLabel: string,
): SafeHtml {
  const withTargets = bars.some((b) => b.target !== null);
  const top = withTargets ? ROW : 0;
  const height = top + bars.length * ROW + 10;
  const unit = lang === 'ru' ? ' %' : '%';
  const describe = (b: ShareBar) =>
    `${b.label}: ${fmt(b.value, lang)}${b.value === null ? '' : unit}${b.target === null ? '' : ` (${targetLabel} ${fmt(b.target, lang)}${unit})`}; `;
  return html`<svg
    class="bars"
    role="img"
    aria-labelledby="${id}-title ${id}-desc"
    viewBox="0 0 ${LABEL_WIDTH + PLOT_WIDTH + 60} ${height}"
    width="100%"
    style="max-width:720px"
  >
    <title id="${id}-title">${title}</title>
    <desc id="${id}-desc">${bars.map(describe)}</desc>
    ${
      withTargets
        ? html`<g class="legend" aria-hidden="true">
            <line
              x1="${LABEL_WIDTH}"
              x2="${LABEL_WIDTH}"
              y1="3"
              y2="${ROW - 3}"
              stroke="${TARGET_COLOUR}"
              stroke-width="2"
            ></line>
            <text x="${LABEL_WIDTH + 6}" y="14" style="font-size:11px">${targetLabel}</text>
          </g>`
        : ''
    }
    ${bars.map((b, i) => {
      const y = top + i * ROW + 5;
      const width = b.value === null ? 0 : x(b.value);
      return html`<text x="${LABEL_WIDTH - 6}" y="${y + 13}" text-anchor="end" style="font-size:11px"
          >${shortLabel(b.label, 40)}<title>${b.label}</title></text
        >
        <rect class="bar" x="${LABEL_WIDTH}" y="${y + 3}" width="${width.toFixed(1)}" height="${ROW - 8}"></rect>
        ${b.target === null ? '' : html`<line x1="${(LABEL_WIDTH + x(b.target)).toFixed(1)}" x2="${(LABEL_WIDTH + x(b.target)).toFixed(1)}" y1="${y}" y2="${y + ROW - 2}" stroke="${TARGET_COLOUR}" stroke-width="2"></line>`}
        <text class="value" x="${VALUE_RIGHT}" y="${y + 13}" text-anchor="end" style="font-size:11px"
          >${fmtAgainst(b.value, [b.target], lang)}${b.value === null ? '' : unit}</text
        >`;
    })}
  </svg>`;
}
