/**
 * Writes targets (`adoption`) and programme spending (`spending`) of a batch. With `--replace`, the superseded
 * batches' rows are deleted and every changed, added or removed value is listed in the batch summary (`changes`),
 * which keeps the history next to the superseded batches. Keys still held by another committed batch are rejects.
 */
import type { Reject } from '../rows/reject.js';
import type { SpendingRow, TargetRow } from '../rows/annual-rows.js';
import { batchesToSupersede, markSuperseded } from './batch-store.js';
import type { StoreContext } from './measurement-store.js';
import type { Session } from './session.js';

export interface Change { key: string; old: unknown; new: unknown }
export interface AnnualResult { inserted: number; superseded: string[]; changes: Change[]; storedDuplicates: Reject[] }

/** Separates key parts (the unit separator, which no programme name contains). */
const SEP = '\u001f';

interface TableSpec<Row> {
  table: 'adoption' | 'spending'; kind: 'targets' | 'spending'; keyColumns: string[]; valueColumns: string[];
  key(row: Row): string; values(row: Row): unknown[];
}

const TARGETS: TableSpec<TargetRow> = {
  table: 'adoption', kind: 'targets', keyColumns: ['region_code', 'year'], valueColumns: ['measured_share', 'target_share'],
  key: (r) => [r.region, r.year].join(SEP), values: (r) => [r.measuredShare, r.targetShare],
};
const SPENDING: TableSpec<SpendingRow> = {
  table: 'spending', kind: 'spending', keyColumns: ['region_code', 'year', 'programme'], valueColumns: ['amount_rub'],
  key: (r) => [r.region, r.year, r.programme].join(SEP), values: (r) => [r.amountRub],
};

export const storeTargets = (s: Session, rows: readonly TargetRow[], ctx: StoreContext) => storeAnnual(s, rows, ctx, TARGETS);
export const storeSpending = (s: Session, rows: readonly SpendingRow[], ctx: StoreContext) => storeAnnual(s, rows, ctx, SPENDING);

async function storeAnnual<Row extends { region: string; file: string; line: number }>(
  session: Session, rows: readonly Row[], ctx: StoreContext, spec: TableSpec<Row>,
): Promise<AnnualResult> {
  const keyExpr = spec.keyColumns.map((c) => `${c}::text`).join(' || chr(31) || ');
  let superseded: string[] = [];
  const changes: Change[] = [];
  if (ctx.replace) {
    superseded = await batchesToSupersede(session, spec.table, spec.kind, ctx.period, [...new Set(rows.map((r) => r.region))]);
    if (superseded.length > 0) {
      const old = await session.query<{ key: string; vals: unknown[] }>(
        `SELECT ${keyExpr} AS key, json_build_array(${spec.valueColumns.join(', ')}) AS vals FROM ${spec.table} WHERE batch_id = ANY($1::bigint[])`, [superseded]);
      const oldByKey = new Map(old.map((o) => [o.key, (typeof o.vals === 'string' ? JSON.parse(o.vals) : o.vals) as unknown[]]));
      const newByKey = new Map(rows.map((r) => [spec.key(r), spec.values(r)]));
      for (const [key, vals] of newByKey) {
        const before = oldByKey.get(key);
        if (!before || before.some((v, i) => Number(v) !== Number(vals[i]) || (v === null) !== (vals[i] === null))) changes.push({ key: key.split(SEP).join(' / '), old: before ?? null, new: vals });
      }
      for (const [key, vals] of oldByKey) if (!newByKey.has(key)) changes.push({ key: key.split(SEP).join(' / '), old: vals, new: null });
      await session.query(`DELETE FROM ${spec.table} WHERE batch_id = ANY($1::bigint[])`, [superseded]);
      await markSuperseded(session, superseded, ctx.batchId);
    }
  }
  const existing = await session.query<{ key: string; batch_id: string }>(
    `SELECT ${keyExpr} AS key, batch_id::text AS batch_id FROM ${spec.table} WHERE year = $1`, [ctx.period]);
  const heldBy = new Map(existing.map((e) => [e.key, e.batch_id]));
  const storedDuplicates: Reject[] = [];
  const fresh: Row[] = [];
  for (const row of rows) {
    const holder = heldBy.get(spec.key(row));
    if (holder) storedDuplicates.push({ file: row.file, line: row.line, column: spec.keyColumns.join('+'), value: spec.key(row).split(SEP).join(' / '), reason: `already stored by batch ${holder} for this period (use --replace to supersede it)` });
    else fresh.push(row);
  }
  const columns = [...spec.keyColumns, ...spec.valueColumns, 'batch_id'];
  for (const row of fresh) {
    const keyValues = spec.key(row).split(SEP);
    const params = [keyValues[0], Number(keyValues[1]), ...keyValues.slice(2), ...spec.values(row), ctx.batchId];
    await session.query(`INSERT INTO ${spec.table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, params);
  }
  return { inserted: fresh.length, superseded, changes, storedDuplicates };
}
