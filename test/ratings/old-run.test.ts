/**
 * A run rated before runs stored their inputs (migration 0007: no rating_run_artifact row) is refused, never
 * recomputed from the live tables: replay, analyse and export say it predates stored inputs and name the migration;
 * the CLI exits 2 and writes nothing. Simulated by deleting the artifact (and its inputs) of a freshly rated run.
 */
import { PGlite } from '@electric-sql/pglite';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type Database } from '../../src/db/connect.js';
import { analyseRun } from '../../src/ratings/analyse-run.js';
import { publishRun } from '../../src/ratings/publish.js';
import { ratePeriod } from '../../src/ratings/rate-period.js';
import { replayRun } from '../../src/ratings/replay-run.js';
import { RunSnapshotError } from '../../src/ratings/run-inputs.js';
import { loadPublicationModel } from '../../src/report/load-model.js';
import { runCli } from '../support/cli.js';
import { describeEachDatabase } from '../support/database.js';
import { TEMPLATE_DUMP } from '../support/paths.js';
import { catalogue, methodology, seed, WHO } from './fixture.js';

const PREDATES = /rating run \d+ predates stored inputs \(rated before migration 0007-run-artifact\)/;

/** Rates 2018, publishes it, and removes what migration 0007 added: the run now looks as one rated before it. */
async function oldPublishedRun(database: Database): Promise<number> {
  await seed(database, 2018, { 'RU-SMO': [1, 1, 1, 0.5], 'RU-TUL': [1, 1, 1, 1], 'RU-TVE': [0, 0.5, 0, 0] });
  const rated = await ratePeriod(database, { period: 2018, methodology: methodology(), catalogue, actor: 'tester' });
  await publishRun(database.db, rated.runId, WHO);
  await database.db.deleteFrom('rating_run_artifact').where('run_id', '=', rated.runId).execute();
  return rated.runId;
}

describeEachDatabase('a run that predates stored inputs on $name', ({ open }) => {
  test('replay, analyse and the export model refuse it, naming the migration and the period to rate again', async () => {
    const database = await open();
    try {
      const runId = await oldPublishedRun(database);
      for (const attempt of [
        replayRun(database.db, runId, { threads: 1 }),
        analyseRun(database, runId, { threads: 1 }),
        loadPublicationModel(database.db, runId),
      ]) {
        const error: unknown = await attempt.then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(RunSnapshotError);
        expect((error as Error).message).toMatch(PREDATES);
        expect((error as Error).message).toContain('rate period 2018 again');
      }
    } finally {
      await database.close();
    }
  });
});

describe('egov replay / analyse / export of a run that predates stored inputs', () => {
  let root: string;
  let dataDir: string;
  let runId: number;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'egov-old-run-'));
    dataDir = join(root, 'db');
    const pglite = await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(TEMPLATE_DUMP)]) });
    const database = await connect({ pglite });
    runId = await oldPublishedRun(database);
    await database.close();
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test.each([
    ['replay', () => ['replay', '--run', String(runId)]],
    ['analyse', () => ['analyse', '--run', String(runId), '--threads', '1', '--out', join(root, 'analysis.csv')]],
    ['export', () => ['export', '--run', String(runId), '--out', join(root, 'export')]],
  ])('egov %s exits 2 saying so, and writes nothing', async (_name, args) => {
    const result = await runCli(args(), { dataDir });
    expect(result.code).toBe(2);
    expect(result.err).toMatch(PREDATES);
    expect(existsSync(join(root, 'analysis.csv'))).toBe(false);
    expect(existsSync(join(root, 'export'))).toBe(false);
  });
});
