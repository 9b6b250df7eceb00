/**
 * The input snapshot of one period, read from the stored measurements when a run is rated: units are the 85 regions
 * (ordered by code), columns are the leaf indicators the methodology asks for, named `<service_id>.<indicator_id>`;
 * a value not measured is NaN. Federal districts come along as the `federal_district` grouping (for group
 * imputation and medians). Every present value comes with the ingest batch and the latest measurement revision it
 * came from, so the run can store exactly what it used. Only rating reads the live measurement table; every later
 * reader of a run uses the snapshot stored with it (src/ratings/run-inputs.ts).
 */
import type { Kysely } from 'kysely';
import type { Dataset } from '../core/dataset.js';
import type { DB } from '../db/tables.js';

/** The dataset column of a measurement: `<service_id>.<indicator_id>`. */
const columnOf = (serviceId: string, indicatorId: string): string => `${serviceId}.${indicatorId}`;

/** One present value of the snapshot and where it came from. */
export interface InputCell {
  readonly column: string;
  readonly regionCode: string;
  readonly value: number;
  readonly batchId: string;
  /** The latest measurement_revision of the cell, null when the value was never corrected. */
  readonly revisionId: string | null;
}

export interface PeriodSnapshot {
  readonly dataset: Dataset;
  readonly cells: readonly InputCell[];
}

export async function loadPeriodSnapshot(
  db: Kysely<DB>,
  period: number,
  columns: readonly string[],
): Promise<PeriodSnapshot> {
  const regions = await db.selectFrom('region').select(['code', 'federal_district']).orderBy('code').execute();
  const unitIndex = new Map(regions.map((r, i) => [r.code, i]));
  const columnIndex = new Map(columns.map((c, j) => [c, j]));
  const values = new Float64Array(regions.length * columns.length).fill(NaN);
  const rows = await db
    .selectFrom('measurement')
    .select(['region_code', 'service_id', 'indicator_id', 'value', 'batch_id'])
    .where('period', '=', period)
    .execute();
  const revisions = await db
    .selectFrom('measurement_revision')
    .select(['region_code', 'service_id', 'indicator_id', (eb) => eb.fn.max('id').as('id')])
    .where('period', '=', period)
    .groupBy(['region_code', 'service_id', 'indicator_id'])
    .execute();
  const revisionOf = new Map(
    revisions.map((r) => [`${r.region_code}|${columnOf(r.service_id, r.indicator_id)}`, String(r.id)]),
  );
  const cells: InputCell[] = [];
  for (const row of rows) {
    const column = columnOf(row.service_id, row.indicator_id);
    const j = columnIndex.get(column);
    const u = unitIndex.get(row.region_code);
    if (j === undefined || u === undefined) continue;
    values[u * columns.length + j] = row.value;
    cells.push({
      column,
      regionCode: row.region_code,
      value: row.value,
      batchId: String(row.batch_id),
      revisionId: revisionOf.get(`${row.region_code}|${column}`) ?? null,
    });
  }
  const dataset = Object.freeze({
    units: regions.map((r) => r.code),
    indicators: [...columns],
    values,
    groups: { federal_district: regions.map((r) => r.federal_district) },
  });
  return { dataset, cells };
}

/** How many cells of the dataset hold a value. */
export function presentCount(dataset: Dataset): number {
  let n = 0;
  for (const v of dataset.values) if (!Number.isNaN(v)) n++;
  return n;
}
