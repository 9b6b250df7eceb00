/** Chart specs built from the publication model (one function per chart kind). */
import { medianPresentOrNull } from '../../core/stats/quantile.js';
import type { Lang, PublicationModel } from '../model.js';
import type { ChartSpec } from './spec.js';
import { markText } from '../marking.js';
import { distinguishingDecimals } from '../../text/distinguishing-decimals.js';
import { formatFixed } from '../../text/format-number.js';

/** A score in an alt text: one decimal in the language's decimal separator, a dash when missing. */
const altScore = (v: number | null, lang: Lang): string => (v === null ? '–' : formatFixed(v, 1, lang));
import { roundTo } from '../../core/rank/round.js';
import { bandColouring } from './band-colours.js';

const BLUE = '#1f5fa8';
const GREY = '#9aa5b1';
const ORANGE = '#d9822b';

const TEXT = {
  ru: {
    score: 'Балл',
    place: 'Место',
    all: 'Рейтинг регионов',
    top: 'Первые 10 регионов',
    bottom: 'Последние 10 регионов',
    intervals: 'Интервал мест (5–95 %) и медиана',
    median: 'Медиана России',
    profile: 'Баллы по услугам',
    region: 'Регион',
    synthetic: 'СИНТЕТИЧЕСКИЕ ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ',
    low: '5 %',
    high: '95 %',
    medianRank: 'Медианное место',
  },
  en: {
    score: 'Score',
    place: 'Place',
    all: 'Ranking of the regions',
    top: 'Top 10 regions',
    bottom: 'Bottom 10 regions',
    intervals: 'Rank interval (5–95 %) and median',
    median: 'National median',
    profile: 'Scores by service',
    region: 'Region',
    synthetic: 'SYNTHETIC DEMO DATA',
    low: '5 %',
    high: '95 %',
    medianRank: 'Median place',
  },
} as const;

/** The footnote of every chart: the draft and synthetic marks when so, the product, the methodology and the period. */
export function note(model: PublicationModel, lang: Lang): string {
  const source = `egov-monitor · ${model.run.methodologyId} ${model.run.methodologyVersion} · ${model.period}`;
  const mark = markText(model, lang);
  return mark ? `${mark} · ${source}` : source;
}

const regionName = (model: PublicationModel, code: string, lang: Lang): string =>
  model.regions.find((r) => r.code === code)?.name[lang] ?? code;

/** The height a one-line legend above the plot takes. */
export const LEGEND_HEIGHT = 30;

/** Decimals of a score on a chart: one, more where two regions with different places would show the same number. */
const CHART_SCORE_DECIMALS = 1;

/**
 * The decimals of each ranked score on a chart (distinguishingDecimals from one), but no more than change the
 * number: two regions with the very same score at different places show it once ("68,1", not "68,100000").
 */
export function chartScoreDecimals(rows: readonly { score: number; place: number }[]): number[] {
  return distinguishingDecimals(rows, CHART_SCORE_DECIMALS).map((most, i) => {
    let d = CHART_SCORE_DECIMALS;
    while (d < most && roundTo(rows[i]!.score, d) !== roundTo(rows[i]!.score, most)) d += 1;
    return d;
  });
}

/**
 * The ranking as bars (all regions, or the first or last ten), each labelled with its score in the chart's language
 * (decimal comma in Russian) and, when the methodology bands the index, filled with its band's colour under a legend
 * of the bands' names.
 */
