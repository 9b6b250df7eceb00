/**
 * The dataset of one period, read from stored measurements: units are the 85 regions (ordered by code), columns are
 * the leaf indicators the methodology asks for, named `<service_id>.<indicator_id>`; a value not measured is NaN.
 * Federal districts come along as the `federal_district` grouping (for group imputation and medians).
 */
import type { Kysely } from 'kysely';
import type { Dataset } from '../core/dataset.js';
import type { DB } from '../db/tables.js';

/** The dataset column of a measurement: `<service_id>.<indicator_id>`. */
const columnOf = (serviceId: string, indicatorId: string): string => `${serviceId}.${indicatorId}`;

export async function loadPeriodDataset(db: Kysely<DB>, period: number, columns: readonly string[]): Promise<Dataset> {
  const regions = await db.selectFrom('region').select(['code', 'federal_district']).orderBy('code').execute();
  const unitIndex = new Map(regions.map((r, i) => [r.code, i]));
  const columnIndex = new Map(columns.map((c, j) => [c, j]));
  const values = new Float64Array(regions.length * columns.length).fill(NaN);
  const rows = await db.selectFrom('measurement')
    .select(['region_code', 'service_id', 'indicator_id', 'value'])
    .where('period', '=', period)
    .execute();
  for (const row of rows) {
    const j = columnIndex.get(columnOf(row.service_id, row.indicator_id));
    const u = unitIndex.get(row.region_code);
    if (j === undefined || u === undefined) continue;
    values[u * columns.length + j] = row.value;
  }
  return Object.freeze({
    units: regions.map((r) => r.code),
    indicators: [...columns],
    values,
    groups: { federal_district: regions.map((r) => r.federal_district) },
  });
}

/** How many cells of the dataset hold a value. */
export function presentCount(dataset: Dataset): number {
  let n = 0;
  for (const v of dataset.values) if (!Number.isNaN(v)) n++;
  return n;
}
