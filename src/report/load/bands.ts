/**
 * Score bands of a run, from the band specification of its stored methodology document (thresholds on the root):
 * band i covers [min_i, min_{i-1}) and the top band is closed at the scale's ceiling (Infinity when unknown).
 * Colours run from green (best band) to red (worst) in ColorBrewer's RdYlGn; names are the labels stored with the
 * run (src/ratings/run-labels.ts), else translated the same way from the English label.
 */
import { type BandLabel, russianBandName } from '../../ratings/run-labels.js';
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

interface BandSpec {
  readonly node: string;
  readonly bands: readonly { readonly label: string; readonly min: number }[];
}

/** Bands of the root node from a methodology document, best first; [] when it declares none. */
export function bandsOf(document: unknown, rootId: string, labels: readonly BandLabel[] = []): Band[] {
  const specs = (document as { bands?: BandSpec[] } | null)?.bands ?? [];
  const spec = specs.find((s) => s.node === rootId) ?? specs[0];
  if (!spec) return [];
  const sorted = [...spec.bands].sort((a, b) => b.min - a.min);
  return sorted.map((b, i) => ({
    id: b.label,
    name: nameOf(labels, spec.node, b.label),
    min: b.min,
    max: i === 0 ? Infinity : sorted[i - 1].min,
    colour: colourOf(i, sorted.length),
  }));
}

function colourOf(i: number, count: number): string {
  const palette = PALETTES[Math.min(count, 6)];
  return palette[Math.min(Math.round((i * (palette.length - 1)) / Math.max(count - 1, 1)), palette.length - 1)];
}

function nameOf(labels: readonly BandLabel[], node: string, label: string): { ru: string; en: string } {
  const stored = labels.find((l) => l.node === node && l.label === label);
  return stored ? { ru: stored.ru, en: stored.en } : { ru: russianBandName(label), en: label };
}
