/**
 * The bilingual labels a run stores with itself (rating_run_artifact.labels), so that its publication never reads
 * names from the live catalogue: the bands of every band spec (their `{ ru, en }` names as the methodology writes them;
 * a name given as one string is used in both languages, never translated by pattern), every indicator it uses,
 * every region of the catalogue (names, federal district names, tile) and the order of the stages.
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

export interface RegionLabel {
  readonly code: string;
  readonly nameRu: string;
  readonly nameEn: string;
  readonly districtRu: string;
  readonly districtEn: string;
  /** Position on the tile map (1-based); 0 when the region has no tile. */
  readonly tileRow: number;
  readonly tileCol: number;
}

export interface StageLabel {
  readonly id: string;
  readonly ord: number;
}

export interface RunLabels {
  readonly bands: readonly BandLabel[];
  readonly indicators: readonly IndicatorLabel[];
  /** Absent in runs rated before the regions were stored with the run (their exports read the live tables). */
  readonly regions?: readonly RegionLabel[];
  readonly stages?: readonly StageLabel[];
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
  const districts = new Map(catalogue.federalDistricts.map((d) => [d.code, d]));
  const regions = [...catalogue.regions]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((r) => ({
      code: r.code,
      nameRu: r.nameRu,
      nameEn: r.nameEn,
      districtRu: districts.get(r.federalDistrict)?.nameRu ?? r.federalDistrict,
      districtEn: districts.get(r.federalDistrict)?.nameEn ?? r.federalDistrict,
      tileRow: r.tileRow,
      tileCol: r.tileCol,
    }));
  const stages = catalogue.stages.map((s) => ({ id: s.id, ord: s.ord }));
  return { bands, indicators, regions, stages };
}
