/**
 * The path of the small kinds (measurements, targets, spending): read and validate every row, refuse in-file
 * duplicates (the second occurrence is the reject, naming the first line), then write the whole batch in one
 * transaction. Without --allow-partial, any reject rolls the transaction back: nothing is written.
 */
import type { Database } from '../db/connect.js';
import { readRecords, type ReadContext } from './read-records.js';
import type { SpendingRow, TargetRow } from './rows/annual-rows.js';
import type { MeasurementRow } from './rows/measurement-rows.js';
import { commitBatch, createBatch, insertRejects, type NewBatch } from './store/batch-store.js';
import { storeSpending, storeTargets } from './store/annual-store.js';
import { storeMeasurements, type StoreContext } from './store/measurement-store.js';
import type { RejectSink } from './store/reject-sink.js';
import { inTransaction } from './store/session.js';
import type { IngestKind } from './types.js';

type TableRow = MeasurementRow | TargetRow | SpendingRow;

export interface LoadResult {
  batchId: string; rowsTotal: number; rowsAccepted: number; superseded: string[]; revisions: number;
  details: Record<string, unknown>; derived: null;
}

export async function loadTableRows(
  database: Database, kind: Exclude<IngestKind, 'applications'>, read: ReadContext<TableRow>, sink: RejectSink,
  batch: NewBatch, options: { replace: boolean; allowPartial: boolean; onRejected: (counts: { rowsTotal: number; rowsAccepted: number }) => Error; onEmpty: () => Error },
): Promise<LoadResult> {
  const rows: TableRow[] = [];
  const firstLine = new Map<string, string>();
  let rowsTotal = 0;
  for await (const checked of readRecords(read)) {
    rowsTotal++;
    checked.rejects.forEach((r) => sink.add(r));
    for (const row of checked.rows) {
      const key = rowKey(row);
      const first = firstLine.get(key);
      if (first) sink.add({ file: row.file, line: row.line, column: '', value: key.replace(/\u001f/g, ' / '), reason: `duplicate of ${first}` });
      else { firstLine.set(key, `${row.file}:${row.line}`); rows.push(row); }
    }
  }
  if (rowsTotal === 0) throw options.onEmpty();
  if (sink.count > 0 && !options.allowPartial) throw options.onRejected({ rowsTotal, rowsAccepted: rows.length });
  return inTransaction(database, async (session) => {
    const batchId = await createBatch(session, batch);
    const ctx: StoreContext = { batchId, period: batch.period, replace: options.replace, actor: batch.actor };
    const result = kind === 'measurements' ? await storeMeasurements(session, rows as MeasurementRow[], ctx)
      : kind === 'targets' ? { ...(await storeTargets(session, rows as TargetRow[], ctx)), revisions: 0 }
        : { ...(await storeSpending(session, rows as SpendingRow[], ctx)), revisions: 0 };
    result.storedDuplicates.forEach((r) => sink.add(r));
    if (sink.count > 0 && !options.allowPartial) throw options.onRejected({ rowsTotal, rowsAccepted: result.inserted });
    if (result.inserted === 0 && !options.allowPartial) throw options.onEmpty();
    await insertRejects(session, batchId, sink.drain());
    const details = 'changes' in result ? { changes: result.changes } : {};
    const counts = { rowsTotal, rowsAccepted: result.inserted, rowsRejected: sink.count };
    await commitBatch(session, batchId, counts, { ...counts, superseded: result.superseded, ...details });
    return { batchId, rowsTotal, rowsAccepted: result.inserted, superseded: result.superseded, revisions: result.revisions, details, derived: null };
  });
}

function rowKey(row: TableRow): string {
  if ('indicator' in row) return [row.region, row.service, row.indicator].join('\u001f');
  if ('programme' in row) return [row.region, row.year, row.programme].join('\u001f');
  return [row.region, row.year].join('\u001f');
}
