/**
 * Score bands of a run's index node, from the band spec of that node in its stored methodology document (never
 * another node's spec):
 *   thresholds  band i covers [min_i, min_{i-1}); the top band is open upwards (max Infinity);
 *   quantiles   equal-count groups, best first; a band's range is that of the scores of the regions in it
 *               ([lowest score in the band, lowest score of the band above); top band open upwards). A band with
 *               no region has no range (min and max NaN).
 * Colours run from green (best band) to red (worst) in ColorBrewer's RdYlGn. Names are the labels stored with the
 * run (src/ratings/run-labels.ts), else the spec's own `{ ru, en }` (a plain string serves both languages).
 */
import { bandId, type BandName } from '../../core/spec.js';
import type { BandLabel } from '../../ratings/run-labels.js';
import type { Band } from '../model.js';

/** ColorBrewer RdYlGn, best band first, by number of bands (2–6); more bands reuse the 6-colour scale. */
const PALETTES: Record<number, readonly string[]> = {
  1: ['#1a9850'],
  2: ['#1a9850', '#d73027'],
  3: ['#1a9850', '#fee08b', '#d73027'],
  4: ['#1a9641', '#a6d96a', '#fdae61', '#d7191c'],
  5: ['#1a9641', '#a6d96a', '#ffffbf', '#fdae61', '#d7191c'],
  6: ['#1a9850', '#91cf60', '#d9ef8b', '#fee08b', '#fc8d59', '#d73027'],
};

type StoredBandSpec =
  | { readonly node: string; readonly by: 'thresholds'; readonly bands: readonly { label: BandName; min: number }[] }
  | { readonly node: string; readonly by: 'quantiles'; readonly labels: readonly BandName[] };

/** A ranked region's score and band, for the ranges of quantile bands. */
export interface BandedScore {
  readonly score: number;
  readonly bandId: string | null;
}

/** Bands of the node `rootId` from a methodology document, best first; [] when it declares none for that node. */
export function bandsOf(
  document: unknown,
  rootId: string,
  labels: readonly BandLabel[] = [],
  scores: readonly BandedScore[] = [],
): Band[] {
  const specs = (document as { bands?: StoredBandSpec[] } | null)?.bands ?? [];
  const spec = specs.find((s) => s.node === rootId);
  if (!spec) return [];
  if (spec.by === 'quantiles') {
    const lows = spec.labels.map((name) => {
      const inBand = scores.filter((s) => s.bandId === bandId(name)).map((s) => s.score);
      return inBand.length === 0 ? NaN : Math.min(...inBand);
    });
    return spec.labels.map((name, i) => ({
      id: bandId(name),
      name: nameOf(labels, spec.node, name),
      min: lows[i]!,
      max: i === 0 ? (Number.isNaN(lows[i]!) ? NaN : Infinity) : Number.isNaN(lows[i]!) ? NaN : (lows[i - 1] ?? NaN),
      colour: colourOf(i, spec.labels.length),
    }));
  }
  const sorted = [...spec.bands].sort((a, b) => b.min - a.min);
  return sorted.map((b, i) => ({
    id: bandId(b.label),
    name: nameOf(labels, spec.node, b.label),
    min: b.min,
    max: i === 0 ? Infinity : sorted[i - 1]!.min,
    colour: colourOf(i, sorted.length),
  }));
}

function colourOf(i: number, count: number): string {
  const palette = PALETTES[Math.min(count, 6)]!;
  return palette[Math.min(Math.round((i * (palette.length - 1)) / Math.max(count - 1, 1)), palette.length - 1)]!;
}

function nameOf(labels: readonly BandLabel[], node: string, name: BandName): { ru: string; en: string } {
  const stored = labels.find((l) => l.node === node && l.label === bandId(name));
  if (stored) return { ru: stored.ru, en: stored.en };
  return typeof name === 'string' ? { ru: name, en: name } : { ru: name.ru, en: name.en };
}
