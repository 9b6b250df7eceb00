/**
 * The demo job on the embedded database (a fresh PGlite directory) or on the PostgreSQL database DATABASE_URL names
 * (refused when it holds data, unless told to empty it: open-demo-database.ts): the reference catalogue, the synthetic demo
 * files generated from the seed and ingested through the real ingest path, a rating of every demo year with the
 * ministry-style preset, the robustness analysis and publication of each run (in year order, so that every year's
 * rank changes compare with the previous published year), its publication folder (`<out>/runs/<runId>`, where the
 * web server finds its downloads), the programme analytics of the last year, and the row count of every table.
 * Each step reports through `log`; the result says what was done, for the CLI summary and --json.
 */
import { join } from 'node:path';
import type { Database } from '../db/connect.js';
import { rowCounts } from '../db/row-counts.js';
import { ingestFiles } from '../ingest/ingest-files.js';
import { loadCatalogue } from '../reference/catalogue.js';
import { storeCatalogue } from '../reference/store.js';
import { analyseRun } from '../ratings/analyse-run.js';
import { publishRun } from '../ratings/publish.js';
import { refreshPublishedContent } from '../web/published/precompute-public-content.js';
import { loadProgrammeReport } from '../programme/load.js';
import { programmeSummaryText } from '../programme/summary-text.js';
import { loadPublicationModel } from '../report/load-model.js';
import { writePublication } from '../report/write-publication.js';
import { catalogueLists } from '../ratings/catalogue-lists.js';
import { ratePeriod } from '../ratings/rate-period.js';
import { resolveMethodology } from '../ratings/resolve-methodology.js';
import { type DemoDatabaseTarget, openDemoDatabase } from './open-demo-database.js';
import { generateDemoFiles } from './write-files.js';

export const DEMO_METHODOLOGY = 'ministry-2019';

export interface DemoOptions {
  /** The demo database: a PGlite directory (emptied first) or a PostgreSQL database. */
  readonly database: DemoDatabaseTarget;
  /** Where the publication goes; the generated input files go to `<out>/input`. */
  readonly outDir: string;
  readonly seed?: number;
  readonly applications?: number;
  /** Monte Carlo base replications per run (default: the preset's). */
  readonly runs?: number;
  readonly log: (line: string) => void;
}

export interface DemoRun {
  period: number;
  runId: number;
  top: string[];
  analysed: boolean;
  folder: string;
}

export interface DemoResult {
  readonly database: Database;
  readonly files: number;
  readonly batches: number;
  readonly runs: DemoRun[];
  readonly rowCounts: Record<string, number>;
}

/** Runs the demo; the caller closes `result.database` (or serves it). */
export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const { log } = options;
  const database = await openDemoDatabase(options.database);
  try {
    const catalogue = loadCatalogue();
    await storeCatalogue(database.db, catalogue);
    log(
      `reference: ${catalogue.regions.length} regions, ${catalogue.services.length} services, ${catalogue.indicators.length} indicators`,
    );

    const fileSet = await generateDemoFiles(join(options.outDir, 'input'), {
      seed: options.seed,
      applications: options.applications,
      catalogue,
    });
    log(`generated ${fileSet.files.length} SYNTHETIC demo files (seed ${fileSet.seed}) in ${fileSet.outDir}`);
    let batches = 0;
    for (const file of fileSet.files.filter((f) => f.ingest)) {
      const summary = await ingestFiles(database, [file.path], {
        period: file.period,
        kind: file.kind,
        actor: 'demo',
        synthetic: file.synthetic,
      });
      if (summary.status === 'rejected') {
        throw new Error(`demo file ${file.name} was rejected: ${summary.firstRejects.map((r) => r.reason).join('; ')}`);
      }
      batches++;
      log(
        `ingested ${file.name}: ${summary.rowsAccepted} rows` +
          (summary.derived ? `, ${summary.derived.measurements} derived measurements` : ''),
      );
    }

    const methodology = await resolveMethodology(database.db, DEMO_METHODOLOGY, catalogueLists(catalogue));
    const runs: DemoRun[] = [];
    for (const period of fileSet.years) {
      const rated = await ratePeriod(database, { period, methodology, catalogue, actor: 'demo', synthetic: true });
      const top = rated.ranking.slice(0, 3).map((r) => `${r.rank} ${r.region}`);
      log(`rated ${period}: draft run ${rated.runId}; top ${top.join(', ')}`);
      const report = await analyseRun(database, rated.runId, { overrides: { runs: options.runs } });
      log(
        `analysed run ${rated.runId}: ${report.evaluations} evaluations, ${report.coherence.flags.length} coherence flags`,
      );
      const published = await publishRun(database.db, rated.runId, {
        actor: 'demo',
        role: 'federal-analyst',
        at: new Date(),
      });
      log(`published run ${rated.runId} as version ${published.version} of ${period}`);
      const folder = join(options.outDir, 'runs', String(rated.runId));
      const model = await loadPublicationModel(database.db, rated.runId);
      const manifest = await writePublication(model, folder, { lang: 'ru' });
      log(`exported ${period} to ${folder}: ${manifest.files.length} files`);
      runs.push({ period, runId: rated.runId, top, analysed: true, folder });
    }
    const stored = await refreshPublishedContent(database.db, options.outDir);
    log(`stored ${stored.pages} public pages and ${stored.programmeReports} programme reports for the web server`);
    const lastYear = fileSet.years[fileSet.years.length - 1];
    log(programmeSummaryText(await loadProgrammeReport(database.db, { year: lastYear }), 'ru'));
    return { database, files: fileSet.files.length, batches, runs, rowCounts: await rowCounts(database.db) };
  } catch (error) {
    await database.close();
    throw error;
  }
}
