/**
 * `egov export --run ID --out DIR [--lang ru|en] [--json]`: writes the publication folder of a stored rating run
 * (workbook, CSV, charts, factsheets, data dictionary, manifest). Usable as `--out <reportsDir>/runs/<id>` for
 * the web server's downloads. Exit 2 (nothing written) for bad flags, an unknown run, or an output folder holding
 * files that no earlier export wrote. An earlier export of the same run there is replaced: its files that the new one
 * does not hold (a draft's -DRAFT files) are deleted, and nothing else (src/report/earlier-export.ts).
 */
import { join, resolve } from 'node:path';
import type { RegisterCommand } from './register.js';
import { InputError } from '../errors.js';
import { report } from '../context.js';
import { openDatabase } from '../../db/open.js';
import { siteUrlOf } from '../../config.js';
import { RunNotFoundError } from '../../ratings/run-errors.js';
import { RunSnapshotError } from '../../ratings/run-inputs.js';
import { loadPublicationModel } from '../../report/load-model.js';
import { isLang, type Lang } from '../../report/model.js';
import { manifestFileName } from '../../report/manifest.js';
import { fileMark } from '../../report/marking.js';
import { OutputFolderError, assertPublicationFolder, writePublication } from '../../report/write-publication.js';
import { refreshPublishedContent } from '../../web/published/precompute-public-content.js';

interface ExportOptions {
  run: string;
  out: string;
  lang: string;
  json?: boolean;
}

/** Checks the flags before anything is opened; throws InputError (exit 2) naming the flag. */
export function parseExportOptions(options: ExportOptions): { runId: number; out: string; lang: Lang } {
  if (!/^[1-9][0-9]{0,8}$/.test(options.run))
    throw new InputError(`--run must be a positive integer (got "${options.run}")`);
  if (options.out.trim() === '') throw new InputError('--out must name a folder');
  if (!isLang(options.lang)) throw new InputError(`--lang must be ru or en (got "${options.lang}")`);
  return { runId: Number(options.run), out: resolve(options.out), lang: options.lang };
}

export const registerExport: RegisterCommand = (program, ctx) => {
  program
    .command('export')
    .description('write the publication of a rating run: XLSX, CSV, PNG charts, region factsheets, manifest')
    .requiredOption('--run <id>', 'the rating run')
    .requiredOption('--out <dir>', 'the publication folder (new, empty, or an earlier export, which it replaces)')
    .option('--lang <lang>', 'language of the tables, charts and factsheets: ru or en', 'ru')
    .option('--json', 'print the manifest as JSON')
    .action(async (options: ExportOptions) => {
      const { runId, out, lang } = parseExportOptions(options);
      const database = await openDatabase(ctx.config);
      try {
        await assertPublicationFolder(out).catch(rethrowAsInput);
        const model = await loadPublicationModel(database.db, runId, { lang }).catch(rethrowAsInput);
        const manifest = await writePublication(model, out, { lang }).catch(rethrowAsInput);
        // Exported where the web server serves downloads from: the public pages that list the files are rendered again.
        if (out === resolve(join(ctx.config.reportsDir, 'runs', String(runId))))
          await refreshPublishedContent(database.db, ctx.config.reportsDir, siteUrlOf(ctx.config));
        const bytes = manifest.files.reduce((s, f) => s + f.bytes, 0);
        for (const part of manifest.missing) ctx.err(`warning: the publication lacks ${part}`);
        report(
          ctx,
          Boolean(options.json),
          { out, ...manifest },
          `exported run ${runId} (${model.period}${model.run.status === 'draft' ? ', DRAFT' : ''}` +
            `${model.synthetic ? ', SYNTHETIC DEMO DATA' : ''}) to ${out}: ${manifest.files.length} files, ` +
            `${(bytes / 1e6).toFixed(1)} MB, ${manifestFileName(fileMark(manifest, manifest.synthetic))} lists their SHA-256`,
        );
      } finally {
        await database.close();
      }
    });
};

/** An unknown run or a refused output folder is the user's input: exit 2. */
function rethrowAsInput(error: unknown): never {
  if (error instanceof RunNotFoundError || error instanceof RunSnapshotError || error instanceof OutputFolderError) {
    throw new InputError(error.message);
  }
  throw error;
}
