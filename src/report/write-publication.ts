/**
 * Writes a publication folder from a PublicationModel: the workbook, the CSV tables, the PNG charts and the region
 * factsheets (src/report/charts, src/report/factsheet), the data dictionary, manifest.json with the SHA-256 of every
 * file and, last, one ZIP of all of them (src/report/archive.ts), which the manifest then lists.
 *
 * The folder may be new, empty, or an earlier publication (it holds a manifest.json). A non-empty folder without a
 * manifest is refused (OutputFolderError), so an export never mixes with, or overwrites, files a user keeps there.
 * Everything is written into a staging folder first and moved into place when complete; the files an earlier export
 * of the same run listed in its manifest and this one does not (a draft's `-DRAFT` files once the run is published)
 * are then deleted (src/report/earlier-export.ts). A failed export leaves the earlier set as it was.
 *
 * The charts are planned first (files, titles, alt texts) and drawn on worker threads while this thread writes the
 * workbook and the CSV tables; then the factsheets, which embed the charts' PNGs; the manifest lists the files in the same order whatever finishes first.
 * The chart and factsheet modules are loaded when first needed (they pull in chart.js and the canvas); the
 * manifest's `missing` lists parts a caller's stand-in renderers left out (none with the real ones).
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { writeArchive } from './archive.js';
import { writeCsvFiles } from './csv/write-csv.js';
import { writeDataDictionary } from './data-dictionary.js';
import { earlierExportFiles, moveStagedExport, stagingFolder } from './earlier-export.js';
import {
  MANIFEST_FILES,
  manifestFileName,
  type PublicationFile,
  type PublicationManifest,
  readExportFiles,
  writeManifest,
} from './manifest.js';
import { modelFileMark } from './marking.js';
import type { Lang, PublicationModel } from './model.js';
import { writeWorkbook } from './xlsx/write-xlsx.js';

export class OutputFolderError extends Error {
  override readonly name = 'OutputFolderError';
}

/** A chart written by renderCharts (the contract of src/report/charts/index.ts). */
export interface ChartFile {
  /** Relative to the publication folder, e.g. 'charts/ranking-all.png'. */
  readonly file: string;
  readonly kind: string;
  readonly regionCode?: string;
  readonly title: string;
  readonly alt: string;
}

/** A region's factsheet written by writeFactsheets (src/report/factsheet/index.ts). */
export interface FactsheetFile {
  /** Relative to the publication folder, e.g. 'factsheets/RU-SA.html'. */
  readonly file: string;
  readonly regionCode: string;
}

/** A per-region chart left out because the region has no data for it; its factsheet says so. */
export interface AbsentChart {
  readonly regionCode: string;
  /** The kind the chart would have had, e.g. 'region-stages'. */
  readonly kind: string;
  readonly reason: 'no-data';
}

/** The charts a publication will hold, known before any is drawn. */
export interface ChartPlan {
  readonly files: readonly ChartFile[];
  readonly absent: readonly AbsentChart[];
}

export interface PublicationRenderers {
  /** Decides the charts without drawing them (cheap). */
  planCharts(model: PublicationModel, lang: Lang): ChartPlan;
  /** Draws and writes the planned charts; returns plan.files (each PNG with its SVG). */
  renderCharts(model: PublicationModel, dir: string, lang: Lang, plan: ChartPlan): Promise<ChartFile[]>;
  writeFactsheets(
    model: PublicationModel,
    dir: string,
    lang: Lang,
    charts: readonly ChartFile[],
    absent: readonly AbsentChart[],
  ): Promise<FactsheetFile[]>;
}

export interface WritePublicationOptions {
  readonly lang: Lang;
  /** Charts and factsheets; the real ones by default (tests may pass stand-ins). */
  readonly renderers?: PublicationRenderers;
  /** Called after each part with its wall time in milliseconds (for bench/export). */
  readonly onPart?: (part: string, ms: number) => void;
}

/**
 * The real chart and factsheet renderers, imported when first needed (they pull in chart.js and the canvas, which
 * commands that export nothing should not pay for). A failure to load them is an error, never a silent omission.
 */
