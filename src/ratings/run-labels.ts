/**
 * The bilingual labels a run stores with itself (rating_run_artifact.labels), so that its publication never reads
 * names from the live catalogue: the bands of every band spec (English label as written, Russian translated from
 * the words high / upper middle / middle / lower middle / low, anything else kept) and every indicator it uses.
 * Node labels live on rating_node (label_ru, label_en).
 */
import type { Catalogue } from '../reference/catalogue.js';

export interface BandLabel {
  readonly node: string;
  readonly label: string;
  readonly ru: string;
  readonly en: string;
}

export interface IndicatorLabel {
  readonly id: string;
  readonly nameRu: string;
  readonly nameEn: string;
  readonly unit: string;
  readonly stageId: string;
  readonly direction: 1 | -1;
}

export interface RunLabels {
  readonly bands: readonly BandLabel[];
  readonly indicators: readonly IndicatorLabel[];
}

const RU_WORDS: readonly [RegExp, string][] = [
  [/^upper middle/i, 'выше среднего'],
  [/^lower middle/i, 'ниже среднего'],
  [/^high/i, 'высокий'],
  [/^low/i, 'низкий'],
  [/^middle/i, 'средний'],
];

/** The Russian name of a band label written in English (see the module comment). */
export function russianBandName(label: string): string {
  for (const [pattern, ru] of RU_WORDS) if (pattern.test(label)) return label.replace(pattern, ru);
  return label;
}

/** A threshold spec lists its bands, a quantile spec only their labels. */
interface BandSpec {
  readonly node: string;
  readonly bands?: readonly { readonly label: string }[];
  readonly labels?: readonly string[];
}

/** Labels of the bands declared in a (concrete) methodology document and of the indicators its columns use. */
export function runLabels(document: unknown, columns: readonly string[], catalogue: Catalogue): RunLabels {
  const specs = (document as { bands?: BandSpec[] } | null)?.bands ?? [];
  const bands = specs.flatMap((s) =>
    (s.bands?.map((b) => b.label) ?? s.labels ?? []).map((label) => ({
      node: s.node,
      label,
      ru: russianBandName(label),
      en: label,
    })),
  );
  const used = new Set(columns.map((c) => c.split('.').pop() ?? c));
  const indicators = catalogue.indicators
    .filter((i) => used.has(i.id))
    .map((i) => ({
      id: i.id,
      nameRu: i.nameRu,
      nameEn: i.nameEn,
      unit: i.unit,
      stageId: i.stageId,
      direction: i.direction,
    }));
  return { bands, indicators };
}
