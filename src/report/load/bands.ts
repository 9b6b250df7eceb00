/**
 * Score bands of a run, from the band specification of its stored methodology document (thresholds on the root):
 * band i covers [min_i, min_{i-1}) and the top band is closed at the scale's ceiling (Infinity when unknown).
 * Colours run from green (best band) to red (worst) in a fixed palette; Russian names translate the English
 * words high / upper middle / lower middle / low, anything else keeps its label.
 */
import type { Band } from '../model.js';

const PALETTE = ['#1a9850', '#91cf60', '#fee08b', '#fc8d59', '#d73027', '#a50026'];
const RU_WORDS: readonly [RegExp, string][] = [
  [/^upper middle/i, 'выше среднего'], [/^lower middle/i, 'ниже среднего'], [/^high/i, 'высокий'], [/^low/i, 'низкий'],
  [/^middle/i, 'средний'],
];

interface BandSpec { readonly node: string; readonly bands: readonly { readonly label: string; readonly min: number }[] }

/** Bands of the root node from a methodology document, best first; [] when it declares none. */
export function bandsOf(document: unknown, rootId: string): Band[] {
  const specs = ((document as { bands?: BandSpec[] } | null)?.bands ?? []);
  const spec = specs.find((s) => s.node === rootId) ?? specs[0];
  if (!spec) return [];
  const sorted = [...spec.bands].sort((a, b) => b.min - a.min);
  return sorted.map((b, i) => ({
    id: b.label,
    name: { ru: russianBandName(b.label), en: b.label },
    min: b.min,
    max: i === 0 ? Infinity : sorted[i - 1].min,
    colour: PALETTE[Math.min(Math.round((i * (PALETTE.length - 1)) / Math.max(sorted.length - 1, 1)), PALETTE.length - 1)],
  }));
}

function russianBandName(label: string): string {
  for (const [pattern, ru] of RU_WORDS) if (pattern.test(label)) return label.replace(pattern, ru);
  return label;
}
