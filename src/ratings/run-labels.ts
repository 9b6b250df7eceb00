/**
 * The bilingual labels a run stores with itself (rating_run_artifact.labels), so that its publication never reads
 * names from the live catalogue: the bands of every band spec (their `{ ru, en }` names as the methodology writes them;
 * a name given as one string is used in both languages, never translated by pattern) and every indicator it uses.
 * Node labels live on rating_node (label_ru, label_en).
 */
import { bandId, type BandName } from '../core/spec.js';
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

/** A threshold spec lists its bands, a quantile spec only their names. */
interface BandSpec {
  readonly node: string;
  readonly bands?: readonly { readonly label: BandName }[];
  readonly labels?: readonly BandName[];
}

/** Labels of the bands declared in a (concrete) methodology document and of the indicators its columns use. */
export function runLabels(document: unknown, columns: readonly string[], catalogue: Catalogue): RunLabels {
  const specs = (document as { bands?: BandSpec[] } | null)?.bands ?? [];
  const bands = specs.flatMap((s) =>
    (s.bands?.map((b) => b.label) ?? s.labels ?? []).map((name) => ({
      node: s.node,
      label: bandId(name),
      ru: typeof name === 'string' ? name : name.ru,
      en: typeof name === 'string' ? name : name.en,
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
