/** `egov history --period P [--region REGION] [--json]`: every correction of stored cells, oldest first. */
import type { RegisterCommand } from './register.js';
import { report } from '../context.js';
import { parsePeriod, parseRegion } from '../parse.js';
import { openDatabase } from '../../db/open.js';
import { readCellHistory, type CellChange } from '../../ingest/history/cell-history.js';

const value = (v: number | null): string => (v === null ? '(none)' : String(v));

export function historyLine(c: CellChange): string {
  return (
    `${c.changedAt}  ${c.regionCode}  ${c.kind}  ${c.cell}: ${value(c.oldValue)} → ${value(c.newValue)}  ` +
    `(batch ${c.oldBatchId ?? '—'} → ${c.newBatchId}, by ${c.changedBy})`
  );
}

export const registerHistory: RegisterCommand = (program, ctx) => {
  program
    .command('history')
    .description('print the history of corrected cells of a period: old and new value, batches, who and when')
    .requiredOption('--period <year>', 'the period (year)')
    .option('--region <region>', 'one region: code (RU-TUL), OKATO/OKTMO or Russian name')
    .option('--json', 'machine-readable output')
    .action(async (options: { period: string; region?: string; json?: boolean }) => {
      const period = parsePeriod(options.period);
      const regionCode = options.region === undefined ? undefined : parseRegion(options.region);
      const database = await openDatabase(ctx.config);
      try {
        const changes = await readCellHistory(database.db, { period, regionCode });
        report(
          ctx,
          Boolean(options.json),
          { period, regionCode: regionCode ?? null, changes },
          changes.length === 0
            ? `no corrected cells in ${period}${regionCode ? ` for ${regionCode}` : ''}`
            : changes.map(historyLine).join('\n'),
        );
      } finally {
        await database.close();
      }
    });
};
