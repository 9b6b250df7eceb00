/**
 * The programme page's share bars: a value reads as the value, not as the target. The values stand in one column
 * right of the plot (the same x on every row, past the plot's right edge at 100 %), never just after a target tick;
 * the tick is named by a legend row; a share just under its target keeps the decimals that keep it under.
 */
import { shareBars } from '../../src/web/pages/share-bars.js';
import { squashHtml } from '../support/html.js';

const LABEL_WIDTH = 230;
const PLOT_RIGHT = LABEL_WIDTH + 380;

const markup = (bars: Parameters<typeof shareBars>[1], lang: 'ru' | 'en' = 'ru') =>
  squashHtml(String(shareBars('t', bars, lang, 'Доля', lang === 'ru' ? 'цель' : 'target')));

describe('share bars with target ticks', () => {
  test('every value sits in the values column right of the plot, not after the tick, with its unit and decimal comma', () => {
    const svg = markup([
      { label: 'Тульская область', value: 61.5, target: 70 },
      { label: 'Смоленская область', value: 20, target: 70 },
      { label: 'Курская область', value: 88, target: null },
    ]);
    const values = [...svg.matchAll(/<text class="value" x="([\d.]+)"[^>]*>([^<]*)<\/text>/g)];
    expect(values.map((m) => m[2])).toEqual(['61,5 %', '20 %', '88 %']);
    // one column: the same x on each row, beyond the end of a 100 % bar (the tick at 70 % is at 230 + 266 = 496)
    expect(new Set(values.map((m) => m[1])).size).toBe(1);
    expect(Number(values[0]![1])).toBeGreaterThan(PLOT_RIGHT + 20);
    // the ticks: one per bar with a target, at 70 % of 380 px, and one in the legend row
    const ticks = [...svg.matchAll(/<line x1="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ticks.filter((x) => x === LABEL_WIDTH + 266)).toHaveLength(2);
    expect(svg).toMatch(
      /<g class="legend" aria-hidden="true"><line [^>]*stroke="#8a1c1c"[^>]*><\/line><text[^>]*>цель<\/text><\/g>/,
    );
  });

  test('a share just under its target shows the decimals that keep it under (69,99, not 70); no targets: no legend', () => {
    const svg = markup([{ label: 'Регион', value: 69.989, target: 70 }]);
    expect(svg).toContain('>69,99 %</text>');
    const channels = markup([{ label: 'МФЦ', value: 40, target: null }], 'en');
    expect(channels).not.toContain('class="legend"');
    expect(channels).toContain('>40%</text>');
  });

  test('a long label is shortened at a word boundary with an ellipsis, and the whole label is its tooltip', () => {
    const label = 'Ханты-Мансийский автономный округ — Югра (Тюменская область)';
    const svg = markup([{ label, value: 50, target: 70 }]);
    expect(svg).toContain(`>Ханты-Мансийский автономный округ…<title>${label}</title></text>`);
  });
});
