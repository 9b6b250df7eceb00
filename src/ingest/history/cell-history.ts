/**
 * The history of stored cells: every change a correction made (old value, new value, the batches, who, when), for
 * measurements (period × region × service × indicator) and for targets and spending (year × region × item), oldest
 * first. A cell's first value is its batch, not a revision, so a cell that was never corrected has no history.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/tables.js';

export interface CellChange {
  readonly kind: 'measurements' | 'targets' | 'spending';
  readonly period: number;
  readonly regionCode: string;
  /** "service / indicator" for a measurement; the column or programme for targets and spending. */
  readonly cell: string;
  readonly oldValue: number | null;
  readonly newValue: number | null;
  readonly oldBatchId: number | null;
  readonly newBatchId: number;
  readonly changedBy: string;
  readonly changedAt: string;
}

const iso = (value: unknown): string => (value instanceof Date ? value.toISOString() : String(value));
const numberOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

export async function readCellHistory(
  db: Kysely<DB>,
  filter: { period: number; regionCode?: string },
): Promise<CellChange[]> {
  let measurements = db.selectFrom('measurement_revision').selectAll().where('period', '=', filter.period);
  let annual = db.selectFrom('annual_revision').selectAll().where('year', '=', filter.period);
  if (filter.regionCode) {
    measurements = measurements.where('region_code', '=', filter.regionCode);
    annual = annual.where('region_code', '=', filter.regionCode);
  }
  const changes: CellChange[] = [
    ...(await measurements.execute()).map((r) => ({
      kind: 'measurements' as const,
      period: r.period,
      regionCode: r.region_code,
      cell: `${r.service_id} / ${r.indicator_id}`,
      oldValue: r.old_value,
      newValue: r.new_value,
      oldBatchId: numberOrNull(r.old_batch_id),
      newBatchId: Number(r.new_batch_id),
      changedBy: r.changed_by,
      changedAt: iso(r.changed_at),
    })),
    ...(await annual.execute()).map((r) => ({
      kind: r.kind,
      period: r.year,
      regionCode: r.region_code,
      cell: r.item,
      oldValue: numberOrNull(r.old_value),
      newValue: numberOrNull(r.new_value),
      oldBatchId: numberOrNull(r.old_batch_id),
      newBatchId: Number(r.new_batch_id),
      changedBy: r.changed_by,
      changedAt: iso(r.changed_at),
    })),
  ];
  return changes.sort(
    (a, b) =>
      a.changedAt.localeCompare(b.changedAt) ||
      a.newBatchId - b.newBatchId ||
      a.regionCode.localeCompare(b.regionCode) ||
      a.cell.localeCompare(b.cell),
  );
}
