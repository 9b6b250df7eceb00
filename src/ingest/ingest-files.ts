/**
 * The ingest use case: `ingestFiles(database, files, options)` reads files of one kind for one period, validates
 * every row against the catalogue, and commits them as one content-addressed batch — whole or not at all.
 * Ingesting content already committed for the same kind and period is a no-op (status "unchanged").
 * A reject report (CSV) and a JSON summary are written to `options.reportDir` when given.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { InputError } from '../errors.js';
import type { Database } from '../db/connect.js';
import { loadCatalogueIndex } from './catalogue/catalogue-index.js';
import { fileInputError } from './input-error.js';
import { BINDERS, headerPredicate } from './kind-spec.js';
import { resolveLimits } from './limits.js';
import { loadApplications } from './load-applications.js';
import { loadTableRows } from './load-table-rows.js';
import type { ReadContext } from './read-records.js';
import { IngestRejectedError } from './rejected-error.js';
import { loadHeaderMapping } from './rows/header-map.js';
import { contentSha256 } from './store/content-hash.js';
import { RejectSink } from './store/reject-sink.js';
import { isIngestKind, type IngestOptions, type IngestSummary } from './types.js';

export async function ingestFiles(database: Database, files: string[], options: IngestOptions): Promise<IngestSummary> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const { kind, period } = options;
  if (!isIngestKind(kind)) throw new InputError(`unknown --kind "${kind}": expected measurements, applications, targets or spending`);
  if (!Number.isInteger(period) || period < 2000 || period > 2100) throw new InputError(`--period must be a year from 2000 to 2100, got ${period}`);
  if (files.length === 0) throw new InputError('no input file given');
  let bytesTotal = 0;
  for (const file of files) {
    try {
      bytesTotal += (await stat(file)).size;
    } catch (error) {
      throw fileInputError({ file }, `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  const sha = await contentSha256(files);
  const limits = resolveLimits(options.limits);
  const formats: { file: string; format: string }[] = [];
  const base = {
    kind, period, contentSha256: sha, files: formats, superseded: [] as string[], revisions: 0, derived: null,
    rejectReport: null, summaryFile: null, firstRejects: [],
  };
  const existing = await database.db.selectFrom('ingest_batch').select(['id', 'rows_total', 'rows_accepted', 'rows_rejected'])
    .where('kind', '=', kind).where('period', '=', period).where('content_sha256', '=', sha).where('status', '=', 'committed').executeTakeFirst();
  if (existing) {
    const elapsedMs = now() - started;
    return { ...base, files: files.map((file) => ({ file, format: 'not read again' })), status: 'unchanged', batchId: String(existing.id), rowsTotal: existing.rows_total, rowsAccepted: existing.rows_accepted,
      rowsRejected: existing.rows_rejected, elapsedMs, rowsPerSecond: 0 };
  }
  const stem = options.reportDir ? join(options.reportDir, `${kind}-${period}-${sha.slice(0, 12)}`) : null;
  const sink = new RejectSink(stem && `${stem}.rejects.csv`, limits.firstRejects, !!options.allowPartial);
  const catalogue = await loadCatalogueIndex(database.db);
  const mapping = loadHeaderMapping(options.mappingFile);
  const read: ReadContext<never> = {
    files, bytesTotal, limits, mapping, catalogue, period, sheet: options.sheet, bind: BINDERS[kind] as never,
    isHeader: headerPredicate(kind, mapping, catalogue), onProgress: options.onProgress, now, formats,
  };
  const batch = { kind, period, contentSha256: sha, sourceName: files.join(', '), actor: options.actor ?? 'cli' };
  const finish = async (status: IngestSummary['status'], fields: Partial<IngestSummary>): Promise<IngestSummary> => {
    const elapsedMs = now() - started;
    const rowsTotal = fields.rowsTotal ?? 0;
    const summary: IngestSummary = {
      ...base, status, batchId: null, rowsTotal, rowsAccepted: 0, ...fields, rowsRejected: sink.count, firstRejects: sink.first,
      rejectReport: await sink.close(), summaryFile: stem && `${stem}.summary.json`, elapsedMs,
      rowsPerSecond: elapsedMs > 0 ? (rowsTotal * 1000) / elapsedMs : 0,
    };
    if (stem) {
      mkdirSync(options.reportDir!, { recursive: true });
      writeFileSync(`${stem}.summary.json`, `${JSON.stringify(summary, null, 2)}\n`);
    }
    return summary;
  };
  let rejected: IngestSummary | null = null;
  const loadOptions = {
    replace: !!options.replace, allowPartial: !!options.allowPartial,
    onRejected: (counts: { rowsTotal: number; rowsAccepted: number }) => new RejectedSignal(counts),
    onEmpty: () => new InputError(`${files.join(', ')}: no data rows (the file holds a header only, or nothing)`),
  };
  try {
    const result = kind === 'applications'
      ? await loadApplications(database, read, sink, batch, loadOptions)
      : await loadTableRows(database, kind, read, sink, batch, loadOptions);
    return await finish('committed', {
      batchId: result.batchId, rowsTotal: result.rowsTotal, rowsAccepted: result.rowsAccepted, superseded: result.superseded,
      revisions: result.revisions, derived: result.derived,
    });
  } catch (error) {
    if (!(error instanceof RejectedSignal)) {
      await sink.close();
      throw error;
    }
    rejected = await finish('rejected', { rowsTotal: error.counts.rowsTotal, rowsAccepted: 0 });
  }
  throw new IngestRejectedError(rejected);
}

/** Internal: rows were rejected without --allow-partial; turned into IngestRejectedError with the final summary. */
class RejectedSignal extends Error {
  constructor(readonly counts: { rowsTotal: number; rowsAccepted: number }) {
    super('rows rejected');
  }
}