export function rankingBars(model: PublicationModel, lang: Lang, which: 'all' | 'top' | 'bottom'): ChartSpec | null {
  const rows = [...model.ranking].sort((a, b) => a.place - b.place);
  const chosen = which === 'all' ? rows : which === 'top' ? rows.slice(0, 10) : rows.slice(-10);
  if (chosen.length === 0) return null;
  const t = TEXT[lang];
  const decimals = chartScoreDecimals(rows);
  const shown = new Map(rows.map((r, i) => [r, formatFixed(r.score, decimals[i]!, lang)]));
  const bands = bandColouring(model, lang);
  return {
    id: `ranking-${which}`,
    kind: 'ranking-bars',
    lang,
    title: `${t[which]}, ${model.period}`,
    alt: `${t[which]}: ${chosen
      .slice(0, 3)
      .map((r) => `${r.place}. ${regionName(model, r.regionCode, lang)} ${formatFixed(r.score, 2, lang)}`)
      .join('; ')}…`,
    width: 1000,
    height: 90 + chosen.length * 18 + (bands ? LEGEND_HEIGHT : 0),
    categories: chosen.map((r) => `${r.place}. ${regionName(model, r.regionCode, lang)}`),
    series: [
      {
        label: t.score,
        values: chosen.map((r) => r.score),
        colour: BLUE,
        ...(bands ? { colours: chosen.map((r) => bands.colourOf(r.bandId)) } : {}),
        valueLabels: chosen.map((r) => shown.get(r)!),
      },
    ],
    valueAxis: { title: t.score, min: 0, max: 100 },
    legend: bands?.legend ?? [],
    note: note(model, lang),
  };
}

export function rankIntervals(model: PublicationModel, lang: Lang): ChartSpec | null {
  const rows = [...model.ranking].filter((r) => r.interval).sort((a, b) => a.place - b.place);
  if (rows.length === 0) return null;
  const t = TEXT[lang];
  return {
    id: 'rank-intervals',
    kind: 'rank-intervals',
    lang,
    title: `${t.intervals}, ${model.period}`,
    alt: `${t.intervals}: ${rows
      .slice(0, 3)
      .map((r) => `${regionName(model, r.regionCode, lang)} ${r.interval!.low}–${r.interval!.high}`)
      .join('; ')}…`,
    width: 1000,
    height: 90 + rows.length * 18,
    categories: rows.map((r) => `${r.place}. ${regionName(model, r.regionCode, lang)}`),
    series: [
      {
        label: `${t.low} – ${t.high}`,
        values: [],
        ranges: rows.map((r) => [r.interval!.low, r.interval!.high] as const),
        colour: GREY,
        mark: 'range',
      },
      { label: t.medianRank, values: rows.map((r) => r.interval!.median), colour: BLUE, mark: 'point' },
    ],
    valueAxis: placeAxis(t.place, Math.max(...rows.map((r) => r.interval!.high))),
    note: note(model, lang),
  };
}

/**
 * A place axis from 1 to `last` with a margin on each side wider than a median dot (radius 5 px; 1.5 places at 85
 * places on the ~620 px plot), so the dots of the first and the last place are whole; ticks at 1, the tens and `last`.
 */
export function placeAxis(title: string, last: number): ChartSpec['valueAxis'] {
  const margin = Math.max(0.9, last / 55);
  const tens = Array.from({ length: Math.floor((last - 1) / 10) }, (_, i) => (i + 1) * 10).filter(
    (v) => v > 1 + last / 30 && v < last - last / 30,
  );
  return { title, min: 1 - margin, max: last + margin, ticks: [1, ...tens, ...(last > 1 ? [last] : [])] };
}

export function regionProfile(model: PublicationModel, lang: Lang, code: string): ChartSpec | null {
  const m = model.serviceScores;
  const i = m.regionCodes.indexOf(code);
  if (i < 0) return null;
  const t = TEXT[lang];
  const medians = m.columns.map((_, j) => medianPresentOrNull(m.values.map((row) => row[j])));
  const name = regionName(model, code, lang);
  return {
    id: `region-${code}`,
    kind: 'region-profile',
    lang,
    title: `${name}: ${t.profile.toLowerCase()}, ${model.period}`,
    alt: `${name}: ${m.columns
      .map((c, j) => `${c.name[lang]} ${altScore(m.values[i][j] ?? null, lang)}`)
      .slice(0, 4)
      .join('; ')}…`,
    width: 1000,
    height: 110 + m.columns.length * 26,
    categories: m.columns.map((c) => c.name[lang]),
    series: [
      { label: name, values: m.values[i], colour: BLUE },
      { label: t.median, values: medians, colour: ORANGE, mark: 'point' },
    ],
    valueAxis: { title: t.score, min: 0, max: 100 },
    note: note(model, lang),
  };
}
