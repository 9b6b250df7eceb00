/**
 * Writes target cells (`adoption`: measured_share and target_share of a region and year, each a cell of its own) and
 * spending cells (`spending`: the amount of a region, year and programme) — exactly the cells the file holds.
 * Cells are compared with the stored ones as measurements are (see measurement-store.ts and `CellChanges`): new
 * cells are stored; a changed value or a removal marker is a correction that needs `--replace` (else a reject) and
 * goes to `annual_revision` with the old and new value, batches, who and when; a share cell left empty is not given
 * and keeps its stored value. The data are small (one row per region and year, or programme): compared in memory.
 */
import type { Reject } from '../rows/reject.js';
import type { SpendingRow, TargetRow } from '../rows/annual-rows.js';
import { classifyCell, NO_CHANGES, type CellChanges } from './cell-changes.js';
import type { StoreContext, StoreResult } from './measurement-store.js';
import type { Session } from './session.js';

interface Cell {
  region: string;
  item: string;
  value: number | null;
  file: string;
  line: number;
}
interface Stored {
  value: number;
  batch: string;
}

const key = (region: string, item: string) => `${region}\u001f${item}`;

function targetCells(rows: readonly TargetRow[]): Cell[] {
  return rows.flatMap((r) =>
    (['measured_share', 'target_share'] as const)
      .filter((item) => r[item] !== undefined)
      .map((item) => ({ region: r.region, item, value: r[item] as number | null, file: r.file, line: r.line })),
  );
}

/** Compares the cells with the stored ones; conflicts (corrections without --replace) are left out of `apply`. */
function diff(cells: readonly Cell[], stored: ReadonlyMap<string, Stored>, ctx: StoreContext) {
  const changes: CellChanges = { ...NO_CHANGES };
  const conflicts: Reject[] = [];
  const apply: (Cell & { change: 'new' | 'changed' | 'removed'; old?: Stored })[] = [];
  for (const cell of cells) {
    const old = stored.get(key(cell.region, cell.item));
    const change = classifyCell(old?.value, cell.value);
    if ((change === 'changed' || change === 'removed') && !ctx.replace) {
      conflicts.push({
        file: cell.file,
        line: cell.line,
        column: cell.item,
        value: cell.value === null ? 'remove' : String(cell.value),
        reason:
          change === 'removed'
            ? `removing the stored value ${old!.value} (batch ${old!.batch}) is a correction: use --replace`
            : `already stored as ${old!.value} by batch ${old!.batch}; to correct it use --replace`,
      });
      continue;
    }
    changes[change]++;
    if (change !== 'unchanged') apply.push({ ...cell, change, old });
  }
  return { changes, conflicts, apply };
}

async function recordRevisions(
  session: Session,
  kind: 'targets' | 'spending',
  applied: ReturnType<typeof diff>['apply'],
  ctx: StoreContext,
): Promise<void> {
  const revised = applied.filter((c) => c.change !== 'new');
  if (revised.length === 0) return;
  await session.query(
    `INSERT INTO annual_revision (kind, region_code, year, item, old_value, new_value, old_batch_id, new_batch_id, changed_by)
     SELECT $1, r, $2, i, o::numeric, n::numeric, b::bigint, $3, $4 FROM unnest($5::text[], $6::text[], $7::text[], $8::text[], $9::text[]) AS u (r, i, o, n, b)`,
    [
      kind,
      ctx.period,
      ctx.batchId,
      ctx.actor,
      revised.map((c) => c.region),
      revised.map((c) => c.item),
      revised.map((c) => String(c.old!.value)),
      revised.map((c) => (c.value === null ? null : String(c.value))),
      revised.map((c) => c.old!.batch),
    ],
  );
}

export async function storeTargets(
  session: Session,
  rows: readonly TargetRow[],
  ctx: StoreContext,
): Promise<StoreResult> {
  const existing = await session.query<{
    region_code: string;
    measured_share: number | null;
    target_share: number | null;
    batch_id: string;
  }>('SELECT region_code, measured_share, target_share, batch_id::text AS batch_id FROM adoption WHERE year = $1', [
    ctx.period,
  ]);
  const stored = new Map<string, Stored>();
  const byRegion = new Map(
    existing.map((e) => [e.region_code, { measured_share: e.measured_share, target_share: e.target_share }]),
  );
  for (const e of existing) {
    if (e.measured_share !== null)
      stored.set(key(e.region_code, 'measured_share'), { value: e.measured_share, batch: e.batch_id });
    if (e.target_share !== null)
      stored.set(key(e.region_code, 'target_share'), { value: e.target_share, batch: e.batch_id });
  }
  const { changes, conflicts, apply } = diff(targetCells(rows), stored, ctx);
  await recordRevisions(session, 'targets', apply, ctx);
  const touched = new Map<string, { measured_share: number | null; target_share: number | null }>();
  for (const cell of apply) {
    const row = touched.get(cell.region) ?? {
      ...(byRegion.get(cell.region) ?? { measured_share: null, target_share: null }),
    };
    row[cell.item as 'measured_share' | 'target_share'] = cell.value;
    touched.set(cell.region, row);
  }
  for (const [region, row] of touched) {
    if (row.measured_share === null && row.target_share === null) {
      await session.query('DELETE FROM adoption WHERE region_code = $1 AND year = $2', [region, ctx.period]);
    } else {
      await session.query(
        `INSERT INTO adoption (region_code, year, measured_share, target_share, batch_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (region_code, year) DO UPDATE SET measured_share = excluded.measured_share, target_share = excluded.target_share, batch_id = excluded.batch_id`,
        [region, ctx.period, row.measured_share, row.target_share, ctx.batchId],
      );
    }
  }
  return { changes, conflicts };
}

export async function storeSpending(
  session: Session,
  rows: readonly SpendingRow[],
  ctx: StoreContext,
): Promise<StoreResult> {
  const existing = await session.query<{ region_code: string; programme: string; amount: string; batch_id: string }>(
    'SELECT region_code, programme, amount_rub::text AS amount, batch_id::text AS batch_id FROM spending WHERE year = $1',
    [ctx.period],
  );
  const stored = new Map(
    existing.map((e) => [key(e.region_code, e.programme), { value: Number(e.amount), batch: e.batch_id }]),
  );
  const cells = rows.map((r) => ({
    region: r.region,
    item: r.programme,
    value: r.amountRub,
    file: r.file,
    line: r.line,
  }));
  const { changes, conflicts, apply } = diff(cells, stored, ctx);
  await recordRevisions(session, 'spending', apply, ctx);
  for (const cell of apply) {
    if (cell.value === null) {
      await session.query('DELETE FROM spending WHERE region_code = $1 AND year = $2 AND programme = $3', [
        cell.region,
        ctx.period,
        cell.item,
      ]);
    } else {
      await session.query(
        `INSERT INTO spending (region_code, year, programme, amount_rub, batch_id) VALUES ($1, $2, $3, $4::numeric, $5)
         ON CONFLICT (region_code, year, programme) DO UPDATE SET amount_rub = excluded.amount_rub, batch_id = excluded.batch_id`,
        [cell.region, ctx.period, cell.item, String(cell.value), ctx.batchId],
      );
    }
  }
  return { changes, conflicts };
}
