/**
 * Downloads of a run's publication files (XLSX, CSV, PNG and SVG charts, factsheets), served from the run's export folder
 * `<reportsDir>/runs/<runId>/` as written by src/report's writePublication. Under the embargo like every run route.
 * The files offered are those of the export's manifest (`manifest.json`, or `manifest-DRAFT.json` … for a draft or
 * synthetic run, whose file names all carry the mark; the one written last) — top-level tables, `charts/…`,
 * `factsheets/…` — or the top-level files when there is no manifest. Every path segment is whitelisted, a path must be one listed, and files
 * are sent with `root`, so nothing outside the folder is reachable.
 * An SVG chart is sent as image/svg+xml under a Content-Security-Policy of its own that lets it run nothing (no
 * script, no fetch, sandboxed when opened directly); a published run's charts may be embedded by other sites
 * (Cross-Origin-Resource-Policy: cross-origin: the pages' embed snippets), a draft's never.
 */
import { Router } from 'express';
import type { Kysely } from 'kysely';
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { DB } from '../../db/tables.js';
import { latestManifestFile } from '../../report/manifest.js';
import { principalOf } from '../authenticate.js';
import { AppError, notFound } from '../errors.js';
import { loadVisibleRun, setCachePolicy } from '../run-access.js';

const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;

export function runExportDir(reportsDir: string, runId: number): string {
  return resolve(join(reportsDir, 'runs', String(runId)));
}

const MAX_DEPTH = 2;

/** For an SVG file: styles in attributes only, nothing loaded, nothing run. */
export const SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
const IMAGE = /\.(?:png|svg)$/;

/** A relative path of 1–2 whitelisted segments, e.g. `ranking-2019.csv` or `charts/region-RU-SMO.png`. */
export function isExportPath(path: string): boolean {
  const segments = path.split('/');
  return segments.length <= MAX_DEPTH && segments.every((s) => FILE_NAME.test(s));
}

export async function listExportFiles(reportsDir: string, runId: number): Promise<string[]> {
  try {
    const dir = runExportDir(reportsDir, runId);
    const name = await latestManifestFile(dir);
    if (name === null) throw new Error('no manifest');
    const manifest = JSON.parse(await readFile(join(dir, name), 'utf8')) as {
      files?: { file?: unknown }[];
    };
    const listed = (manifest.files ?? [])
      .map((f) => f.file)
      .filter((f): f is string => typeof f === 'string' && isExportPath(f));
    return [...listed, name].sort();
  } catch {
    // no manifest (or an unreadable one): offer the top-level files
  }
  try {
    const entries = await readdir(runExportDir(reportsDir, runId), { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && FILE_NAME.test(e.name))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

export function downloads(db: Kysely<DB>, reportsDir: string): Router {
  const router = Router();
  router.get('/runs/:id/downloads', async (req, res) => {
    const run = await loadVisibleRun(db, principalOf(res), req.params.id, 'whole');
    const files = await listExportFiles(reportsDir, run.id);
    setCachePolicy(res, principalOf(res), run);
    res.json({
      runId: run.id,
      files: files.map((name) => ({ name, href: `/api/v1/runs/${run.id}/downloads/${name}` })),
    });
  });
  router.get('/runs/:id/downloads/*file', async (req, res) => {
    const run = await loadVisibleRun(db, principalOf(res), req.params.id, 'whole');
    const segments = req.params.file as unknown as string[];
    const file = Array.isArray(segments) ? segments.join('/') : String(segments);
    if (!isExportPath(file)) throw new AppError('bad_request', 'invalid file name', 400);
    if (!(await listExportFiles(reportsDir, run.id)).includes(file)) throw notFound(`file ${file} of run ${run.id}`);
    setCachePolicy(res, principalOf(res), run);
    res.attachment(file.split('/').pop());
    if (file.endsWith('.svg')) res.set('Content-Security-Policy', SVG_CSP);
    if (IMAGE.test(file) && run.status !== 'draft') res.set('Cross-Origin-Resource-Policy', 'cross-origin');
    await new Promise<void>((done, fail) =>
      res.sendFile(file, { root: runExportDir(reportsDir, run.id), dotfiles: 'deny' }, (e) => (e ? fail(e) : done())),
    );
  });
  return router;
}
