/**
 * Reads every file of a batch through the right source and the kind's validator, yielding each record's accepted
 * rows and rejects (or the reason a total or signature row is skipped, see non-data-row.ts), and reporting progress
 * (rows, bytes) at most every 250 ms.
 */
import type { CatalogueIndex } from './catalogue/catalogue-index.js';
import type { IngestLimits } from './limits.js';
import type { HeaderMapping } from './rows/header-map.js';
import { nonDataReason } from './rows/non-data-row.js';
import type { Checked } from './rows/reject.js';
import type { RecordValidator } from './rows/row-kind.js';
import { openSource } from './sources/open-source.js';
import type { TableSource } from './sources/table-source.js';
import type { IngestProgress } from './types.js';

export type Binder<Row> = (
  source: TableSource,
  mapping: HeaderMapping,
  catalogue: CatalogueIndex,
  period: number,
) => RecordValidator<Row>;

export interface ReadContext<Row> {
  files: readonly string[];
  bytesTotal: number;
  limits: IngestLimits;
  mapping: HeaderMapping;
  catalogue: CatalogueIndex;
  period: number;
  sheet?: string;
  bind: Binder<Row>;
  isHeader: (cell: string) => boolean;
  onProgress?: (p: IngestProgress) => void;
  now: () => number;
  formats: { file: string; format: string }[];
}

/** One record's validation with where it came from. */
export type CheckedRecord<Row> = Checked<Row> & { readonly file: string; readonly line: number };

export async function* readRecords<Row>(ctx: ReadContext<Row>): AsyncGenerator<CheckedRecord<Row>> {
  const started = ctx.now();
  let rows = 0;
  let bytesDone = 0;
  let lastReport = started;
  for (const file of ctx.files) {
    const source = await openSource(file, { limits: ctx.limits, isHeader: ctx.isHeader, sheet: ctx.sheet });
    ctx.formats.push({ file, format: source.format });
    const validate = ctx.bind(source, ctx.mapping, ctx.catalogue, ctx.period);
    const report = () => {
      const elapsedMs = ctx.now() - started;
      ctx.onProgress?.({
        file,
        rows,
        bytesRead: bytesDone + source.bytesRead(),
        bytesTotal: ctx.bytesTotal,
        elapsedMs,
        rowsPerSecond: elapsedMs > 0 ? (rows * 1000) / elapsedMs : 0,
      });
    };
    for await (const record of source.records) {
      rows++;
      const skipped = nonDataReason(record.cells);
      yield skipped === null
        ? { ...validate(record.line, record.cells), file, line: record.line }
        : { rows: [], rejects: [], skipped, file, line: record.line };
      if (ctx.onProgress && (rows & 0x3ff) === 0 && ctx.now() - lastReport >= 250) {
        lastReport = ctx.now();
        report();
      }
    }
    bytesDone += source.bytesTotal;
    report();
  }
}
