/**
 * The dataset of a measurement form read as the ingest reads it (src/ingest/read-table-file.ts), built as `egov rate`
 * builds a period's dataset from the database (src/ratings/period-dataset.ts): columns `<service_id>.<indicator_id>`
 * (the methodology's leaves; other values are ignored), a value not measured or removed is NaN, the federal district
 * as the `federal_district` grouping. Units are the regions the form holds, by code, so a region's own form scores
 * that region alone.
 */
import type { Dataset } from '../core/dataset.js';

export interface FormValue {
  readonly region: string;
  readonly service: string;
  readonly indicator: string;
  /** null: the cell holds the removal marker. */
  readonly value: number | null;
}

export function formDataset(
  values: readonly FormValue[],
  columns: readonly string[],
  federalDistrictOf: ReadonlyMap<string, string>,
): Dataset {
  const units = [...new Set(values.map((v) => v.region))].sort();
  const unitIndex = new Map(units.map((u, i) => [u, i]));
  const columnIndex = new Map(columns.map((c, j) => [c, j]));
  const cells = new Float64Array(units.length * columns.length).fill(NaN);
  for (const v of values) {
    const j = columnIndex.get(`${v.service}.${v.indicator}`);
    if (j === undefined || v.value === null) continue;
    cells[unitIndex.get(v.region)! * columns.length + j] = v.value;
  }
  return Object.freeze({
    units,
    indicators: [...columns],
    values: cells,
    groups: { federal_district: units.map((u) => federalDistrictOf.get(u) ?? '') },
  });
}