async function defaultRenderers(): Promise<{ renderers: PublicationRenderers; missing: string[] }> {
  const [charts, factsheets] = await Promise.all([import('./charts/index.js'), import('./factsheet/index.js')]);
  const renderers: PublicationRenderers = {
    planCharts: charts.planCharts,
    // the plan is the one planCharts made, which carries how to draw each chart
    renderCharts: (model, dir, lang, plan) =>
      charts.renderCharts(model, dir, lang, plan as ReturnType<typeof charts.planCharts>),
    writeFactsheets: factsheets.writeFactsheets,
  };
  return { renderers, missing: [] };
}

/** @throws OutputFolderError when `dir` holds files but no manifest of an earlier publication. */
export async function assertPublicationFolder(dir: string): Promise<void> {
  if (!existsSync(dir)) return;
  const entries = await readdir(dir);
  if (entries.length > 0 && !entries.some((e) => MANIFEST_FILES.includes(e))) {
    throw new OutputFolderError(
      `output folder ${dir} holds ${entries.length} file(s) but no manifest.json (or manifest-DRAFT.json, …) of an earlier export; choose an empty or new folder`,
    );
  }
}

export async function writePublication(
  model: PublicationModel,
  dir: string,
  options: WritePublicationOptions,
): Promise<PublicationManifest> {
  const { renderers, missing } = options.renderers
    ? { renderers: options.renderers, missing: [] }
    : await defaultRenderers();
  await assertPublicationFolder(dir);
  await mkdir(dir, { recursive: true });
  const earlier = await earlierExportFiles(dir, model.run.id);
  const staging = stagingFolder(dir);
  await mkdir(staging);
  try {
    const manifest = await writeParts(model, staging, options, renderers, missing);
    const manifestFile = manifestFileName(modelFileMark(model));
    await moveStagedExport(staging, dir, [...manifest.files.map((f) => f.file), manifestFile], manifestFile, earlier);
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Writes every part of the publication and its manifest into `dir` (the staging folder). */
async function writeParts(
  model: PublicationModel,
  dir: string,
  options: WritePublicationOptions,
  renderers: PublicationRenderers,
  missing: readonly string[],
): Promise<PublicationManifest> {
  const { lang } = options;
  const files: PublicationFile[] = [];
  const timed = async <T>(part: string, work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work();
    options.onPart?.(part, performance.now() - start);
    return result;
  };
  const plan = await timed('plan charts', async () => renderers.planCharts(model, lang));
  // the charts render on worker threads while this thread writes the workbook and the tables
  const rendering = timed('charts', () => renderers.renderCharts(model, dir, lang, plan));
  rendering.catch(() => undefined); // awaited below; this only keeps an early failure from counting as unhandled
  try {
    const workbook = await timed('xlsx', () => writeWorkbook(model, dir, lang));
    const tables = await timed('csv', () => writeCsvFiles(model, dir, lang));
    const charts = await rendering;
    // after the charts: a factsheet embeds its charts' PNGs (data: URIs), so a saved copy keeps them
    const factsheets = await timed('factsheets', () =>
      renderers.writeFactsheets(model, dir, lang, plan.files, plan.absent),
    );
    files.push({ file: workbook, kind: 'workbook' });
    for (const file of tables) files.push({ file, kind: 'csv' });
    for (const c of charts)
      files.push({ file: c.file, kind: `chart:${c.kind}`, ...(c.regionCode ? { region: c.regionCode } : {}) });
    for (const f of factsheets) files.push({ file: f.file, kind: 'factsheet', region: f.regionCode });
  } catch (error) {
    await rendering.catch(() => undefined); // the staging folder is removed only once no chart is being written
    throw error;
  }
  files.push({ file: await writeDataDictionary(model, dir, files), kind: 'data-dictionary' });
  // every file read back once, for the manifest's hashes and the archive
  const contents = await readExportFiles(dir, files);
  const manifest = await timed('manifest', () => writeManifest(model, dir, lang, files, contents, [...missing]));
  return timed('archive', () => writeArchive(model, dir, manifest, contents));
}
