/**
 * `egov ingest FILE... --period P [--kind measurements|applications|targets|spending] [--replace] [--allow-partial]
 * [--mapping FILE] [--sheet NAME] [--synthetic] [--report-dir DIR] [--max-line-bytes N] [--max-file-bytes N] [--json]`:
 * ingests files as one atomic batch (see docs/data-formats.md). Rejected rows without --allow-partial: exit 2,
 * nothing written, the first reasons printed and the reject report named. Progress goes to stderr on a terminal.
 */
import { openDatabase } from '../../db/open.js';
import { ingestFiles } from '../../ingest/ingest-files.js';
import { IngestRejectedError } from '../../ingest/rejected-error.js';
import { isIngestKind, type IngestProgress, type IngestSummary } from '../../ingest/types.js';
import { describeChanges } from '../../ingest/store/cell-changes.js';
import { report } from '../context.js';
import { InputError } from '../errors.js';
import type { RegisterCommand } from './register.js';
import { join } from 'node:path';

interface IngestFlags {
  period: string;
  kind: string;
  replace?: boolean;
  allowPartial?: boolean;
  mapping?: string;
  sheet?: string;
  reportDir?: string;
  maxLineBytes?: string;
  maxFileBytes?: string;
  actor?: string;
  synthetic?: boolean;
  json?: boolean;
}

export const registerIngest: RegisterCommand = (program, ctx) => {
  program
    .command('ingest')
    .description('ingest measurement, application-log, target or spending files as one atomic batch')
    .argument('<files...>', 'CSV (UTF-8, Windows-1251, KOI8-R), XLSX or JSON Lines files')
    .requiredOption('--period <year>', 'the period (year) the files belong to')
    .option('--kind <kind>', 'measurements | applications | targets | spending', 'measurements')
    .option(
      '--replace',
      'correct stored values: replace (or, with the marker "удалить", remove) exactly the cells the files hold, keeping each cell\'s history; applications: replace the stored applications of the regions the files hold',
    )
    .option('--allow-partial', 'commit the valid rows and keep the rejects')
    .option('--mapping <file>', 'JSON mapping of unusual headers: {"columns": {"as written": "canonical"}}')
    .option('--sheet <name>', 'XLSX sheet to read (default: the sheet whose header is recognised best)')
    .option('--synthetic', 'the files hold generated (synthetic) data: the batch is marked synthetic')
    .option('--report-dir <dir>', 'where the reject report and JSON summary go (default: <reports>/ingest)')
    .option('--max-line-bytes <n>', 'longest accepted record (default 1 MiB)')
    .option('--max-file-bytes <n>', 'largest accepted file')
    .option('--actor <name>', 'who ingests (recorded in the batch and revisions)', process.env.USER ?? 'cli')
    .option('--json', 'quiet; print the JSON summary')
    .action(async (files: string[], flags: IngestFlags) => {
      const period = Number(flags.period);
      if (!Number.isInteger(period)) throw new InputError(`--period must be a year, got "${flags.period}"`);
      if (!isIngestKind(flags.kind))
        throw new InputError(`--kind must be measurements, applications, targets or spending, got "${flags.kind}"`);
      const limits = {
        ...positive('--max-line-bytes', flags.maxLineBytes, 'maxLineBytes'),
        ...positive('--max-file-bytes', flags.maxFileBytes, 'maxFileBytes'),
      };
      const database = await openDatabase(ctx.config);
      const showProgress = !flags.json && process.stderr.isTTY === true;
      try {
        const summary = await ingestFiles(database, files, {
          period,
          kind: flags.kind,
          replace: !!flags.replace,
          allowPartial: !!flags.allowPartial,
          actor: flags.actor,
          synthetic: !!flags.synthetic,
          mappingFile: flags.mapping,
          sheet: flags.sheet,
          limits,
          reportDir: flags.reportDir ?? join(ctx.config.reportsDir, 'ingest'),
          onProgress: showProgress ? (p) => process.stderr.write(`\r${progressLine(p)}`) : undefined,
        });
        if (showProgress) process.stderr.write('\n');
        report(ctx, !!flags.json, summary, humanSummary(summary));
      } catch (error) {
        if (error instanceof IngestRejectedError && flags.json) ctx.out(JSON.stringify(error.summary, null, 2));
        throw error;
      } finally {
        await database.close();
      }
    });
};

function positive(flag: string, text: string | undefined, key: string): Record<string, number> {
  if (text === undefined) return {};
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new InputError(`${flag} must be a positive whole number, got "${text}"`);
  return { [key]: n };
}

export function progressLine(p: IngestProgress): string {
  const share = p.bytesTotal > 0 ? ((100 * p.bytesRead) / p.bytesTotal).toFixed(1) : '100.0';
  return `${p.rows.toLocaleString('en-US')} rows, ${Math.round(p.rowsPerSecond).toLocaleString('en-US')} rows/s, ${share}% of bytes read`;
}

export function humanSummary(s: IngestSummary): string {
  if (s.status === 'unchanged') {
    return (
      `already ingested: batch ${s.batchId} has the same content, sheet and mapping (sha256 ${s.contentSha256.slice(0, 12)}…); nothing changed ` +
      '(to re-apply it as a correction, add --replace)'
    );
  }
  const lines = [
    `batch ${s.batchId} committed: ${s.kind} ${s.period}${s.synthetic ? ' (synthetic)' : ''}`,
    `rows: ${rowCounts(s)}; ${s.values} value(s) (${Math.round(s.rowsPerSecond)} rows/s)`,
  ];
  if (s.changes) lines.push(`cells: ${describeChanges(s.changes)}`);
  for (const r of s.replaced ?? []) lines.push(`applications of ${r.region}: ${r.before} replaced by ${r.after}`);
  if (s.derived)
    lines.push(
      `derived batch ${s.derived.batchId}: ${s.derived.measurements} indicator values, ${s.derived.channelVolumes} channel volumes`,
    );
  for (const k of s.skipped.slice(0, 5)) lines.push(`  skipped ${k.file}:${k.line}: ${k.reason}`);
  for (const r of s.firstRejects.slice(0, 5))
    lines.push(`  rejected ${r.file}:${r.line}:${r.column ? ` column "${r.column}":` : ''} ${r.reason}`);
  if (s.rejectReport) lines.push(`reject report: ${s.rejectReport}`);
  return lines.join('\n');
}

/** `5 read, 3 accepted, 1 skipped (total rows), 1 rejected`. */
export function rowCounts(
  s: Pick<IngestSummary, 'rowsRead' | 'rowsAccepted' | 'rowsSkipped' | 'rowsRejected'>,
): string {
  return `${s.rowsRead} read, ${s.rowsAccepted} accepted, ${s.rowsSkipped} skipped (total rows), ${s.rowsRejected} rejected`;
}
