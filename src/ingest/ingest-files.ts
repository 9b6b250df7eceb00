/**
 * The ingest use case: `ingestFiles(database, files, options)` reads files of one kind for one period, validates
 * every row against the catalogue, and commits them as one batch — whole or not at all. A batch is identified by
 * its content, kind, period, sheet and mapping: ingesting an identical batch again is a no-op (status
 * "unchanged") unless it is a correction (`replace`), which is always applied. A reject report (CSV) and a JSON
 * summary are written to `options.reportDir` when given.
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
import { loadTableRows, type LoadOptions } from './load-table-rows.js';
import type { ReadContext } from './read-records.js';
import { IngestRejectedError } from './rejected-error.js';
import { loadHeaderMapping } from './rows/header-map.js';
import { findCommittedBatch, type NewBatch } from './store/batch-store.js';
import { contentSha256, sha256File } from './store/content-hash.js';
import { RejectSink } from './store/reject-sink.js';
import { RowTally } from './store/row-tally.js';
import { isIngestKind, type IngestOptions, type IngestSummary } from './types.js';

export async function ingestFiles(database: Database, files: string[], options: IngestOptions): Promise<IngestSummary> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const { kind, period } = options;
  if (!isIngestKind(kind))
    throw new InputError(`unknown --kind "${kind}": expected measurements, applications, targets or spending`);
  if (!Number.isInteger(period) || period < 2000 || period > 2100)
    throw new InputError(`--period must be a year from 2000 to 2100, got ${period}`);
  if (files.length === 0) throw new InputError('no input file given');
  let bytesTotal = 0;
  for (const file of files.concat(options.mappingFile ?? [])) {
    try {
      const size = (await stat(file)).size;
      if (file !== options.mappingFile) bytesTotal += size;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new InputError(`file not found: ${file}`, { file, reason: 'file not found' });
      throw fileInputError({ file }, `cannot read the file: ${code ?? (error as Error).message}`);
    }
  }
  const batch: NewBatch = {
    kind,
    period,
    contentSha256: await contentSha256(files),
    sourceName: files.join(', '),
    actor: options.actor ?? 'cli',
    sheet: options.sheet ?? '',
    mappingSha256: options.mappingFile ? await sha256File(options.mappingFile) : '',
    synthetic: !!options.synthetic,
  };
  const limits = resolveLimits(options.limits);
  const formats: { file: string; format: string }[] = [];
  const tally = new RowTally(limits.firstRejects);
  const base = {
    kind,
    period,
    contentSha256: batch.contentSha256,
    sheet: batch.sheet!,
    mappingSha256: batch.mappingSha256!,
    synthetic: batch.synthetic!,
    files: formats,
    changes: null,
    replaced: null,
    derived: null,
    rejectReport: null,
    summaryFile: null,
    firstRejects: [],
    skipped: [],
    periodHint: null,
    rejects: 0,
    values: 0,
    rowsSkipped: 0,
  };
  const existing = options.replace ? null : await findCommittedBatch(database.db, batch);
  if (existing) {
    return {
      ...base,
      files: files.map((file) => ({ file, format: 'not read again' })),
      status: 'unchanged',
      batchId: String(existing.id),
      rowsRead: existing.rows_total,
      rowsAccepted: existing.rows_accepted,
      rowsRejected: existing.rows_rejected,
      elapsedMs: now() - started,
      rowsPerSecond: 0,
    };
  }
  const stem = options.reportDir
    ? join(options.reportDir, `${kind}-${period}-${batch.contentSha256.slice(0, 12)}`)
    : null;
  const sink = new RejectSink(stem && `${stem}.rejects.csv`, limits.firstRejects, !!options.allowPartial);
  const fullCatalogue = await loadCatalogueIndex(database.db);
  const catalogue = options.onlyRegion
    ? { ...fullCatalogue, regions: fullCatalogue.regions.restrictedTo(options.onlyRegion) }
    : fullCatalogue;
  const mapping = loadHeaderMapping(options.mappingFile);
  const read: ReadContext<never> = {
    files,
    bytesTotal,
    limits,
    mapping,
    catalogue,
    period,
    sheet: options.sheet,
    bind: BINDERS[kind] as never,
    isHeader: headerPredicate(kind, mapping, catalogue),
    onProgress: options.onProgress,
    now,
    formats,
  };
  const finish = async (status: IngestSummary['status'], fields: Partial<IngestSummary>): Promise<IngestSummary> => {
    const elapsedMs = now() - started;
    const summary: IngestSummary = {
      ...base,
      status,
      batchId: null,
      ...fields,
      rowsRead: tally.read,
      rowsAccepted: status === 'rejected' ? 0 : tally.accepted,
      rowsSkipped: tally.skipped,
      rowsRejected: tally.rejected,
      values: status === 'rejected' ? 0 : tally.values,
      skipped: tally.firstSkipped,
      rejects: sink.count,
      firstRejects: sink.first,
      periodHint: tally.periodHint(),
      rejectReport: await sink.close(),
      summaryFile: stem && `${stem}.summary.json`,
      elapsedMs,
      rowsPerSecond: elapsedMs > 0 ? (tally.read * 1000) / elapsedMs : 0,
    };
    if (stem) {
      mkdirSync(options.reportDir!, { recursive: true });
      writeFileSync(`${stem}.summary.json`, `${JSON.stringify(summary, null, 2)}\n`);
    }
    return summary;
  };
  const loadOptions: LoadOptions = {
    replace: !!options.replace,
    allowPartial: !!options.allowPartial,
    onRejected: () => new RejectedSignal(),
    onEmpty: () =>
      new InputError(`${files.join(', ')}: no data rows (the file holds a header only, total rows only, or nothing)`),
  };
  let rejected: IngestSummary | null = null;
  try {
    if (kind === 'applications') {
      const result = await loadApplications(database, read, sink, tally, batch, loadOptions);
      tally.values = tally.accepted;
      return await finish('committed', { batchId: result.batchId, replaced: result.replaced, derived: result.derived });
    }
    const result = await loadTableRows(database, kind, read, sink, tally, batch, loadOptions);
    return await finish('committed', { batchId: result.batchId, changes: result.changes });
  } catch (error) {
    if (!(error instanceof RejectedSignal)) {
      await sink.close();
      throw error;
    }
    rejected = await finish('rejected', {});
  }
  throw new IngestRejectedError(rejected);
}

/** Internal: rows were rejected without --allow-partial; turned into IngestRejectedError with the final summary. */
class RejectedSignal extends Error {
  constructor() {
    super('rows rejected');
  }
}
