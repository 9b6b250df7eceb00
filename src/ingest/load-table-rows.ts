/**
 * The path of the small kinds (measurements, targets, spending): read and validate every row, refuse in-file
 * duplicates (the second occurrence is the reject, naming the first line), then write the batch's cells in one
 * transaction (see measurement-store.ts and annual-store.ts: exactly the cells the file holds). Without
 * --allow-partial, any reject rolls the transaction back: nothing is written. A rejected row stores nothing.
 */
import type { Database } from '../db/connect.js';
import { readRecords, type ReadContext } from './read-records.js';
import type { SpendingRow, TargetRow } from './rows/annual-rows.js';
import type { MeasurementRow } from './rows/measurement-rows.js';
import type { Reject } from './rows/reject.js';
import { commitBatch, createBatch, insertRejects, type NewBatch } from './store/batch-store.js';
import { storeSpending, storeTargets } from './store/annual-store.js';
import type { CellChanges } from './store/cell-changes.js';
import { storeMeasurements, type StoreContext, type StoreResult } from './store/measurement-store.js';
import type { RejectSink } from './store/reject-sink.js';
import type { RowTally } from './store/row-tally.js';
import { inTransaction } from './store/session.js';
import type { IngestKind } from './types.js';

type TableRow = MeasurementRow | TargetRow | SpendingRow;

export interface LoadOptions {
  replace: boolean;
  allowPartial: boolean;
  onRejected: () => Error;
  onEmpty: () => Error;
}

export interface LoadResult {
  batchId: string;
  changes: CellChanges | null;
  details: Record<string, unknown>;
}

export async function loadTableRows(
  database: Database,
  kind: Exclude<IngestKind, 'applications'>,
  read: ReadContext<TableRow>,
  sink: RejectSink,
  tally: RowTally,
  batch: NewBatch,
  options: LoadOptions,
): Promise<LoadResult> {
  const rows: TableRow[] = [];
  const firstLine = new Map<string, string>();
  for await (const checked of readRecords(read)) {
    tally.read++;
    if (checked.skipped !== undefined) {
      tally.skip({ file: checked.file, line: checked.line, reason: checked.skipped });
      continue;
    }
    const duplicates: Reject[] = [];
    for (const row of checked.rows) {
      const first = firstLine.get(rowKey(row));
      if (first)
        duplicates.push({
          file: row.file,
          line: row.line,
          column: '',
          value: rowKey(row).replace(/\u001f/g, ' / '),
          reason: `duplicate of ${first}`,
        });
    }
    const rejects = [...checked.rejects, ...duplicates];
    if (rejects.length > 0) {
      tally.reject(rejects);
      rejects.forEach((r) => sink.add(r));
      continue;
    }
    for (const row of checked.rows) {
      firstLine.set(rowKey(row), `${row.file}:${row.line}`);
      rows.push(row);
    }
  }
  if (tally.read === tally.skipped) throw options.onEmpty();
  if (sink.count > 0 && !options.allowPartial) throw options.onRejected();
  return inTransaction(database, async (session) => {
    const batchId = await createBatch(session, batch);
    const ctx: StoreContext = { batchId, period: batch.period, replace: options.replace, actor: batch.actor };
    const stored: StoreResult =
      kind === 'measurements'
        ? await storeMeasurements(session, rows as MeasurementRow[], ctx)
        : kind === 'targets'
          ? await storeTargets(session, rows as TargetRow[], ctx)
          : await storeSpending(session, rows as SpendingRow[], ctx);
    const conflictRows = new Map<string, Reject[]>();
    for (const r of stored.conflicts)
      conflictRows.set(`${r.file}\u0000${r.line}`, [...(conflictRows.get(`${r.file}\u0000${r.line}`) ?? []), r]);
    for (const rejects of conflictRows.values()) tally.reject(rejects);
    stored.conflicts.forEach((r) => sink.add(r));
    if (sink.count > 0 && !options.allowPartial) throw options.onRejected();
    if (tally.accepted === 0) throw options.onEmpty();
    const { changes } = stored;
    tally.values = changes.new + changes.changed + changes.removed + changes.unchanged;
    await insertRejects(session, batchId, sink.drain());
    await commitBatch(session, batchId, tally, { changes, rowsSkipped: tally.skipped, values: tally.values });
    return { batchId, changes, details: {} };
  });
}

function rowKey(row: TableRow): string {
  if ('indicator' in row) return [row.region, row.service, row.indicator].join('\u001f');
  if ('programme' in row) return [row.region, row.year, row.programme].join('\u001f');
  return [row.region, row.year].join('\u001f');
}
