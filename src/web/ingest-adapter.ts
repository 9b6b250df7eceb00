/**
 * The upload port backed by src/ingest: the uploaded bytes are written to a private temporary folder under their
 * own name (so reject messages name the file the user sent), ingested whole-or-nothing, and the folder removed.
 * Rejected rows → {ok: false, rejects} (nothing stored); an unreadable file → 400 "invalid_file".
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Database } from '../db/connect.js';
import { InputError } from '../errors.js';
import { ingestFiles } from '../ingest/ingest-files.js';
import { IngestRejectedError } from '../ingest/rejected-error.js';
import { AppError } from './errors.js';
import type { IngestPort } from './routes/ingest-api.js';

export function ingestUploads(database: Database): IngestPort {
  return async (files, options) => {
    const folder = await mkdtemp(join(tmpdir(), 'egov-upload-'));
    try {
      const paths: string[] = [];
      for (const file of files) {
        const path = join(folder, basename(file.name));
        await writeFile(path, file.content);
        paths.push(path);
      }
      const summary = await ingestFiles(database, paths, {
        period: options.period,
        kind: options.kind,
        actor: options.actor,
      });
      return {
        ok: true,
        summary: {
          ...summary,
          files: summary.files.map((f) => ({ ...f, file: basename(f.file) })),
          rejectReport: null,
          summaryFile: null,
        },
      };
    } catch (error) {
      if (error instanceof IngestRejectedError) {
        return {
          ok: false,
          rowsRejected: error.summary.rowsRejected,
          rejects: error.summary.firstRejects.map((r) => ({
            file: basename(r.file),
            line: r.line,
            column: r.column,
            value: r.value,
            reason: r.reason,
          })),
        };
      }
      if (error instanceof InputError)
        throw new AppError('invalid_file', error.message.replaceAll(folder + '/', ''), 400);
      throw error;
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  };
}
